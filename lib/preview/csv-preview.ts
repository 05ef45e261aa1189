import Papa from 'papaparse';
import { fail, ok, type Result } from '../model/failure';
import { inferColumns } from './infer-types';
import { profileSample } from './profile';
import { type ByteSample, DEFAULT_BUDGET, type ReadUrlOptions, readUrlSample } from './read-bytes';
import { checkContent } from './sniff-content';
import { sniffDialect } from './sniff-dialect';
import { decodeSample, sniffEncoding } from './sniff-encoding';
import type { Column, CsvPreview, Delimiter, Encoding } from './types';

/** Rows handed to the view: a screenful or three; typing uses every row of the sample regardless. */
export const DEFAULT_PREVIEW_ROWS = 100;

export interface PreviewOptions {
  /** Bytes to read, 1 MiB by default. */
  budget?: number;
  /** The user's choice, which wins over sniffing. */
  encoding?: Encoding;
  delimiter?: Delimiter;
  /** Rows to return (all sampled rows are still used for typing). */
  rows?: number;
}

interface ParsedTable {
  header: string[];
  rows: string[][];
  /** Characters the header record spans, its line break included. */
  headerLength: number;
}

/**
 * Parses the text from the header on with PapaParse, row by row. When the sample was cut, its last row
 * is a fragment (possibly inside a quoted field) and is dropped.
 */
function parseTable(text: string, delimiter: Delimiter, truncated: boolean): ParsedTable {
  const all: string[][] = [];
  let lastUnclosed = false;
  let headerLength = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: 'greedy',
    step: (result) => {
      if (all.length === 0) headerLength = result.meta.cursor;
      all.push(result.data);
      lastUnclosed = result.errors.some((e) => e.code === 'MissingQuotes');
    },
  });
  if (truncated && all.length > 1 && (lastUnclosed || !/[\r\n]$/.test(text))) all.pop();
  const [header = [], ...rows] = all;
  return { header, rows, headerLength };
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

/** Encoding, content check, dialect, rows, typed and profiled columns, from a byte sample. Pure. */
export function analyzeSample(sample: ByteSample, options: PreviewOptions = {}): Result<SampleAnalysis> {
  const decision = sniffEncoding(sample.bytes, { override: options.encoding, truncated: sample.truncated });
  const text = decodeSample(sample.bytes, decision);
  const problem = checkContent(sample.bytes, decision.encoding, text);
  if (problem) return fail(problem);

  const dialect = sniffDialect(text, { override: options.delimiter, truncated: sample.truncated });
  const body = text.slice(dialect.headerOffset);
  const { header, rows, headerLength } = parseTable(body, dialect.delimiter, sample.truncated);
  const columns: Column[] = inferColumns(header, rows, { delimiter: dialect.delimiter }).map((column, i) => ({
    ...column,
    profile: profileSample(
      rows.map((r) => r[i] ?? ''),
      column,
    ),
  }));
  const raggedRows = rows.reduce((n, r) => (r.length === header.length ? n : n + 1), 0);

  const linesBeforeData = lineBreaks(text.slice(0, dialect.headerOffset + headerLength));
  const preview: CsvPreview = {
    source: 'file',
    encoding: decision.encoding,
    encodingOverridden: decision.evidence === 'user',
    encodingEvidence: decision.evidence,
    delimiter: dialect.delimiter,
    delimiterOverridden: dialect.overridden,
    preamble: dialect.preamble,
    columns,
    rows: rows.slice(0, options.rows ?? DEFAULT_PREVIEW_ROWS),
    raggedRows,
    bytesRead: sample.bytesRead,
    totalBytes: sample.totalBytes,
    // The whole file was read: its row count is known exactly.
    totalRows: sample.truncated ? null : rows.length,
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

/** Reads the first `budget` bytes of a remote file (Range, else stream-and-cancel) and previews them. */
export async function previewUrl(
  url: string,
  options: PreviewOptions & Omit<ReadUrlOptions, 'budget'> = {},
): Promise<Result<CsvPreview>> {
  const sample = await readUrlSample(url, { ...options, budget: options.budget ?? DEFAULT_BUDGET });
  if (!sample.ok) return sample;
  return previewFromSample(sample.value, options);
}
