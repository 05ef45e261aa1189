import { z } from 'zod';
import type { BinSchema } from '../types';
import { anyNumber } from './state-number';

type Bin = z.infer<typeof BinSchema>;

/** Bars drawn at most; the display step is the smallest nice one that fits. */
export const MAX_BINS = 20;
/** Multipliers of the fine step the display may use: 1, 2, 5, 10, 20, 50… keep edges round. */
const NICE = [1, 2, 5];

/** What a histogram holds, for another thread to merge. */
export const NumberHistogramStateSchema = z.object({
  pending: z.array(z.number()).nullable(),
  exponent: z.number(),
  origin: z.number(),
  counts: z.instanceof(Float64Array),
  min: anyNumber,
  max: anyNumber,
  total: z.number(),
});
export type NumberHistogramState = z.infer<typeof NumberHistogramStateSchema>;

export interface NumberHistogramOptions {
  /** Integer columns never get bins narrower than 1. */
  integer?: boolean;
  /** Fine bins held (memory is 2 × 8 bytes each). */
  capacity?: number;
  /** Values buffered before the first range is chosen. */
  warmup?: number;
}

/**
 * A histogram over a stream of numbers whose range is unknown in advance, in fixed memory. Values go into fine
 * bins of width 10^e aligned on multiples of the width; when a value falls outside the bins held, the width is
 * multiplied by 10 and neighbours are merged, which keeps every count exact at the coarser width (a sorted file
 * or a late outlier cannot pile up in an "overflow" bin). The drawn bars group fine bins by 1, 2, 5, 10… so
 * that edges are round numbers and there are at most `MAX_BINS` of them.
 */
export class NumberHistogram {
  private readonly integer: boolean;
  private readonly capacity: number;
  private readonly warmup: number;
  private pending: number[] | null = [];
  private exponent = 0;
  /** `10 ** |exponent|`, for the exponent it was computed for. */
  private scale = 1;
  private scaleExponent = 0;
  /** Absolute index (value ÷ width, floored) of `counts[0]`. */
  private origin = 0;
  private counts: Float64Array;
  private spare: Float64Array;
  private min = Number.POSITIVE_INFINITY;
  private max = Number.NEGATIVE_INFINITY;
  private total = 0;

  constructor(options: NumberHistogramOptions = {}) {
    this.integer = options.integer ?? false;
    this.capacity = options.capacity ?? 1000;
    this.warmup = options.warmup ?? 256;
    this.counts = new Float64Array(this.capacity);
    this.spare = new Float64Array(this.capacity);
  }

  /** Values counted (non-finite values are ignored). */
  get count(): number {
    return this.total;
  }

  /** `value` seen `times` times. */
  add(value: number, times = 1): void {
    if (!Number.isFinite(value)) return;
    this.total += times;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    let left = times;
    if (this.pending) {
      // The warm-up sees the values one by one, as they came, whatever the caller grouped.
      while (left > 0 && this.pending) {
        this.pending.push(value);
        left--;
        if (this.pending.length >= this.warmup) this.start();
      }
      if (left === 0) return;
    }
    let slot = this.indexOf(value) - this.origin;
    if (slot < 0 || slot >= this.capacity) {
      this.widen();
      slot = this.indexOf(value) - this.origin;
    }
    this.counts[slot]! += left;
  }

  state(): NumberHistogramState {
    return {
      pending: this.pending ? [...this.pending] : null,
      exponent: this.exponent,
      origin: this.origin,
      counts: this.counts.slice(),
      min: this.min,
      max: this.max,
      total: this.total,
    };
  }

  /**
   * Counts the values of another histogram of the same capacity too. Both hold exact counts on bins aligned
   * on multiples of their width, so moving both to the wider of the two widths (wider still if the union's
   * range needs it) keeps every count exact, as a single histogram that had seen all the values would.
   */
  merge(other: NumberHistogramState): void {
    if (other.pending) {
      for (const value of other.pending) this.add(value);
      return;
    }
    if (this.pending) {
      const mine = this.pending;
      this.pending = null;
      this.exponent = other.exponent;
      this.origin = other.origin;
      this.counts.set(other.counts);
      this.min = other.min;
      this.max = other.max;
      this.total = other.total;
      for (const value of mine) this.add(value);
      return;
    }
    const ownExponent = this.exponent;
    const ownOrigin = this.origin;
    const own = this.counts;
    this.total += other.total;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    this.exponent = Math.max(ownExponent, other.exponent);
    while (this.indexOf(this.max) - this.indexOf(this.min) + 1 > this.capacity) this.exponent++;
    this.recentre();
    const next = this.spare;
    next.fill(0);
    const fold = (counts: Float64Array, origin: number, exponent: number) => {
      const factor = 10 ** (this.exponent - exponent);
      for (let slot = 0; slot < counts.length; slot++) {
        const count = counts[slot]!;
        if (count > 0) next[Math.floor((origin + slot) / factor) - this.origin]! += count;
      }
    };
    fold(own, ownOrigin, ownExponent);
    fold(other.counts, other.origin, other.exponent);
    this.spare = own;
    this.counts = next;
  }

