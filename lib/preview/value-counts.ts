import { hashString, rangeEquals } from './accumulators/strings';

const EMPTY = 0;

/** Spreads hashes whose low bits agree over the table. */
const home = (hash: number) => Math.imul(hash, 0x9e3779b1) >>> 0;

/**
 * The distinct values of a column in first-seen order (`values[i]` held by `counts[i]` cells, `hashes[i]` its
 * `hashString`): what typing and profiling a sample both start from. Cells are looked up by the hash the CSV
 * scanner computes as it reads them, in an open-addressing table of ids that doubles as it fills, and
 * compared in place: a repeated value costs no string at all, and two values sharing a hash are simply two
 * entries (probing goes on past a hash whose value differs).
 */
export class ValueCounts {
  readonly values: string[] = [];
  readonly counts: number[] = [];
  readonly hashes: number[] = [];
  /** `id + 1` of the value at each slot, `EMPTY` for none. */
  private table = new Int32Array(64);

  get size(): number {
    return this.values.length;
  }

  add(value: string): void {
    this.addRange(value, 0, value.length, hashString(value));
  }

  /** Counts the cell `text[start, end)`, whose `hashRange` is `hash`, `times` times. */
  addRange(text: string, start: number, end: number, hash: number, times = 1): void {
    const table = this.table;
    const mask = table.length - 1;
    let slot = home(hash) & mask;
    for (;;) {
      const entry = table[slot]!;
      if (entry === EMPTY) break;
      const id = entry - 1;
      if (this.hashes[id] === hash && rangeEquals(text, start, end, this.values[id]!)) {
        this.counts[id]! += times;
        return;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.values.length;
    this.values.push(start === 0 && end === text.length ? text : text.slice(start, end));
    this.counts.push(times);
    this.hashes.push(hash);
    table[slot] = id + 1;
    if (2 * this.values.length > table.length) this.grow();
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let id = 0; id < this.values.length; id++) {
      let slot = home(this.hashes[id]!) & mask;
      while (table[slot] !== EMPTY) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
    this.table = table;
  }
}
