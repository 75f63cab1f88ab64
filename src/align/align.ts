// Sentence and paragraph alignment: Gale–Church lengths, with the language pair's length ratio
// taken from the document itself, plus what survives translation (numbers, names, shared and
// cognate words, glossary term pairs, and a bilingual lexicon learnt from the document on a
// first pass), searched in a band around the diagonal.
import { alignBanded, type Bead, centresOf, type Move } from "./dynamic.js";
import { type Features, featuresOf } from "./features.js";

export type AlignUnit = Readonly<{
  text: string; heading?: boolean;
  /** Its features, when already read (a source's blocks, aligned with each translation in turn). */
  features?: Features;
}>;

export type AlignOptions = Readonly<{
  /** The languages of the two sides, to read their numbers (第三条 = Article 3). */
  sourceLang?: string;
  targetLang?: string;
  /** Known translation pairs (folded words or phrases), from the glossary. */
  pairs?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Learn a lexicon from a first pass and align again (default true). */
  learn?: boolean;
  /** What the units are: sentences (default) or paragraphs, whose link types differ. */
  level?: "sentence" | "paragraph";
  /** Look for cognates among the words (default true). */
  cognates?: boolean;
  band?: number;
}>;

export type AlignedLink = Readonly<{ source: readonly number[]; target: readonly number[]; cost: number; score: number }>;

// Bead types and their prior probabilities (Gale & Church 1993, widened to 1-3 and 2-2 as
// translators of news merge and split sentences).
const SENTENCE_MOVES: readonly (readonly [number, number, number])[] = [
  [1, 1, 0.89], [1, 0, 0.006], [0, 1, 0.006], [2, 1, 0.045], [1, 2, 0.045], [2, 2, 0.008], [3, 1, 0.004], [1, 3, 0.004],
];
// Paragraphs: a news translator keeps most, splits or merges a few, drops or adds whole ones
// (an embedded post, a paragraph cut for length) far more often than sentences vanish. 3-1 and
// 1-3 join short lead-ins ("Now, therefore," + "The General Assembly" + "Proclaims …"); 2-2 a
// pair whose break moved ("1. … The right may not" + "2. … principles."), which would otherwise
// read as one paragraph missing and another added.
const PARAGRAPH_MOVES: readonly (readonly [number, number, number])[] = [
  [1, 1, 0.93], [1, 0, 0.02], [0, 1, 0.02], [2, 1, 0.012], [1, 2, 0.012], [3, 1, 0.001], [1, 3, 0.001], [2, 2, 0.002],
];
// A dropped or added paragraph costs its prior and this, whatever its length: Gale–Church's
// length model is one of sentences, and would make a long dropped paragraph unthinkable.
const PARAGRAPH_SKIP = 3;
const UNSUPPORTED_MERGE = 6;
// A paragraph this short that ends no sentence ("Now, therefore,", "Considering that:", "The
// General Assembly") may join a neighbour's link on length and position alone: it has too few
// words to be expected to share one. A short sentence ("Read more on our site.") may not.
const SHORT_UNIT = 40;
const leadIn = (f: Features) => f.length <= SHORT_UNIT && f.open && !f.heading;
// Below this typical similarity of neighbouring units, the two languages share too little
// (English and Japanese) for a unit that shares nothing to be suspect.
const AGREEMENT = 0.12;
const RATIO_PRIOR_UNITS = 8;
// Half-widths of the band: the cheap guide pass searches wide, the full pass near the guide
// (wider for sentences, whose lengths alone mislead the guide more; 24 on the dev document
// scores as well as the whole diagonal band, 16 and 12 lose a point).
const GUIDE_BAND = 48;
const FULL_BAND: Readonly<Record<"sentence" | "paragraph", number>> = { sentence: 24, paragraph: 12 };
const SCORED_ROWS = 8;
const VARIANCE = 6.8; // Gale & Church's variance of the length difference per character
// Tuned on the Text+Berg dev document only (strict F1 0.78 at 12, 0.82 at 70, 0.81 at 100).
const LEXICAL_WEIGHT = 70;
const HEADING_MISMATCH = 8;
const PREFIX = 5;
/**
 * How many groups are kept per side and pass (and units per vocabulary) before they are forgotten
 * and made again when asked for: the programme moves down the document, looking back a few units
 * and a band's width, so an article of 100,000 paragraphs need not hold a group for each (it
 * peaked at 2.9 GB with all of them kept, 1.2 GB now). Tests lower it to see that nothing changes.
 */
