import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ByteSample } from '../../../lib/preview/read-bytes';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/preview/${name}`, import.meta.url));
}

export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(fixturePath(name)));
}

/** The first `budget` bytes of a fixture, as the reader would hand them over. */
export function sampleOf(bytes: Uint8Array, budget = bytes.length): ByteSample {
  const cut = Math.min(budget, bytes.length);
  return {
    bytes: bytes.subarray(0, cut),
    bytesRead: cut,
    totalBytes: bytes.length,
    truncated: cut < bytes.length,
    gunzipped: false,
  };
}

/** A response body delivered in chunks of `chunkSize` bytes, recording whether it was cancelled. */
export function chunkedStream(bytes: Uint8Array, chunkSize: number) {
  const state = { cancelled: false, pulled: 0 };
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      const chunk = bytes.slice(offset, offset + chunkSize);
      offset += chunk.length;
      state.pulled += chunk.length;
      controller.enqueue(chunk);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}
