import type { Delimiter } from './types';

export interface Dialect {
  delimiter: Delimiter;
  overridden: boolean;
  /** Title or note lines above the header, as the file has them (trailing delimiters removed). */
  preamble: string[];
  /** Where the header record starts in the text: parsing starts there. */
  headerOffset: number;
}

/** Order matters only to break exact ties: the French default first after the RFC's. */
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

/** Records looked at per candidate: enough to see ragged rows, cheap on a 1 MiB sample. */
const SNIFF_RECORDS = 200;
/** Lines above the header that can be a title or notes; past this, a file is just odd. */
const MAX_PREAMBLE = 20;
/** Share of records with the modal field count for a candidate to count as consistent. */
const CONSISTENT = 0.9;

interface RecordShape {
  start: number;
  end: number;
  fields: number;
  /** Fields holding something other than spaces. */
  nonEmpty: number;
  /** The record ended with a line break (rather than with the text). */
  terminated: boolean;
}

/**
 * Splits the text into records for one delimiter, the way a CSV parser would: a quote at the start of a
 * field opens a quoted field in which delimiters and line breaks do not count. Only shapes are kept.
 */
export function scanRecords(text: string, delimiter: string, limit = SNIFF_RECORDS): RecordShape[] {
  const records: RecordShape[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && records.length < limit) {
    const start = i;
    let fields = 1;
    let nonEmpty = 0;
    let hasContent = false;
    let atFieldStart = true;
    let end = -1;
    while (i < n) {
      const c = text[i]!;
      if (atFieldStart && c === '"') {
        i++;
        while (i < n) {
          if (text[i] === '"') {
            if (text[i + 1] !== '"') break;
            i++;
          }
          if (text.charCodeAt(i) > 32) hasContent = true;
          i++;
        }
        i++;
        atFieldStart = false;
        continue;
      }
      if (c === delimiter) {
        if (hasContent) nonEmpty++;
        fields++;
        hasContent = false;
        atFieldStart = true;
        i++;
        continue;
      }
      if (c === '\n' || c === '\r') {
        end = i;
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        break;
      }
      if (text.charCodeAt(i) > 32) hasContent = true;
      atFieldStart = false;
      i++;
    }
    if (hasContent) nonEmpty++;
    records.push({ start, end: end < 0 ? Math.min(i, n) : end, fields, nonEmpty, terminated: end >= 0 });
  }
  return records;
}

function modalFieldCount(records: RecordShape[]): number {
  const counts = new Map<number, number>();
  for (const r of records) counts.set(r.fields, (counts.get(r.fields) ?? 0) + 1);
  let best = 1;
  let bestCount = 0;
  for (const [fields, count] of counts) {
    if (count > bestCount || (count === bestCount && fields > best)) {
      best = fields;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A title line ("Données 2024", or "Données 2024;;;;" as spreadsheets export it): at most half the
 * columns filled. With two columns, a line that has both cells, even one empty, is taken as a header.
 */
function titleLike(r: RecordShape, columns: number): boolean {
  return r.nonEmpty <= Math.max(1, Math.floor(columns / 2)) && (r.fields < columns || columns >= 3);
}

interface Candidate {
  delimiter: Delimiter;
  columns: number;
  consistency: number;
  preamble: RecordShape[];
  header: RecordShape;
}

function evaluate(text: string, delimiter: Delimiter, truncated: boolean): Candidate | null {
  let records = scanRecords(text, delimiter);
  const last = records.at(-1);
  // The record the sample cut in two is not evidence of anything.
  if (truncated && last && !last.terminated && records.length < SNIFF_RECORDS) records = records.slice(0, -1);
  const lines = records.filter((r) => r.nonEmpty > 0 || r.fields > 1);
  if (lines.length === 0) return null;
  const columns = modalFieldCount(lines);
  let h = 0;
  while (h < Math.min(MAX_PREAMBLE, lines.length - 1) && titleLike(lines[h]!, columns)) h++;
  if (h === lines.length - 1 && titleLike(lines[h]!, columns)) h = 0;
  const data = lines.slice(h + 1);
  const header = lines[h]!;
  const consistency =
    data.length > 0 ? data.filter((r) => r.fields === columns).length / data.length : header.fields === columns ? 1 : 0;
  return { delimiter, columns, consistency, preamble: lines.slice(0, h), header };
}

/** Consistent first, then the fewest lines taken for a title (the header should split too), then the widest. */
function better(a: Candidate, b: Candidate): boolean {
  const ac = a.consistency >= CONSISTENT;
  const bc = b.consistency >= CONSISTENT;
  if (ac !== bc) return ac;
  if (a.preamble.length !== b.preamble.length) return a.preamble.length < b.preamble.length;
  if (a.consistency !== b.consistency) return a.consistency > b.consistency;
  return a.columns > b.columns;
}

function preambleText(text: string, records: RecordShape[], delimiter: Delimiter): string[] {
  const trailing = new RegExp(`[${delimiter === '\t' ? '\\t' : `\\${delimiter}`}\\s]+$`);
  return records.map((r) => text.slice(r.start, r.end).replace(trailing, '').trim()).filter((line) => line !== '');
}

/**
 * The delimiter and where the header is. Each candidate must give the same field count on the sampled
 * records (quote-aware) AND split the header: a semicolon file with decimal commas has steady comma
 * counts too, but its header has no commas (JuliaData/CSV.jl#1186). Title lines above the header are
 * skipped and returned as the preamble.
 */
export function sniffDialect(text: string, options: { override?: Delimiter; truncated: boolean }): Dialect {
  const candidates = (options.override ? [options.override] : DELIMITERS)
    .map((d) => evaluate(text, d, options.truncated))
    .filter((c): c is Candidate => c !== null && (c.columns >= 2 || options.override !== undefined));
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || better(c, best)) best = c;
  if (!best)
    return {
      delimiter: options.override ?? ',',
      overridden: options.override !== undefined,
      preamble: [],
      headerOffset: firstLine(text),
    };
  return {
    delimiter: best.delimiter,
    overridden: options.override !== undefined,
    preamble: preambleText(text, best.preamble, best.delimiter),
    headerOffset: best.header.start,
  };
}

/** Start of the first non-blank line: a single-column file still has its header there. */
function firstLine(text: string): number {
  const m = /[^\r\n]/.exec(text);
  return m ? m.index : 0;
}
