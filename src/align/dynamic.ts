// Monotone alignment by dynamic programming in a band around the diagonal: time and memory
// grow with the document's length times the band's width, never with its square.

export type Move = readonly [source: number, target: number];
export type Bead = Readonly<{ source: readonly number[]; target: readonly number[]; cost: number }>;

/** The cost of taking source [i, i+di) with target [j, j+dj); Infinity forbids it. */
export type CostFunction = (i: number, j: number, di: number, dj: number) => number;

const MAX_BAND_DOUBLINGS = 6;
// At most this many cells (9 bytes each) in one pass, whatever the lengths: a 60,000-paragraph
// article 4,000 paragraphs longer than its translation asked for 600 million. Past it the band
// stops widening; only an article of thousands of paragraphs meets the limit.
export const MAX_CELLS = 16_000_000;

/**
 * The cheapest path of beads from (0, 0) to (n, m). The band is `band` cells either side of a
 * centre line: the diagonal, or a guide path from a cheaper first pass. It doubles while the
 * best path runs along its edge, so a translation that drifts (a dropped section) is followed.
 */
export function alignBanded(n: number, m: number, moves: readonly Move[], cost: CostFunction, band = 16,
  centres?: Int32Array): Bead[] {
  const line = centres ?? Int32Array.from({ length: n + 1 }, (_, i) => (n === 0 ? 0 : Math.round((i * m) / n)));
  // Rows must overlap for a path of 1-0 and 0-1 steps to cross the band; the cells this takes
  // grow with m, not with n times m.
  let jump = 0;
  for (let i = 0; i < n; i++) jump = Math.max(jump, Math.abs(line[i + 1]! - line[i]!));
  // (With no source units, the one row must reach from 0 to m.)
  const narrowest = n === 0 ? m + 1 : Math.ceil(jump / 2) + 1;
  // The cap holds even against the requested band: a document of millions of units gets a
  // narrow one.
  const widest = Math.max(narrowest, Math.floor(MAX_CELLS / (n + 1) / 2));
  let width = Math.max(narrowest, Math.min(widest, centres ? band : Math.max(band, Math.ceil(Math.abs(n - m) * 1.2) + 4)));
  for (let attempt = 0; ; attempt++) {
    const result = solve(n, m, moves, cost, width, line);
    const full = width >= Math.max(n, m);
    if (result && (full || !result.touchesEdge || attempt >= MAX_BAND_DOUBLINGS || width >= widest)) return result.beads;
    if (!result && (full || width >= widest)) throw new Error(`no path of moves crosses a band of ${width}`);
    width = Math.min(widest, width * 2);
  }
}

/** For each source position 0..n, the target position where a path of beads passes it. */
export function centresOf(beads: readonly Bead[], n: number): Int32Array {
  const centres = new Int32Array(n + 1);
  let i = 0;
  let j = 0;
  for (const bead of beads) {
    for (let k = 0; k < bead.source.length; k++) centres[i + k] = j + Math.round((k * bead.target.length) / Math.max(1, bead.source.length));
    i += bead.source.length;
    j += bead.target.length;
  }
  centres[n] = j;
  return centres;
}

function solve(n: number, m: number, moves: readonly Move[], cost: CostFunction, width: number, line: Int32Array) {
  // Row i holds columns from[i] .. from[i] + size - 1, stored flat from start[i]: one pair of
  // arrays for the whole band rather than two per row.
  const from = new Int32Array(n + 1);
  const start = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) {
    from[i] = Math.max(0, line[i]! - width);
    start[i + 1] = start[i]! + Math.min(m, line[i]! + width) - from[i]! + 1;
  }
  const costs = new Float64Array(start[n + 1]!).fill(Infinity);
  const chosen = new Int8Array(start[n + 1]!).fill(-1);
  // The flat index of cell (i, j), or -1 outside the band.
  const at = (i: number, j: number) => {
    const k = j - from[i]!;
    return k < 0 || k >= start[i + 1]! - start[i]! ? -1 : start[i]! + k;
  };
  costs[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    const size = start[i + 1]! - start[i]!;
    for (let k = 0; k < size; k++) {
      const j = from[i]! + k;
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = -1;
      for (let mv = 0; mv < moves.length; mv++) {
        const [di, dj] = moves[mv]!;
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0) continue;
        const previous = at(pi, pj);
        if (previous === -1) continue;
        const base = costs[previous]!;
        if (base === Infinity) continue;
        const total = base + cost(pi, pj, di, dj);
        if (total < best) {
          best = total;
          bestMove = mv;
        }
      }
      costs[start[i]! + k] = best;
      chosen[start[i]! + k] = bestMove;
    }
  }
  const end = at(n, m);
  if (end === -1 || costs[end] === Infinity) return undefined;
  const beads: Bead[] = [];
  let touchesEdge = false;
  for (let i = n, j = m; i > 0 || j > 0;) {
    const k = j - from[i]!;
    if ((k === 0 && from[i]! > 0) || (k === start[i + 1]! - start[i]! - 1 && j < m)) touchesEdge = true;
    const here = start[i]! + k;
    const [di, dj] = moves[chosen[here]!]!;
    const stepCost = costs[here]! - costs[at(i - di, j - dj)]!;
    beads.push({
      source: Array.from({ length: di }, (_, x) => i - di + x),
      target: Array.from({ length: dj }, (_, x) => j - dj + x),
      cost: stepCost,
    });
    i -= di;
    j -= dj;
  }
  return { beads: beads.reverse(), touchesEdge };
}
