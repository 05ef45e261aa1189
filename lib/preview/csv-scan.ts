import { FNV_OFFSET, FNV_PRIME, finishHash, hashString } from './accumulators/strings';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

export type Newline = '\r\n' | '\n' | '\r';

/** The line break a file uses, from its first one. */
export function detectNewline(text: string): Newline {
  const lf = text.indexOf('\n');
  if (lf > 0 && text.charCodeAt(lf - 1) === CR) return '\r\n';
  if (lf >= 0) return '\n';
  return text.includes('\r') ? '\r' : '\n';
}

/** PapaParse looks at this many characters of its input to guess the line break. */
const GUESS_LENGTH = 1024 * 1024;

/**
 * The line break PapaParse guesses for `text` when it is given none (its `guessLineEndings`), computed without
 * copies: PapaParse cuts the first megabyte, deletes every quoted section with a regular
 * expression and splits the rest twice, which was a tenth of the sample's analysis. Its rule: `\n` when there
 * is no `\r` or a `\n` comes first, else `\r\n` when at least half the `\r`-separated pieces start with `\n`,
 * else `\r`. A unit test compares both on tricky input.
 */
export function guessNewline(text: string): Newline {
  // PapaParse guesses on its input without the byte order mark it drops (see `headerLength` in csv-preview).
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = Math.min(text.length, start + GUESS_LENGTH);
  // From one character of interest to the next with `indexOf`, which is many times faster than a loop in
  // JavaScript over every character. `length` stands for "none left".
  const next = (c: string, from: number) => {
    const i = text.indexOf(c, from);
    return i < 0 || i >= length ? length : i;
  };
  let quote = next('"', 0);
  let cr = next('\r', 0);
  let lf = next('\n', 0);
  let crs = 0;
  let crlfs = 0;
  let firstCr = -1;
  let firstLf = -1;
  // Where a `\n` follows a `\r` once quoted sections are deleted: just after the last `\r`, or after the
  // quoted sections that follow it directly.
  let afterCr = -1;
  for (;;) {
    if (quote < cr && quote < lf) {
      // PapaParse's `"([^]*?)"`: a quote and the next one go with all between; a last lone quote stays.
      const close = next('"', quote + 1);
      if (close === length) {
        quote = length;
        continue;
      }
      if (afterCr === quote) afterCr = close + 1;
      quote = next('"', close + 1);
      if (cr < close) cr = next('\r', close + 1);
      if (lf < close) lf = next('\n', close + 1);
    } else if (cr < lf) {
      crs++;
      if (firstCr < 0) firstCr = cr;
      afterCr = cr + 1;
      cr = next('\r', cr + 1);
    } else if (lf < length) {
      if (firstLf < 0) firstLf = lf;
      if (lf === afterCr) crlfs++;
      lf = next('\n', lf + 1);
    } else {
      break;
    }
  }
  if (crs === 0 || (firstLf >= 0 && firstLf < firstCr)) return '\n';
  return crlfs >= (crs + 1) / 2 ? '\r\n' : '\r';
}

/**
 * A CSV row scanner for the whole-file profiler, which reads every byte of files of gigabytes. It reads the
 * same CSV as PapaParse (RFC 4180 quotes with `""` escapes, delimiters and line breaks inside quotes, a quote
 * inside an unquoted field kept as text, spaces allowed between a closing quote and the delimiter — a unit
 * test compares both on tricky input), but hands cells over in place: for each row, where each cell starts
 * and ends in the batch and its hash, computed while looking for the delimiter. No string or array is
 * allocated per cell or row unless a cell is quoted, and the profiler only cuts a cell out of the batch when
 * it must keep it. PapaParse's own parser, measured in `npm run bench` on this project's 2-core machine,
 * parsed under 40 MB/s before any profiling; this scanner keeps the whole profile above that.
 *
 * Only the first `width` cells of a row are recorded; `cells` in `onRow` tells how many the row had.
 */
export class CsvScanner {
  /** Cell `c` of the current row is `text[starts[c], ends[c])`, or `quoted[c]` when that is not null. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly hashes: Int32Array;
  readonly quoted: (string | null)[];
  /** The current row spans `text[rowStart, rowEnd)`, its line break excluded (valid during `onRow`). */
  rowStart = 0;
  rowEnd = 0;
  private readonly delimiter: number;
  private readonly newline: number;
  private readonly crlf: boolean;

