import type { BBox, MapData } from './types';

export interface ProjectedMap {
  width: number;
  height: number;
  /** SVG path data per shape, with its kind for styling. */
  paths: { kind: 'line' | 'polygon'; d: string }[];
  points: [number, number][];
}

/**
 * Equirectangular projection with x scaled by the cosine of the middle latitude, coordinates rounded to whole
 * pixels: enough for a thumbnail of a region, and unlike spherical projections it never fills the globe when
 * a ring is wound the RFC 7946 way.
 */
export function projectMap(map: MapData, bbox: BBox, maxWidth: number, maxHeight: number): ProjectedMap {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * k, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const margin = 4;
  const scale = Math.min((maxWidth - 2 * margin) / spanX, (maxHeight - 2 * margin) / spanY);
  const width = Math.round(spanX * scale + 2 * margin);
  const height = Math.round(spanY * scale + 2 * margin);
  const x = (lon: number) => Math.round(margin + (lon - minLon) * k * scale);
  const y = (lat: number) => Math.round(margin + (maxLat - lat) * scale);
  const paths: ProjectedMap['paths'] = [];
  const points: [number, number][] = [];
  for (const shape of map.shapes) {
    if (shape.kind === 'point') {
      for (const p of shape.parts) points.push([x(p[0]!), y(p[1]!)]);
      continue;
    }
    let d = '';
    for (const part of shape.parts) {
      if (part.length < 4) continue;
      let prev = '';
      for (let i = 0; i < part.length; i += 2) {
        const xy = `${x(part[i]!)} ${y(part[i + 1]!)}`;
        // Consecutive vertices on the same pixel add nothing but weight.
        if (xy === prev) continue;
        d += `${prev === '' ? 'M' : 'L'}${xy}`;
        prev = xy;
      }
      if (shape.kind === 'polygon') d += 'Z';
    }
    if (d) paths.push({ kind: shape.kind, d });
  }
  return { width, height, paths, points };
}
