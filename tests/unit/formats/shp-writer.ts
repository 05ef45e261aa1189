/** Builds small zipped shapefiles in memory for the tests: polygons or lines in any coordinates, a one-field `.dbf`. */
import { writeZip } from '../../fixtures/formats/zip-writer';

const enc = new TextEncoder();

/** A `.shp` of PolyLine (3) or Polygon (5) records, one per shape, each shape a list of parts of [x, y] points. */
export function polyShp(type: 3 | 5, shapes: [number, number][][][]): Uint8Array {
  const sizes = shapes.map((parts) => 44 + parts.length * 4 + parts.reduce((n, p) => n + p.length, 0) * 16);
  const shp = new Uint8Array(100 + sizes.reduce((n, s) => n + 8 + s, 0));
  const v = new DataView(shp.buffer);
  v.setInt32(0, 9994, false);
  v.setInt32(24, shp.length / 2, false);
  v.setInt32(28, 1000, true);
  v.setInt32(32, type, true);
  const all = shapes.flat(2);
  const box = [
    Math.min(...all.map((p) => p[0])),
    Math.min(...all.map((p) => p[1])),
    Math.max(...all.map((p) => p[0])),
    Math.max(...all.map((p) => p[1])),
  ];
  for (const [i, n] of box.entries()) v.setFloat64(36 + i * 8, n, true);
  let at = 100;
  shapes.forEach((parts, k) => {
    v.setInt32(at, k + 1, false);
    v.setInt32(at + 4, sizes[k]! / 2, false);
    const c = at + 8;
    v.setInt32(c, type, true);
    v.setInt32(c + 36, parts.length, true);
    v.setInt32(
      c + 40,
      parts.reduce((n, p) => n + p.length, 0),
      true,
    );
    let index = 0;
    parts.forEach((part, i) => {
      v.setInt32(c + 44 + i * 4, index, true);
      index += part.length;
    });
    let p = c + 44 + parts.length * 4;
    for (const [x, y] of parts.flat()) {
      v.setFloat64(p, x, true);
      v.setFloat64(p + 8, y, true);
      p += 16;
    }
    at = c + sizes[k]!;
  });
  return shp;
}

/** A dBASE III table of one character field NOM. */
export function namesDbf(names: string[]): Uint8Array {
  const headerLength = 32 + 32 + 1;
  const recordLength = 1 + 20;
  const dbf = new Uint8Array(headerLength + names.length * recordLength + 1).fill(0x20);
  const d = new DataView(dbf.buffer);
  dbf.fill(0, 0, headerLength);
  dbf[0] = 0x03;
  d.setUint32(4, names.length, true);
  d.setUint16(8, headerLength, true);
  d.setUint16(10, recordLength, true);
  dbf.set(enc.encode('NOM'), 32);
  dbf[32 + 11] = 'C'.charCodeAt(0);
  dbf[32 + 16] = 20;
  dbf[headerLength - 1] = 0x0d;
  names.forEach((name, i) => {
    dbf.set(enc.encode(name.padEnd(20).slice(0, 20)), headerLength + i * recordLength + 1);
  });
  dbf[dbf.length - 1] = 0x1a;
  return dbf;
}

export function zippedShapefile(shp: Uint8Array, dbf: Uint8Array, prj: string | null): Uint8Array {
  return writeZip([
    { name: 'zones.shp', data: shp },
    { name: 'zones.dbf', data: dbf },
    { name: 'zones.cpg', data: enc.encode('UTF-8') },
    ...(prj ? [{ name: 'zones.prj', data: enc.encode(prj) }] : []),
  ]);
}

export const LAMBERT_93_PRJ =
  'PROJCS["RGF93_Lambert_93",GEOGCS["GCS_RGF_1993",DATUM["D_RGF_1993",SPHEROID["GRS_1980",6378137.0,298.257222101]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],' +
  'PARAMETER["False_Easting",700000.0],PARAMETER["False_Northing",6600000.0],PARAMETER["Central_Meridian",3.0],' +
  'PARAMETER["Standard_Parallel_1",49.0],PARAMETER["Standard_Parallel_2",44.0],PARAMETER["Latitude_Of_Origin",46.5],' +
  'UNIT["Meter",1.0]]';
