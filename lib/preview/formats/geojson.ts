import { GeoCollector } from './geo';
import { type JsonValue, LosslessNumber } from './json-parse';
import { objectsTable } from './json-view';
import type { GeoSummary, MapData, Table } from './types';

type Obj = { [k: string]: JsonValue };

const isObject = (v: JsonValue | undefined): v is Obj =>
  v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v) && !(v instanceof LosslessNumber);

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/** Whether a parsed JSON value is GeoJSON (RFC 7946): a feature collection, a feature or a geometry. */
export function isGeoJson(value: JsonValue | undefined): value is Obj {
  if (!isObject(value) || typeof value.type !== 'string') return false;
  return value.type === 'FeatureCollection' || value.type === 'Feature' || GEOMETRY_TYPES.has(value.type);
}

/** A position's longitude and latitude, or null; checked, never trusted. */
function position(v: JsonValue, collector: GeoCollector): [number, number] | null {
  if (!Array.isArray(v) || typeof v[0] !== 'number' || typeof v[1] !== 'number') return null;
  return collector.extend(v[0], v[1]) ? [v[0], v[1]] : null;
}

/** A line or ring as a flat [lon, lat, …] array of its valid positions. */
function path(v: JsonValue, collector: GeoCollector): number[] {
  const out: number[] = [];
  if (!Array.isArray(v)) return out;
  for (const p of v) {
    const xy = position(p, collector);
    if (xy) out.push(xy[0], xy[1]);
  }
  return out;
}

const list = (v: JsonValue | undefined): JsonValue[] => (Array.isArray(v) ? v : []);

/** Geometry collections nest; deeper than this is hostile, not geography. */
const MAX_COLLECTION_DEPTH = 8;

function addGeometry(g: JsonValue | undefined, collector: GeoCollector, depth = 0): void {
  if (!isObject(g) || typeof g.type !== 'string' || !GEOMETRY_TYPES.has(g.type)) return;
  collector.addType(g.type);
  const c = g.coordinates;
  switch (g.type) {
    case 'Point': {
      const xy = c === undefined ? null : position(c, collector);
      if (xy) collector.addShape('point', [xy]);
      break;
    }
    case 'MultiPoint':
      for (const p of list(c)) {
        const xy = position(p, collector);
        if (xy) collector.addShape('point', [xy]);
      }
      break;
    case 'LineString':
      collector.addShape('line', [path(c ?? null, collector)]);
      break;
    case 'MultiLineString':
      collector.addShape(
        'line',
        list(c).map((l) => path(l, collector)),
      );
      break;
    case 'Polygon':
      collector.addShape(
        'polygon',
        list(c).map((r) => path(r, collector)),
      );
      break;
    case 'MultiPolygon':
      for (const poly of list(c))
        collector.addShape(
          'polygon',
          list(poly).map((r) => path(r, collector)),
        );
      break;
    case 'GeometryCollection':
      if (depth < MAX_COLLECTION_DEPTH)
        for (const child of list(g.geometries)) addGeometry(child, collector, depth + 1);
      break;
  }
}

export interface GeoJsonView {
  geo: GeoSummary;
  map: MapData | null;
  table: Table | null;
}

/** Counts, geometry types, extent, shapes and the properties table of GeoJSON read whole or in part. */
export function readGeoJson(
  value: Obj,
  incomplete: ReadonlySet<object>,
  options: { complete: boolean; rowsShown: number },
): GeoJsonView {
  const collector = new GeoCollector();
  let features: Obj[];
  if (value.type === 'FeatureCollection') {
    features = list(value.features).filter((f): f is Obj => isObject(f) && !incomplete.has(f));
  } else if (value.type === 'Feature') {
    features = [value];
  } else {
    features = [{ type: 'Feature', geometry: value, properties: null } as Obj];
  }
  for (const f of features) {
    collector.features++;
    addGeometry(f.geometry, collector);
  }
  const properties = features.map((f) => (isObject(f.properties) ? f.properties : ({} as Obj)));
  const hasProperties = properties.some((p) => Object.keys(p).length > 0);
  return {
    geo: collector.summary(options.complete),
    map: collector.map(),
    table: hasProperties
      ? objectsTable(properties, { rowCount: options.complete ? features.length : null, rowsShown: options.rowsShown })
      : null,
  };
}
