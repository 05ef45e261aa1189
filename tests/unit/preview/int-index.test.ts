import { describe, expect, it } from 'vitest';
import { IntIndex } from '../../../lib/preview/accumulators/int-index';

describe('IntIndex', () => {
  it('agrees with a Map through adds and deletes that collide, wrap around and refill', () => {
    const index = new IntIndex(64);
    const model = new Map<number, number>();
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 1;
      return seed;
    };
    // Few distinct keys, so that runs form, deletes move entries back, and keys come back after deletion.
    const disagreements: string[] = [];
    for (let step = 0; step < 5_000; step++) {
      const key = next() % 200;
      if (model.has(key) && next() % 2 === 0) {
        index.delete(key);
        model.delete(key);
      } else if (!model.has(key)) {
        const value = next() % 1000;
        if (index.add(key, value) !== model.size < 64) disagreements.push(`add ${key} at ${step}`);
        if (model.size < 64) model.set(key, value);
      }
      if (index.size !== model.size) disagreements.push(`size at ${step}`);
      const probe = next() % 200;
      if (index.get(probe) !== (model.get(probe) ?? -1)) disagreements.push(`get ${probe} at ${step}`);
    }
    expect(disagreements).toEqual([]);
    expect(model.size).toBeGreaterThan(32);
    for (const [key, value] of model) expect(index.get(key)).toBe(value);
  });

  it('takes keys up to 2^31 - 1, and deleting an absent key changes nothing', () => {
    const index = new IntIndex(4);
    expect(index.add(0x7fffffff, 3)).toBe(true);
    expect(index.add(0, 1)).toBe(true);
    index.delete(12345);
    expect(index.get(0x7fffffff)).toBe(3);
    expect(index.get(0)).toBe(1);
    expect(index.size).toBe(2);
  });
});