export const groupsKept = { max: 4_096 };
const NO_IDS = new Int32Array(0);

// A group of consecutive units as the cost function sees it. Words are integer ids, so that
// the similarity of two groups is a few array scans with no allocation.
type Group = Readonly<{
  length: number;
  heading: number;
  words: Int32Array; // distinct word ids
  weights: Float64Array; // their IDF weights
  totalWeight: number;
  // Source side: the ids that count as a match for each word, word k's from candidateStarts[k]
  // to candidateStarts[k + 1] (a typed array a word cost some 200 bytes besides its ids).
  candidates: Int32Array;
  candidateStarts: Int32Array;
  prefixes: Int32Array; // target side: each word's prefix id, or -1
}>;

function erfc(x: number): number {
  // Abramowitz & Stegun 7.1.26, enough for a probability that becomes a cost.
  const t = 1 / (1 + 0.3275911 * x);
  const y = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return y * Math.exp(-x * x);
}

function lengthCost(ls: number, lt: number, ratio: number): number {
  if (ls === 0 && lt === 0) return 0;
  const mean = (ls + lt / ratio) / 2;
  // The difference in source characters: Japanese writes English in a third of the characters,
  // and a paragraph missing from it must weigh as much as one missing from French.
  const delta = (lt / ratio - ls) / Math.sqrt(Math.max(mean, 1) * VARIANCE);
  const p = erfc(Math.abs(delta) / Math.SQRT2);
  return -Math.log(Math.max(p, 1e-12));
}

function idf(features: readonly Features[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const f of features) for (const w of f.words) df.set(w, (df.get(w) ?? 0) + 1);
  const n = Math.max(features.length, 1);
  const weights = new Map<string, number>();
  for (const [w, count] of df) weights.set(w, Math.log(1 + n / count));
  return weights;
}

type Lexicon = ReadonlyMap<string, ReadonlySet<string>>;

/** Aligns two sequences of units (sentences or paragraphs) monotonically. */
export function alignUnits(source: readonly AlignUnit[], target: readonly AlignUnit[], options: AlignOptions = {}): AlignedLink[] {
  const sf = source.map((u) => u.features ?? featuresOf(u.text, u.heading, options.sourceLang));
  const tf = target.map((u) => u.features ?? featuresOf(u.text, u.heading, options.targetLang));
  const level = options.level ?? "sentence";
  const known = options.cognates === false ? options.pairs ?? new Map() : withCognates(options.pairs ?? new Map(), sf, tf);
  const first = pass(sf, tf, known, level, options.band);
  // Learning pays among short units (sentences); a paragraph already carries enough of its
  // own words and numbers, and a second pass would double the time.
  if (options.learn === false || level === "paragraph" || source.length < 8 || target.length < 8) return first;
  // One round of learning; more rounds did not help on the dev document.
  return pass(sf, tf, learnLexicon(first, sf, tf, known), level, options.band);
}

