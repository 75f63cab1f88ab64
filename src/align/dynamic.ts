// Monotone alignment by dynamic programming in a band around the diagonal: time and memory
// grow with the document's length times the band's width, never with its square.

export type Move = readonly [source: number, target: number];
export type Bead = Readonly<{ source: readonly number[]; target: readonly number[]; cost: number }>;

/** The cost of taking source [i, i+di) with target [j, j+dj); Infinity forbids it. */
export type CostFunction = (i: number, j: number, di: number, dj: number) => number;

const MAX_BAND_DOUBLINGS = 6;

/**
 * The cheapest path of beads from (0, 0) to (n, m). The band starts `band` cells either side of
 * the diagonal and doubles while the best path runs along its edge, so a translation that
 * drifts from the diagonal (a dropped section) is still followed.
 */
export function alignBanded(n: number, m: number, moves: readonly Move[], cost: CostFunction, band = 32): Bead[] {
  let width = Math.max(band, Math.ceil(Math.abs(n - m) * 1.2) + 4);
  for (let attempt = 0; ; attempt++) {
    const result = solve(n, m, moves, cost, width);
    const full = width >= Math.max(n, m);
    if (result && (full || !result.touchesEdge || attempt >= MAX_BAND_DOUBLINGS)) return result.beads;
    width *= 2;
  }
}

function solve(n: number, m: number, moves: readonly Move[], cost: CostFunction, width: number) {
  const slope = n === 0 ? 0 : m / n;
  const low = (i: number) => Math.max(0, Math.floor(i * slope) - width);
  const high = (i: number) => Math.min(m, Math.ceil(i * slope) + width);
  const rows: { from: number; cost: Float64Array; move: Int8Array }[] = [];
  for (let i = 0; i <= n; i++) {
    const from = low(i);
    const size = high(i) - from + 1;
    rows.push({ from, cost: new Float64Array(size).fill(Infinity), move: new Int8Array(size).fill(-1) });
  }
  rows[0]!.cost[0 - rows[0]!.from] = 0;
  for (let i = 0; i <= n; i++) {
    const row = rows[i]!;
    for (let k = 0; k < row.cost.length; k++) {
      const j = row.from + k;
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = -1;
      for (let mv = 0; mv < moves.length; mv++) {
        const [di, dj] = moves[mv]!;
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0) continue;
        const prev = rows[pi]!;
        const pk = pj - prev.from;
        if (pk < 0 || pk >= prev.cost.length) continue;
        const base = prev.cost[pk]!;
        if (base === Infinity) continue;
        const total = base + cost(pi, pj, di, dj);
        if (total < best) {
          best = total;
          bestMove = mv;
        }
      }
      row.cost[k] = best;
      row.move[k] = bestMove;
    }
  }
  const last = rows[n]!;
  if (m - last.from < 0 || m - last.from >= last.cost.length || last.cost[m - last.from] === Infinity) return undefined;
  const beads: Bead[] = [];
  let touchesEdge = false;
  for (let i = n, j = m; i > 0 || j > 0;) {
    const row = rows[i]!;
    const k = j - row.from;
    if ((k === 0 && row.from > 0) || (k === row.cost.length - 1 && j < m)) touchesEdge = true;
    const [di, dj] = moves[row.move[k]!]!;
    const prev = rows[i - di]!;
    const stepCost = row.cost[k]! - prev.cost[j - dj - prev.from]!;
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
