import Papa from 'papaparse';
import { fail, ok, type Result } from '../model/failure';
import { guessNewline, type Newline } from './csv-scan';
import { DEFAULT_PREVIEW_ROWS } from './defaults';
import { inferColumnFromCounts, inferColumns } from './infer-types';
import { profileCounts } from './profile';
import { type ByteSample, concat, DEFAULT_BUDGET, type ReadUrlOptions, readUrlSample } from './read-bytes';
import { countSampleColumns } from './sample-columns';
import { checkContent } from './sniff-content';
import { type Dialect, sniffDialect } from './sniff-dialect';
import { decodeSample, type EncodingDecision, sniffEncoding } from './sniff-encoding';
import type { Column, CsvPreview, Delimiter, Encoding } from './types';

export { DEFAULT_PREVIEW_ROWS };

export interface PreviewOptions {
  /** Bytes to read, 1 MiB by default. */
  budget?: number;
  /** The user's choice, which wins over sniffing. */
  encoding?: Encoding;
  delimiter?: Delimiter;
  /** Rows to return (all sampled rows are still used for typing). */
  rows?: number;
}

/** What `previewUrl` may be given besides the dialect choices: a first look, and where the analysis runs. */
export interface ProgressiveOptions {
  /**
   * Called once, as soon as the first bytes of the sample hold the rows to show, with a provisional preview
   * (`firstRowsPreview`); the complete one is what `previewUrl` returns.
   */
  onFirstRows?: (preview: CsvPreview) => void;
  /** Runs the analysis of the complete sample: `analyzeSample` in place by default, a worker in the popup. */
  analyze?: (sample: ByteSample, options: PreviewOptions) => Promise<Result<SampleAnalysis>>;
}

const BYTE_ORDER_MARK = 0xfeff;

interface ParsedTable {
  header: string[];
  rows: string[][];
  /** Characters the header record spans, its line break included. */
  headerLength: number;
  /** The line break PapaParse read the rows with. */
  newline: Newline;
}

/**
 * Parses the text from the header on with PapaParse, row by row. When the sample was cut, its last row
 * is a fragment (possibly inside a quoted field) and is dropped.
 */
function parseTable(text: string, delimiter: Delimiter, truncated: boolean, limit = 0): ParsedTable {
  // Without a `step` callback: PapaParse then builds the rows in its own loop, far faster than one call and
  // one result object per row. Only the last row can miss its closing quote (it runs to the end of the text).
  // The line break PapaParse would guess, found without its copies of the text (`guessNewline`).
  const newline = guessNewline(text);
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    newline,
    header: false,
    skipEmptyLines: 'greedy',
    // With a limit, one row more than needed: a row followed by another one is complete.
    preview: limit > 0 ? limit + 1 : 0,
  });
  const all = parsed.data;
  const lastUnclosed = parsed.errors.some((e) => e.code === 'MissingQuotes');
  if (limit > 0 && all.length > limit) all.pop();
  else if (truncated && all.length > 1 && (lastUnclosed || !/[\r\n]$/.test(text))) all.pop();
  const [header = [], ...rows] = all;
  return { header, rows, headerLength: headerLength(text, delimiter, newline), newline };
}

/** Characters the first record spans (blank lines before it and its line break included). */
function headerLength(text: string, delimiter: Delimiter, newline: string): number {
  // PapaParse drops a byte order mark that starts its input and counts its cursor from after it. The decoder
  // has skipped the file's own mark, but a second one (a file saved twice with a mark) reaches the text.
  const mark = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  let length = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    // The line break the whole parse found: guessing it again would read the whole text once more.
    newline: newline as Papa.ParseConfig['newline'],
    header: false,
    skipEmptyLines: 'greedy',
    preview: 1,
    step: (result) => {
      length = mark + result.meta.cursor;
    },
  });
  return length;
}

/** A preview, plus what a whole-file pass needs to start where the data starts. */
export interface SampleAnalysis {
  preview: CsvPreview;
  /** Lines before the first data row (preamble, blank lines, header), as a line-by-line reader counts them. */
  linesBeforeData: number;
}

/** Line breaks in `text` (CRLF counts once), the way a line reader would count them. */
function lineBreaks(text: string): number {
  return (text.match(/\r\n|\n|\r/g) ?? []).length;
}

/** How a file's own bytes were read: the sniffed (or chosen) encoding and dialect, as the preview reports them. */
function fileDialect(decision: EncodingDecision, dialect: Dialect) {
  return {
    source: 'file',
    encoding: decision.encoding,
    encodingOverridden: decision.evidence === 'user',
    encodingEvidence: decision.evidence,
    delimiter: dialect.delimiter,
    delimiterOverridden: dialect.overridden,
    preamble: dialect.preamble,
  } as const satisfies Partial<CsvPreview>;
}