function pass(sf: readonly Features[], tf: readonly Features[], lexicon: Lexicon, level: "sentence" | "paragraph", band?: number): AlignedLink[] {
  const MOVES = level === "paragraph" ? PARAGRAPH_MOVES : SENTENCE_MOVES;
  const totalS = sf.reduce((a, f) => a + f.length, 0);
  const totalT = tf.reduce((a, f) => a + f.length, 0);
  // The document's own length ratio, drawn towards 1:1 when the document is short: in three
  // paragraphs one dropped paragraph would otherwise skew the ratio and hide itself.
  const units = Math.min(sf.length, tf.length);
  const observed = totalS > 0 && totalT > 0 ? Math.log(totalT / totalS) : 0;
  const ratio = Math.exp((units * observed) / (units + RATIO_PRIOR_UNITS));
  const vocabulary = new Vocabulary(idf(sf), idf(tf), lexicon);
  const cacheS = new Map<number, Group>();
  const cacheT = new Map<number, Group>();
  const group = (side: "source" | "target", from: number, count: number) => {
    const cache = side === "source" ? cacheS : cacheT;
    const key = from * 4 + count;
    let g = cache.get(key);
    if (!g) {
      if (cache.size >= groupsKept.max) cache.clear();
      cache.set(key, (g = vocabulary.group(side === "source" ? sf : tf, side, from, count)));
    }
    return g;
  };
  const moves: Move[] = MOVES.map(([di, dj]) => [di, dj]);
  // The prior cost of each move, looked up by its shape on the hot path: prior[di * 4 + dj].
  const prior = new Float64Array(16).fill(Infinity);
  for (const [di, dj, p] of MOVES) prior[di * 4 + dj] = -Math.log(p);
  // A merge's members are pairs that neighbouring cells score too: compute each pair once. The
  // programme fills its rows in order and looks back at most three source units, so only the
  // scores of the last few rows are kept: memory stays flat however long the article.
  const scored = Array.from({ length: SCORED_ROWS }, () => ({ row: -1, values: new Map<number, number>() }));
  const similarity = (i: number, di: number, j: number, dj: number) => {
    const slot = scored[i % SCORED_ROWS]!;
    if (slot.row !== i) {
      slot.row = i;
      slot.values.clear();
    }
    const key = (j * 4 + dj) * 4 + di;
    let value = slot.values.get(key);
    if (value === undefined) slot.values.set(key, (value = vocabulary.similarity(group("source", i, di), group("target", j, dj))));
    return value;
  };
  const agreement = typicalSimilarity(sf.length, tf.length, (i, j) => vocabulary.similarity(group("source", i, 1), group("target", j, 1)));
  // Where the languages share little, sharing nothing is weaker evidence against a merge.
  const unsupportedCost = UNSUPPORTED_MERGE * Math.min(1, Math.max(0.5, agreement / AGREEMENT));
  const unsupportedMember = (member: Features, other: Group, shared: number) => {
    if (leadIn(member)) return member.numbers.some((n) => !vocabulary.has(other, n));
    return shared === 0;
  };
  // A short member of a merge ("Now, therefore,") neither adds to nor takes from what the pair
  // shares: the pair is judged by its longer members.
  const core = (features: readonly Features[], from: number, count: number): [number, number] => {
    let first = from;
    let last = from + count - 1;
    while (first < last && leadIn(features[first]!)) first++;
    while (last > first && leadIn(features[last]!)) last--;
    return [first, last - first + 1];
  };
  const lexical = (i: number, di: number, j: number, dj: number) => {
    const whole = similarity(i, di, j, dj);
    if (level !== "paragraph" || (di < 2 && dj < 2)) return whole;
    const [ci, cdi] = core(sf, i, di);
    const [cj, cdj] = core(tf, j, dj);
    return cdi === di && cdj === dj ? whole : Math.max(whole, similarity(ci, cdi, cj, cdj));
  };
  const beadCost = (i: number, j: number, di: number, dj: number) => {
    const gs = group("source", i, di);
    const gt = group("target", j, dj);
    const skip = level === "paragraph" && (di === 0 || dj === 0);
    let cost = prior[di * 4 + dj]! + (skip ? PARAGRAPH_SKIP : lengthCost(gs.length, gt.length, ratio));
    if (di > 0 && dj > 0) {
      cost -= LEXICAL_WEIGHT * lexical(i, di, j, dj);
      // A paragraph merged into a pair must share something with the other side itself, where
      // the two languages share enough for that to be expected; a short one only must not
      // contradict it with a number the other side lacks.
      if (level === "paragraph" && (di > 1 || dj > 1)) {
        let unsupported = false;
        for (let k = 0; k < di && di > 1; k++) unsupported ||= unsupportedMember(sf[i + k]!, group("target", j, dj), similarity(i + k, 1, j, dj));
        for (let k = 0; k < dj && dj > 1; k++) unsupported ||= unsupportedMember(tf[j + k]!, group("source", i, di), similarity(i, di, j + k, 1));
        if (unsupported) cost += unsupportedCost;
      }
      if (gs.heading !== gt.heading) cost += HEADING_MISMATCH;
      if ((gs.heading > 0 && di > 1) || (gt.heading > 0 && dj > 1)) cost += HEADING_MISMATCH;
    }
    return cost;
  };
  // A first, cheap pass on lengths alone finds the neighbourhood of the path; the full cost
  // is then computed only in a narrow band around it, so time grows with the length.
  const sums = (features: readonly Features[]) => {
    const out = new Float64Array(features.length + 1);
    features.forEach((f, k) => (out[k + 1] = out[k]! + f.length));
    return out;
  };
  const ss = sums(sf);
  const ts = sums(tf);
  const lengthOnly = (i: number, j: number, di: number, dj: number) => {
    const skip = level === "paragraph" && (di === 0 || dj === 0);
    return prior[di * 4 + dj]! + (skip ? PARAGRAPH_SKIP : lengthCost(ss[i + di]! - ss[i]!, ts[j + dj]! - ts[j]!, ratio));
  };
  // Small inputs (the sentences of one paragraph pair) fit in the band whole: no guide needed.
  const width = band ?? FULL_BAND[level];
  const small = Math.max(sf.length, tf.length) <= 2 * width;
  const centres = small ? undefined : centresOf(alignBanded(sf.length, tf.length, moves, lengthOnly, GUIDE_BAND), sf.length);
  const beads = alignBanded(sf.length, tf.length, moves, beadCost, width, centres);
  return beads.map(toLink);
}

