import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../lib/model/dataset';
import { fail, failure, ok, type Result } from '../../../lib/model/failure';
import { TABULAR_API_ROOT } from '../../../lib/portals/udata';
import { sourcesFor } from '../../../lib/preview/sources/list';
import { previewFromSources } from '../../../lib/preview/sources/preview';
import { cellText } from '../../../lib/preview/sources/rows';
import { rowsApi } from '../../../lib/preview/sources/source';
import { encodingFromPortal, readUdataTabular } from '../../../lib/preview/sources/udata-tabular';
import { CsvPreviewSchema } from '../../../lib/preview/types';
import { fixtureBytes } from './fixtures';

const recorded = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/portals/udata/${name}`, import.meta.url)), 'utf8'));
const PROFILE = recorded('tabular-api_profile_semicolon_utf8.json');
const PAGE1 = recorded('tabular-api_data_page1.json') as { data: Record<string, unknown>[] };
const RID = '4babf5f2-6a9c-45b5-9144-ca5eae6a7a6d';

/** A fake tabular API answering from the recorded fixtures; pages cut from the recorded rows. */
function tabularApi(overrides: Record<string, Result<unknown>> = {}) {
  const requests: string[] = [];
  const fetchJson = async (url: string): Promise<Result<unknown>> => {
    requests.push(url);
    if (url in overrides) return overrides[url]!;
    if (url === `${TABULAR_API_ROOT}/${RID}/profile/`) return ok(PROFILE);
    const m = /\/data\/\?page=(\d+)&page_size=(\d+)$/.exec(url);
    if (url.startsWith(`${TABULAR_API_ROOT}/${RID}/data/`) && m) {
      const page = Number(m[1]);
      const size = Number(m[2]);
      const data = PAGE1.data.slice((page - 1) * size, page * size);
      const next = page * size < PAGE1.data.length ? `${url.replace(/page=\d+/, `page=${page + 1}`)}` : null;
      return ok({ data, links: { next }, meta: { page, page_size: size, total: PAGE1.data.length } });
    }
    return fail(
      failure('not-found', 'errors.not-found', { params: { host: 'tabular-api.data.gouv.fr', status: 404 } }),
    );
  };
  return { fetchJson, requests };
}

describe('readUdataTabular over the recorded answers', () => {
  it('builds a CsvPreview from the profile and the first data page', async () => {
    const { fetchJson, requests } = tabularApi();
    const r = await readUdataTabular(`${TABULAR_API_ROOT}/${RID}/`, { fetchJson, rows: 100, totalBytes: 777_454_664 });
    if (!r.ok) throw new Error(r.error.messageKey);
    const p = CsvPreviewSchema.parse(r.value);
    expect(p).toMatchObject({
      source: 'tabular-api',
      encoding: 'utf-8',
      encodingEvidence: 'portal',
      delimiter: ';',
      preamble: [],
      totalRows: 662_965,
      totalBytes: 777_454_664,
      bytesRead: 0,
      truncated: true,
    });
    expect(requests[0]).toBe(`${TABULAR_API_ROOT}/${RID}/profile/`);
    expect(requests[1]).toBe(`${TABULAR_API_ROOT}/${RID}/data/?page=1&page_size=50`);
    expect(p.rows).toHaveLength(20);
    expect(p.columns.map((c) => c.name)).not.toContain('__id');
    expect(p.columns).toHaveLength(29);
    expect(p.rows.every((row) => row.length === 29)).toBe(true);
  });

  it('maps csv-detective types and formats to ours', async () => {
    const { fetchJson } = tabularApi();
    const r = await readUdataTabular(`${TABULAR_API_ROOT}/${RID}/`, { fetchJson });
    if (!r.ok) throw new Error(r.error.messageKey);
    const col = (name: string) => r.value.columns.find((c) => c.name === name)!;
    expect(col('filesize')).toMatchObject({ type: 'integer', format: null });
    expect(col('dataset.url')).toMatchObject({ type: 'text', format: 'url' });
    expect(col('dataset.private')).toMatchObject({ type: 'boolean', format: null });
    expect(col('created_at')).toMatchObject({ type: 'datetime', format: null });
    expect(col('extras')).toMatchObject({ type: 'text', format: null });
    expect(col('downloads').profile).toMatchObject({
      count: 662_965,
      missing: 0,
      distinct: 27,
      distinctApproximate: false,
      min: 0,
      max: 73_448_914,
      mean: 1228,
    });
    expect(col('downloads').profile?.top).toHaveLength(10);
  });

  it('writes cells as strings in header order', async () => {
    const { fetchJson } = tabularApi();
    const r = await readUdataTabular(`${TABULAR_API_ROOT}/${RID}/`, { fetchJson });
    if (!r.ok) throw new Error(r.error.messageKey);
    const header = r.value.columns.map((c) => c.name);
    const first = r.value.rows[0]!;
    expect(first[header.indexOf('dataset.title')]).toBe("Cours d'eau BCAE en Vendée (85)");
    expect(first[header.indexOf('dataset.private')]).toBe('false');
    expect(first[header.indexOf('description')]).toBe('');
    expect(JSON.parse(first[header.indexOf('extras')]!)).toHaveProperty('dcat');
    expect(cellText(12.5)).toBe('12.5');
  });

  it('asks for no more rows than wanted, and stops when the table ends', async () => {
    const small = tabularApi();
    const r = await readUdataTabular(`${TABULAR_API_ROOT}/${RID}/`, { fetchJson: small.fetchJson, rows: 15 });
    expect(r.ok && r.value.rows).toHaveLength(15);
    expect(small.requests.slice(1)).toEqual([`${TABULAR_API_ROOT}/${RID}/data/?page=1&page_size=15`]);
    const short = tabularApi();
    const all = await readUdataTabular(`${TABULAR_API_ROOT}/${RID}/`, { fetchJson: short.fetchJson, rows: 120 });
    expect(all.ok && all.value.rows).toHaveLength(20);
    expect(short.requests.slice(1)).toEqual([`${TABULAR_API_ROOT}/${RID}/data/?page=1&page_size=50`]);
  });

  it('reads several pages of 50 when more rows are wanted', async () => {
    // Stand-in for a big table: pages of 50 rows (the recorded rows repeated), always with a next page.
    const fifty = Array.from({ length: 50 }, (_, i) => PAGE1.data[i % 20]);
    const page = (n: number) => ({
      [`${TABULAR_API_ROOT}/${RID}/data/?page=${n}&page_size=50`]: ok({
        data: fifty,
        links: { next: `page ${n + 1}` },
        meta: { total: 662_965 },
      }),
    });
    const big = tabularApi({ ...page(1), ...page(2), ...page(3) });
    const r = await readUdataTabular(`${TABULAR_API_ROOT}/${RID}/`, { fetchJson: big.fetchJson, rows: 120 });
    expect(r.ok && r.value.rows).toHaveLength(120);
    expect(big.requests.filter((u) => u.includes('/data/'))).toEqual([1, 2, 3].map((n) => Object.keys(page(n))[0]));
  });

  it('fails on a profile it cannot use', async () => {
    const { fetchJson } = tabularApi({ [`${TABULAR_API_ROOT}/${RID}/profile/`]: ok({ profile: { header: 'x' } }) });
    const r = await readUdataTabular(`${TABULAR_API_ROOT}/${RID}/`, { fetchJson });
    expect(!r.ok && r.error.code).toBe('malformed');
  });

  it.each([
    ['UTF-8', 'utf-8'],
    ['utf_8_sig', 'utf-8'],
    ['ISO-8859-1', 'windows-1252'],
    ['cp1252', 'windows-1252'],
    ['latin-1', 'windows-1252'],
    ['ISO-8859-15', 'iso-8859-15'],
    ['EBCDIC', null],
  ])('encoding %s → %s', (name, expected) => {
    expect(encodingFromPortal(name)).toBe(expected);
  });
});

describe('previewFromSources', () => {
  const resource = (over: Partial<Resource> = {}): Resource => ({
    id: RID,
    title: 'fichier.csv',
    url: 'https://static.data.gouv.fr/resources/x/fichier.csv',
    format: 'csv',
    mime: 'text/csv',
    size: 1204,
    lastModified: null,
    kind: 'main',
    hints: {},
    sources: [rowsApi('udata-tabular', `${TABULAR_API_ROOT}/${RID}/`)],
    ...over,
  });
  const fileFetch = () => {
    const urls: string[] = [];
    const fetchImpl = async (url: string) => {
      urls.push(url);
      const file = fixtureBytes('w1252-semicolon-decimal-comma.csv');
      return new Response(file, {
        status: 206,
        headers: { 'Content-Range': `bytes 0-${file.length - 1}/${file.length}` },
      });
    };
    return { fetchImpl, urls };
  };

  it('uses the tabular API for a data.gouv.fr resource it knows', async () => {
    const { fetchJson } = tabularApi();
    const file = fileFetch();
    const r = await previewFromSources(sourcesFor(resource()), {
      fetchJson,
      fetchImpl: file.fetchImpl,
    });
    expect(r.ok && r.value.source).toBe('tabular-api');
    expect(file.urls).toEqual([]);
  });

  it.each([
    ['404', failure('not-found', 'errors.not-found', { params: { status: 404 } })],
    ['410', failure('gone', 'errors.gone', { params: { status: 410 } })],
    ['a timeout', failure('timeout', 'errors.timeout')],
  ])('falls back on the file after %s', async (_, error) => {
    const { fetchJson } = tabularApi({ [`${TABULAR_API_ROOT}/${RID}/profile/`]: fail(error) });
    const file = fileFetch();
    const r = await previewFromSources(sourcesFor(resource()), {
      fetchJson,
      fetchImpl: file.fetchImpl,
    });
    if (!r.ok) throw new Error(r.error.messageKey);
    expect(r.value).toMatchObject({ source: 'file', encoding: 'windows-1252', delimiter: ';', totalBytes: 1204 });
    expect(file.urls).toEqual(['https://static.data.gouv.fr/resources/x/fichier.csv']);
  });

  it('asks no API the adapter did not list (another portal’s file)', async () => {
    const { fetchJson, requests } = tabularApi();
    const file = fileFetch();
    const r = await previewFromSources(sourcesFor(resource({ sources: [] })), {
      fetchJson,
      fetchImpl: file.fetchImpl,
    });
    expect(r.ok && r.value.source).toBe('file');
    expect(requests).toEqual([]);
  });

  it('reads the file itself when the user chose an encoding', async () => {
    const { fetchJson, requests } = tabularApi();
    const file = fileFetch();
    const r = await previewFromSources(sourcesFor(resource()), {
      fetchJson,
      fetchImpl: file.fetchImpl,
      encoding: 'iso-8859-15',
    });
    expect(r.ok && r.value).toMatchObject({ source: 'file', encoding: 'iso-8859-15', encodingEvidence: 'user' });
    expect(requests).toEqual([]);
  });
});
