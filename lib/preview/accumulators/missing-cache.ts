import { isMissing, MISSING_MARKER_MAX_LENGTH, mayBeSpace } from '../values';
import { ownCopy, rangeEquals } from './strings';

/** Distinct values remembered per column: enough for every value of a categorical column. */
const LIMIT = 4096;

/**
 * `isMissing` for the cells of one column, remembered for the first `LIMIT` distinct values. Most columns
 * repeat a few values millions of times, and looking a remembered value up by its hash costs a fraction of
 * trimming and lower-casing it again. Entries are checked against the cell, so a hash shared by two values
 * never gives a wrong answer.
 */
export class MissingCache {
  private readonly known = new Map<number, { value: string; missing: boolean }>();

  /** `hash`: the cell's `hashString`. */
  isMissing(raw: string, hash: number): boolean {
    return this.isMissingRange(raw, 0, raw.length, hash);
  }

  /** For `text[start, end)`, a cell inside a parsed batch, whose `hashRange` is `hash`. */
  isMissingRange(text: string, start: number, end: number, hash: number): boolean {
    if (end === start) return true;
    // Columns of unique values (ids, names) would otherwise pay a copy, a trim and a lower-casing per cell.
    if (
      end - start > MISSING_MARKER_MAX_LENGTH &&
      !mayBeSpace(text.charCodeAt(start)) &&
      !mayBeSpace(text.charCodeAt(end - 1))
    ) {
      return false;
    }
    const key = hash >>> 2;
    const entry = this.known.get(key);
    if (entry !== undefined && rangeEquals(text, start, end, entry.value)) return entry.missing;
    const raw = text.slice(start, end);
    const missing = isMissing(raw);
    if (entry === undefined && this.known.size < LIMIT) this.known.set(key, { value: ownCopy(raw), missing });
    return missing;
  }

  get size(): number {
    return this.known.size;
  }
}
