import { describe, expect, it } from 'vitest';
import {
  ColumnStreamAccumulator,
  HLL_PRECISION,
  isCancelled,
  MAX_ROW_CHARS,
  profileStream,
  TOP_K_CAPACITY,
} from '../../../lib/preview/profile-stream';
import type { Column } from '../../../lib/preview/types';

const COMMUNES = ['01053', '2A004', '07186', '75056', '13055'];
const NATURES = ['Vente', 'Échange', 'Vente', 'Adjudication'];
const TRICKY_ADDRESS = '12 rue de l’Église; bât. "B"\n2e étage';

const columns: Column[] = [
  { name: 'id', type: 'text', format: null, decimalSeparator: null },
  { name: 'date', type: 'date', format: null, decimalSeparator: null },
  { name: 'nature', type: 'text', format: null, decimalSeparator: null },
  { name: 'valeur', type: 'decimal', format: null, decimalSeparator: ',' },
  { name: 'code_commune', type: 'text', format: 'code_commune_insee', decimalSeparator: null },
  { name: 'adresse', type: 'text', format: null, decimalSeparator: null },
];

interface Expected {
  rows: number;
  communes: Map<string, number>;
  missingValues: number;
  min: number;
  max: number;
}

/** A French CSV in Windows-1252 with a preamble line, quoted cells holding `;`, `"` and a line break. */
function makeCsv(rows: number): { bytes: Uint8Array; expected: Expected } {
  const lines = ['Source : extrait DVF, généré pour les tests', 'id;date;nature;valeur;code_commune;adresse'];
  const expected: Expected = { rows, communes: new Map(), missingValues: 0, min: Infinity, max: -Infinity };
  for (let i = 0; i < rows; i++) {
    const commune = COMMUNES[i % COMMUNES.length]!;
    expected.communes.set(commune, (expected.communes.get(commune) ?? 0) + 1);
    const cents = (i * 7919) % 10_000_000;
    const value = i % 50 === 0 ? '' : `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
    if (value === '') expected.missingValues++;
    else {
      expected.min = Math.min(expected.min, cents / 100);
      expected.max = Math.max(expected.max, cents / 100);
    }
    const tricky = i % 1000 === 7;
    const address = tricky ? `"${TRICKY_ADDRESS.replaceAll('"', '""')}"` : `${i % 40} rue Jean-Jaurès`;
    const date = `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${2015 + (i % 10)}`;
    lines.push(`ID-${i};${date};${NATURES[i % NATURES.length]};${value};${commune};${address}`);
  }
  const text = `${lines.join('\r\n')}\r\n`;
  // Latin-1 bytes are Windows-1252 bytes for these characters, except ’ which is 0x92 there.
  return { bytes: new Uint8Array(Buffer.from(text.replaceAll('’', '\u0092'), 'latin1')), expected };
}

/** Serves `bytes` in pieces of `size`, as a network would; records whether the reader cancelled it. */
function streamOf(bytes: Uint8Array, size: number): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  let offset = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

const options = { encoding: 'windows-1252' as const, delimiter: ';' as const, skipLines: 2, columns };

// Megabytes of parsing: generous limits, as the shared test machine can be busy (speed is the benchmark's job).
const SLOW = { timeout: 60_000 };

