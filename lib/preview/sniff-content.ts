import { type Failure, failure } from '../model/failure';
import { containsAscii, startsWith } from './bytes-match';
import type { Encoding } from './types';

/** What a file that is not a CSV turned out to be, by its first bytes. Names are format names, not words. */
const MAGIC: { format: string; test: (b: Uint8Array) => boolean }[] = [
  { format: 'ZIP', test: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]) },
  { format: 'Parquet', test: (b) => startsWith(b, [0x50, 0x41, 0x52, 0x31]) },
  { format: 'gzip', test: (b) => startsWith(b, [0x1f, 0x8b]) },
  { format: 'XLS', test: (b) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
  { format: 'PDF', test: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  { format: 'PNG', test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47]) },
  { format: 'JPEG', test: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { format: 'GIF', test: (b) => startsWith(b, [0x47, 0x49, 0x46, 0x38]) },
  { format: '7z', test: (b) => startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) },
  {
    format: 'bzip2',
    test: (b) => startsWith(b, [0x42, 0x5a, 0x68]) && b[3] !== undefined && b[3] >= 0x31 && b[3] <= 0x39,
  },
  {
    format: 'SQLite',
    test: (b) =>
      startsWith(
        b,
        Array.from('SQLite format 3', (c) => c.charCodeAt(0)),
      ),
  },
];

/** Office documents are ZIP archives: their first entries tell a workbook from any other archive. */
function zipFormat(bytes: Uint8Array): string {
  if (containsAscii(bytes, 'application/vnd.oasis.opendocument.spreadsheet', 200)) return 'ODS';
  if (containsAscii(bytes, 'xl/', 4096)) return 'XLSX';
  if (containsAscii(bytes, 'word/', 4096)) return 'DOCX';
  return 'ZIP';
}

/** Bytes that no text file holds: NUL, and control characters other than tab, newlines and form feed. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.01;
}

const unsupported = (messageKey: string, format?: string): Failure =>
  failure('unsupported', messageKey, format ? { params: { format } } : {});

/**
 * Is the sample a delimited text file at all? Portals serve HTML error or login pages, spreadsheets and
 * archives under a `.csv` name or a `text/csv` type; parsing those gives one column of garbage, so they
 * are named instead. `text` is the decoded sample, `encoding` how it was decoded (UTF-16 holds NULs).
 */
export function checkContent(bytes: Uint8Array, encoding: Encoding, text: string): Failure | null {
  if (text.trim() === '') return failure('malformed', 'preview.empty');
  const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  if (!utf16) {
    const magic = MAGIC.find((m) => m.test(bytes));
    if (magic) return unsupported('preview.binaryFormat', magic.format === 'ZIP' ? zipFormat(bytes) : magic.format);
    if (looksBinary(bytes)) return unsupported('preview.binary');
  }
  const start = text.trimStart().slice(0, 512).toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]|^<!--[\s\S]*?-->\s*<(!doctype html|html)/.test(start)) {
    return unsupported('preview.notCsvHtml', 'HTML');
  }
  if (start.startsWith('<?xml') || /^<[a-z][\w:-]*[\s>][\s\S]*<\/?[a-z]/.test(start)) {
    return unsupported('preview.notCsvXml', 'XML');
  }
  if (/^\{\s*"/.test(start) || /^\[\s*[{["\]]/.test(start)) return unsupported('preview.notCsvJson', 'JSON');
  return null;
}
