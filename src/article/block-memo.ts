// What several rules (and the aligner) read from one block, read once: the quotation marks, the
// glossary's terms, the numbers, the aligner's features. Kept on the block object itself (a
// WeakMap), never under the block's text: equal paragraphs of two articles are read twice, as
// they would be without it, and a block's analyses go when its article goes.
//
// Forgotten (forgetMemos) as soon as a set is checked, not left to the WeakMap: V8's quick
// collections of its young generation did not free the entries of this map, which lives in the
// old generation, so every block and all that was read from it survived them, was copied and then
// promoted, and waited for a full collection. On an archive of 9,600 articles, 414 MB of what a
// run allocated was promoted that way (sampled by V8's heap profiler); forgotten when each set is
// done, 25 MB, and the run took 0.85 of the time.

// Each block's memos in one array, [keys, value, keys, value, …]: a block has a few (quotes,
// terms, numbers, features), and a Map for each key of each block was most of the memo's cost
// and of its garbage.
const memos = new WeakMap<object, unknown[]>();

function sameKeys(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The value `compute` gives for `block` under `keys` (a language, a glossary, a convention:
 * compared by identity), computed on the first call and returned after.
 */
export function memo<T>(block: object, keys: readonly unknown[], compute: () => T): T {
  let entries = memos.get(block);
  if (entries === undefined) memos.set(block, (entries = []));
  for (let i = 0; i < entries.length; i += 2) if (sameKeys(entries[i] as readonly unknown[], keys)) return entries[i + 1] as T;
  const value = compute();
  entries.push(keys, value);
  return value;
}

/** Drops the memos of these blocks: what was read from them will not be asked for again. */
export function forgetMemos(blocks: Iterable<object>): void {
  for (const block of blocks) memos.delete(block);
}
