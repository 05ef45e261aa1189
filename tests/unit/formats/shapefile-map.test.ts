import { describe, expect, it } from 'vitest';
import { memoryByteReader } from '../../../lib/preview/formats/byte-reader';
import { GeoCollector } from '../../../lib/preview/formats/geo';
import { previewFile } from '../../../lib/preview/formats/preview-file';
import { inverseFromPrj } from '../../../lib/preview/formats/projection';
import { readShpRecords } from '../../../lib/preview/formats/shapefile';
import { formatFixture } from './helpers';
import { LAMBERT_93_PRJ, namesDbf, polyShp, zippedShapefile } from './shp-writer';

/**
 * IGN's own Lambert 93 inverse with its published constants (n, C, Ys; IGN NTG_71, ALG0004), an oracle independent
 * of the WKT-driven code under test, which derives them from the parallels.
 */
function ignLambert93(x: number, y: number): [number, number] {
  const n = 0.725607765053267;
  const C = 11_754_255.426096;
  const [xs, ys] = [700_000, 12_655_612.049876];
  const e = 0.0818191910428158;
  const R = Math.hypot(x - xs, y - ys);
  const gamma = Math.atan((x - xs) / (ys - y));
  const latiso = Math.log(C / R) / n;
  let phi = 2 * Math.atan(Math.exp(latiso)) - Math.PI / 2;
  for (let i = 0; i < 10; i++) {
    phi =
      2 * Math.atan(((1 + e * Math.sin(phi)) / (1 - e * Math.sin(phi))) ** (e / 2) * Math.exp(latiso)) - Math.PI / 2;
  }
  return [((3 * Math.PI) / 180 + gamma / n) * (180 / Math.PI), phi * (180 / Math.PI)];
}

const read = async (bytes: Uint8Array, budget = 1_048_576) => {
  const r = await previewFile(memoryByteReader(bytes, { budget }), { name: 'zones.zip' });
  if (!r.ok) throw new Error(`${r.error.messageKey} ${r.error.detail}`);
  if (r.value.format !== 'shapefile') throw new Error(r.value.format);
  return r.value;
};

/** Squares of `side` metres in Lambert 93 around Saint-Étienne (about 808 000, 6 480 000). */
const squares = (count: number, side = 1000): [number, number][][][] =>
  Array.from({ length: count }, (_, i) => {
    const [x, y] = [800_000 + (i % 40) * side * 2, 6_470_000 + Math.floor(i / 40) * side * 2];
    return [
      [
        [x, y],
        [x + side, y],
        [x + side, y + side],
        [x, y + side],
        [x, y],
      ],
    ];
  });

describe('shapefile coordinates back to degrees', () => {
  const l93 = inverseFromPrj(LAMBERT_93_PRJ);

  it('inverts Lambert 93 from the .prj as IGN does', () => {
    if (!l93) throw new Error('no inverse');
    expect(l93(700_000, 6_600_000)).toEqual([3, expect.closeTo(46.5, 9)]);
    for (const [x, y] of [
      [651_781.13, 6_862_214.34],
      [892_400, 6_247_500],
      [352_228.18, 6_691_700.36],
    ] as const) {
      const [lon, lat] = l93(x, y);
      const [ignLon, ignLat] = ignLambert93(x, y);
      expect(lon).toBeCloseTo(ignLon, 7);
      expect(lat).toBeCloseTo(ignLat, 7);
    }
    const [lon, lat] = l93(651_781.13, 6_862_214.34);
    expect([Math.round(lon * 100) / 100, Math.round(lat * 100) / 100]).toEqual([2.34, 48.86]);
  });

  it('inverts Web Mercator, and refuses projections it does not read rather than drawing them wrong', () => {
    const merc = inverseFromPrj(
      'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]],PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],UNIT["Meter",1.0]]',
    );
    expect(merc?.(20_037_508.342789244, 0)).toEqual([expect.closeTo(180, 6), 0]);
    expect(merc?.(0, 5_621_521.486)?.[1]).toBeCloseTo(45, 4);
    expect(inverseFromPrj('PROJCS["WGS_1984_UTM_Zone_31N",PROJECTION["Transverse_Mercator"]]')).toBeNull();
    expect(inverseFromPrj('GEOGCS["GCS_WGS_1984"]')).toBeNull();
    expect(inverseFromPrj(null)).toBeNull();
    expect(inverseFromPrj('PROJCS["x",PROJECTION["Lambert_Conformal_Conic"]]')).toBeNull();
  });
});

