import type { Column } from '../preview/types';
import type { ChartKind } from './options';

const isNumber = (c: Column) => c.type === 'integer' || c.type === 'decimal';
const isDate = (c: Column) => c.type === 'date' || c.type === 'datetime' || c.format === 'year';

const LAT = /^(lat|latitude|y_?lat|lat_?y|coord_?lat)$/i;
const LON = /^(lon|lng|long|longitude|x_?lon|lon_?x|coord_?lon)$/i;

/** The latitude and longitude columns, by detected format first, else by their usual names. */
export function coordinateColumns(columns: readonly Column[]): { lat: Column; lon: Column } | null {
  const lat = columns.find((c) => c.format === 'latitude') ?? columns.find((c) => LAT.test(c.name.trim()));
  const lon = columns.find((c) => c.format === 'longitude') ?? columns.find((c) => LON.test(c.name.trim()));
  return lat && lon && lat !== lon ? { lat, lon } : null;
}

/** Numbers that can be summed or averaged: a code or a year is a number only in its spelling. */
export function isMeasure(column: Column): boolean {
  return isNumber(column) && column.format === null;
}

/** The charts a column can be drawn as, the one its type suggests first. */
export function kindsFor(column: Column, columns: readonly Column[]): ChartKind[] {
  const kinds: ChartKind[] = [];
  if (isDate(column)) kinds.push('time');
  if (isMeasure(column)) kinds.push('histogram');
  kinds.push('bar');
  const coords = coordinateColumns(columns);
  if (coords && (coords.lat === column || coords.lon === column)) kinds.unshift('map');
  return kinds;
}

/**
 * A first chart worth showing: a text column whose values repeat (a category) beats an identifier or a free
 * text; then a date, then a number.
 */
export function suggestColumn(columns: readonly Column[], rows: readonly (readonly string[])[] = []): Column | null {
  const usable = columns.filter((c) => c.type !== 'empty');
  const repeated = usable.find((c) => {
    if (c.type !== 'text' || c.format !== null) return false;
    const i = columns.indexOf(c);
    const distinct = c.profile?.distinct ?? new Set(rows.map((r) => r[i] ?? '')).size;
    const count = c.profile?.count ?? rows.length;
    return distinct > 1 && distinct <= Math.max(2, count / 2);
  });
  return repeated ?? usable.find(isDate) ?? usable.find(isMeasure) ?? usable[0] ?? null;
}
