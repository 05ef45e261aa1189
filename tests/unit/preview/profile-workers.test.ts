import { describe, expect, it } from 'vitest';
import { type ProfileEvent, runProfileWorkers, type WorkerLike } from '../../../entrypoints/popup/profile-workers';
import type { FetchLike } from '../../../lib/http/fetch-json';
import { profileStream } from '../../../lib/preview/profile-stream';
import { createProfileJobHandler, type StartMessage } from '../../../lib/preview/worker-protocol';
import { columns, makeCsv, serverOf } from './ranges-fixtures';

/**
 * The page's two workers with the real worker script's handler behind each, in this thread: messages are
 * structured-cloned and delivered later, as between threads.
 */
function workers(fetchImpl: FetchLike, options: { tailCrashes?: boolean } = {}) {
  const created: { worker: WorkerLike; terminated: boolean }[] = [];
  const create = (): WorkerLike => {
    const entry = { worker: null as unknown as WorkerLike, terminated: false };
    const handle = createProfileJobHandler(
      (message) =>
        setTimeout(() => {
          if (!entry.terminated)
            entry.worker.onmessage?.(new MessageEvent('message', { data: structuredClone(message) }));
        }),
      { fetchImpl, minSplitBytes: 0 },
    );
    const second = created.length > 0;
    entry.worker = {
      onmessage: null,
      onerror: null,
      postMessage(message) {
        setTimeout(() => {
          if (entry.terminated) return;
          if (second && options.tailCrashes) {
            // What a worker that failed to load or ran out of memory reports (no ErrorEvent in Node).
            entry.worker.onerror?.({ message: 'out of memory' } as ErrorEvent);
            return;
          }
          void handle(structuredClone(message));
        });
      },
      terminate() {
        entry.terminated = true;
        void handle({ type: 'cancel' });
      },
    };
    created.push(entry);
    return entry.worker;
  };
  return { create, created };
}

function startOf(bytes: Uint8Array, encoding: StartMessage['encoding']): StartMessage {
  return {
    type: 'start',
    url: 'https://static.data.gouv.fr/resources/x/grand.csv',
    encoding,
    delimiter: ';',
    skipLines: 2,
    columns,
    totalBytes: bytes.length,
  };
}

function run(start: StartMessage, create: () => WorkerLike) {
  const events: ProfileEvent[] = [];
  let handle!: ReturnType<typeof runProfileWorkers>;
  const done = new Promise<ProfileEvent>((resolve) => {
    handle = runProfileWorkers(start, create, (event) => {
      events.push(event);
      if (event.type !== 'progress') resolve(event);
    });
  });
  return { events, done, handle };
}

async function singlePass(bytes: Uint8Array, start: StartMessage) {
  const response = await serverOf(bytes)('x');
  const result = await profileStream(response.body!, { ...start, signal: undefined });
  if (!result.ok) throw new Error(result.error.messageKey);
  return result.value;
}

describe('the page’s two profile workers', () => {
  it('profile a Range-capable file in two parts with the single pass’s figures', async () => {
    const bytes = makeCsv({ rows: 3000, newline: '\r\n', encoding: 'windows-1252' });
    const requests: (string | null)[] = [];
    const { create, created } = workers(serverOf(bytes, { requests }));
    const start = startOf(bytes, 'windows-1252');
    const { events, done } = run(start, create);
    const last = await done;
    if (last.type !== 'done') throw new Error(JSON.stringify(last));
    const single = await singlePass(bytes, start);
    expect(last.rows).toBe(single.rows);
    expect(last.bytes).toBe(bytes.length);
    // Counts, extremes, histograms and, below the sketches' capacity, top values are the same numbers.
    const exact = (c: (typeof single.columns)[number]) => ({ ...c.profile, mean: undefined, distinct: undefined });
    expect(last.columns.map(exact)).toEqual(single.columns.map(exact));
    // One request from the first byte, one from the middle, each by its own worker.
    expect(requests).toEqual(['bytes=0-', `bytes=${Math.floor(bytes.length / 2)}-`]);
    expect(created).toHaveLength(2);
    expect(created.every((c) => c.terminated)).toBe(true);
    // Progress counts both parts and ends at the whole file.
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.at(-1)).toMatchObject({ bytes: bytes.length, rows: single.rows });
  });

  it('fall back on one pass when the second worker dies, with the same figures', async () => {
    const bytes = makeCsv({ rows: 2000, newline: '\n', encoding: 'utf-8' });
    const requests: (string | null)[] = [];
    const { create } = workers(serverOf(bytes, { requests }), { tailCrashes: true });
    const start = startOf(bytes, 'utf-8');
    const last = await run(start, create).done;
    if (last.type !== 'done') throw new Error(JSON.stringify(last));
    const single = await singlePass(bytes, start);
    expect(last.columns).toEqual(single.columns);
    expect(last.bytes).toBe(bytes.length);
    // The first half from a Range request, then the whole file again without one.
    expect(requests).toEqual(['bytes=0-', null]);
  });

  it('read the file once when the server ignores Range: no second worker', async () => {
    const bytes = makeCsv({ rows: 2000, newline: '\n', encoding: 'utf-8' });
    const requests: (string | null)[] = [];
    const { create, created } = workers(serverOf(bytes, { ranges: false, requests }));
    const start = startOf(bytes, 'utf-8');
    const last = await run(start, create).done;
    if (last.type !== 'done') throw new Error(JSON.stringify(last));
    expect(last.columns).toEqual((await singlePass(bytes, start)).columns);
    expect(requests).toEqual(['bytes=0-']);
    expect(created).toHaveLength(1);
  });

  it('stop both workers on cancel', async () => {
    const bytes = makeCsv({ rows: 3000, newline: '\n', encoding: 'utf-8' });
    const slow: FetchLike = async (url, init) => {
      const response = await serverOf(bytes)(url, init);
      let sent = 0;
      const reader = response.body!.getReader();
      // The first pieces arrive, then the server stalls until the request is aborted.
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (sent++ > 3) {
            await new Promise((resolve) => init?.signal?.addEventListener('abort', resolve));
            return controller.error(new DOMException('aborted', 'AbortError'));
          }
          const next = await reader.read();
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        },
      });
      return new Response(body, { status: response.status, headers: response.headers });
    };
    const { create, created } = workers(slow);
    const { done, handle } = run(startOf(bytes, 'utf-8'), create);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(created).toHaveLength(2);
    handle.cancel();
    expect(await done).toEqual({ type: 'cancelled' });
    expect(created.every((c) => c.terminated)).toBe(true);
  });
});
