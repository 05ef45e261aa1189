import { z } from 'zod';
import { type Failure, fail, failure, ok, type Result } from '../model/failure';
import { HyperLogLog } from './accumulators/hyperloglog';
import { MissingCache } from './accumulators/missing-cache';
import { hashString, ownCopy } from './accumulators/strings';
import { ABSENT, COUNTED, SpaceSaving, TopValuesStateSchema } from './accumulators/top-k';
import {
  NumberAccumulator,
  type TypedAccumulator,
  TypedStateSchema,
  typedAccumulator,
} from './accumulators/typed-values';
import { CsvScanner, detectNewline } from './csv-scan';
import { assembleProfile, TOP_VALUES } from './profile';
import { textDecoder } from './text-decoder';
import type { Column, Delimiter, Encoding } from './types';

export interface ProfileStreamOptions {
  encoding: Encoding;
  delimiter: Delimiter;
  /** Lines before the first data row: the preamble and the header. */
  skipLines: number;
  /** The columns as the sample typed them; their order is the file's. */
  columns: Column[];
  signal?: AbortSignal;
  /** Called after each batch with the bytes and data rows read so far. */
  onProgress?: (bytes: number, rows: number) => void;
}

export interface StreamProfile {
  columns: Column[];
  rows: number;
  bytes: number;
}

/** One column's accumulators as plain data, which workers can post to each other (checked on arrival). */
export const ColumnStateSchema = z.object({
  missing: z.number(),
  distinct: z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.length === 1 << HLL_PRECISION),
  top: TopValuesStateSchema,
  typed: TypedStateSchema.nullable(),
});
export type ColumnState = z.infer<typeof ColumnStateSchema>;

/** A part of a file profiled without finishing the columns, so that parts can be merged. */
export interface PartialProfile {
  accumulators: ColumnStreamAccumulator[];
  rows: number;
  bytes: number;
  /** False when the text ended inside a row (the last row had no line break, or a quote was left open). */
  endedOnRowBoundary: boolean;
}

/**
 * Bytes decoded and parsed at a time. Browsers hand fetch bodies over in pieces of a few KiB to 64 KiB; decoding
 * and parsing such small pieces one by one spends more time in per-call overhead than on the data (measured
 * in `npm run bench`), so pieces are gathered into one fixed buffer first. Not more than 512 KiB: Node decodes
 * a megabyte or more into an external string, which V8 frees only once 64 MB of them have piled up, so 1 MiB
 * batches held up to 64 MB more per thread (two workers on the bench's 1 GiB file peaked at 237 MB with them,
 * 173–177 MB with 512 KiB, no slower).
 */
export const BATCH_BYTES = 512 << 10;
/** Counters per column for the top values: far more than the 10 shown, so that their counts stay exact. */
export const TOP_K_CAPACITY = 256;
export const HLL_PRECISION = 14;
/**
 * A row longer than this means an unterminated quote swallowing the rest of the file: stop rather than hold
 * the whole file in memory.
 */
export const MAX_ROW_CHARS = 16 << 20;
/** Characters of a new batch read together with the row the previous batch cut: rows are far shorter. */
const HEAD_CHARS = 1 << 16;

export const CANCELLED_KEY = 'preview.profile.cancelled';

/** What a profile stopped by its signal returns. */
export function cancelledFailure(): Failure {
  return failure('network', CANCELLED_KEY, { retryable: true });
}

/** True for the failure `profileStream` returns when its signal aborted it. */
export function isCancelled(error: Failure): boolean {
  return error.messageKey === CANCELLED_KEY;
}

/** Everything kept about one column while the file streams by: a fixed amount whatever the number of rows. */
export class ColumnStreamAccumulator {
  missing = 0;
  readonly distinct = new HyperLogLog(HLL_PRECISION);
  readonly top = new SpaceSaving(TOP_K_CAPACITY);
  readonly missingCells = new MissingCache();
  private readonly typed: TypedAccumulator | null;
  private readonly numbers: NumberAccumulator | null;

  constructor(readonly column: Column) {
    this.typed = typedAccumulator(column);
    this.numbers = this.typed instanceof NumberAccumulator ? this.typed : null;
  }

  add(raw: string): void {
    this.addRange(raw, 0, raw.length, hashString(raw));
  }

