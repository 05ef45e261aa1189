import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import Papa from 'papaparse';
import type { Result } from '../lib/model/failure';
import { profileInTwoRanges, type TailPart } from '../lib/preview/profile-ranges';
import { profileStream } from '../lib/preview/profile-stream';
import { textDecoder } from '../lib/preview/text-decoder';
import { ColumnSchema, DelimiterSchema, EncodingSchema } from '../lib/preview/types';
import { fileFetch } from './file-fetch';
import { threadCpuMs } from './thread-cpu';

/**
 * Runs one whole-file pass in its own process, so that its peak memory is its own, and prints its figures as
 * one JSON line. The file is read from disk in 64 KiB pieces, as a browser hands a fetch body to a worker (the
 * download itself happens outside the worker, in the browser's network process).
 *
 * `mode: 'papa'` is the baseline the targets are ratios of: bare PapaParse streaming the same bytes, decoded by
 * the same streaming decoder as the profile (`textDecoder`, which also maps Windows-1252's 0x80–0x9F where Node
 * does not) in the same 1 MiB batches, with the same delimiter and a `chunk` callback that keeps nothing —
 * PapaParse's fastest way through a file, and the least any profile can cost. The parent checks that both
 * sides read the same rows and that the profile computed every column.
 */
const config = JSON.parse(process.argv[2] ?? '{}') as Record<string, unknown>;
const path = String(config.path);
const encoding = EncodingSchema.parse(config.encoding);
const delimiter = DelimiterSchema.parse(config.delimiter);
const source = () => Readable.toWeb(createReadStream(path, { highWaterMark: 64 * 1024 })) as ReadableStream<Uint8Array>;

const BATCH = 1 << 20;

async function* decodedBatches(): AsyncGenerator<string> {
  const decoder = textDecoder(encoding);
  const batch = new Uint8Array(BATCH);
  let filled = 0;
  for await (const piece of source()) {
    let offset = 0;
    while (offset < piece.length) {
      const take = Math.min(piece.length - offset, BATCH - filled);
      batch.set(piece.subarray(offset, offset + take), filled);
      filled += take;
      offset += take;
      if (filled === BATCH) {
        yield decoder.decode(batch, { stream: true });
        filled = 0;
      }
    }
  }
  yield decoder.decode(batch.subarray(0, filled));
}

async function papa(): Promise<{ rows: number; bytes: number; widest: number }> {
  let rows = 0;
  let widest = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(Readable.from(decodedBatches()), {
      delimiter,
      chunk: (results) => {
        rows += results.data.length;
        // Proof that the delimiter split the rows (a wrong one gives one cell per row), at no cost.
        widest = Math.max(widest, (results.data[0] as string[] | undefined)?.length ?? 0);
      },
      complete: () => resolve(),
      error: (error) => reject(error),
    });
  });
  const { size } = await import('node:fs').then((fs) => fs.statSync(path));
  return { rows, bytes: size, widest };
}

async function profile() {
  const result = await profileStream(source(), {
    encoding,
    delimiter,
    skipLines: Number(config.skipLines),
    columns: ColumnSchema.array().parse(config.columns),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/**
 * `mode: 'ranges'`: the file answered with Range support (`file-fetch.ts`), profiled by this thread and a
 * worker thread (`range-worker.ts`) over the two halves, the seam checked and the accumulators merged.
 */
/** CPU time of the second worker's thread, for the critical path of the two. */
let tailCpuMs: number | null = null;

async function ranges() {
  const columns = ColumnSchema.array().parse(config.columns);
  const result = await profileInTwoRanges(`file://${path}`, {
    encoding,
    delimiter,
    skipLines: Number(config.skipLines),
    columns,
    fetchImpl: fileFetch(path),
    runTail: (job) =>
      new Promise<Result<TailPart>>((resolve, reject) => {
        const worker = new Worker(String(config.worker), { workerData: { job, path } });
        worker.once('message', (message: { result: Result<TailPart>; threadCpuMs: number | null }) => {
          tailCpuMs = Math.max(tailCpuMs ?? 0, message.threadCpuMs ?? 0);
          resolve(message.result);
          void worker.terminate();
        });
        worker.once('error', reject);
      }),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const cpu0 = process.cpuUsage();
const t0 = performance.now();
try {
  const figures =
    config.mode === 'papa'
      ? { ...(await papa()), columns: [] }
      : config.mode === 'ranges'
        ? await ranges()
        : await profile();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(
    `${JSON.stringify({
      ...figures,
      wallMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      // The main thread's own CPU time and, in `ranges` mode, the second worker's.
      threadCpuMs: threadCpuMs(),
      tailCpuMs,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
    })}\n`,
  );
} catch (error) {
  process.stdout.write(`${JSON.stringify({ error: String(error) })}\n`);
  process.exit(1);
}
