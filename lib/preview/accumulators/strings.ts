export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/**
 * MurmurHash3's 32-bit finisher: spreads every bit of `h` over the whole word. The 32 bits come back as a
 * signed integer: V8 keeps those unboxed (on 64-bit Node), while an unsigned one above 2^31 is a heap number,
 * one allocation per cell each time a hash is passed to a function the compiler did not inline (a fifth of
 * the whole-file profile's time went to that garbage, measured by `npm run bench`). Only the bits matter.
 */
export function finishHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * 32-bit FNV-1a over the UTF-16 code units of `text[start, end)`, finished with MurmurHash3's avalanche step.
 * FNV-1a alone is fast but its high bits barely change between similar short strings ("2024-00000001",
 * "2024-00000002"), and HyperLogLog reads exactly those bits. Working on a range lets the CSV scanner hash a
 * cell where it lies, without cutting it out of the batch (`csv-scan.ts` computes the same hash as it scans).
 */
export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return finishHash(h);
}

export function hashString(text: string): number {
  return hashRange(text, 0, text.length);
}

/**
 * True when `text[start, end)` is exactly `value`, compared in place. A loop over character codes: cells are
 * short, and for them it costs a fraction of `startsWith` with a position (measured on the bench's file).
 */
export function rangeEquals(text: string, start: number, end: number, value: string): boolean {
  const length = value.length;
  if (length !== end - start) return false;
  for (let i = 0; i < length; i++) if (text.charCodeAt(start + i) !== value.charCodeAt(i)) return false;
  return true;
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
