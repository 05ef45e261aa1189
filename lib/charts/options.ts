import { z } from 'zod';

export const ChartKindSchema = z.enum(['bar', 'histogram', 'time', 'map']);
export type ChartKind = z.infer<typeof ChartKindSchema>;

export const AggregationSchema = z.enum(['count', 'sum', 'mean']);
export type Aggregation = z.infer<typeof AggregationSchema>;

/** Most bars a chart draws: past this, labels no longer fit the picture. */
export const MAX_TOP = 50;

/** The user's choices; the kind defaults to what the x column's type suggests. */
export const ChartOptionsSchema = z.object({
  kind: ChartKindSchema.optional(),
  /** The column the chart is about: categories, numbers, dates, or (map) latitude or longitude. */
  x: z.string(),
  /** The column summed or averaged; required by `sum` and `mean`. */
  y: z.string().optional(),
  agg: AggregationSchema.default('count'),
  /** Bars of a bar chart, the most frequent or largest first. */
  top: z.number().int().min(1).max(MAX_TOP).default(10),
  /** Replaces the generated title. */
  title: z.string().max(200).optional(),
});
export type ChartOptions = z.infer<typeof ChartOptionsSchema>;
export type ChartOptionsInput = z.input<typeof ChartOptionsSchema>;