/** Encoding, content check, dialect, rows, typed and profiled columns, from a byte sample. Pure. */
export function analyzeSample(sample: ByteSample, options: PreviewOptions = {}): Result<SampleAnalysis> {
  const decision = sniffEncoding(sample.bytes, { override: options.encoding, truncated: sample.truncated });
  const text = decodeSample(sample.bytes, decision);
  const problem = checkContent(sample.bytes, decision.encoding, text);
  if (problem) return fail(problem);

  const dialect = sniffDialect(text, { override: options.delimiter, truncated: sample.truncated });
  const body = text.slice(dialect.headerOffset);
  const shown = options.rows ?? DEFAULT_PREVIEW_ROWS;
  // PapaParse reads the header and the rows shown; the scanner counts every row's values in place (each
  // distinct value counted once, for both the typing and the profile).
  const { header, rows, headerLength, newline } = parseTable(body, dialect.delimiter, sample.truncated, shown + 1);
  const counted = countSampleColumns(body, headerLength, {
    delimiter: dialect.delimiter,
    newline,
    width: header.length,
    last: !sample.truncated,
  });
  const columns: Column[] = header.map((name, i) => {
    const counts = counted.columns[i]!;
    const column = inferColumnFromCounts(name, counts, { delimiter: dialect.delimiter });
    return { ...column, profile: profileCounts(counts, counted.rows, column) };
  });

  const linesBeforeData = lineBreaks(text.slice(0, dialect.headerOffset + headerLength));
  const preview: CsvPreview = {
    ...fileDialect(decision, dialect),
    columns,
    rows,
    raggedRows: counted.raggedRows,
    bytesRead: sample.bytesRead,
    totalBytes: sample.totalBytes,
    // The whole file was read: its row count is known exactly.
    totalRows: sample.truncated ? null : counted.rows,
    truncated: sample.truncated,
    linesBeforeData,
  };
  return ok({ preview, linesBeforeData });
}

/** The preview of a byte sample: encoding, content check, dialect, rows, typed and profiled columns. Pure. */
export function previewFromSample(sample: ByteSample, options: PreviewOptions = {}): Result<CsvPreview> {
  const analysis = analyzeSample(sample, options);
  return analysis.ok ? ok(analysis.value.preview) : analysis;
}

/** Bytes of the sample before the first look: about a hundred rows of a typical file, a chunk or two. */
export const FIRST_LOOK_BYTES = 16 * 1024;

/**
 * A provisional preview from the first bytes of a sample, for a table that appears before the sample is
 * complete: encoding and delimiter sniffed from what has arrived, the first `rows` rows, columns typed on those
 * rows alone and not profiled. Null while those bytes do not hold the header and `rows` complete rows yet, or
 * look like something other than CSV (the complete sample then says what). The complete analysis confirms or
 * corrects all of it.
 */
export function firstRowsPreview(
  head: Uint8Array,
  sample: Pick<ByteSample, 'bytesRead' | 'totalBytes'>,
  options: PreviewOptions = {},
): CsvPreview | null {
  const wanted = options.rows ?? DEFAULT_PREVIEW_ROWS;
  const decision = sniffEncoding(head, { override: options.encoding, truncated: true });
  const text = decodeSample(head, decision);
  if (checkContent(head, decision.encoding, text)) return null;
  const dialect = sniffDialect(text, { override: options.delimiter, truncated: true });
  const { header, rows } = parseTable(text.slice(dialect.headerOffset), dialect.delimiter, true, wanted + 1);
  if (header.length === 0 || rows.length < wanted) return null;
  return {
    ...fileDialect(decision, dialect),
    columns: inferColumns(header, rows, { delimiter: dialect.delimiter }),
    rows,
    raggedRows: rows.reduce((n, r) => (r.length === header.length ? n : n + 1), 0),
    bytesRead: sample.bytesRead,
    totalBytes: sample.totalBytes,
    totalRows: null,
    truncated: true,
  };
}

/**
 * Reads the first `budget` bytes of a remote file (Range, else stream-and-cancel) and previews them. With
 * `onFirstRows`, the first rows are handed over as soon as they have arrived, before the rest of the sample.
 */
export async function previewUrl(
  url: string,
  options: PreviewOptions & ProgressiveOptions & Omit<ReadUrlOptions, 'budget' | 'onBytes'> = {},
): Promise<Result<CsvPreview>> {
  const { onFirstRows, analyze } = options;
  let nextLook = onFirstRows ? FIRST_LOOK_BYTES : Number.POSITIVE_INFINITY;
  const onBytes = (chunks: readonly Uint8Array[], length: number, totalBytes: number | null) => {
    if (length < nextLook) return;
    // Doubling keeps the looks few whatever the chunk size: at most a dozen up to a 1 MiB sample.
    nextLook = 2 * length;
    const first = firstRowsPreview(concat(chunks, length), { bytesRead: length, totalBytes }, options);
    if (first) {
      nextLook = Number.POSITIVE_INFINITY;
      onFirstRows?.(first);
    }
  };
  const sample = await readUrlSample(url, { ...options, budget: options.budget ?? DEFAULT_BUDGET, onBytes });
  if (!sample.ok) return sample;
  const analysis = analyze ? await analyze(sample.value, options) : analyzeSample(sample.value, options);
  return analysis.ok ? ok(analysis.value.preview) : analysis;
}
