import { createReadStream } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { fail, failure, ok, type Result } from '../../lib/model/failure';
import { analyzeSample } from '../../lib/preview/csv-preview';
import {
  type ByteReader,
  type ChunkStream,
  createByteReader,
  type Transport,
  urlTransport,
} from '../../lib/preview/formats/byte-reader';
import { openFile, profileBody } from '../../lib/preview/profile-file';
import { type ByteSample, collectSample, readUrlSample } from '../../lib/preview/read-bytes';
import type { CsvPreview, Delimiter, Encoding } from '../../lib/preview/types';
import type { CliIo } from '../io';

export const isUrl = (target: string) => /^https?:\/\//i.test(target);

function unreadable(path: string, error: unknown) {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  return failure('not-found', 'preview.fileUnreadable', { params: { path, reason } });
}

const CHUNK = 65_536;

/** A local file as a transport: reads at any offset, as a server that honours Range would. */
async function fileTransport(path: string): Promise<Result<{ transport: Transport; close: () => Promise<void> }>> {
  let handle: FileHandle;
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail(unreadable(path, { code: 'EISDIR' }));
    size = info.size;
    handle = await open(path, 'r');
  } catch (error) {
    return fail(unreadable(path, error));
  }
  const transport: Transport = async (offset, length) => {
    let at = offset;
    const end = Math.min(size, offset + length);
    const body: ChunkStream = {
      async next() {
        if (at >= end) return ok(null);
        const buffer = new Uint8Array(Math.min(CHUNK, end - at));
        try {
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
          if (bytesRead === 0) return ok(null);
          at += bytesRead;
          return ok(buffer.subarray(0, bytesRead));
        } catch (error) {
          return fail(unreadable(path, error));
        }
      },
      async cancel() {
        at = end;
      },
    };
    return ok({ partial: true, total: size, body });
  };
  return ok({ transport, close: () => handle.close() });
}

/** A budgeted reader over a URL (Range, or stream-and-cancel) or a local file. */
export async function openReader(
  target: string,
  budget: number,
  io: CliIo,
): Promise<Result<{ reader: ByteReader; close: () => Promise<void> }>> {
  if (isUrl(target)) {
    return ok({
      reader: createByteReader(urlTransport(target, { fetchImpl: io.fetch }), { budget }),
      close: async () => {},
    });
  }
  const file = await fileTransport(target);
  if (!file.ok) return file;
  return ok({ reader: createByteReader(file.value.transport, { budget }), close: file.value.close });
}

/** A local file through the same byte budget as a URL: a stream cut at the budget, never the whole file. */
async function readLocalSample(path: string, budget: number): Promise<Result<ByteSample>> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail(unreadable(path, { code: 'EISDIR' }));
    size = info.size;
  } catch (error) {
    return fail(unreadable(path, error));
  }
  const stream = Readable.toWeb(createReadStream(path, { start: 0, end: Math.max(0, budget - 1) }));
  const collected = await collectSample(stream as ReadableStream<Uint8Array>, { budget });
  if (!collected.ok) return collected;
  const { bytes, bytesRead, ended, gunzipped } = collected.value;
  return ok({ bytes, bytesRead, totalBytes: size, truncated: bytesRead < size || (gunzipped && !ended), gunzipped });
}

/** The whole file as a stream, as it is stored: `profileBody` makes the one gzip decision. */
async function openWhole(target: string, io: CliIo): Promise<Result<ReadableStream<Uint8Array>>> {
  if (!isUrl(target)) return ok(Readable.toWeb(createReadStream(target)) as ReadableStream<Uint8Array>);
  const opened = await openFile(target, { fetchImpl: io.fetch });
  return opened.ok ? ok(opened.value.body) : opened;
}

/** `--all`: the CSV preview with every column profiled over the whole file, in constant memory. */
export async function profileWholeCsv(
  target: string,
  options: { budget: number; encoding?: Encoding; delimiter?: Delimiter; rows?: number },
  io: CliIo,
): Promise<Result<CsvPreview>> {
  const sample = isUrl(target)
    ? await readUrlSample(target, { budget: options.budget, fetchImpl: io.fetch })
    : await readLocalSample(target, options.budget);
  if (!sample.ok) return sample;
  const analysis = analyzeSample(sample.value, options);
  if (!analysis.ok) return analysis;
  const source = await openWhole(target, io);
  if (!source.ok) return source;
  const { preview } = analysis.value;
  const whole = await profileBody(source.value, {
    encoding: preview.encoding,
    delimiter: preview.delimiter,
    skipLines: analysis.value.linesBeforeData,
    columns: preview.columns,
  });
  if (!whole.ok) return whole;
  return ok({ ...preview, columns: whole.value.columns, totalRows: whole.value.rows });
}
