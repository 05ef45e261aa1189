import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Zip, ZipDeflate } from 'fflate';
import { createByteReader, urlTransport } from '../lib/preview/formats/byte-reader';
import { previewFile } from '../lib/preview/formats/preview-file';
import { DEFAULT_BUDGET } from '../lib/preview/read-bytes';
import { ensureCsv } from './generate';
import { startFileServer } from './server';

/**
 * `npx tsx bench/formats.ts` (meant to be called from `npm run bench`): time to first rows and bytes the server
 * sent for a zipped CSV and a Parquet file, big next to small, served with Range. Targets from issue 10: the big
 * file within 1.2 × the small one's time, and at most one budget + 64 KiB + the central directory (or footer).
 * `BENCH_FORMATS_SMALL=1` runs the same on a 64 MiB CSV and a ~20 MB Parquet, to check the script quickly.
 */

const HERE = dirname(fileURLToPath(import.meta.url));
const DATA = join(HERE, '.data');
const MiB = 1 << 20;
const RUNS = 7;
const SMALL = process.env.BENCH_FORMATS_SMALL === '1';
const BIG_CSV = SMALL ? 64 * MiB : 1024 * MiB;
const PARQUET_ROWS = SMALL ? 400_000 : 4_000_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Zips a CSV once (streamed through fflate, never whole in memory) and keeps it in bench/.data. */
async function ensureZip(csvPath: string): Promise<string> {
  const path = `${csvPath}.zip`;
  if (existsSync(path) && statSync(path).mtimeMs > statSync(csvPath).mtimeMs) return path;
  const out = createWriteStream(`${path}.partial`);
  const zip = new Zip((error, chunk, final) => {
    if (error) throw error;
    out.write(chunk);
    if (final) out.end();
  });
  const entry = new ZipDeflate('communes.csv', { level: 6 });
  zip.add(entry);
  for await (const chunk of createReadStream(csvPath, { highWaterMark: 4 * MiB })) entry.push(chunk as Uint8Array);
  entry.push(new Uint8Array(0), true);
  zip.end();
  await once(out, 'finish');
  renameSync(`${path}.partial`, path);
  return path;
}

/** A Parquet file of invented communes in ZSTD row groups of 50,000 rows, as data.gouv.fr writes them. */
async function ensureParquet(name: string, rows: number): Promise<string> {
  const path = join(DATA, name);
  if (existsSync(path)) return path;
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const zstd = (input: Uint8Array) => new Uint8Array(execFileSync('zstd', ['-q', '-c', '-1'], { input }));
  const columnData = [
    {
      name: 'code',
      data: Array.from({ length: rows }, (_, i) => String(1001 + (i % 97000)).padStart(5, '0')),
      type: 'STRING' as const,
    },
    {
      name: 'nom',
      data: Array.from({ length: rows }, (_, i) => `Commune n°${i} — ${(i * 7919) % 100_003}`),
      type: 'STRING' as const,
    },
    {
      name: 'valeur',
      data: Array.from({ length: rows }, (_, i) => (i * 2654435761) % 1_000_003),
      type: 'INT64' as const,
    },
    {
      name: 'texte',
      data: Array.from({ length: rows }, (_, i) => `${(i * 48271) % 2147483647}`.repeat(3)),
      type: 'STRING' as const,
    },
  ].map((c) => (c.type === 'INT64' ? { ...c, data: c.data.map((v) => BigInt(v as number)) } : c));
  const buffer = parquetWriteBuffer({ columnData, codec: 'ZSTD', compressors: { ZSTD: zstd }, rowGroupSize: 50_000 });
  writeFileSync(path, new Uint8Array(buffer));
  return path;
}

interface Figures {
  name: string;
  size: number;
  medianMs: number;
  bytesSent: number;
  format: string;
  rows: number;
}

async function measure(files: Record<string, string>): Promise<Figures[]> {
  const server = await startFileServer(files, true);
  const out: Figures[] = [];
  try {
    for (const [name, path] of Object.entries(files)) {
      const times: number[] = [];
      let bytesSent = 0;
      let format = '';
      let rows = 0;
      for (let run = -1; run < RUNS; run++) {
        server.reset();
        const started = performance.now();
        const reader = createByteReader(urlTransport(server.url(name)), { budget: DEFAULT_BUDGET });
        const r = await previewFile(reader, { name });
        const ms = performance.now() - started;
        if (!r.ok) throw new Error(`${name}: ${r.error.messageKey} ${r.error.detail ?? ''}`);
        if (run < 0) continue;
        times.push(ms);
        bytesSent = server.bytesSent(name);
        format = r.value.format;
        const p = r.value;
        rows = p.format === 'csv' ? p.csv.rows.length : p.format === 'parquet' ? (p.table?.rows.length ?? 0) : 0;
      }
      out.push({ name, size: statSync(path).size, medianMs: median(times), bytesSent, format, rows });
    }
  } finally {
    await server.close();
  }
  return out;
}

async function main(): Promise<void> {
  const small = await ensureCsv(join(DATA, 'communes-1MiB.csv'), MiB);
  const big = await ensureCsv(join(DATA, SMALL ? 'communes-64MiB.csv' : 'communes-1GiB.csv'), BIG_CSV);
  const zips = { 'small.csv.zip': await ensureZip(small.path), 'big.csv.zip': await ensureZip(big.path) };
  const parquets = {
    'small.parquet': await ensureParquet('communes-small.parquet', 20_000),
    'big.parquet': await ensureParquet(SMALL ? 'communes-20MB.parquet' : 'communes-200MB.parquet', PARQUET_ROWS),
  };
  const figures = [...(await measure(zips)), ...(await measure(parquets))];
  for (const f of figures) {
    console.log(
      `${f.name.padEnd(14)} ${(f.size / MiB).toFixed(1).padStart(8)} MiB  ${f.format.padEnd(8)} ${String(f.rows).padStart(4)} rows  ${f.medianMs.toFixed(1).padStart(7)} ms  ${(f.bytesSent / 1024).toFixed(0).padStart(6)} KiB sent`,
    );
  }
  const pair = (a: string, b: string) =>
    [figures.find((f) => f.name === a)!, figures.find((f) => f.name === b)!] as const;
  let failed = false;
  for (const [smallF, bigF] of [pair('small.csv.zip', 'big.csv.zip'), pair('small.parquet', 'big.parquet')]) {
    const ratio = bigF.medianMs / smallF.medianMs;
    // The central directory of one entry, or the footer, is a few KiB: the 64 KiB slack holds either here.
    const bytesOk = bigF.bytesSent <= DEFAULT_BUDGET + 64 * 1024;
    const timeOk = ratio <= 1.2;
    failed ||= !bytesOk || !timeOk;
    console.log(
      `${bigF.name}: time ratio ${ratio.toFixed(2)} (≤ 1.2: ${timeOk ? 'PASS' : 'FAIL'}), bytes sent ${bigF.bytesSent} (≤ budget + 64 KiB: ${bytesOk ? 'PASS' : 'FAIL'})`,
    );
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
