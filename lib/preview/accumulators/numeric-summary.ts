import { z } from 'zod';
import { anyNumber } from './state-number';

/** What a summary holds, for another thread to merge; min and max are infinite while it is empty. */
export const NumericSummaryStateSchema = z.object({
  count: z.number(),
  min: anyNumber,
  max: anyNumber,
  sum: z.number(),
});
export type NumericSummaryState = z.infer<typeof NumericSummaryStateSchema>;

/** Streaming minimum, maximum and mean: three numbers whatever the length of the column. */
export class NumericSummary {
  count = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  private sum = 0;

  /** `value` seen `times` times (the sample counts each distinct value once). */
  add(value: number, times = 1): void {
    this.count += times;
    this.sum += times === 1 ? value : value * times;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  state(): NumericSummaryState {
    return { count: this.count, min: this.min, max: this.max, sum: this.sum };
  }

  merge(other: NumericSummaryState): void {
    this.count += other.count;
    this.sum += other.sum;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
  }

  get mean(): number | null {
    return this.count === 0 ? null : this.sum / this.count;
  }
}