/**
 * How much neighbouring units of the two documents typically share: the median, over units
 * sampled along the diagonal, of the best similarity within two units of it.
 */
function typicalSimilarity(n: number, m: number, similarity: (i: number, j: number) => number): number {
  if (n === 0 || m === 0) return 0;
  const samples = Math.min(n, 64);
  const best: number[] = [];
  for (let k = 0; k < samples; k++) {
    const i = Math.floor((k * n) / samples);
    const centre = Math.round((i * m) / n);
    let top = 0;
    for (let j = Math.max(0, centre - 2); j <= Math.min(m - 1, centre + 2); j++) top = Math.max(top, similarity(i, j));
    best.push(top);
  }
  best.sort((a, b) => a - b);
  return best[Math.floor(best.length / 2)]!;
}

// By word id: the target group's words (owned), the ids that made a match (stamps), a merged
// group's words so far (merged). Shared by every Vocabulary (one aligns at a time) and marked
// with a fresh number per use instead of cleared.
const scratch = { owned: new Int32Array(1024), stamps: new Int32Array(1024), merged: new Int32Array(1024) };
// The words a merged group keeps, as (part, index in the part), while it is made.
let picks = { part: new Int32Array(256), index: new Int32Array(256) };
let lastMark = 0;

/** A mark no entry holds yet, with room for `ids` ids. */
function nextMark(ids: number): number {
  if (scratch.owned.length < ids) {
    for (const key of ["owned", "stamps", "merged"] as const) scratch[key] = new Int32Array(ids * 2);
    lastMark = 0;
  }
  if (lastMark === 0x7fffffff) {
    for (const key of ["owned", "stamps", "merged"] as const) scratch[key].fill(0);
    lastMark = 0;
  }
  return ++lastMark;
}

/**
 * Words as integer ids, with what each source word may match on the other side: the same word,
 * a word with the same first PREFIX letters (cognates, inflections), or a lexicon translation.
 */
class Vocabulary {
  private readonly ids = new Map<string, number>();
  constructor(
    private readonly sourceWeights: ReadonlyMap<string, number>,
    private readonly targetWeights: ReadonlyMap<string, number>,
    private readonly lexicon: Lexicon,
  ) {}

