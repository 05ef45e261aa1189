import { fail, failure, ok, type Result } from '../../model/failure';
import { DEFAULT_PREVIEW_ROWS } from '../csv-preview';
import { type TextDecoderLike, textDecoder } from '../text-decoder';
import type { ByteReader } from './byte-reader';
import { GeoCollector } from './geo';
import { cleanName } from './names';
import { inverseFromPrj, type ToLonLat } from './projection';
import { tableFrom } from './table';
import type { BBox, FilePreviewOf } from './types';
import { readEntry, type ZipEntryRecord } from './zip';

const SHAPE_TYPES: Record<number, string> = {
  0: 'Null',
  1: 'Point',
  3: 'PolyLine',
  5: 'Polygon',
  8: 'MultiPoint',
  11: 'PointZ',
  13: 'PolyLineZ',
  15: 'PolygonZ',
  18: 'MultiPointZ',
  21: 'PointM',
  23: 'PolyLineM',
  25: 'PolygonM',
  28: 'MultiPointM',
  31: 'MultiPatch',
};

/** The 100-byte `.shp` header: shape type and extent, in the file's own coordinates. */
export function readShpHeader(bytes: Uint8Array): { shapeType: string; extent: BBox } | null {
  if (bytes.length < 100) return null;
  const v = new DataView(bytes.buffer, bytes.byteOffset, 100);
  if (v.getInt32(0, false) !== 9994) return null;
  const extent: BBox = [v.getFloat64(36, true), v.getFloat64(44, true), v.getFloat64(52, true), v.getFloat64(60, true)];
  return { shapeType: SHAPE_TYPES[v.getInt32(32, true)] ?? 'unknown', extent };
}

/** Shape type codes by geometry family; the Z and M variants put their extra values after x/y, which are read alone. */
const POINT = new Set([1, 11, 21]);
const MULTIPOINT = new Set([8, 18, 28]);
const POLYLINE = new Set([3, 13, 23]);
const POLYGON = new Set([5, 15, 25]);

/**
 * The `.shp` records in `bytes` (the whole file or its first part), drawn into `collector` after `toLonLat`:
 * points, lines and polygon rings. A record cut by the end of the bytes, or claiming more points than it holds,
 * ends the reading; only the counts it states are trusted, never beyond its own length. Returns whether every
 * record was read.
 */
export function readShpRecords(bytes: Uint8Array, toLonLat: ToLonLat, collector: GeoCollector): boolean {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fileEnd = Math.min(bytes.length, bytes.length >= 28 ? v.getInt32(24, false) * 2 : 0);
  const point = (at: number): [number, number] | null => {
    const [lon, lat] = toLonLat(v.getFloat64(at, true), v.getFloat64(at + 8, true));
    return collector.extend(lon, lat) ? [lon, lat] : null;
  };
  let at = 100;
  while (at + 8 <= bytes.length) {
    const length = v.getInt32(at + 4, false) * 2;
    const start = at + 8;
    const end = start + length;
    if (length < 4 || end > bytes.length) return false;
    const type = v.getInt32(start, true);
    if (POINT.has(type) && length >= 20) {
      const xy = point(start + 4);
      if (xy) collector.addShape('point', [xy]);
    } else if (MULTIPOINT.has(type) && length >= 40) {
      const count = v.getInt32(start + 36, true);
      if (count < 0 || start + 40 + count * 16 > end) return false;
      for (let i = 0; i < count; i++) {
        const xy = point(start + 40 + i * 16);
        if (xy) collector.addShape('point', [xy]);
      }
    } else if ((POLYLINE.has(type) || POLYGON.has(type)) && length >= 44) {
      const partCount = v.getInt32(start + 36, true);
      const pointCount = v.getInt32(start + 40, true);
      const first = start + 44 + partCount * 4;
      if (partCount < 0 || pointCount < 0 || first + pointCount * 16 > end) return false;
      const parts: number[][] = [];
      for (let p = 0; p < partCount; p++) {
        const from = Math.max(0, v.getInt32(start + 44 + p * 4, true));
        const to = p + 1 < partCount ? Math.min(pointCount, v.getInt32(start + 48 + p * 4, true)) : pointCount;
        const path: number[] = [];
        for (let i = from; i < to; i++) {
          const xy = point(first + i * 16);
          if (xy) path.push(xy[0], xy[1]);
        }
        parts.push(path);
      }
      collector.addShape(POLYGON.has(type) ? 'polygon' : 'line', parts);
    }
    at = end;
  }
  return at >= fileEnd;
}

/** `.cpg` contents and dBASE language driver ids, as WHATWG encoding labels. */
function encodingLabel(cpg: string | null, driver: number): string | null {
  const c = cpg?.trim().toLowerCase();
  if (c) {
    if (/^(utf-?8|65001)$/.test(c)) return 'utf-8';
    if (/^(cp)?1252$|^windows-1252$|^ansi_1252$/.test(c)) return 'windows-1252';
    if (/^(iso-?)?8859-?1$|^latin-?1$/.test(c)) return 'windows-1252';
    if (/^(iso-?)?8859-?15$/.test(c)) return 'iso-8859-15';
    if (/^(cp)?850$|^(cp)?437$/.test(c)) return null;
    try {
      return new TextDecoder(c).encoding;
    } catch {
      return null;
    }
  }
  if (driver === 0x57 || driver === 0x03) return 'windows-1252';
  return null;
}

function decoderFor(label: string | null, sample: Uint8Array): TextDecoderLike {
  if (label) return textDecoder(label);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample);
    return new TextDecoder('utf-8');
  } catch {
    return textDecoder('windows-1252');
  }
}

