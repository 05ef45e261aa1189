/**
 * 32-bit FNV-1a over UTF-16 code units, finished with MurmurHash3's avalanche step. FNV-1a alone is fast but
 * its high bits barely change between similar short strings ("2024-00000001", "2024-00000002"), and
 * HyperLogLog reads exactly those bits; the finisher spreads every input bit over the whole word.
 */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A copy of `text` that does not keep its source alive. V8 cuts substrings of 13 characters or more as views
 * into their parent, so a cell kept from a parsed batch (a top value, a cached date) would otherwise pin the
 * whole megabyte-sized batch in memory. Concatenating then slicing makes V8 flatten a fresh string the size
 * of the cell.
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