  bins(): Bin[] {
    if (this.pending) this.start();
    if (this.total === 0) return [];
    const first = this.indexOf(this.min);
    const last = this.indexOf(this.max);
    const multiplier = this.displayMultiplier(first, last);
    const firstBar = Math.floor(first / multiplier);
    const lastBar = Math.floor(last / multiplier);
    const bars = new Array<number>(lastBar - firstBar + 1).fill(0);
    for (let slot = first - this.origin; slot <= last - this.origin; slot++) {
      const count = this.counts[slot]!;
      if (count > 0) bars[Math.floor((this.origin + slot) / multiplier) - firstBar]! += count;
    }
    const width = this.edge(multiplier) - this.edge(0);
    // A maximum sitting exactly on the last edge would get a bar of its own ([100, 110) for percentages):
    // the last bar is closed instead, as in most histogram tools. Integer bars one wide are single values.
    const singleValues = this.integer && width === 1;
    if (bars.length > 1 && !singleValues && this.edge(lastBar * multiplier) === this.max) {
      bars[bars.length - 2]! += bars.pop()!;
    }
    return bars.map((count, i) => {
      const from = this.edge((firstBar + i) * multiplier);
      const to = this.edge((firstBar + i + 1) * multiplier);
      const label = singleValues ? String(from) : `${from}–${to}`;
      return { label, from, to, count };
    });
  }

  private start(): void {
    const values = this.pending ?? [];
    this.pending = null;
    const range = this.max - this.min;
    let exponent: number;
    if (values.length === 0) exponent = 0;
    else if (range > 0) exponent = Math.ceil(Math.log10(range / (this.capacity / 4)));
    else exponent = Math.floor(Math.log10(Math.abs(this.min) || 1)) - 3;
    this.exponent = this.integer ? Math.max(0, exponent) : exponent;
    this.recentre();
    for (const value of values) this.counts[this.indexOf(value) - this.origin]!++;
  }

  /**
   * Absolute fine index of a value; multiplying by an exact power of ten avoids 0.3 / 0.1 = 2.999…. The power
   * is computed once per exponent: `**` goes through `Math.pow`, dearer than the rest of the call, and the
   * whole-file profile calls this for every cell of every numeric column.
   */
  private indexOf(value: number): number {
    if (this.scaleExponent !== this.exponent) {
      this.scaleExponent = this.exponent;
      this.scale = 10 ** Math.abs(this.exponent);
    }
    return this.exponent >= 0 ? Math.floor(value / this.scale) : Math.floor(value * this.scale);
  }

  /** Value of an absolute fine index's lower edge, rounded the way it would be written. */
  private edge(index: number): number {
    return this.exponent >= 0 ? index * 10 ** this.exponent : index / 10 ** -this.exponent;
  }

  private recentre(): void {
    const first = this.indexOf(this.min);
    const span = this.indexOf(this.max) - first + 1;
    this.origin = first - Math.floor((this.capacity - span) / 2);
  }

  /** Multiplies the width by 10 until [min, max] fits, merging the counts already held. */
  private widen(): void {
    const oldOrigin = this.origin;
    const oldCounts = this.counts;
    let factor = 1;
    do {
      this.exponent++;
      factor *= 10;
    } while (this.indexOf(this.max) - this.indexOf(this.min) + 1 > this.capacity);
    this.recentre();
    const next = this.spare;
    next.fill(0);
    for (let slot = 0; slot < this.capacity; slot++) {
      const count = oldCounts[slot]!;
      if (count > 0) next[Math.floor((oldOrigin + slot) / factor) - this.origin]! += count;
    }
    this.spare = oldCounts;
    this.counts = next;
  }

  private displayMultiplier(first: number, last: number): number {
    for (let scale = 1; ; scale *= 10) {
      for (const nice of NICE) {
        const multiplier = nice * scale;
        if (Math.floor(last / multiplier) - Math.floor(first / multiplier) + 1 <= MAX_BINS) return multiplier;
      }
    }
  }
}
