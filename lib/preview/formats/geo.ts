import type { BBox, GeoSummary, MapData, MapShape } from './types';

/** Coordinates kept for the map at most; past this, shapes are counted but not drawn. */
export const MAX_MAP_VERTICES = 200_000;

/** Builds a bounding box, the geometry types seen and the shapes to draw, one geometry at a time. */
export class GeoCollector {
  private minLon = Infinity;
  private minLat = Infinity;
  private maxLon = -Infinity;
  private maxLat = -Infinity;
  private readonly types = new Set<string>();
  private readonly shapes: MapShape[] = [];
  private vertices = 0;
  private capped = false;
  features = 0;

  /** Widens the box by a point; coordinates out of the WGS84 range are kept out of it. */
  extend(lon: number, lat: number): boolean {
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) return false;
    if (lon < this.minLon) this.minLon = lon;
    if (lon > this.maxLon) this.maxLon = lon;
    if (lat < this.minLat) this.minLat = lat;
    if (lat > this.maxLat) this.maxLat = lat;
    return true;
  }

  /** A box known from a header (a shapefile's, a PMTiles'), without shapes. */
  extendBox(box: BBox): void {
    this.extend(box[0], box[1]);
    this.extend(box[2], box[3]);
  }

  addType(type: string): void {
    this.types.add(type);
  }

  /** A shape; its parts are flat [lon, lat, …] arrays already checked by `extend`. */
  addShape(kind: MapShape['kind'], parts: number[][]): void {
    const count = parts.reduce((n, p) => n + p.length / 2, 0);
    if (this.capped || this.vertices + count > MAX_MAP_VERTICES) {
      this.capped = true;
      return;
    }
    this.vertices += count;
    this.shapes.push({ kind, parts });
  }

  summary(complete: boolean): GeoSummary {
    const bbox: BBox | null = Number.isFinite(this.minLon)
      ? [this.minLon, this.minLat, this.maxLon, this.maxLat]
      : null;
    return { features: this.features, complete, bbox, geometryTypes: [...this.types].sort() };
  }

  map(): MapData | null {
    return this.shapes.length ? { shapes: this.shapes, vertices: this.vertices, capped: this.capped } : null;
  }
}