  private id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }

  private prefix(word: string): number {
    return word.length > PREFIX && !word.startsWith("#") ? this.id(`\u0001${word.slice(0, PREFIX)}`) : -1;
  }

  private readonly units = new Map<Features, Group>();

  /** One unit's group, built once: ids, weights, prefixes and match candidates of its words. */
  private unit(f: Features, side: "source" | "target"): Group {
    let g = this.units.get(f);
    if (g) return g;
    const weightsOf = side === "source" ? this.sourceWeights : this.targetWeights;
    // (Loops, not TypedArray.from with a function, which V8 runs through the iterator protocol.)
    const words = f.words;
    const count = words.length;
    const weights = new Float64Array(count);
    const ids = new Int32Array(count);
    const prefixes = new Int32Array(count);
    let totalWeight = 0;
    for (let k = 0; k < count; k++) {
      weights[k] = weightsOf.get(words[k]!) ?? 1;
      totalWeight += weights[k]!;
    }
    for (let k = 0; k < count; k++) ids[k] = this.id(words[k]!);
    for (let k = 0; k < count; k++) prefixes[k] = this.prefix(words[k]!);
    let candidates = NO_IDS;
    let candidateStarts = NO_IDS;
    if (side === "source") {
      // Each word's own id, its prefix's, then its translations' in the lexicon.
      const translations = words.map((w) => this.lexicon.get(w));
      let size = 0;
      for (let k = 0; k < count; k++) size += 1 + (prefixes[k]! >= 0 ? 1 : 0) + (translations[k]?.size ?? 0);
      candidates = new Int32Array(size);
      candidateStarts = new Int32Array(count + 1);
      let c = 0;
      for (let k = 0; k < count; k++) {
        candidateStarts[k] = c;
        candidates[c++] = ids[k]!;
        if (prefixes[k]! >= 0) candidates[c++] = prefixes[k]!;
        for (const t of translations[k] ?? []) candidates[c++] = this.id(t);
      }
      candidateStarts[count] = c;
    }
    g = { length: f.length, heading: f.heading ? 1 : 0, words: ids, weights, totalWeight, candidates, candidateStarts, prefixes };
    if (this.units.size >= groupsKept.max) this.units.clear();
    this.units.set(f, g);
    return g;
  }

  group(features: readonly Features[], side: "source" | "target", from: number, count: number): Group {
    if (count === 1) return this.unit(features[from]!, side);
    const parts = Array.from({ length: count }, (_, k) => this.unit(features[from + k]!, side));
    // First the words the group keeps (each once, the first part's first), then their arrays,
    // made at their size and filled: no lists of numbers grown and copied.
    const mark = nextMark(this.ids.size);
    const merged = scratch.merged;
    let most = 0;
    for (const part of parts) most += part.words.length;
    if (picks.part.length < most) picks = { part: new Int32Array(most * 2), index: new Int32Array(most * 2) };
    let n = 0;
    let candidateCount = 0;
    let length = 0;
    let heading = 0;
    for (let p = 0; p < count; p++) {
      const part = parts[p]!;
      length += part.length;
      heading += part.heading;
      for (let k = 0; k < part.words.length; k++) {
        const id = part.words[k]!;
        if (merged[id] === mark) continue;
        merged[id] = mark;
        picks.part[n] = p;
        picks.index[n++] = k;
        if (side === "source") candidateCount += part.candidateStarts[k + 1]! - part.candidateStarts[k]!;
      }
    }
    const words = new Int32Array(n);
    const weights = new Float64Array(n);
    const prefixes = new Int32Array(n);
    const candidates = side === "source" ? new Int32Array(candidateCount) : NO_IDS;
    const candidateStarts = side === "source" ? new Int32Array(n + 1) : NO_IDS;
    let totalWeight = 0;
    let c = 0;
    for (let w = 0; w < n; w++) {
      const part = parts[picks.part[w]!]!;
      const k = picks.index[w]!;
      words[w] = part.words[k]!;
      weights[w] = part.weights[k]!;
      totalWeight += weights[w]!;
      prefixes[w] = part.prefixes[k]!;
      if (side === "source") {
        candidateStarts[w] = c;
        for (let q = part.candidateStarts[k]!; q < part.candidateStarts[k + 1]!; q++) candidates[c++] = part.candidates[q]!;
      }
    }
    if (side === "source") candidateStarts[n] = c;
    return { length, heading, words, weights, totalWeight, candidates, candidateStarts, prefixes };
  }

  /** True when a group holds a word (a number: "#3"). */
  has(group: Group, word: string): boolean {
    const id = this.ids.get(word);
    return id !== undefined && group.words.includes(id);
  }

  /** How much of two groups' weighted vocabulary meets, in [0, 1]. */
  similarity(gs: Group, gt: Group): number {
    const total = gs.totalWeight + gt.totalWeight;
    if (total === 0) return 0;
    const mark = nextMark(this.ids.size);
    const { owned, stamps } = scratch;
    for (let k = 0; k < gt.words.length; k++) {
      owned[gt.words[k]!] = mark;
      const p = gt.prefixes[k]!;
      if (p >= 0) owned[p] = mark;
    }
    let matched = 0;
    const { candidates, candidateStarts } = gs;
    for (let k = 0; k < gs.words.length; k++) {
      for (let q = candidateStarts[k]!, end = candidateStarts[k + 1]!; q < end; q++) {
        const c = candidates[q]!;
        if (owned[c] === mark) {
          matched += gs.weights[k]!;
          stamps[c] = mark;
          break;
        }
      }
    }
    for (let k = 0; k < gt.words.length; k++) {
      const p = gt.prefixes[k]!;
      if (stamps[gt.words[k]!] === mark || (p >= 0 && stamps[p] === mark)) matched += gt.weights[k]!;
    }
    return matched / total;
  }
}

