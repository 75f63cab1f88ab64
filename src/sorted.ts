/**
 * The last index in [0, length) whose key is at most `target`, or -1 if none is: a binary
 * search over keys that never decrease with the index.
 */
export function lastAtMost(length: number, key: (index: number) => number, target: number): number {
  let lo = -1;
  let hi = length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(mid) <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