  /** The cell `text[start, end)` of a parsed batch, whose `hashRange` is `hash` (computed once, used thrice). */
  addRange(text: string, start: number, end: number, hash: number): void {
    // Most cells repeat a value the top-value table already counts: such a value is not missing, and the
    // distinct counter has its hash already (adding it again would change nothing), so one lookup does.
    const lookup = this.top.increment(text, start, end, hash);
    if (lookup !== COUNTED) {
      // A plain number is never a missing-value marker: numeric columns skip that lookup for most cells.
      const plain = this.numbers?.addPlain(text, start, end) === true;
      if (!plain && this.missingCells.isMissingRange(text, start, end, hash)) {
        this.missing++;
        return;
      }
      this.distinct.addHash(hash);
      if (lookup === ABSENT) this.top.admit(text, start, end, hash);
      if (plain) return;
    }
    this.typed?.add(text, start, end, hash);
  }

  /** What it holds, for the accumulator of another part of the same file to merge (`merge`). */
  state(): ColumnState {
    return {
      missing: this.missing,
      distinct: this.distinct.state(),
      top: this.top.state(),
      typed: this.typed?.state() ?? null,
    };
  }

  /** Counts the cells another accumulator of the same column read (another byte range of the file) too. */
  merge(other: ColumnState): void {
    this.missing += other.missing;
    this.distinct.merge(other.distinct);
    this.top.merge(other.top);
    if (this.typed && other.typed) this.typed.merge(other.typed);
  }

  /** A cell the row did not have (a short row). */
  addAbsent(): void {
    this.missing++;
  }

  finish(rows: number): Column {
    // While the top-value table never had to evict, it holds every distinct value with its exact count.
    const exact = this.top.size < this.top.capacity;
    const filled = rows - this.missing;
    const distinct = exact ? this.top.size : Math.min(this.distinct.estimate(), filled);
    // A value that replaced another is shown only if at least half of its count is its own: in a column of
    // near-unique values the table otherwise lists arbitrary values with inherited counts.
    const top = this.top
      .top(TOP_K_CAPACITY)
      .filter(({ count, error }) => count >= 2 * error)
      .slice(0, TOP_VALUES)
      .map(({ value, count }) => ({ value, count }));
    return {
      ...this.column,
      profile: assembleProfile({
        count: rows,
        missing: this.missing,
        distinct,
        distinctApproximate: !exact,
        top,
        typed: this.typed?.summary() ?? null,
      }),
    };
  }
}

/**
 * Profiles a whole file as it streams past, in memory that does not grow with the file: per column a
 * HyperLogLog distinct count, Space-Saving top values, min/max/mean and a histogram whose bins widen as needed.
 * The text is decoded with a streaming `TextDecoder` and scanned by `CsvScanner` a batch at a time, cells
 * being read where they lie in the batch. The signal stops it between batches.
 */
export async function profileStream(
  source: ReadableStream<Uint8Array>,
  options: ProfileStreamOptions,
): Promise<Result<StreamProfile>> {
  const part = await profilePart(source, options);
  return part.ok ? ok(finishProfile(part.value)) : part;
}

/** The columns of a profiled file (or of its merged parts). */
export function finishProfile(part: Pick<PartialProfile, 'accumulators' | 'rows' | 'bytes'>): StreamProfile {
  return { columns: part.accumulators.map((a) => a.finish(part.rows)), rows: part.rows, bytes: part.bytes };
}