function toLink(bead: Bead): AlignedLink {
  // A logistic of the cost: a pair whose shared words outweigh its length mismatch scores
  // near 1, an even one 0.5, a forced one near 0.
  const score = Math.round(1000 / (1 + Math.exp(bead.cost / 4))) / 1000;
  return { source: bead.source, target: bead.target, cost: bead.cost, score };
}

/**
 * Word pairs that keep meeting in the confident 1-1 links of a first pass (Dice coefficient),
 * added to the known pairs: the document teaches its own small dictionary.
 */
function learnLexicon(links: readonly AlignedLink[], sf: readonly Features[], tf: readonly Features[], known?: Lexicon): Lexicon {
  const ones = links.filter((l) => l.source.length === 1 && l.target.length === 1);
  const costs = ones.map((l) => l.cost).sort((a, b) => a - b);
  const limit = costs[Math.floor(costs.length * 0.8)] ?? Infinity;
  const confident = ones.filter((l) => l.cost <= limit);
  const fs = new Map<string, number>();
  const ft = new Map<string, number>();
  const co = new Map<string, Map<string, number>>();
  for (const link of confident) {
    const s = sf[link.source[0]!]!.words.filter((w) => !w.startsWith("#"));
    const t = tf[link.target[0]!]!.words.filter((w) => !w.startsWith("#"));
    for (const w of s) fs.set(w, (fs.get(w) ?? 0) + 1);
    for (const w of t) ft.set(w, (ft.get(w) ?? 0) + 1);
    for (const a of s) {
      let row = co.get(a);
      if (!row) co.set(a, (row = new Map()));
      for (const b of t) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  const lexicon = new Map<string, Set<string>>();
  for (const [w, set] of known ?? []) lexicon.set(w, new Set(set));
  for (const [a, row] of co) {
    for (const [b, c] of row) {
      if (c < 2) continue;
      const dice = (2 * c) / (fs.get(a)! + ft.get(b)!);
      if (dice < 0.5) continue;
      let set = lexicon.get(a);
      if (!set) lexicon.set(a, (set = new Set()));
      set.add(b);
    }
  }
  return lexicon;
}

// Cognates: governor ~ gobernador, population ~ población do not meet by prefix. Words of five
// letters or more with the same first two letters and a longest common subsequence covering
// COGNATE of both are taken as a pair. Bucketing by those letters keeps this cheap.
const COGNATE = 0.75;
const MIN_COGNATE = 5;

// Two rows of the LCS table, reused across calls: cognate search compares many short words.
let rowA = new Uint16Array(64);
let rowB = new Uint16Array(64);

function lcs(a: string, b: string): number {
  if (rowA.length <= b.length) {
    rowA = new Uint16Array(b.length * 2);
    rowB = new Uint16Array(b.length * 2);
  }
  let previous = rowA.fill(0, 0, b.length + 1);
  let current = rowB.fill(0, 0, b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      current[j] = ca === b.charCodeAt(j - 1) ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

function withCognates(known: Lexicon, sf: readonly Features[], tf: readonly Features[]): Lexicon {
  const bucket = (features: readonly Features[]) => {
    const buckets = new Map<string, Set<string>>();
    for (const f of features) {
      for (const w of f.words) {
        if (w.length < MIN_COGNATE || w.startsWith("#")) continue;
        const key = w.slice(0, 2);
        let set = buckets.get(key);
        if (!set) buckets.set(key, (set = new Set()));
        set.add(w);
      }
    }
    return buckets;
  };
  const targets = bucket(tf);
  const lexicon = new Map<string, Set<string>>();
  for (const [w, set] of known) lexicon.set(w, new Set(set));
  for (const [letter, words] of bucket(sf)) {
    const candidates = [...(targets.get(letter) ?? [])];
    for (const a of words) {
      for (const b of candidates) {
        if (a === b || Math.abs(a.length - b.length) > Math.max(a.length, b.length) / 3) continue;
        if ((2 * lcs(a, b)) / (a.length + b.length) < COGNATE) continue;
        let set = lexicon.get(a);
        if (!set) lexicon.set(a, (set = new Set()));
        set.add(b);
      }
    }
  }
  return lexicon;
}
