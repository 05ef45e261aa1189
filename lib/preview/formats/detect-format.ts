import { z } from 'zod';
import { containsAscii, startsWith } from '../bytes-match';

/** What a preview shows; `unsupported` is a file the preview can only describe. */
export const FileFormatSchema = z.enum([
  'csv',
  'zip',
  'xlsx',
  'xls',
  'ods',
  'parquet',
  'json',
  'geojson',
  'shapefile',
  'unsupported',
]);
export type FileFormat = z.infer<typeof FileFormatSchema>;

const EXTENSIONS: Record<string, FileFormat> = {
  csv: 'csv',
  tsv: 'csv',
  tab: 'csv',
  txt: 'csv',
  gz: 'csv',
  zip: 'zip',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  xls: 'xls',
  ods: 'ods',
  parquet: 'parquet',
  pq: 'parquet',
  json: 'json',
  jsonl: 'unsupported',
  geojson: 'geojson',
  shp: 'shapefile',
  dbf: 'shapefile',
  shx: 'shapefile',
};

/** The last extension of a name or URL path (`a/b.CSV.gz?x` → `gz`), lower case. */
export function extensionOf(name: string | null | undefined): string | null {
  if (!name) return null;
  const path = name.split(/[?#]/)[0]!;
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : null;
}

/** A format from a file name alone, or null when the name says nothing useful. */
export function formatFromName(name: string | null | undefined): FileFormat | null {
  const ext = extensionOf(name);
  return ext ? (EXTENSIONS[ext] ?? null) : null;
}

const MIME: [RegExp, FileFormat][] = [
  [/^text\/(csv|tab-separated-values|plain)/, 'csv'],
  [/^application\/(zip|x-zip-compressed)/, 'zip'],
  [/spreadsheetml\.sheet/, 'xlsx'],
  [/^application\/vnd\.ms-excel/, 'xls'],
  [/opendocument\.spreadsheet/, 'ods'],
  [/parquet/, 'parquet'],
  [/^application\/(geo\+json|vnd\.geo\+json)/, 'geojson'],
  [/json/, 'json'],
];

export function formatFromMime(mime: string | null | undefined): FileFormat | null {
  const m = mime?.toLowerCase().trim();
  if (!m) return null;
  return MIME.find(([re]) => re.test(m))?.[1] ?? null;
}

/** A portal's format label (`CSV`, `xlsx`, `GeoJSON`, `SHP`, `zip`) as a format. */
export function formatFromLabel(label: string | null | undefined): FileFormat | null {
  const l = label?.toLowerCase().trim().replace(/^\./, '');
  if (!l) return null;
  if (l === 'shp' || l === 'shapefile' || l === 'esri shapefile') return 'shapefile';
  return EXTENSIONS[l] ?? formatFromMime(l);
}

/** What the first bytes say, when they say something; text formats are told apart by their first character. */
export type MagicVerdict = FileFormat | 'gzip' | 'pdf' | 'image' | 'html' | 'xml' | 'binary-other' | null;

export function formatFromMagic(head: Uint8Array): MagicVerdict {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    // Office documents are ZIP archives; their first entry (the mimetype, or [Content_Types].xml) gives them away.
    if (containsAscii(head, 'application/vnd.oasis.opendocument.spreadsheet', 200)) return 'ods';
    if (containsAscii(head, '[Content_Types].xml', 100) && containsAscii(head, 'xl/', 4096)) return 'xlsx';
    return 'zip';
  }
  if (startsWith(head, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (
    startsWith(head, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(head, [0xff, 0xd8, 0xff]) ||
    startsWith(head, [0x47, 0x49, 0x46, 0x38])
  ) {
    return 'image';
  }
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf]) || startsWith(head, [0x42, 0x5a, 0x68])) return 'binary-other';
  let i = 0;
  if (startsWith(head, [0xef, 0xbb, 0xbf])) i = 3;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  const first = head[i];
  if (first === 0x7b || first === 0x5b) {
    const text = new TextDecoder().decode(head.subarray(i, i + 4096));
    if (/^\[\s*([{["\d\-tfn\]]|$)/.test(text) || /^\{\s*("|\}|$)/.test(text)) {
      return /"type"\s*:\s*"(FeatureCollection|Feature)"/.test(text) ? 'geojson' : 'json';
    }
  }
  if (first === 0x3c) {
    const text = new TextDecoder().decode(head.subarray(i, i + 512)).toLowerCase();
    return /^<(!doctype html|html|head|body)/.test(text) ? 'html' : 'xml';
  }
  return null;
}
