import { z } from 'zod';
import { IntIndex } from './int-index';
import { hashString, ownCopy, rangeEquals } from './strings';

/** The cell as a string of its own (kept beyond its batch). */
const cut = (text: string, start: number, end: number) => ownCopy(text.slice(start, end));

/** Most frequent first; equal counts in value order so that the same data gives the same profile. */
export function byCountThenValue(a: { value: string; count: number }, b: { value: string; count: number }): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

export const COUNTED = 0;
export const ABSENT = 1;
export const TAKEN = 2;
export type Lookup = typeof COUNTED | typeof ABSENT | typeof TAKEN;

/** A table's counters, for another thread to merge. */
export const TopValuesStateSchema = z.object({
  counters: z.array(z.object({ value: z.string(), count: z.number(), error: z.number() })),
  full: z.boolean(),
});
export type TopValuesState = z.infer<typeof TopValuesStateSchema>;

interface Counter {
  value: string;
  count: number;
  /** The count inherited from the value this one replaced: up to this much of `count` may be someone else's. */
  error: number;
  key: number;
  /** Position in the heap, kept so an increment can sift without searching. */
  slot: number;
  /** Position in `counters`, what the index maps keys to. */
  id: number;
}

/**
 * Most frequent values of a stream in bounded memory: Space-Saving (Metwally, Agrawal, El Abbadi 2005) with
 * the randomized admission of RAP (Ben Basat et al., "Randomized Admission Policy for Efficient Top-k and
 * Frequency Estimation", 2017). At most `capacity` counters. Until they are all in use every value gets one,
 * with an exact count — on a skewed column the frequent values arrive early and keep exact counts. Once full,
 * an untracked value takes the place of the least counted one (inheriting its count, recorded as `error`)
 * only with probability 1/(least + 1): a frequent value still gets in after a few occurrences, while a column
 * of unique identifiers stops churning the table, which is what makes it cheap on big files.
 *
 * Counters are keyed by a 30-bit hash of the value (the caller usually has it already): integer keys are
 * much cheaper to look up than fresh strings. A counter's value is compared on each hit, so two values
 * sharing a key are never mixed up; the second one is then simply not counted (about one cell in 4 million
 * per column when the table is full).
 */
export class SpaceSaving {
  readonly capacity: number;
  private readonly index: IntIndex;
  /** Counters in the order they were created: `index` maps a key to a position here. */
  private readonly counters: Counter[] = [];
  private readonly heap: Counter[] = [];
  /**
   * xorshift32 state: a fixed seed, so that the same file gives the same profile. Kept as a signed 32-bit
   * integer, which V8 holds unboxed: a draw happens for most cells of a column of unique values.
   */
  private random = 0x9e3779b9 | 0;

