/** gzip's magic number (RFC 1952, 2.3.1): every gzip stream starts with these two bytes. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** How many bytes from the start of a body `startsWithGzip` needs to decide. */
export const GZIP_MAGIC_LENGTH = GZIP_MAGIC.length;

/**
 * Whether a body is gzip, from its first chunks (`GZIP_MAGIC_LENGTH` bytes in all, or the whole body if shorter),
 * which may have split the magic number. The bytes decide, whatever the headers or the file name say: fetch may
 * or may not have decoded a `.csv.gz` or a `Content-Encoding: gzip` body already.
 */
export function startsWithGzip(head: readonly Uint8Array[]): boolean {
  const first: number[] = [];
  for (const chunk of head) {
    for (const byte of chunk.subarray(0, GZIP_MAGIC_LENGTH - first.length)) first.push(byte);
    if (first.length === GZIP_MAGIC_LENGTH) break;
  }
  return first.length === GZIP_MAGIC_LENGTH && first.every((byte, i) => byte === GZIP_MAGIC[i]);
}
