// franc's scores for a paragraph (franc 6: its trigram models and script expressions, its
// arithmetic), computed without franc's per-call costs: franc builds an object of the text's
// trigrams, sorts them, copies the languages allowed and makes an array of every letter of each
// script's on every call, and those took most of the time bitext spent telling the language of
// a translated paragraph. Here trigrams are counted in a Map and looked up once in a table of
// the allowed languages' ranks, built once; a distance is a sum, which needs no order. A property
// test holds the scores to francAll's, to the last digit and in order.

type Data = Readonly<Record<string, Readonly<Record<string, string>>>>;
type Expressions = Readonly<Record<string, RegExp>>;

// franc's constants: the most of a text it reads, the least it judges, a missing trigram's cost.
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

// franc's answer when it cannot tell, made afresh each time (the caller may change it).
const und = (): [string, number][] => [["und", 1]];

/** Scores as francAll(text, { only }) gives them, from franc's own data and expressions. */
export function trigramScorer(data: Data, expressions: Expressions): (text: string, only: readonly string[]) => [string, number][] {
  // For a script and a list of languages to allow (a caller asks with the same list again and
  // again): the script's languages it allows, and each trigram any of them lists, with its rank
  // in each (the first place the language lists it), -1 where one does not list it.
  type Table = Readonly<{ allowed: readonly string[]; ranks: ReadonlyMap<string, Int16Array> }>;
  const tables = new Map<string, Table>();
  const byList = new WeakMap<readonly string[], Map<string, Table>>();
  const tableOf = (script: string, only: readonly string[]): Table => {
    let byScript = byList.get(only);
    if (!byScript) byList.set(only, (byScript = new Map()));
    const known = byScript.get(script);
    if (known) return known;
    const key = `${script}\u0000${only.join("\u0000")}`;
    let table = tables.get(key);
    if (!table) {
      // As franc: no list allows every language.
      const allowed = Object.keys(data[script]!).filter((language) => only.length === 0 || only.includes(language));
      const ranks = new Map<string, Int16Array>();
      allowed.forEach((language, k) => {
        const list = data[script]![language]!.split("|");
        for (let rank = list.length - 1; rank >= 0; rank--) {
          let row = ranks.get(list[rank]!);
          if (!row) ranks.set(list[rank]!, (row = new Int16Array(allowed.length).fill(-1)));
          row[k] = rank;
        }
      });
      tables.set(key, (table = { allowed, ranks }));
    }
    byScript.set(script, table);
    return table;
  };
  const scripts = Object.keys(expressions);
  const counted = scriptCounter(scripts.map((script) => expressions[script]!));

  return (text, only) => {
    if (!text || text.length < MIN_LENGTH) return und();
    const value = text.slice(0, MAX_LENGTH);
    // The script most of the text is written in; the first listed wins a tie.
    const counts = SURROGATE.test(value) ? scripts.map((script) => value.match(expressions[script]!)?.length ?? 0) : counted(value);
    let top = "";
    let topCount = -1;
    for (const [k, script] of scripts.entries()) {
      const count = counts[k]! / value.length || 0;
      if (count > topCount) {
        topCount = count;
        top = script;
      }
    }
    if (!data[top]) return topCount === 0 || !(only.length === 0 || only.includes(top)) ? und() : [[top, 1]];
    const { allowed, ranks: table } = tableOf(top, only);
    if (allowed.length === 0) return und();

    // A language's distance: for each trigram of the text, how far its count is from the
    // language's rank for it, or MAX_DIFFERENCE if the language does not list it.
    const sums = new Array<number>(allowed.length).fill(0);
    let missing = 0;
    for (const [trigram, count] of trigramCounts(value)) {
      const ranks = table.get(trigram);
      if (!ranks) {
        missing += MAX_DIFFERENCE;
        continue;
      }
      for (let k = 0; k < ranks.length; k++) sums[k] = sums[k]! + (ranks[k]! < 0 ? MAX_DIFFERENCE : Math.abs(count - ranks[k]! - 1));
    }
    const distances: [string, number][] = allowed.map((language, k) => [language, sums[k]! + missing]);
    distances.sort((a, b) => a[1] - b[1]);
    const min = distances[0]![1];
    const max = value.length * MAX_DIFFERENCE - min;
    for (const entry of distances) entry[1] = 1 - (entry[1] - min) / max || 0;
    return distances;
  };
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * How many times each expression matches a text without surrogates, as
 * `value.match(expression).length`, in one pass over the text. Each of franc's expressions matches
 * one UTF-16 unit or a surrogate pair (a test holds them to that), so in such text the count is
 * the units it matches one by one, and which expressions match a unit is worked out once per unit
 * and kept as bits (franc has 30 scripts): one pass, not a pattern run over the text per script.
 */
function scriptCounter(expressions: readonly RegExp[]): (value: string) => Int32Array {
  if (expressions.length > 30) throw new Error(`franc has ${expressions.length} scripts; the counter holds 30`);
  const single = expressions.map((e) => new RegExp(e.source, e.flags.replace("g", "")));
  const known = new Int32Array(0x10000).fill(-1); // -1: not yet worked out
  const counts = new Int32Array(expressions.length);
  return (value) => {
    counts.fill(0);
    for (let i = 0; i < value.length; i++) {
      const unit = value.charCodeAt(i);
      let bits = known[unit]!;
      if (bits === -1) {
        bits = 0;
        const c = String.fromCharCode(unit);
        for (let k = 0; k < single.length; k++) if (single[k]!.test(c)) bits |= 1 << k;
        known[unit] = bits;
      }
      for (; bits !== 0; bits &= bits - 1) counts[31 - Math.clz32(bits & -bits)]!++;
    }
    return counts;
  };
}

// trigram-utils' clean(): ASCII punctuation and digits to spaces, white space collapsed, trimmed,
// lower case; then padded with a space either side.
const PUNCTUATION = /[\u0021-\u0040]+/g;
const SPACE = /\s+/g;

/** How often each trigram (three UTF-16 units) occurs in the cleaned, padded text. */
function trigramCounts(value: string): Map<string, number> {
  const padded = ` ${value.replace(PUNCTUATION, " ").replace(SPACE, " ").trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}