/** A dBASE III table: header, field descriptors, fixed-width records; the record count is in the header. */
export function readDbf(bytes: Uint8Array, cpg: string | null) {
  if (bytes.length < 32) return null;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = v.getUint32(4, true);
  const headerLength = v.getUint16(8, true);
  const recordLength = v.getUint16(10, true);
  if (headerLength < 33 || recordLength < 1 || headerLength > bytes.length) return null;
  const fields: { name: Uint8Array; length: number }[] = [];
  for (let at = 32; at + 32 <= headerLength && bytes[at] !== 0x0d; at += 32) {
    const raw = bytes.subarray(at, at + 11);
    const end = raw.indexOf(0);
    fields.push({ name: raw.subarray(0, end < 0 ? 11 : end), length: bytes[at + 16]! });
  }
  const label = encodingLabel(cpg, bytes[29]!);
  const decoder = decoderFor(label, bytes.subarray(headerLength, Math.min(bytes.length, headerLength + 65_536)));
  const rows: string[][] = [];
  for (let at = headerLength; at + recordLength <= bytes.length && rows.length < count; at += recordLength) {
    if (bytes[at] === 0x1a) break;
    let offset = at + 1;
    const row = fields.map((f) => {
      const cell = decoder.decode(bytes.subarray(offset, offset + f.length)).trim();
      offset += f.length;
      return cell;
    });
    if (bytes[at] !== 0x2a) rows.push(row);
  }
  return { header: fields.map((f) => cleanName(decoder.decode(f.name))), rows, count, encoding: decoder.encoding };
}

const sibling = (entries: readonly ZipEntryRecord[], dbf: ZipEntryRecord, ext: string) => {
  const stem = dbf.name.slice(0, -4).toLowerCase();
  return entries.find((e) => e.name.toLowerCase() === `${stem}.${ext}`);
};

const inDegrees = (box: BBox) =>
  Math.abs(box[0]) <= 180 && Math.abs(box[2]) <= 180 && Math.abs(box[1]) <= 90 && Math.abs(box[3]) <= 90;

const identity: ToLonLat = (x, y) => [x, y];

/** A projected extent in degrees: its edges sampled, since a conic's extremes need not be at the corners. */
function boxInDegrees(extent: BBox, toLonLat: ToLonLat): GeoCollector {
  const box = new GeoCollector();
  const [x0, y0, x1, y1] = extent;
  for (let i = 0; i <= 16; i++) {
    const fx = x0 + ((x1 - x0) * i) / 16;
    const fy = y0 + ((y1 - y0) * i) / 16;
    for (const [x, y] of [
      [fx, y0],
      [fx, y1],
      [x0, fy],
      [x1, fy],
    ] as const)
      box.extend(...toLonLat(x, y));
  }
  return box;
}

async function smallEntry(reader: ByteReader, entry: ZipEntryRecord | undefined): Promise<string | null> {
  if (!entry) return null;
  const r = await readEntry(reader, entry, 4096);
  return r.ok ? new TextDecoder().decode(r.value.bytes) : null;
}

/**
 * A zipped shapefile: attributes from its `.dbf` (encoding from `.cpg`) in half the budget, then the `.shp`
 * geometries in what is left, drawn when the coordinates are degrees or a projection `projection.ts` inverts
 * (from the `.prj`). The extent comes from the records when all were read, else from the `.shp` header.
 */
export async function readShapefile(
  reader: ByteReader,
  entries: readonly ZipEntryRecord[],
  dbf: ZipEntryRecord,
  options: { rows?: number },
): Promise<
  Result<Omit<FilePreviewOf<'shapefile'>, 'container' | 'entries' | 'entriesPartial' | 'bytesRead' | 'totalBytes'>>
> {
  const cpg = await smallEntry(reader, sibling(entries, dbf, 'cpg'));
  const prj = await smallEntry(reader, sibling(entries, dbf, 'prj'));
  const data = await readEntry(reader, dbf, Math.floor(reader.budget / 2));
  if (!data.ok) return data;
  const table = readDbf(data.value.bytes, cpg);
  if (!table) return fail(failure('malformed', 'formats.dbfDamaged', { params: { name: dbf.name } }));
  const shpEntry = sibling(entries, dbf, 'shp');
  const shpBytes = shpEntry
    ? await readEntry(reader, shpEntry, Math.max(100, reader.budget - reader.bytesRead()))
    : null;
  if (shpBytes && !shpBytes.ok) return shpBytes;
  const shp = shpBytes ? readShpHeader(shpBytes.value.bytes) : null;
  const toLonLat = shp ? (inDegrees(shp.extent) ? identity : inverseFromPrj(prj)) : null;
  const collector = new GeoCollector();
  let allShapes = false;
  if (shp && shpBytes?.ok && toLonLat) {
    allShapes = readShpRecords(shpBytes.value.bytes, toLonLat, collector) && !shpBytes.value.truncated;
  }
  // Cut records give a box of what was read: the header's extent covers every shape.
  const box = allShapes ? collector : shp && toLonLat ? boxInDegrees(shp.extent, toLonLat) : new GeoCollector();
  const summary = box.summary(true);
  if (shp) summary.geometryTypes = [shp.shapeType];
  return ok({
    format: 'shapefile',
    truncated: data.value.truncated,
    geo: { ...summary, features: table.count },
    map: collector.map(),
    extent: shp?.extent ?? null,
    shapeType: shp?.shapeType ?? null,
    encoding: table.encoding,
    table: tableFrom(table.header, table.rows, {
      rowCount: table.count,
      rowsShown: options.rows ?? DEFAULT_PREVIEW_ROWS,
    }),
  });
}
