import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  openSync,
  readSync,
  renameSync,
  statSync,
} from 'node:fs';
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
 * Files are generated once into bench/.data by streaming (bounded memory) and kept between runs.
 * `BENCH_FORMATS_SMALL=1` runs the same on a 64 MiB CSV and a 20 MiB Parquet, to check the script quickly.
 */

const HERE = dirname(fileURLToPath(import.meta.url));
const DATA = join(HERE, '.data');
const MiB = 1 << 20;
const RUNS = 7;
const SMALL = process.env.BENCH_FORMATS_SMALL === '1';
const BIG_CSV = SMALL ? 64 * MiB : 1024 * MiB;
const BIG_PARQUET = SMALL ? 20 * MiB : 200 * MiB;

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

/** A 32-bit hash of a row number: invented values that compress like real ones rather than like a repeated pattern. */
function mix(i: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const GROUP_ROWS = 50_000;

/** One row group of invented communes, from row `from`. */
function communesGroup(from: number, count: number) {
  const row = (f: (i: number) => unknown) => Array.from({ length: count }, (_, k) => f(from + k));
  return [
    { name: 'code', data: row((i) => String(1001 + (i % 97_000)).padStart(5, '0')), type: 'STRING' as const },
    { name: 'nom', data: row((i) => `Commune n°${i} — ${mix(i) % 100_003}`), type: 'STRING' as const },
    { name: 'valeur', data: row((i) => BigInt(mix(i + 7))), type: 'INT64' as const },
    {
      name: 'texte',
      data: row((i) => `${mix(i * 3).toString(36)}-${mix(i * 3 + 1).toString(36)}-${mix(i * 3 + 2).toString(36)}`),
      type: 'STRING' as const,
    },
  ];
}

/**
 * A Parquet file of invented communes in ZSTD row groups of 50,000 rows, as data.gouv.fr writes them (pyarrow,
 * zstd, 50,000-row batches), at least `minBytes` long. Written one row group at a time through hyparquet-writer's
 * file writer, which flushes every megabyte: memory holds one group, whatever the file's size.
 */
async function ensureParquet(name: string, minBytes: number): Promise<string> {
  const path = join(DATA, name);
  if (existsSync(path)) return path;
  const { ParquetWriter, schemaFromColumnData } = await import('hyparquet-writer');
  const { fileWriter } = await import('hyparquet-writer/src/node.js');
  const zstd = (input: Uint8Array) => new Uint8Array(execFileSync('zstd', ['-q', '-c', '-1'], { input }));
  const writer = fileWriter(`${path}.partial`);
  const schema = schemaFromColumnData({ columnData: communesGroup(0, 1) });
  const parquet = new ParquetWriter({ writer, schema, codec: 'ZSTD', compressors: { ZSTD: zstd } });
  // A small file is one group cut to size, as pyarrow cuts the last batch.
  const groupRows = minBytes < 8 * MiB ? Math.ceil(minBytes / 24) : GROUP_ROWS;
  for (let from = 0; writer.offset < minBytes; from += groupRows) {
    parquet.write({ columnData: communesGroup(from, groupRows), rowGroupSize: groupRows });
  }
  parquet.finish();
  renameSync(`${path}.partial`, path);
  return path;
}

/** The central directory of a ZIP (its end record's size field), or a Parquet footer with its 8-byte tail. */
function structureBytes(path: string): number {
  const size = statSync(path).size;
  const tail = Buffer.alloc(Math.min(size, 65_557));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, tail, 0, tail.length, size - tail.length);
  } finally {
    closeSync(fd);
  }
  if (path.endsWith('.parquet')) return tail.readUInt32LE(tail.length - 8) + 8;
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${path}: no ZIP end record`);
  // Zip64 archives say 0xffffffff here; their directory of one entry is still under a kilobyte.
  const directory = tail.readUInt32LE(eocd + 12);
  return directory === 0xffffffff ? 1024 : directory + (tail.length - eocd);
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
    'small.parquet': await ensureParquet('communes-1MiB.parquet', MiB),
    'big.parquet': await ensureParquet(SMALL ? 'communes-20MiB.parquet' : 'communes-200MiB.parquet', BIG_PARQUET),
  };
  const figures = [...(await measure(zips)), ...(await measure(parquets))];
  for (const f of figures) {
    console.log(
      `${f.name.padEnd(14)} ${(f.size / MiB).toFixed(1).padStart(8)} MiB  ${f.format.padEnd(8)} ${String(f.rows).padStart(4)} rows  ${f.medianMs.toFixed(1).padStart(7)} ms  ${(f.bytesSent / 1024).toFixed(0).padStart(6)} KiB sent`,
    );
  }
  const pair = (a: string, b: string) =>
    [figures.find((f) => f.name === a)!, figures.find((f) => f.name === b)!] as const;
  const paths: Record<string, string> = { ...zips, ...parquets };
  let failed = false;
  for (const [smallF, bigF] of [pair('small.csv.zip', 'big.csv.zip'), pair('small.parquet', 'big.parquet')]) {
    const ratio = bigF.medianMs / smallF.medianMs;
    const structure = structureBytes(paths[bigF.name]!);
    const allowed = DEFAULT_BUDGET + 64 * 1024 + structure;
    const bytesOk = bigF.bytesSent <= allowed;
    const timeOk = ratio <= 1.2;
    failed ||= !bytesOk || !timeOk;
    const what = bigF.name.endsWith('.zip') ? 'central directory' : 'footer';
    console.log(
      `${bigF.name}: time ratio ${ratio.toFixed(2)} (≤ 1.2: ${timeOk ? 'PASS' : 'FAIL'}), bytes sent ${bigF.bytesSent} (≤ budget + 64 KiB + ${what} ${structure} = ${allowed}: ${bytesOk ? 'PASS' : 'FAIL'})`,
    );
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
