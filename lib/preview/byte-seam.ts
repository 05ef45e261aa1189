const QUOTE = 34;
const LF = 10;

/**
 * Where a file can be cut between two workers, decided on bytes: a line feed (byte 10) and a quote (byte
 * 34) are single bytes in UTF-8, Windows-1252 and ISO-8859-15 and never part of another character, so a
 * line feed with an even number of quotes before it is a row boundary of well-formed CSV. The part after a
 * cut starts without knowing whether the cut fell inside quotes; it assumes not. The part before it knows
 * (it counted every quote from the start) and says where the boundary really is; the merge checks that both
 * agree and re-reads the second part from the true boundary when they do not (a quoted line break near the
 * cut).
 */

/** Scans `bytes` from `from` with the given quote parity: the index of the first line feed outside quotes. */
export function seekRowEnd(bytes: Uint8Array, from: number, odd: boolean): { index: number; odd: boolean } {
  let i = from;
  let inside = odd;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, i);
    if (!inside) {
      const lf = bytes.indexOf(LF, i);
      if (lf >= 0 && (quote < 0 || lf < quote)) return { index: lf, odd: inside };
    }
    if (quote < 0) return { index: -1, odd: inside };
    inside = !inside;
    i = quote + 1;
  }
}

/** Whether the number of quotes in `bytes[from, to)` is odd. */
export function oddQuotes(bytes: Uint8Array, from: number, to: number): boolean {
  let odd = false;
  for (let i = bytes.indexOf(QUOTE, from); i >= 0 && i < to; i = bytes.indexOf(QUOTE, i + 1)) odd = !odd;
  return odd;
}

/**
 * The bytes of a whole file up to the first row boundary at or after `split` (counted from the start, so
 * quotes are known), then the end. `boundary()` is that boundary's offset once the stream is done.
 */
export function untilRowBoundary(split: number): {
  stream: TransformStream<Uint8Array, Uint8Array>;
  boundary: () => number;
} {
  let offset = 0;
  let odd = false;
  let boundary = -1;
  const stream = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      if (boundary >= 0) return;
      const before = Math.max(0, Math.min(chunk.length, split - offset));
      if (before > 0) odd = oddQuotes(chunk, 0, before) !== odd;
      if (before < chunk.length) {
        const found = seekRowEnd(chunk, before, odd);
        odd = found.odd;
        if (found.index >= 0) {
          boundary = offset + found.index + 1;
          controller.enqueue(chunk.subarray(0, found.index + 1));
          controller.terminate();
          return;
        }
      }
      offset += chunk.length;
      controller.enqueue(chunk);
    },
    flush() {
      if (boundary < 0) boundary = offset;
    },
  });
  return { stream, boundary: () => (boundary < 0 ? offset : boundary) };
}

/**
 * The bytes of a file read from `start` (a Range answer), from the first line feed outside quotes on,
 * assuming the cut was outside quotes. `start()` is the absolute offset of the first byte passed on (the
 * end of the file when there was no line break).
 */
export function fromRowBoundary(offset: number): {
  stream: TransformStream<Uint8Array, Uint8Array>;
  start: () => number;
} {
  let seen = offset;
  let odd = false;
  let start = -1;
  const stream = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      if (start >= 0) {
        controller.enqueue(chunk);
        return;
      }
      const found = seekRowEnd(chunk, 0, odd);
      odd = found.odd;
      if (found.index >= 0) {
        start = seen + found.index + 1;
        if (found.index + 1 < chunk.length) controller.enqueue(chunk.subarray(found.index + 1));
      }
      seen += chunk.length;
    },
  });
  return { stream, start: () => (start < 0 ? seen : start) };
}
