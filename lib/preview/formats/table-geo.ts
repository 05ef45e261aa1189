import type { Column } from '../types';
import { parseNumber } from '../values';
import { GeoCollector } from './geo';
import type { GeoSummary, MapData } from './types';

/**
 * Points from a table whose columns were typed as latitude and longitude (the CSV inference's formats), so that a
 * CSV of places gets the same map as a GeoJSON. Null when the table has no such pair.
 */
export function pointsFromTable(
  columns: readonly Column[],
  rows: readonly string[][],
  complete: boolean,
): { geo: GeoSummary; map: MapData | null } | null {
  const lat = columns.findIndex((c) => c.format === 'latitude');
  const lon = columns.findIndex((c) => c.format === 'longitude');
  if (lat < 0 || lon < 0) return null;
  const sepOf = (i: number) => columns[i]!.decimalSeparator ?? '.';
  const collector = new GeoCollector();
  collector.addType('Point');
  for (const row of rows) {
    const y = parseNumber(row[lat] ?? '', sepOf(lat));
    const x = parseNumber(row[lon] ?? '', sepOf(lon));
    if (x === null || y === null || !collector.extend(x, y)) continue;
    collector.features++;
    collector.addShape('point', [[x, y]]);
  }
  if (collector.features === 0) return null;
  return { geo: collector.summary(complete), map: collector.map() };
}
