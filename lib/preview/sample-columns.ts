import { hashString } from './accumulators/strings';
import { CsvScanner, type Newline } from './csv-scan';
import type { Delimiter } from './types';
import { ValueCounts } from './value-counts';

/** The data rows of a sample, counted per column. */
export interface SampleCounts {
  /** One per header column, in order. */
  columns: ValueCounts[];
  rows: number;
  /** Rows whose number of cells differs from the header's. */
  raggedRows: number;
}

export interface SampleScanOptions {
  delimiter: Delimiter;
  /** The line break PapaParse found for the same text, so that both read the same rows. */
  newline: Newline;
  /** Cells per row in the header. */
  width: number;
  /** False when the sample was cut: a final row without its line break (or inside quotes) is a fragment. */
  last: boolean;
}

/** The characters `String.prototype.trim` removes. */
function isTrimmed(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isTrimmed(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Counts the values of every column of the sample's data rows (from `from`, the first row after the header)
 * with the whole-file profiler's scanner: cells are hashed as they are read and looked up in place, so a
 * repeated value costs no string, where PapaParse would have cut every cell of every row out of the text.
 * Rows are PapaParse's with `skipEmptyLines: 'greedy'` (rows whose cells are all blank are skipped) and
 * short rows' missing cells count as empty; a unit test compares both on tricky input.
 */
export function countSampleColumns(text: string, from: number, options: SampleScanOptions): SampleCounts {
  const { width } = options;
  const scanner = new CsvScanner(width, options.delimiter, options.newline);
  const columns = Array.from({ length: width }, () => new ValueCounts());
  const emptyHash = hashString('');
  const delimiter = options.delimiter.charCodeAt(0);
  let rows = 0;
  let raggedRows = 0;

  const cellBlank = (row: string, c: number) => {
    const quoted = scanner.quoted[c] ?? null;
    return quoted === null ? blank(row, scanner.starts[c]!, scanner.ends[c]!) : blank(quoted, 0, quoted.length);
  };
  /** PapaParse's greedy test, `row.join('').trim() === ''`, without joining. */
  const blankRow = (row: string, cells: number) => {
    const recorded = Math.min(cells, width);
    for (let c = 0; c < recorded; c++) if (!cellBlank(row, c)) return false;
    return cells <= width || blankText(row);
  };
  /** Cells past the header's are not recorded: the row's own text tells, delimiters and quotes aside. */
  const blankText = (row: string) => {
    for (let i = scanner.rowStart; i < scanner.rowEnd; i++) {
      const c = row.charCodeAt(i);
      if (!isTrimmed(c) && c !== delimiter && c !== 34) return false;
    }
    return true;
  };

  const onRow = (row: string, cells: number) => {
    if (cellBlank(row, 0) && blankRow(row, cells)) return;
    rows++;
    if (cells !== width) raggedRows++;
    const { starts, ends, hashes, quoted } = scanner;
    for (let c = 0; c < width; c++) {
      const counts = columns[c]!;
      if (c >= cells) counts.addRange('', 0, 0, emptyHash);
      else {
        const value = quoted[c] ?? null;
        if (value === null) counts.addRange(row, starts[c]!, ends[c]!, hashes[c]!);
        else counts.addRange(value, 0, value.length, hashes[c]!);
      }
    }
  };
  scanner.scan(text, from, options.last, onRow);
  return { columns, rows, raggedRows };
}