  constructor(
    readonly width: number,
    delimiter: string,
    newline: Newline,
  ) {
    this.starts = new Int32Array(width);
    this.ends = new Int32Array(width);
    this.hashes = new Int32Array(width);
    this.quoted = new Array<string | null>(width).fill(null);
    this.delimiter = delimiter.charCodeAt(0);
    this.crlf = newline === '\r\n';
    this.newline = newline === '\n' ? LF : CR;
  }

  /**
   * Scans the complete rows of `text` from `from` (a row start), calling `onRow` for each, and returns where
   * the first incomplete row starts (to be prepended to the next batch). With `last`, the end of `text` ends
   * the final row.
   */
  scan(text: string, from: number, last: boolean, onRow: (text: string, cells: number) => void): number {
    const length = text.length;
    const delimiter = this.delimiter;
    const newline = this.newline;
    const crlf = this.crlf;
    const width = this.width;
    let pos = from;
    while (pos < length) {
      const rowStart = pos;
      let cell = 0;
      for (;;) {
        let start = pos;
        let end: number;
        let hash: number;
        let quoted: string | null = null;
        if (pos < length && text.charCodeAt(pos) === QUOTE) {
          const close = this.closeQuote(text, pos, last);
          if (close === null) return rowStart;
          quoted = close.value;
          hash = hashString(quoted);
          start = 0;
          end = quoted.length;
          pos = close.next;
        } else {
          let h = FNV_OFFSET;
          let i = pos;
          for (; i < length; i++) {
            const c = text.charCodeAt(i);
            if (c === delimiter) break;
            if (c === newline) {
              if (!crlf) break;
              if (i + 1 < length) {
                if (text.charCodeAt(i + 1) === LF) break;
              } else if (!last) return rowStart;
            }
            h = Math.imul(h ^ c, FNV_PRIME);
          }
          end = i;
          hash = finishHash(h);
          pos = i;
        }
        if (cell < width) {
          this.starts[cell] = start;
          this.ends[cell] = end;
          this.hashes[cell] = hash;
          this.quoted[cell] = quoted;
        }
        cell++;
        if (pos >= length) {
          if (!last) return rowStart;
          this.rowStart = rowStart;
          this.rowEnd = length;
          onRow(text, cell);
          return length;
        }
        if (text.charCodeAt(pos) === delimiter) {
          pos++;
          continue;
        }
        this.rowStart = rowStart;
        this.rowEnd = pos;
        pos += crlf ? 2 : 1;
        onRow(text, cell);
        break;
      }
    }
    return length;
  }

  /** Spaces PapaParse tolerates between a closing quote and the delimiter (which may itself be a tab). */
  private isBlank(c: number): boolean {
    return (c === SPACE || c === TAB) && c !== this.delimiter;
  }

  /**
   * The value of the quoted field opening at `open`, and where the text after it resumes (on the delimiter,
   * the line break or the end). Null when the batch ends before the field does.
   */
  private closeQuote(text: string, open: number, last: boolean): { value: string; next: number } | null {
    const length = text.length;
    let value = '';
    let segment = open + 1;
    let search = open + 1;
    for (;;) {
      const quote = text.indexOf('"', search);
      if (quote < 0) {
        if (!last) return null;
        // Unterminated at the end of the file: the rest is the field, as PapaParse reads it.
        return { value: value + text.slice(segment), next: length };
      }
      if (quote + 1 < length && text.charCodeAt(quote + 1) === QUOTE) {
        value += text.slice(segment, quote + 1);
        segment = quote + 2;
        search = quote + 2;
        continue;
      }
      let after = quote + 1;
      while (after < length && this.isBlank(text.charCodeAt(after))) after++;
      if (after >= length) {
        if (!last) return null;
        return { value: value + text.slice(segment, quote), next: length };
      }
      const c = text.charCodeAt(after);
      const breaks = c === this.newline && (!this.crlf || after + 1 >= length || text.charCodeAt(after + 1) === LF);
      if (c === this.delimiter || breaks) {
        if (this.crlf && c === CR && after + 1 >= length && !last) return null;
        return { value: value + text.slice(segment, quote), next: after };
      }
      // A quote followed by anything else is text, as in PapaParse; keep looking for the closing one.
      search = quote + 1;
    }
  }
}
