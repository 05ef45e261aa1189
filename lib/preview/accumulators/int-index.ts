const EMPTY = -1;

/**
 * A map from non-negative 31-bit integer keys (cell hashes) to small non-negative integers (slots in the caller's
 * own array), in two typed arrays with open addressing and linear probing. The whole-file profiler looks a key
 * up for nearly every cell of a file; V8's `Map` spent about a tenth of the profile's time there (measured on the
 * bench's 1 GiB file), this a fraction of it. Fixed size: at most `capacity` keys, never rehashed.
 */
export class IntIndex {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  private count = 0;

  constructor(readonly capacity: number) {
    // At most half full, so that probes stay short.
    let size = 8;
    while (size < capacity * 2) size *= 2;
    this.keys = new Int32Array(size).fill(EMPTY);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Spreads keys whose low bits agree (hashes are finished already, but callers may shift them). */
  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> 0;
  }

  clear(): void {
    this.keys.fill(EMPTY);
    this.count = 0;
  }

  /** The value of `key`, or -1. */
  get(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    for (let i = this.home(key) & mask; ; i = (i + 1) & mask) {
      const k = keys[i]!;
      if (k === key) return this.values[i]!;
      if (k === EMPTY) return EMPTY;
    }
  }

  /** Sets `key` (which must be absent) to `value`; false when the index is full. */
  add(key: number, value: number): boolean {
    if (this.count >= this.capacity) return false;
    const keys = this.keys;
    const mask = this.mask;
    let i = this.home(key) & mask;
    while (keys[i] !== EMPTY) i = (i + 1) & mask;
    keys[i] = key;
    this.values[i] = value;
    this.count++;
    return true;
  }

  /** Removes `key` if present, moving later entries of its run back so that lookups need no tombstones. */
  delete(key: number): void {
    const keys = this.keys;
    const values = this.values;
    const mask = this.mask;
    let i = this.home(key) & mask;
    for (;;) {
      const k = keys[i]!;
      if (k === EMPTY) return;
      if (k === key) break;
      i = (i + 1) & mask;
    }
    let hole = i;
    for (let j = (hole + 1) & mask; keys[j] !== EMPTY; j = (j + 1) & mask) {
      const want = this.home(keys[j]!) & mask;
      // Entry j may fill the hole if its home is not cyclically within (hole, j].
      const between = hole <= j ? want > hole && want <= j : want > hole || want <= j;
      if (!between) {
        keys[hole] = keys[j]!;
        values[hole] = values[j]!;
        hole = j;
      }
    }
    keys[hole] = EMPTY;
    this.count--;
  }
}
