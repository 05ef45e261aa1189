/** Streaming minimum, maximum and mean: three numbers whatever the length of the column. */
export class NumericSummary {
  count = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  private sum = 0;

  add(value: number): void {
    this.count++;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  get mean(): number | null {
    return this.count === 0 ? null : this.sum / this.count;
  }
}
