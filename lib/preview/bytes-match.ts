/** Whether `bytes` holds `magic` at `at`: file signatures. */
export const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((x, i) => bytes[at + i] === x);

/** Whether the ASCII `needle` occurs in the first `limit` bytes (names inside a ZIP's first local header). */
export function containsAscii(bytes: Uint8Array, needle: string, limit: number): boolean {
  const end = Math.min(bytes.length, limit) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}
