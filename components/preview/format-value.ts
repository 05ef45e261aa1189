import { formatDate, formatNumber, type Lang } from '../../lib/i18n';
import type { Column } from '../../lib/preview/types';
import { parseNumber } from '../../lib/preview/values';

export const isNumeric = (column: Pick<Column, 'type'>) => column.type === 'integer' || column.type === 'decimal';
export const isTemporal = (column: Pick<Column, 'type'>) => column.type === 'date' || column.type === 'datetime';

/** A cell of a numeric column in the reader's convention (1 234,5 / 1,234.5); other cells as the file has them. */
export function formatCell(raw: string, column: Column, lang: Lang): string {
  if (!isNumeric(column)) return raw;
  const value = parseNumber(raw, column.decimalSeparator ?? '.');
  return value === null ? raw : formatNumber(value, lang, { maximumFractionDigits: 20 });
}

/** A profile's min or max: numbers formatted, ISO dates as a reader writes them. */
export function formatStat(value: number | string | null, lang: Lang): string | null {
  if (value === null) return null;
  if (typeof value === 'number') return formatNumber(value, lang, { maximumFractionDigits: 4 });
  return formatDate(value, lang) ?? value;
}
