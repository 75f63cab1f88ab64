// What several rules (and the aligner) read from one block, read once: the quotation marks, the
// glossary's terms, the numbers, the aligner's features. Kept on the block object itself (a
// WeakMap), never under the block's text: equal paragraphs of two articles are read twice, as
// they would be without it, and a block's analyses go when its article goes.

const memos = new WeakMap<object, Map<unknown, unknown>>();

/**
 * The value `compute` gives for `block` under `keys` (a language, a glossary, a convention:
 * compared by identity), computed on the first call and returned after.
 */
export function memo<T>(block: object, keys: readonly unknown[], compute: () => T): T {
  let map = memos.get(block);
  if (!map) memos.set(block, (map = new Map()));
  for (const key of keys.slice(0, -1)) {
    let next = map.get(key) as Map<unknown, unknown> | undefined;
    if (!next) map.set(key, (next = new Map()));
    map = next;
  }
  const last = keys.at(-1);
  if (map.has(last)) return map.get(last) as T;
  const value = compute();
  map.set(last, value);
  return value;
}
