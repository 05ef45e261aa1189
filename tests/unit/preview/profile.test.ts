import { describe, expect, it } from 'vitest';
import { profileSample } from '../../../lib/preview/profile';
import { ColumnProfileSchema } from '../../../lib/preview/types';

const sum = (bins: { count: number }[]) => bins.reduce((s, b) => s + b.count, 0);

describe('profileSample', () => {
  it('reads decimal commas as numbers: min, max, mean and a histogram over the non-missing cells', () => {
    const values = ['12,5', '3,25', '', 'NA', '100', '12,5', '47,75'];
    const profile = profileSample(values, { type: 'decimal', format: null, decimalSeparator: ',' });
    expect(ColumnProfileSchema.parse(profile)).toEqual(profile);
    expect(profile).toMatchObject({
      count: 7,
      missing: 2,
      distinct: 4,
      distinctApproximate: false,
      min: 3.25,
      max: 100,
    });
    expect(profile.mean).toBeCloseTo((12.5 + 3.25 + 100 + 12.5 + 47.75) / 5, 10);
    expect(profile.top[0]).toEqual({ value: '12,5', count: 2 });
    expect(sum(profile.histogram)).toBe(5);
    expect(profile.histogram.every((b) => typeof b.from === 'number' && typeof b.to === 'number')).toBe(true);
    expect(profile.histogram.length).toBeLessThanOrEqual(20);
  });

  it('gives dates ISO min and max and calendar bins', () => {
    const values = ['05/10/2023', '01/02/2021', '31/12/2024', '', '01/02/2021'];
    const profile = profileSample(values, { type: 'date', format: null, decimalSeparator: null });
    expect(profile).toMatchObject({ missing: 1, distinct: 3, min: '2021-02-01', max: '2024-12-31', mean: null });
    // Four years fit in 16 quarters: the finest calendar step with at most 20 bars.
    const labels = profile.histogram.map((b) => b.label);
    expect(labels).toHaveLength(16);
    expect(labels[0]).toBe('2021-01–2021-03');
    expect(labels.at(-1)).toBe('2024-10–2024-12');
    expect(sum(profile.histogram)).toBe(4);
  });

  it('keeps codes as text: leading zeros, no min/max, top values as bars', () => {
    const values = ['01053', '2A004', '01053', '07186', '01053', '2A004'];
    const profile = profileSample(values, { type: 'text', format: 'code_commune_insee', decimalSeparator: null });
    expect(profile).toMatchObject({ min: null, max: null, mean: null, distinct: 3 });
    expect(profile.top).toEqual([
      { value: '01053', count: 3 },
      { value: '2A004', count: 2 },
      { value: '07186', count: 1 },
    ]);
    expect(profile.histogram).toEqual([
      { label: '01053', count: 3 },
      { label: '2A004', count: 2 },
      { label: '07186', count: 1 },
    ]);
  });

  it('lists at most 10 top values, most frequent first', () => {
    const values = Array.from({ length: 30 }, (_, i) => `v${i % 15}`).concat(['v3', 'v3', 'v7']);
    const profile = profileSample(values, { type: 'text', format: null, decimalSeparator: null });
    expect(profile.top).toHaveLength(10);
    expect(profile.top[0]).toEqual({ value: 'v3', count: 4 });
    expect(profile.top[1]).toEqual({ value: 'v7', count: 3 });
    expect(profile.distinct).toBe(15);
  });

  it('draws booleans as their values and counts a cell that does not parse in top values only', () => {
    const bools = profileSample(['oui', 'non', 'oui', ''], { type: 'boolean', format: null, decimalSeparator: null });
    expect(bools.histogram).toEqual([
      { label: 'oui', count: 2 },
      { label: 'non', count: 1 },
    ]);
    const ints = profileSample(['1', '2', 'inconnu', '3'], { type: 'integer', format: null, decimalSeparator: null });
    expect(ints).toMatchObject({ min: 1, max: 3, mean: 2 });
    expect(sum(ints.histogram)).toBe(3);
    expect(ints.top.map((t) => t.value)).toContain('inconnu');
  });

  it('profiles an empty column', () => {
    const profile = profileSample(['', '', 'NA'], { type: 'empty', format: null, decimalSeparator: null });
    expect(profile).toEqual({
      count: 3,
      missing: 3,
      distinct: 0,
      distinctApproximate: false,
      min: null,
      max: null,
      mean: null,
      top: [],
      histogram: [],
    });
  });
});
