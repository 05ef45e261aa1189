import { isMissing } from '../values';
import { ownCopy } from './strings';

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
    if (raw.length === 0) return true;
    const key = hash >>> 2;
    const entry = this.known.get(key);
    if (entry !== undefined && entry.value === raw) return entry.missing;
    const missing = isMissing(raw);
    if (entry === undefined && this.known.size < LIMIT) this.known.set(key, { value: ownCopy(raw), missing });
    return missing;
  }

  get size(): number {
    return this.known.size;
  }
}
