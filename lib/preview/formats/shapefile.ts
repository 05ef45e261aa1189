import { fail, failure, ok, type Result } from '../../model/failure';
import { DEFAULT_PREVIEW_ROWS } from '../csv-preview';
import { type TextDecoderLike, textDecoder } from '../text-decoder';
import type { ByteReader } from './byte-reader';
import { GeoCollector } from './geo';
import { cleanName } from './names';
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

/** A zipped shapefile: attributes from its `.dbf` (encoding from `.cpg`), type and extent from the `.shp` header. */
export async function readShapefile(
  reader: ByteReader,
  entries: readonly ZipEntryRecord[],
  dbf: ZipEntryRecord,
  options: { rows?: number },
): Promise<
  Result<Omit<FilePreviewOf<'shapefile'>, 'container' | 'entries' | 'entriesPartial' | 'bytesRead' | 'totalBytes'>>
> {
  const cpgEntry = sibling(entries, dbf, 'cpg');
  let cpg: string | null = null;
  if (cpgEntry) {
    const r = await readEntry(reader, cpgEntry, 64);
    if (r.ok) cpg = new TextDecoder().decode(r.value.bytes);
  }
  const shpEntry = sibling(entries, dbf, 'shp');
  const header = shpEntry ? await readEntry(reader, shpEntry, 100) : null;
  if (header && !header.ok) return header;
  const shp = header ? readShpHeader(header.value.bytes) : null;
  const data = await readEntry(reader, dbf, reader.budget);
  if (!data.ok) return data;
  const table = readDbf(data.value.bytes, cpg);
  if (!table) return fail(failure('malformed', 'formats.dbfDamaged', { params: { name: dbf.name } }));
  const collector = new GeoCollector();
  collector.features = table.count;
  if (shp) {
    collector.addType(shp.shapeType);
    collector.extendBox(shp.extent);
  }
  return ok({
    format: 'shapefile',
    truncated: data.value.truncated,
    geo: collector.summary(true),
    extent: shp?.extent ?? null,
    shapeType: shp?.shapeType ?? null,
    encoding: table.encoding,
    table: tableFrom(table.header, table.rows, {
      rowCount: table.count,
      rowsShown: options.rows ?? DEFAULT_PREVIEW_ROWS,
    }),
  });
}
