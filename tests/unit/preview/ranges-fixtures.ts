import type { FetchLike } from '../../../lib/http/fetch-json';
import type { Column, Encoding } from '../../../lib/preview/types';

export const columns: Column[] = [
  { name: 'id', type: 'text', format: null, decimalSeparator: null },
  { name: 'date', type: 'date', format: null, decimalSeparator: null },
  { name: 'valeur', type: 'decimal', format: null, decimalSeparator: ',' },
  { name: 'adresse', type: 'text', format: null, decimalSeparator: null },
  { name: 'nombre', type: 'integer', format: null, decimalSeparator: null },
];
export const HEADER = 'id;date;valeur;adresse;nombre';

export interface CsvShape {
  rows: number;
  newline: '\n' | '\r\n';
  /** A quoted cell of this many lines in the middle row, big enough to hold the middle of the file. */
  bigQuotedLines?: number;
  bom?: boolean;
  encoding: Encoding;
  /** Quoted cells holding the delimiter, doubled quotes and a line break, every 17 rows (default true). */
  quotedBreaks?: boolean;
  /** Rows with only three of the five cells, every 29 rows (default true). */
  ragged?: boolean;
}

/** French rows with quoted delimiters and line breaks, missing and ragged cells, in the given encoding. */
export function makeCsv(shape: CsvShape): Uint8Array {
  const lines = ['Titre : extrait pour les tests', HEADER];
  for (let i = 0; i < shape.rows; i++) {
    const date = `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${2000 + (i % 25)}`;
    const value = i % 13 === 0 ? '' : `${(i * 7919) % 100000},${i % 100}`;
    let address = `${i % 37} rue de l’Église`;
    if (shape.quotedBreaks !== false && i % 17 === 3)
      address = `"${i} bd ""Gambetta""; bât. B${shape.newline}2e étage"`;
    if (shape.bigQuotedLines && i === Math.floor(shape.rows / 2)) {
      address = `"${Array.from({ length: shape.bigQuotedLines }, (_, k) => `ligne ${k}; suite`).join(shape.newline)}"`;
    }
    const row = [`ID-${i % 200}`, date, value, address, String(i % 9)];
    lines.push((shape.ragged !== false && i % 29 === 5 ? row.slice(0, 3) : row).join(';'));
  }
  const text = `${shape.bom ? '\ufeff' : ''}${lines.join(shape.newline)}${shape.newline}`;
  if (shape.encoding === 'utf-8') return new TextEncoder().encode(text);
  return new Uint8Array(Buffer.from(text.replaceAll('’', '\u0092'), 'latin1'));
}

/**
 * A Range-capable server in memory (or one that ignores Range), answering in pieces of 1000 bytes; `requests`
 * collects the Range header of each request (null without one).
 */
export function serverOf(
  bytes: Uint8Array,
  options: { ranges?: boolean; requests?: (string | null)[] } = {},
): FetchLike {
  const { ranges = true, requests } = options;
  return async (_url, init) => {
    const range = new Headers(init?.headers).get('range');
    requests?.push(range);
    const asked = ranges ? /^bytes=(\d+)-$/.exec(range ?? '') : null;
    const start = asked ? Number(asked[1]) : 0;
    let offset = start;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, offset + 1000));
        offset += 1000;
      },
    });
    const headers: Record<string, string> = { 'content-length': String(bytes.length - start) };
    if (asked) headers['content-range'] = `bytes ${start}-${bytes.length - 1}/${bytes.length}`;
    return new Response(body, { status: asked ? 206 : 200, headers });
  };
}
