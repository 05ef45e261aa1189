import type { ChartSource } from '../../../lib/charts/aggregate';
import type { Column } from '../../../lib/preview/types';

export const col = (name: string, type: Column['type'], extra: Partial<Column> = {}): Column => ({
  name,
  type,
  format: null,
  decimalSeparator: type === 'decimal' ? '.' : null,
  ...extra,
});

export const COLUMNS: Column[] = [
  col('region', 'text'),
  col('population', 'integer'),
  col('surface', 'decimal', { decimalSeparator: ',' }),
  col('date_maj', 'date'),
  col('latitude', 'decimal', { format: 'latitude' }),
  col('longitude', 'decimal', { format: 'longitude' }),
];

/** Ten rows: Bretagne ×4, Normandie ×3, Occitanie ×2, one row without a region. */
export const ROWS: string[][] = [
  ['Bretagne', '100', '1,5', '2024-01-15', '48.1', '-1.6'],
  ['Bretagne', '200', '2,5', '2024-01-20', '48.2', '-1.7'],
  ['Bretagne', '300', '3,5', '2024-03-02', '48.3', '-1.8'],
  ['Bretagne', '400', '4,5', '2024-03-09', '48.4', '-1.9'],
  ['Normandie', '10', '0,5', '2024-02-01', '49.4', '1.1'],
  ['Normandie', '20', '', '2024-02-11', '49.5', '1.2'],
  ['Normandie', '30', '1', '2024-04-30', '49.6', '1.3'],
  ['Occitanie', '5', '7', '2024-04-01', '43.6', '1.4'],
  ['Occitanie', 'n/a', '8', '2024-04-02', '43.7', '1.5'],
  ['', '1', '9', '2024-04-03', '', ''],
];

export const source = (over: Partial<ChartSource> = {}): ChartSource => ({
  columns: COLUMNS,
  rows: ROWS,
  totalRows: null,
  truncated: false,
  ...over,
});
