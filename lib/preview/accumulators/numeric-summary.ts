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

  get mean(): number | null {
    return this.count === 0 ? null : this.sum / this.count;
  }
}