describe('profileStream', () => {
  it('profiles a multi-megabyte Windows-1252 stream read in small pieces', SLOW, async () => {
    const { bytes, expected } = makeCsv(80_000);
    expect(bytes.length).toBeGreaterThan(4_000_000);
    const progress: number[] = [];
    const { stream } = streamOf(bytes, 7919);
    const result = await profileStream(stream, { ...options, onProgress: (b) => progress.push(b) });
    if (!result.ok) throw new Error(result.error.messageKey);
    const { rows, bytes: read, columns: profiled } = result.value;
    expect(rows).toBe(expected.rows);
    expect(read).toBe(bytes.length);
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const [id, date, nature, valeur, commune, adresse] = profiled.map((c) => c.profile!);
    expect(Math.abs(id!.distinct - expected.rows) / expected.rows).toBeLessThan(0.03);
    expect(id!.distinctApproximate).toBe(true);
    expect(id!.top).toEqual([]);

    expect(date).toMatchObject({ min: '2015-01-01', max: '2024-12-28', missing: 0 });
    expect(date!.histogram.reduce((s, b) => s + b.count, 0)).toBe(expected.rows);

    expect(nature!.top.map((t) => t.value)).toEqual(['Vente', 'Adjudication', 'Échange']);
    expect(nature!.distinctApproximate).toBe(false);

    expect(valeur).toMatchObject({ missing: expected.missingValues, min: expected.min, max: expected.max });
    expect(valeur!.histogram.reduce((s, b) => s + b.count, 0)).toBe(expected.rows - expected.missingValues);

    expect(commune!.distinct).toBe(COMMUNES.length);
    expect(commune!.top).toEqual(
      [...expected.communes]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)),
    );

    // 40 streets and the quoted one: a `;`, a `""` or the line break inside it would otherwise add values.
    expect(adresse!.distinct).toBe(41);
    expect(adresse!.missing).toBe(0);
    expect(profiled.map((c) => c.name)).toEqual(columns.map((c) => c.name));
  });

  it('reads UTF-8 with a BOM, LF line ends, a ragged row and a last line without a line break', async () => {
    const text = '\ufeffa,b\n1,x\n2\n\n3,y,extra\n4,x';
    const { stream } = streamOf(new TextEncoder().encode(text), 3);
    const result = await profileStream(stream, {
      encoding: 'utf-8',
      delimiter: ',',
      skipLines: 1,
      columns: [
        { name: 'a', type: 'integer', format: null, decimalSeparator: null },
        { name: 'b', type: 'text', format: null, decimalSeparator: null },
      ],
    });
    if (!result.ok) throw new Error(result.error.messageKey);
    expect(result.value.rows).toBe(4);
    const [a, b] = result.value.columns.map((c) => c.profile!);
    expect(a).toMatchObject({ min: 1, max: 4, mean: 2.5, missing: 0 });
    expect(b).toMatchObject({
      missing: 1,
      top: [
        { value: 'x', count: 2 },
        { value: 'y', count: 1 },
      ],
    });
  });

  it('stops when its signal aborts, and cancels the download', SLOW, async () => {
    const chunk = new TextEncoder().encode('1;2;3\n'.repeat(50_000));
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(chunk),
      cancel: () => {
        cancelled = true;
      },
    });
    const controller = new AbortController();
    const result = await profileStream(endless, {
      encoding: 'utf-8',
      delimiter: ';',
      skipLines: 0,
      columns: [{ name: 'a', type: 'integer', format: null, decimalSeparator: null }],
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(isCancelled(result.error)).toBe(true);
    expect(cancelled).toBe(true);
  });

  it('gives up on an unterminated quote instead of holding the rest of the file', SLOW, async () => {
    const filler = new TextEncoder().encode('x'.repeat(1 << 20));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode('a;b\n1;"never closed ')),
      pull: (controller) => {
        // A safety stop: the profiler must give up long before this.
        if (sent++ > 64) controller.close();
        else controller.enqueue(filler);
      },
    });
    const result = await profileStream(stream, {
      encoding: 'utf-8',
      delimiter: ';',
      skipLines: 1,
      columns: [{ name: 'a', type: 'integer', format: null, decimalSeparator: null }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'malformed', messageKey: 'preview.profile.rowTooLong' });
    expect(sent).toBeLessThan(64);
    expect(sent).toBeGreaterThanOrEqual(MAX_ROW_CHARS / (1 << 20));
  });
});

describe('ColumnStreamAccumulator', () => {
  it('keeps a bounded state however many distinct values pass', SLOW, () => {
    const text = new ColumnStreamAccumulator({ name: 'id', type: 'text', format: null, decimalSeparator: null });
    for (let i = 0; i < 300_000; i++) text.add(`ID-${i}-${i % 7 === 0 ? 'NA' : 'x'}`);
    for (let i = 0; i < 1000; i++) text.add('NA');
    expect(text.top.size).toBeLessThanOrEqual(TOP_K_CAPACITY);
    expect(text.distinct.registerCount).toBe(2 ** HLL_PRECISION);
    expect(text.missingCells.size).toBeLessThanOrEqual(4096);
    const column = text.finish(301_000);
    expect(column.profile).toMatchObject({ count: 301_000, missing: 1000, distinctApproximate: true });
    expect(Math.abs(column.profile!.distinct - 300_000) / 300_000).toBeLessThan(0.03);
  });
});
