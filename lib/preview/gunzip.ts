import { Gunzip } from 'fflate';
import { GZIP_MAGIC_LENGTH, startsWithGzip } from './gzip-magic';

export interface DecompressOptions {
  /**
   * Accept a gzip stream that stops before its end, keeping what it gave: a sample is the first bytes of a file
   * (a Range slice, or a read stopped at the budget), never a complete gzip member. A whole-file pass wants the
   * error instead.
   */
  cutEndAllowed?: boolean;
}

/**
 * The preview's one gzip decoder, for the sample and the whole-file profile alike: fflate's streaming inflater,
 * which runs the same in the extension's pages, its workers and Node, and can stop anywhere in a stream.
 * Corrupt data errors the stream (fflate throws), which the reader sees as a failed read.
 */
export function gunzipTransform(options: DecompressOptions = {}): TransformStream<Uint8Array, Uint8Array> {
  let inflater: Gunzip;
  return new TransformStream<Uint8Array, Uint8Array>({
    start(controller) {
      inflater = new Gunzip((data) => controller.enqueue(data));
    },
    transform(chunk) {
      inflater.push(chunk);
    },
    flush() {
      try {
        inflater.push(new Uint8Array(0), true);
      } catch (error) {
        if (!options.cutEndAllowed) throw error;
      }
    },
  });
}

/**
 * The one gzip decision: a body is decompressed when it starts with gzip's magic bytes, whatever the headers or
 * the file name say (fetch may or may not have decoded a `.csv.gz` or a `Content-Encoding: gzip` body already).
 * The first bytes are read until the magic number is in hand, since a server or a proxy may send them one
 * chunk at a time, then replayed in front of the rest.
 */
export async function decompressIfGzip(
  body: ReadableStream<Uint8Array>,
  options: DecompressOptions = {},
): Promise<{ stream: ReadableStream<Uint8Array>; gzip: boolean }> {
  const reader = body.getReader();
  const head: Uint8Array[] = [];
  let headLength = 0;
  let ended = false;
  try {
    while (headLength < GZIP_MAGIC_LENGTH) {
      const next = await reader.read();
      if (next.done) {
        ended = true;
        break;
      }
      head.push(next.value);
      headLength += next.value.length;
    }
  } catch (error) {
    reader.releaseLock();
    throw error;
  }
  const replay = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of head) controller.enqueue(chunk);
      if (ended) controller.close();
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  if (!startsWithGzip(head)) return { stream: replay, gzip: false };
  return { stream: replay.pipeThrough(gunzipTransform(options)), gzip: true };
}