describe('zipped shapefile map', () => {
  it('draws the points of a shapefile in degrees', async () => {
    const p = await read(formatFixture('villes-shp.zip'));
    expect(p.map?.shapes.map((s) => [s.kind, s.parts])).toEqual([
      ['point', [[4.3872, 45.4397]]],
      ['point', [[5.3698, 43.2965]]],
      ['point', [[2.3522, 48.8566]]],
    ]);
  });

  it('draws Lambert 93 polygons in degrees, with their extent from the records', async () => {
    const p = await read(zippedShapefile(polyShp(5, squares(3)), namesDbf(['a', 'b', 'c']), LAMBERT_93_PRJ));
    expect(p.geo.features).toBe(3);
    expect(p.geo.geometryTypes).toEqual(['Polygon']);
    expect(p.extent).toEqual([800_000, 6_470_000, 805_000, 6_471_000]);
    expect(p.map?.shapes).toHaveLength(3);
    expect(p.map?.shapes.every((s) => s.kind === 'polygon' && s.parts[0]?.length === 10)).toBe(true);
    const [minLon, minLat, maxLon, maxLat] = p.geo.bbox ?? [];
    const [cornerLon, cornerLat] = ignLambert93(800_000, 6_470_000);
    expect(minLon).toBeCloseTo(cornerLon, 3);
    // The parallels curve: the lowest latitude is at the east corner, a little south of the west one.
    expect(minLat).toBeCloseTo(cornerLat, 2);
    expect(minLat).toBeLessThanOrEqual(cornerLat);
    expect(maxLon! - minLon!).toBeGreaterThan(0.05);
    expect(maxLat! - minLat!).toBeGreaterThan(0.005);
  });

  it('reads the records that fit the budget and takes the whole extent from the header', async () => {
    const count = 2000;
    const shp = polyShp(3, squares(count));
    const p = await read(
      zippedShapefile(shp, namesDbf(Array.from({ length: count }, (_, i) => `z${i}`)), LAMBERT_93_PRJ),
      64 * 1024,
    );
    const drawn = p.map?.shapes.length ?? 0;
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(count);
    expect(p.geo.features).toBe(count);
    const whole = await read(
      zippedShapefile(shp, namesDbf(Array.from({ length: count }, (_, i) => `z${i}`)), LAMBERT_93_PRJ),
    );
    expect(whole.map?.shapes).toHaveLength(count);
    // The header's extent, sampled along its edges, holds every record's box.
    const [a, b, c, d] = p.geo.bbox ?? [];
    const [w, x, y, z] = whole.geo.bbox ?? [];
    expect(a).toBeLessThanOrEqual(w! + 1e-9);
    expect(b).toBeLessThanOrEqual(x! + 1e-9);
    expect(c).toBeGreaterThanOrEqual(y! - 1e-9);
    expect(d).toBeGreaterThanOrEqual(z! - 1e-9);
  });

  it('shows no map and no degrees for a projection it does not read, and the extent in the file’s own units', async () => {
    const p = await read(zippedShapefile(polyShp(5, squares(2)), namesDbf(['a', 'b']), null));
    expect(p.map).toBeNull();
    expect(p.geo.bbox).toBeNull();
    expect(p.extent).toEqual([800_000, 6_470_000, 803_000, 6_471_000]);
  });

  it('stops at a record claiming more points than it holds', () => {
    const shp = polyShp(5, squares(2));
    new DataView(shp.buffer).setInt32(100 + 8 + 40, 0x7fffffff, true);
    const collector = new GeoCollector();
    expect(readShpRecords(shp, (x, y) => [x / 1e5, y / 1e6], collector)).toBe(false);
    expect(collector.map()).toBeNull();
    expect(readShpRecords(shp.subarray(0, 150), (x, y) => [x, y], new GeoCollector())).toBe(false);
  });
});
