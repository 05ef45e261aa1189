import { describe, expect, it } from 'vitest';
import { frequencyDays, freshness } from '../../../lib/glance/freshness';

const NOW = new Date('2025-06-30T12:00:00Z');

describe('frequencyDays', () => {
  it.each([
    ['daily', 1],
    ['weekly', 7],
    ['monthly', 30],
    ['quarterly', 91],
    ['annual', 365],
    ['threeTimesAWeek', 7 / 3],
    ['http://publications.europa.eu/resource/authority/frequency/ANNUAL', 365],
    ['R/P1M', 30],
    ['R/P1Y', 365],
    ['P2W', 14],
    ['R/PT6H', 0.25],
    ['Mensuelle', 30],
    ['annuelle', 365],
  ])('%s → %d days', (name, days) => {
    expect(frequencyDays(name)).toBeCloseTo(days, 5);
  });

  it.each([['irregular'], ['punctual'], ['unknown'], [''], [null], ['P'], ['R/P0D'], ['whenever']])(
    '%j promises no period',
    (name) => {
      expect(frequencyDays(name)).toBeNull();
    },
  );
});

describe('freshness', () => {
  it('is on time within the period and half a period of grace, late after', () => {
    expect(freshness('2025-05-21T00:00:00Z', 'monthly', NOW)).toEqual({
      status: 'fresh',
      expectedDays: 30,
      ageDays: 40,
    });
    expect(freshness('2025-05-10T00:00:00Z', 'monthly', NOW)).toEqual({
      status: 'late',
      expectedDays: 30,
      ageDays: 51,
    });
  });

  it('gives a daily file two days of grace', () => {
    expect(freshness('2025-06-28T13:00:00Z', 'daily', NOW).status).toBe('fresh');
    expect(freshness('2025-06-26T12:00:00Z', 'daily', NOW).status).toBe('late');
  });

  it('gives the age alone when no frequency is declared, and nothing without a date', () => {
    expect(freshness('2025-06-20T12:00:00Z', null, NOW)).toEqual({ status: 'undeclared', ageDays: 10 });
    expect(freshness('2025-06-20T12:00:00Z', 'irregular', NOW)).toEqual({ status: 'undeclared', ageDays: 10 });
    expect(freshness(null, 'daily', NOW)).toEqual({ status: 'unknown' });
    expect(freshness('not a date', 'daily', NOW)).toEqual({ status: 'unknown' });
  });

  it('never gives a negative age for a date in the future', () => {
    expect(freshness('2025-07-30T00:00:00Z', 'monthly', NOW)).toMatchObject({ status: 'fresh', ageDays: 0 });
  });
});