/** `profileStream` without finishing the columns: the accumulators stay open for another part to merge. */
export async function profilePart(
  source: ReadableStream<Uint8Array>,
  options: ProfileStreamOptions,
): Promise<Result<PartialProfile>> {
  const { signal, onProgress } = options;
  const cancelled = () => fail<PartialProfile>(cancelledFailure());
  if (signal?.aborted) return cancelled();

  const decoder = textDecoder(options.encoding);
  const accumulators = options.columns.map((column) => new ColumnStreamAccumulator(column));
  const width = accumulators.length;
  const batch = new Uint8Array(BATCH_BYTES);
  let filled = 0;
  let bytes = 0;
  let rows = 0;
  let linesToSkip = options.skipLines;
  let newline: string | null = null;
  let scanner: CsvScanner | null = null;
  let carry = '';
  let endedOnRowBoundary = true;

  const onRow = (text: string, cells: number) => {
    const { starts, ends, hashes, quoted } = scanner!;
    // A blank line is not a row of empty cells.
    if (cells === 1) {
      const only = quoted[0] ?? null;
      if (only === null ? ends[0] === starts[0] : only === '') return;
    }
    rows++;
    for (let c = 0; c < width; c++) {
      const accumulator = accumulators[c]!;
      if (c >= cells) accumulator.addAbsent();
      else {
        const value = quoted[c] ?? null;
        if (value === null) accumulator.addRange(text, starts[c]!, ends[c]!, hashes[c]!);
        else accumulator.addRange(value, 0, value.length, hashes[c]!);
      }
    }
  };

  const tooLong = () =>
    fail<null>(failure('malformed', 'preview.profile.rowTooLong', { params: { chars: MAX_ROW_CHARS } }));

  /**
   * Keeps what cannot be used yet (a partial line or row) for the next batch: as a copy, since a slice would
   * keep the whole decoded batch alive through the next one's decoding, and get it promoted to the old
   * generation.
   */
  const keep = (rest: string): Result<null> => {
    carry = ownCopy(rest);
    return carry.length > MAX_ROW_CHARS ? tooLong() : ok(null);
  };

  const consume = (text: string, last: boolean): Result<null> => {
    let input = text;
    let from = 0;
    if (carry !== '') {
      // `carry + text` is a V8 cons string, which the scanner reads markedly slower than the flat decoded
      // text (1.6× in the bench). So only the row cut by the batch boundary is read from a short
      // concatenation; the batch is then read where it lies.
      const headEnd = Math.min(text.length, HEAD_CHARS);
      if (scanner === null || linesToSkip > 0 || headEnd === text.length) input = carry + text;
      else {
        const head = carry + text.slice(0, headEnd);
        const cursor = scanner.scan(head, 0, false, onRow);
        if (cursor > carry.length) from = cursor - carry.length;
        else input = carry + text;
      }
      carry = '';
    }
    if (newline === null) {
      if (!last && !input.includes('\n') && !input.includes('\r')) return keep(input);
      const detected = detectNewline(input);
      newline = detected;
      scanner = new CsvScanner(width, options.delimiter, detected);
    }
    // Preamble and header are skipped as lines, not rows: a title line need not be valid CSV.
    while (linesToSkip > 0) {
      const end = input.indexOf(newline);
      if (end < 0) return last ? ok(null) : keep(input);
      input = input.slice(end + newline.length);
      linesToSkip--;
    }
    // The end is read as complete rows first, so that a last row without its line break is noticed.
    const cursor = scanner!.scan(input, from, false, onRow);
    if (!last) return keep(input.slice(cursor));
    if (cursor < input.length) {
      endedOnRowBoundary = false;
      scanner!.scan(input, cursor, true, onRow);
    }
    return ok(null);
  };

  const flush = (last: boolean): Result<null> => {
    const text = decoder.decode(batch.subarray(0, filled), { stream: !last });
    filled = 0;
    return consume(text, last);
  };

  const reader = source.getReader();
  // A read waiting on a stalled download must end too: cancelling the reader ends it (and the download).
  const onAbort = () => {
    reader.cancel().catch(() => {});
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (signal?.aborted) return cancelled();
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      let offset = 0;
      while (offset < value.length) {
        const take = Math.min(value.length - offset, BATCH_BYTES - filled);
        batch.set(value.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled === BATCH_BYTES) {
          const step = flush(false);
          if (!step.ok) return step;
          onProgress?.(bytes, rows);
          if (signal?.aborted) return cancelled();
        }
      }
    }
    if (signal?.aborted) return cancelled();
    const end = flush(true);
    if (!end.ok) return end;
    onProgress?.(bytes, rows);
  } catch (error) {
    if (signal?.aborted) return cancelled();
    return fail(failure('network', 'preview.profile.readFailed', { detail: String(error) }));
  } finally {
    signal?.removeEventListener('abort', onAbort);
    // Stops the download too when we return early (cancel, malformed file).
    reader.cancel().catch(() => {});
  }
  return ok({ accumulators, rows, bytes, endedOnRowBoundary });
}
