import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { profileStream } from '../lib/preview/profile-stream';
import { ColumnSchema, DelimiterSchema, EncodingSchema } from '../lib/preview/types';

/**
 * Runs one whole-file profile in its own process, so that its peak memory is its own, and prints its figures
 * as one JSON line. The file is read from disk in 64 KiB pieces, as a browser hands a fetch body to a worker
 * (the download itself happens outside the worker, in the browser's network process).
 */
const config = JSON.parse(process.argv[2] ?? '{}') as Record<string, unknown>;
const path = String(config.path);
const columns = ColumnSchema.array().parse(config.columns);
const source = Readable.toWeb(createReadStream(path, { highWaterMark: 64 * 1024 })) as ReadableStream<Uint8Array>;

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = await profileStream(source, {
  encoding: EncodingSchema.parse(config.encoding),
  delimiter: DelimiterSchema.parse(config.delimiter),
  skipLines: Number(config.skipLines),
  columns,
});
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
if (!result.ok) {
  process.stdout.write(`${JSON.stringify({ error: result.error })}\n`);
  process.exit(1);
}
process.stdout.write(
  `${JSON.stringify({
    rows: result.value.rows,
    bytes: result.value.bytes,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    columns: result.value.columns,
  })}\n`,
);
