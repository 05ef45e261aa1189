import { z } from 'zod';
import type { BinSchema } from '../types';
import { dayOfMonthIndex, isoOfDay, isoOfMonth, MS_PER_DAY, monthIndexOfDay } from './calendar';
import { MAX_BINS } from './number-histogram';

type Bin = z.infer<typeof BinSchema>;

/** What a date histogram holds, for another thread to merge. */
export const DateHistogramStateSchema = z.object({
  level: z.number().int(),
  counts: z.array(z.tuple([z.number(), z.number()])),
  total: z.number(),
});
export type DateHistogramState = z.infer<typeof DateHistogramStateSchema>;

/** Resolution of the stored counts: days, months, then years, 10 years, 100 years… */
type Level = number;
const DAY: Level = 0;
const MONTH: Level = 1;
const YEAR: Level = 2;

type Unit = 'day' | 'week' | 'month' | 'year';
interface Step {
  unit: Unit;
  size: number;
}

/** Bar widths people read on a time axis, finest first. */
const STEPS: readonly Step[] = [
  { unit: 'day', size: 1 },
  { unit: 'week', size: 1 },
  { unit: 'month', size: 1 },
  { unit: 'month', size: 3 },
  { unit: 'month', size: 6 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].map((size) => ({ unit: 'year' as const, size })),
];

const UNIT_LEVEL: Record<Unit, Level> = { day: DAY, week: DAY, month: MONTH, year: YEAR };

/** 1970-01-01 was a Thursday: shifting by 3 days puts week boundaries on Mondays (ISO weeks). */
const MONDAY_SHIFT = 3;

/**
 * A histogram of dates on calendar boundaries (days, ISO weeks, months, quarters, years…), in bounded memory:
 * counts are kept per day while there are at most `capacity` distinct days, then per month, per year, per
 * decade… Merging is exact because each level nests in the next one.
 */
export class DateHistogram {
  private readonly capacity: number;
  private level: Level = DAY;
  private counts = new Map<number, number>();
  private total = 0;

  constructor(capacity = 1000) {
    this.capacity = capacity;
  }

  get count(): number {
    return this.total;
  }

  /** Keys held: never more than `capacity`. */
  get size(): number {
    return this.counts.size;
  }

  /** `day`: days since 1970-01-01 (see `calendar.ts`), seen `times` times. */
  add(day: number, times = 1): void {
    this.total += times;
    const key = this.keyOf(day);
    this.counts.set(key, (this.counts.get(key) ?? 0) + times);
    while (this.counts.size > this.capacity) this.coarsen();
  }

  state(): DateHistogramState {
    return { level: this.level, counts: [...this.counts], total: this.total };
  }

  /** Counts the dates of another histogram too; each level nests in the next, so the result is exact. */
  merge(other: DateHistogramState): void {
    while (this.level < other.level) this.coarsen();
    for (const [key, count] of other.counts) {
      let up = key;
      for (let level = other.level; level < this.level; level++) up = coarser(up, level);
      this.counts.set(up, (this.counts.get(up) ?? 0) + count);
    }
    this.total += other.total;
    while (this.counts.size > this.capacity) this.coarsen();
  }

  bins(): Bin[] {
    if (this.total === 0) return [];
    const keys = [...this.counts.keys()];
    let first = Math.min(...keys);
    let last = Math.max(...keys);
    const step = this.displayStep(first, last);
    const bars = new Map<number, number>();
    first = Number.POSITIVE_INFINITY;
    last = Number.NEGATIVE_INFINITY;
    for (const [key, count] of this.counts) {
      const bar = this.barOf(key, step);
      bars.set(bar, (bars.get(bar) ?? 0) + count);
      if (bar < first) first = bar;
      if (bar > last) last = bar;
    }
    const out: Bin[] = [];
    for (let bar = first; bar <= last; bar++) out.push({ ...describe(bar, step), count: bars.get(bar) ?? 0 });
    return out;
  }

  private keyOf(day: number): number {
    if (this.level === DAY) return day;
    const month = monthIndexOfDay(day);
    if (this.level === MONTH) return month;
    return Math.floor(Math.floor(month / 12) / 10 ** (this.level - YEAR));
  }

  private coarsen(): void {
    const next = new Map<number, number>();
    for (const [key, count] of this.counts) {
      const up = coarser(key, this.level);
      next.set(up, (next.get(up) ?? 0) + count);
    }
    this.counts = next;
    this.level++;
  }

  private displayStep(first: number, last: number): Step {
    for (const step of STEPS) {
      if (!this.canShow(step)) continue;
      if (this.barOf(last, step) - this.barOf(first, step) + 1 <= MAX_BINS) return step;
    }
    // Dates span more than 100 000 years only in broken files; the coarsest step still draws them.
    return STEPS[STEPS.length - 1]!;
  }

  private canShow(step: Step): boolean {
    if (this.level <= YEAR) return UNIT_LEVEL[step.unit] >= this.level;
    return step.unit === 'year' && step.size % 10 ** (this.level - YEAR) === 0;
  }

  /** The bar a stored key falls in; keys are monotonic in time at every level, so first/last keys bound bars. */
  private barOf(key: number, step: Step): number {
    if (step.unit === 'day') return key;
    if (step.unit === 'week') return Math.floor((key + MONDAY_SHIFT) / 7);
    const month = this.level === DAY ? monthIndexOfDay(key) : key;
    if (step.unit === 'month') return Math.floor(month / step.size);
    const year = this.level === DAY || this.level === MONTH ? Math.floor(month / 12) : key * 10 ** (this.level - YEAR);
    return Math.floor(year / step.size);
  }
}

/** The key one level up of a key stored at `level`. */
function coarser(key: number, level: Level): number {
  return level === DAY ? monthIndexOfDay(key) : level === MONTH ? Math.floor(key / 12) : Math.floor(key / 10);
}

function describe(bar: number, step: Step): Omit<Bin, 'count'> {
  let fromDay: number;
  let toDay: number;
  let label: string;
  switch (step.unit) {
    case 'day':
      fromDay = bar;
      toDay = bar + 1;
      label = isoOfDay(bar);
      break;
    case 'week':
      fromDay = bar * 7 - MONDAY_SHIFT;
      toDay = fromDay + 7;
      label = isoOfDay(fromDay);
      break;
    case 'month': {
      const firstMonth = bar * step.size;
      fromDay = dayOfMonthIndex(firstMonth);
      toDay = dayOfMonthIndex(firstMonth + step.size);
      label =
        step.size === 1
          ? isoOfMonth(firstMonth)
          : `${isoOfMonth(firstMonth)}–${isoOfMonth(firstMonth + step.size - 1)}`;
      break;
    }
    case 'year': {
      const firstYear = bar * step.size;
      fromDay = dayOfMonthIndex(firstYear * 12);
      toDay = dayOfMonthIndex((firstYear + step.size) * 12);
      label = step.size === 1 ? String(firstYear) : `${firstYear}–${firstYear + step.size - 1}`;
      break;
    }
  }
  return { label, from: fromDay * MS_PER_DAY, to: toDay * MS_PER_DAY };
}
