// Strict and lax precision, recall and F1 of sentence links, as the Text+Berg README describes
// (after vecalign's score.py, which follows Sennrich & Volk 2011).

export type Link = readonly [source: readonly number[], target: readonly number[]];
export type Counts = { strictHit: number; strictMiss: number; laxHit: number; laxMiss: number };
export type Scores = Readonly<{ strict: PRF; lax: PRF }>;
export type PRF = Readonly<{ precision: number; recall: number; f1: number }>;

/** Parses "[0]:[0, 1]" lines (a third ":score" field is ignored). */
export function parseLinks(text: string): Link[] {
  return text.split("\n").filter((line) => line.trim() !== "").map((line) => {
    const m = /^\[([^\]]*)\]:\[([^\]]*)\]/u.exec(line.trim());
    if (!m) throw new Error(`not a link: ${line}`);
    const list = (s: string) => (s.trim() === "" ? [] : s.split(",").map((x) => Number(x.trim())));
    return [list(m[1]!), list(m[2]!)];
  });
}

export function formatLink([s, t]: Link): string {
  return `[${s.join(", ")}]:[${t.join(", ")}]`;
}

const key = ([s, t]: Link) => `${s.join(",")}:${t.join(",")}`;

function unique(links: readonly Link[]): Link[] {
  const seen = new Map<string, Link>();
  for (const link of links) if (link[0].length > 0 || link[1].length > 0) seen.set(key(link), link);
  return [...seen.values()];
}

function judge(reference: readonly Link[], hypothesis: readonly Link[], counts: Counts): void {
  const exact = new Set(reference.map(key));
  const targetsOf = new Map<number, Set<number>>();
  for (const [s, t] of reference) {
    for (const i of s) {
      let set = targetsOf.get(i);
      if (!set) targetsOf.set(i, (set = new Set()));
      for (const j of t) set.add(j);
    }
  }
  for (const link of hypothesis) {
    if (exact.has(key(link))) {
      counts.strictHit++;
      counts.laxHit++;
      continue;
    }
    counts.strictMiss++;
    const reachable = new Set<number>();
    for (const i of link[0]) for (const j of targetsOf.get(i) ?? []) reachable.add(j);
    if (link[1].some((j) => reachable.has(j))) counts.laxHit++;
    else counts.laxMiss++;
  }
}

const empty = (): Counts => ({ strictHit: 0, strictMiss: 0, laxHit: 0, laxMiss: 0 });

/** Adds one document's precision and recall counts to the running totals. */
export function scoreDocument(gold: readonly Link[], test: readonly Link[], totals = { precision: empty(), recall: empty() }) {
  const g = unique(gold);
  const t = unique(test);
  judge(g, t, totals.precision);
  const full = (links: Link[]) => links.filter(([s, tt]) => s.length > 0 && tt.length > 0);
  judge(full(t), full(g), totals.recall);
  return totals;
}

export function finalScores(totals: { precision: Counts; recall: Counts }): Scores {
  const ratio = (hit: number, miss: number) => (hit + miss === 0 ? 0 : hit / (hit + miss));
  const prf = (p: number, r: number): PRF => ({ precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) });
  return {
    strict: prf(ratio(totals.precision.strictHit, totals.precision.strictMiss), ratio(totals.recall.strictHit, totals.recall.strictMiss)),
    lax: prf(ratio(totals.precision.laxHit, totals.precision.laxMiss), ratio(totals.recall.laxHit, totals.recall.laxMiss)),
  };
}