  constructor(capacity = 256) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be ≥ 1, got ${capacity}`);
    this.capacity = capacity;
    this.index = new IntIndex(capacity);
  }

  /** Counters held: never more than `capacity`. */
  get size(): number {
    return this.heap.length;
  }

  add(value: string, hash: number = hashString(value)): void {
    this.addRange(value, 0, value.length, hash);
  }

  /** Counts `text[start, end)` (a cell inside a parsed batch) whose `hashRange` is `hash`. */
  addRange(text: string, start: number, end: number, hash: number): void {
    if (this.increment(text, start, end, hash) === ABSENT) this.admit(text, start, end, hash);
  }

  /**
   * Counts the cell if it already has a counter (`COUNTED`). Otherwise counts nothing and says whether its key
   * is free (`ABSENT`: `admit` may give it one) or held by another value (`TAKEN`).
   */
  increment(text: string, start: number, end: number, hash: number): Lookup {
    const id = this.index.get(hash >>> 2);
    if (id < 0) return ABSENT;
    const known = this.counters[id]!;
    if (!rangeEquals(text, start, end, known.value)) return TAKEN;
    known.count++;
    // Only a full table needs its least counter at hand (for admissions); until then the heap is left unordered.
    if (this.heap.length === this.capacity) this.siftDown(known.slot);
    return COUNTED;
  }

  /** Gives a counter to a cell `increment` found `ABSENT`: at once while there is room, then by RAP's draw. */
  admit(text: string, start: number, end: number, hash: number): void {
    const key = hash >>> 2;
    if (this.heap.length < this.capacity) {
      const id = this.counters.length;
      const counter: Counter = { value: cut(text, start, end), count: 1, error: 0, key, slot: this.heap.length, id };
      this.counters.push(counter);
      this.heap.push(counter);
      this.index.add(key, id);
      if (this.heap.length === this.capacity) this.heapify();
      return;
    }
    const least = this.heap[0]!;
    // Admitted with probability 1/(least + 1): a uniform 32-bit draw below 2^32/(least + 1).
    if ((this.nextRandom() >>> 0) * (least.count + 1) >= 4294967296) return;
    this.index.delete(least.key);
    least.value = cut(text, start, end);
    least.key = key;
    least.error = least.count;
    least.count++;
    this.index.add(key, least.id);
    this.siftDown(0);
  }

  /** The counters, for another thread to merge; `full` once every counter is in use. */
  state(): TopValuesState {
    return {
      counters: this.counters.map(({ value, count, error }) => ({ value, count, error })),
      full: this.heap.length >= this.capacity,
    };
  }

  /**
   * Counts another table's values too (the merge of mergeable summaries, Agarwal et al. 2012): a value both
   * tables hold adds up; a value only one holds may have been seen up to the other table's least count if
   * that table was full, which is added to its count and to its error. The `capacity` most counted stay.
   * While neither table was full and the union fits, every count stays exact, as in one pass.
   */
  merge(other: TopValuesState): void {
    const own = this.state();
    const ownLeast = own.full ? Math.min(...own.counters.map((c) => c.count)) : 0;
    const otherLeast = other.full ? Math.min(...other.counters.map((c) => c.count)) : 0;
    const union = new Map<string, { value: string; count: number; error: number }>();
    for (const c of own.counters)
      union.set(c.value, { ...c, count: c.count + otherLeast, error: c.error + otherLeast });
    for (const c of other.counters) {
      const mine = union.get(c.value);
      if (mine) {
        mine.count += c.count - otherLeast;
        mine.error += c.error - otherLeast;
      } else union.set(c.value, { value: c.value, count: c.count + ownLeast, error: c.error + ownLeast });
    }
    const kept = [...union.values()].sort(byCountThenValue).slice(0, this.capacity);
    this.counters.length = 0;
    this.heap.length = 0;
    this.index.clear();
    for (const { value, count, error } of kept) {
      const key = hashString(value) >>> 2;
      // Two kept values sharing a key: the second one cannot be indexed, as in one pass (see the class).
      if (this.index.get(key) >= 0) continue;
      const counter: Counter = { value, count, error, key, slot: this.heap.length, id: this.counters.length };
      this.counters.push(counter);
      this.heap.push(counter);
      this.index.add(key, counter.id);
      this.siftUp(counter.slot);
    }
  }

  /** The next state: 32 uniform bits, as a signed integer. */
  private nextRandom(): number {
    let x = this.random;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.random = x | 0;
    return this.random;
  }

  /** The `n` most counted values, most counted first (ties in value order, so results are stable). */
  top(n: number): { value: string; count: number; error: number }[] {
    return [...this.heap]
      .sort(byCountThenValue)
      .slice(0, n)
      .map(({ value, count, error }) => ({ value, count, error }));
  }

  /** Orders the whole heap at once, when the table fills up (Floyd's construction, linear). */
  private heapify(): void {
    for (let slot = (this.heap.length >> 1) - 1; slot >= 0; slot--) this.siftDown(slot);
  }

  private siftUp(slot: number): void {
    const heap = this.heap;
    const item = heap[slot]!;
    while (slot > 0) {
      const parentSlot = (slot - 1) >> 1;
      const parent = heap[parentSlot]!;
      if (parent.count <= item.count) break;
      heap[slot] = parent;
      parent.slot = slot;
      slot = parentSlot;
    }
    heap[slot] = item;
    item.slot = slot;
  }

  private siftDown(slot: number): void {
    const heap = this.heap;
    const length = heap.length;
    const item = heap[slot]!;
    for (;;) {
      const left = 2 * slot + 1;
      if (left >= length) break;
      const right = left + 1;
      const child = right < length && heap[right]!.count < heap[left]!.count ? right : left;
      const smaller = heap[child]!;
      if (smaller.count >= item.count) break;
      heap[slot] = smaller;
      smaller.slot = slot;
      slot = child;
    }
    heap[slot] = item;
    item.slot = slot;
  }
}
