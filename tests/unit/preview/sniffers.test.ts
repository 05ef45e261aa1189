import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../lib/preview/sniff-content';
import { sniffDialect } from '../../../lib/preview/sniff-dialect';
import { decodeSample, isValidUtf8, sniffEncoding } from '../../../lib/preview/sniff-encoding';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('isValidUtf8', () => {
  it.each([
    ['ASCII', utf8('a;b\n1;2'), true],
    ['accents', utf8('Élève;été'), true],
    ['4-byte emoji', utf8('😀'), true],
    ['a lone Windows-1252 é', bytes(0x61, 0xe9, 0x62), false],
    ['an overlong slash', bytes(0xc0, 0xaf), false],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), false],
    ['past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), false],
    ['a stray continuation byte', bytes(0x80), false],
  ])('%s → %s', (_, b, expected) => {
    expect(isValidUtf8(b, false)).toBe(expected);
  });

  it('accepts a character cut at the end only when the sample was cut', () => {
    const euro = utf8('prix €'); // € = E2 82 AC
    const cut = euro.subarray(0, euro.length - 1);
    expect(isValidUtf8(cut, true)).toBe(true);
    expect(isValidUtf8(cut, false)).toBe(false);
    // Cut or not, an impossible start stays invalid.
    expect(isValidUtf8(bytes(0x61, 0xe0, 0x80), true)).toBe(false);
  });
});

describe('sniffEncoding', () => {
  it.each([
    ['UTF-8 BOM', bytes(0xef, 0xbb, 0xbf, 0x61), 'utf-8', 'bom', 3],
    ['UTF-16 LE BOM', bytes(0xff, 0xfe, 0x61, 0x00), 'utf-16le', 'bom', 2],
    ['UTF-16 BE BOM', bytes(0xfe, 0xff, 0x00, 0x61), 'utf-16be', 'bom', 2],
    ['valid UTF-8', utf8('é'), 'utf-8', 'valid-utf8', 0],
    ['Windows-1252', bytes(0xe9, 0x3b, 0x80), 'windows-1252', 'fallback', 0],
  ] as const)('%s', (_, b, encoding, evidence, bomLength) => {
    expect(sniffEncoding(b, { truncated: false })).toEqual({ encoding, evidence, bomLength });
  });

  it('lets the user override, still skipping a matching BOM', () => {
    expect(sniffEncoding(bytes(0xef, 0xbb, 0xbf, 0x61), { override: 'utf-8', truncated: false })).toEqual({
      encoding: 'utf-8',
      evidence: 'user',
      bomLength: 3,
    });
    expect(sniffEncoding(utf8('é'), { override: 'iso-8859-15', truncated: false }).encoding).toBe('iso-8859-15');
  });

  it('decodes without the BOM and without a cut character', () => {
    const sample = bytes(0xef, 0xbb, 0xbf, 0x61, 0xc3);
    expect(decodeSample(sample, sniffEncoding(sample, { truncated: true }))).toBe('a');
    const w = bytes(0x92, 0x80);
    expect(decodeSample(w, sniffEncoding(w, { truncated: false }))).toBe('’€');
  });
});

describe('checkContent', () => {
  const check = (b: Uint8Array, text = new TextDecoder().decode(b)) => checkContent(b, 'utf-8', text);
  it.each([
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['Parquet', [0x50, 0x41, 0x52, 0x31, 0x15, 0x04]],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00]],
    ['XLS', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
    ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]],
  ])('names %s by its magic bytes', (format, magic) => {
    const f = check(Uint8Array.from(magic));
    expect(f).toMatchObject({ code: 'unsupported', messageKey: 'preview.binaryFormat', params: { format } });
  });

  it('refuses bytes with NULs as binary', () => {
    expect(check(bytes(0x61, 0x00, 0x62, 0x3b))).toMatchObject({ code: 'unsupported', messageKey: 'preview.binary' });
  });

  it.each([
    ['<!DOCTYPE html><html><body>404</body></html>', 'preview.notCsvHtml'],
    ['\n  <html lang="fr"><head></head></html>', 'preview.notCsvHtml'],
    ['<?xml version="1.0"?><root/>', 'preview.notCsvXml'],
    ['{"error": "not found"}', 'preview.notCsvJson'],
    ['[{"a": 1}]', 'preview.notCsvJson'],
  ])('names text that is not CSV: %s', (text, messageKey) => {
    expect(check(utf8(text))).toMatchObject({ code: 'unsupported', messageKey });
  });

  it('calls an empty file empty', () => {
    expect(check(utf8(' \r\n'))).toMatchObject({ messageKey: 'preview.empty' });
  });

  it('accepts CSV, and UTF-16 despite its NUL bytes', () => {
    expect(check(utf8('a;b\n1;2\n'))).toBeNull();
    expect(checkContent(bytes(0xff, 0xfe, 0x61, 0x00), 'utf-16le', 'a')).toBeNull();
  });
});

describe('sniffDialect', () => {
  const lines = (...l: string[]) => `${l.join('\n')}\n`;

  it.each([
    ['comma', lines('a,b,c', '1,2,3', '4,5,6'), ','],
    ['semicolon', lines('a;b;c', '1;2;3', '4;5;6'), ';'],
    ['tab', lines('a\tb\tc', '1\t2\t3'), '\t'],
    ['pipe', lines('a|b|c', '1|2|3'), '|'],
    // Every row has two decimal commas, so commas split rows evenly too: only the header tells.
    ['semicolon with decimal commas', lines('nom;surface;taux', 'A;1,5;2,5', 'B;3,25;4,75', 'C;5,0;6,1'), ';'],
    ['comma with quoted semicolons', lines('a,b', '"x;y;z",1', '"p;q;r",2', '"s;t;u",3'), ','],
    ['comma with quoted line breaks', lines('a,b,c', '1,"deux\nlignes",3', '4,5,6'), ','],
  ])('%s', (_, text, delimiter) => {
    const d = sniffDialect(text, { truncated: false });
    expect(d.delimiter).toBe(delimiter);
    expect(d.preamble).toEqual([]);
    expect(d.headerOffset).toBe(0);
  });

  it('skips title lines, padded or not, and points at the header', () => {
    const text = lines('Titre du fichier', 'Mise à jour : 2024;;', '', 'a;b;c', '1;2;3', '4;5;6');
    const d = sniffDialect(text, { truncated: false });
    expect(d.delimiter).toBe(';');
    expect(d.preamble).toEqual(['Titre du fichier', 'Mise à jour : 2024']);
    expect(text.slice(d.headerOffset).startsWith('a;b;c')).toBe(true);
  });

  it('ignores the partial last record of a cut sample', () => {
    const text = 'a;b;c\n1;2;3\n4;5;6\n7,8';
    expect(sniffDialect(text, { truncated: true }).delimiter).toBe(';');
  });

  it('uses the delimiter the user chose', () => {
    const d = sniffDialect(lines('a;b,c', '1;2,3'), { override: ',', truncated: false });
    expect(d).toMatchObject({ delimiter: ',', overridden: true });
  });

  it('falls back on the comma for a single column', () => {
    expect(sniffDialect(lines('nom', 'Ain', 'Aisne'), { truncated: false })).toMatchObject({
      delimiter: ',',
      overridden: false,
      preamble: [],
    });
  });
});
