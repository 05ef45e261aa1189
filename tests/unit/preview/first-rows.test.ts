import { describe, expect, it } from 'vitest';
import { AnalysisMessageSchema, analyzeMessage, answerAnalyze } from '../../../lib/preview/analysis-protocol';
import {
  analyzeSample,
  DEFAULT_PREVIEW_ROWS,
  FIRST_LOOK_BYTES,
  firstRowsPreview,
  previewUrl,
} from '../../../lib/preview/csv-preview';
import type { CsvPreview } from '../../../lib/preview/types';
import { chunkedStream, fixtureBytes, sampleOf } from './fixtures';

const URL_ = 'https://static.data.gouv.fr/resources/x/fichier.csv';
const KiB = 1024;

/** 2 MiB of `;`-separated rows, ASCII only, then one Windows-1252 byte (é) far past the first look. */
function lateAccentCsv(): Uint8Array {
  const lines = ['code;libelle;valeur'];
  for (let i = 0; lines.length < 40_000; i++) lines.push(`${10000 + i};ligne ${i};${i},5`);
  lines.push('99999;caf\u00e9;1,5');
  return new Uint8Array(Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1'));
}

describe('first rows before the sample is complete', () => {
  it('previewUrl hands over the first rows once, from the first pieces, and they match the complete preview', async () => {
    const file = lateAccentCsv();
    const body = chunkedStream(file, 8 * KiB);
    const fetchImpl = async () =>
      new Response(body.stream, { status: 200, headers: { 'content-length': String(file.length) } });
    const looks: { preview: CsvPreview; pulled: number }[] = [];
    const result = await previewUrl(URL_, {
      fetchImpl,
      budget: 1024 * KiB,
      onFirstRows: (preview) => looks.push({ preview, pulled: body.state.pulled }),
    });
    if (!result.ok) throw new Error(result.error.messageKey);
    expect(looks).toHaveLength(1);
    const [{ preview: first, pulled }] = looks as [{ preview: CsvPreview; pulled: number }];
    // The first look plus the few pieces the stream layers read ahead: far from the 1 MiB budget.
    expect(pulled).toBeLessThan(FIRST_LOOK_BYTES + 4 * 8 * KiB);
    expect(first.rows).toEqual(result.value.rows);
    expect(first.rows).toHaveLength(DEFAULT_PREVIEW_ROWS);
    expect(first.columns.map((c) => [c.name, c.type])).toEqual(result.value.columns.map((c) => [c.name, c.type]));
    expect(first.columns.every((c) => c.profile === undefined)).toBe(true);
    expect(first).toMatchObject({ delimiter: ';', totalBytes: file.length, truncated: true, totalRows: null });
  });

  it('the first look guesses the encoding from what has arrived; the complete sample corrects it', async () => {
    const file = lateAccentCsv();
    const first = firstRowsPreview(file.subarray(0, FIRST_LOOK_BYTES), {
      bytesRead: FIRST_LOOK_BYTES,
      totalBytes: null,
    });
    expect(first).toMatchObject({ encoding: 'utf-8', encodingEvidence: 'valid-utf8' });
    const complete = analyzeSample(sampleOf(file));
    expect(complete.ok && complete.value.preview).toMatchObject({
      encoding: 'windows-1252',
      encodingEvidence: 'fallback',
    });
  });

  it('waits while the bytes do not hold the header and the rows to show', () => {
    const file = lateAccentCsv();
    expect(firstRowsPreview(file.subarray(0, 1000), { bytesRead: 1000, totalBytes: null })).toBeNull();
    const some = firstRowsPreview(file.subarray(0, 1000), { bytesRead: 1000, totalBytes: null }, { rows: 5 });
    expect(some?.rows).toEqual([
      ['10000', 'ligne 0', '0,5'],
      ['10001', 'ligne 1', '1,5'],
      ['10002', 'ligne 2', '2,5'],
      ['10003', 'ligne 3', '3,5'],
      ['10004', 'ligne 4', '4,5'],
    ]);
  });

  it('quoted line breaks, a BOM and a preamble read in the first look as in the complete one', () => {
    for (const name of ['quoted-fields.csv', 'utf8-bom-comma.csv', 'preamble-title.csv', 'ragged-rows.csv']) {
      const bytes = fixtureBytes(name);
      const complete = analyzeSample(sampleOf(bytes));
      if (!complete.ok) throw new Error(complete.error.messageKey);
      const rows = complete.value.preview.rows.length - 1;
      const first = firstRowsPreview(bytes, { bytesRead: bytes.length, totalBytes: bytes.length }, { rows });
      expect(first?.rows, name).toEqual(complete.value.preview.rows.slice(0, rows));
      expect(first?.preamble, name).toEqual(complete.value.preview.preamble);
      expect(first?.encoding, name).toBe(complete.value.preview.encoding);
    }
  });

  it('previewUrl without onFirstRows reads no first look, and uses the analyzer it is given', async () => {
    const file = fixtureBytes('w1252-semicolon-decimal-comma.csv');
    const seen: number[] = [];
    const result = await previewUrl(URL_, {
      fetchImpl: async () => new Response(file, { status: 200 }),
      analyze: async (sample, options) => {
        seen.push(sample.bytes.length);
        return analyzeSample(sample, options);
      },
    });
    expect(seen).toEqual([file.length]);
    expect(result.ok && result.value.delimiter).toBe(';');
  });
});

describe('the analysis worker protocol', () => {
  it('answers an analyze message with the analysis analyzeSample gives, the bytes being transferred', () => {
    const bytes = fixtureBytes('w1252-semicolon-decimal-comma.csv');
    const expected = analyzeSample(sampleOf(bytes), { delimiter: ';' });
    const { message, transfer } = analyzeMessage(7, sampleOf(bytes.slice()), { delimiter: ';', rows: 3 });
    expect(transfer).toHaveLength(1);
    const answer = AnalysisMessageSchema.parse(structuredClone(answerAnalyze(structuredClone(message))));
    expect(answer.id).toBe(7);
    if (!answer.result.ok || !expected.ok) throw new Error('analysis failed');
    expect(answer.result.value.preview.rows).toEqual(expected.value.preview.rows.slice(0, 3));
    expect(answer.result.value.preview.columns).toEqual(expected.value.preview.columns);
    expect(answer.result.value.linesBeforeData).toBe(expected.value.linesBeforeData);
  });

  it('answers a failure as a failure, and ignores what is not an analyze message', () => {
    const html = new TextEncoder().encode('<!DOCTYPE html><html><body>login</body></html>');
    const answer = answerAnalyze(analyzeMessage(1, sampleOf(html), {}).message);
    expect(answer?.result).toMatchObject({ ok: false, error: { messageKey: 'preview.notCsvHtml' } });
    expect(answerAnalyze({ type: 'analyze', id: 'x' })).toBeNull();
  });
});
