import { z } from 'zod';

/**
 * A number in an accumulator's state: empty minimums and maximums are ±Infinity, which Zod's `z.number()`
 * refuses; NaN is never a state.
 */
export const anyNumber = z.custom<number>((value) => typeof value === 'number' && !Number.isNaN(value));
