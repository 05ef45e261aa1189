export interface NumericSummaryState {
  count: number;
  min: number;
  max: number;
  sum: number;
}

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
