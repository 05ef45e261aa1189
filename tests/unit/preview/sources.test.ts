import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../lib/model/dataset';
import { fail, failure, ok, type Result } from '../../../lib/model/failure';
import { readCkanDatastore } from '../../../lib/preview/sources/ckan-datastore';
import { sourcesFor } from '../../../lib/preview/sources/list';
import { readOdsRecords } from '../../../lib/preview/sources/ods-records';
import { previewFromSources } from '../../../lib/preview/sources/preview';
import { readSocrataSoda } from '../../../lib/preview/sources/socrata-soda';
import { PreviewSourceSchema, rowsApi } from '../../../lib/preview/sources/source';
import { CsvPreviewSchema } from '../../../lib/preview/types';
import { fixtureBytes } from './fixtures';

const built = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/preview/sources/${name}`, import.meta.url), 'utf8'));

/** A fake fetcher answering each URL from a table, recording what was asked. */
function answering(table: (url: string) => Result<unknown> | undefined) {
  const asked: string[] = [];
  const fetchJson = async (url: string): Promise<Result<unknown>> => {
    asked.push(url);
    return table(url) ?? fail(failure('not-found', 'errors.not-found', { params: { host: new URL(url).host } }));
  };
  return { fetchJson, asked };
}

const ODS = 'https://opendata.paris.fr/api/explore/v2.1/catalog/datasets/les-arbres/records';
const SODA = 'https://data.cityofchicago.org/resource/zidz-sdfj.json';
const CKAN = 'https://data.gov.au/data/api/3/action/datastore_search?resource_id=acd0b143-3616-4144-9ef5-d83a67f84148';

describe('OpenDataSoft records', () => {
  it('builds the CSV preview’s table from one page, with inferred types', async () => {
    const { fetchJson, asked } = answering(() => ok(built('ods-records_page.json')));
    const r = await readOdsRecords(ODS, { fetchJson, rows: 3, totalBytes: null });
    if (!r.ok) throw new Error(r.error.messageKey);
    const p = CsvPreviewSchema.parse(r.value);
    expect(asked).toEqual([`${ODS}?limit=3&offset=0`]);
    expect(p).toMatchObject({ source: 'ods-records', totalRows: 207_641, truncated: true, bytesRead: 0 });
    expect(p.columns.map((c) => c.name)).toEqual([
      'idbase',
      'typeemplacement',
      'domanialite',
      'arrondissement',
      'libellefrancais',
      'circonferenceencm',
      'hauteurenm',
      'remarquable',
      'geo_point_2d',
    ]);
    const col = (name: string) => p.columns.find((c) => c.name === name);
    expect(col('circonferenceencm')?.type).toBe('integer');
    expect(col('hauteurenm')).toMatchObject({ type: 'decimal', decimalSeparator: '.' });
    expect(p.rows[1]?.[7]).toBe('');
    expect(JSON.parse(p.rows[0]?.[8] ?? '')).toEqual({ lon: 2.3590855, lat: 48.8287611 });
  });

  it('pages by 100 at most and stops when the portal has no more', async () => {
    const page = built('ods-records_page.json') as { results: unknown[] };
    const hundred = { total_count: 150, results: Array.from({ length: 100 }, (_, i) => page.results[i % 3]) };
    const rest = { total_count: 150, results: Array.from({ length: 50 }, (_, i) => page.results[i % 3]) };
    const { fetchJson, asked } = answering((url) => ok(url.includes('offset=0') ? hundred : rest));
    const r = await readOdsRecords(ODS, { fetchJson, rows: 300 });
    expect(r.ok && r.value.rows).toHaveLength(150);
    expect(r.ok && r.value.truncated).toBe(false);
    expect(asked).toEqual([`${ODS}?limit=100&offset=0`, `${ODS}?limit=100&offset=100`]);
  });

  it('says what broke in an answer of another shape', async () => {
    const { fetchJson } = answering(() => ok({ results: 'none' }));
    const r = await readOdsRecords(ODS, { fetchJson });
    expect(!r.ok && r.error).toMatchObject({ code: 'malformed', params: { host: 'opendata.paris.fr' } });
  });
});

describe('Socrata SODA', () => {
  it('asks one more row than shown, in row-id order, and fills absent keys with empty cells', async () => {
    const { fetchJson, asked } = answering(() => ok(built('socrata-soda_rows.json')));
    const r = await readSocrataSoda(SODA, { fetchJson, rows: 2 });
    if (!r.ok) throw new Error(r.error.messageKey);
    expect(asked).toEqual([`${SODA}?%24limit=3&%24offset=0&%24order=%3Aid`]);
    expect(r.value).toMatchObject({ source: 'socrata-soda', totalRows: null, truncated: true });
    const header = r.value.columns.map((c) => c.name);
    expect(header).toEqual(['landmark_name', 'date_designated', 'address', 'id', 'the_geom']);
    expect(r.value.rows).toHaveLength(2);
    expect(r.value.rows[1]?.[header.indexOf('address')]).toBe('');
    expect(r.value.columns.find((c) => c.name === 'date_designated')?.type).toBe('datetime');
  });

  it('knows the table ended when fewer rows came back', async () => {
    const { fetchJson } = answering(() => ok(built('socrata-soda_rows.json')));
    const r = await readSocrataSoda(SODA, { fetchJson, rows: 10 });
    expect(r.ok && r.value).toMatchObject({ truncated: false });
    expect(r.ok && r.value.rows).toHaveLength(3);
  });

  it('passes a rate limit on as the failure it is', async () => {
    const limited = failure('rate-limited', 'errors.rate-limited', { retryAfter: 30 });
    const r = await readSocrataSoda(SODA, { fetchJson: async () => fail(limited) });
    expect(r).toEqual({ ok: false, error: limited });
  });
});

describe('CKAN DataStore', () => {
  it('keeps the fields’ order, leaves out `_id`, and reads back the limit the server applied', async () => {
    const answer = built('ckan-datastore_search.json') as { result: { records: unknown[] } };
    const { fetchJson, asked } = answering((url) => {
      const offset = Number(new URL(url).searchParams.get('offset'));
      const records = [...answer.result.records, ...answer.result.records, answer.result.records[0]].slice(
        offset,
        offset + 2,
      );
      return ok({ ...answer, result: { ...answer.result, records } });
    });
    const r = await readCkanDatastore(CKAN, { fetchJson, rows: 10 });
    if (!r.ok) throw new Error(r.error.messageKey);
    expect(r.value.columns.map((c) => c.name)).toEqual(['lga_code', 'lga_name', 'area_sqkm', 'updated']);
    expect(r.value.columns[2]).toMatchObject({ name: 'area_sqkm', type: 'decimal' });
    expect(r.value.rows).toHaveLength(5);
    expect(r.value).toMatchObject({ source: 'ckan-datastore', totalRows: 5, truncated: false });
    // The server served 2 rows per call whatever was asked: the next call starts after them.
    expect(asked.map((u) => new URL(u).searchParams.get('offset'))).toEqual(['0', '2', '4']);
    expect(new URL(asked[0]!).searchParams.get('resource_id')).toBe('acd0b143-3616-4144-9ef5-d83a67f84148');
  });

  it('gives no row count when CKAN only estimated it', async () => {
    const answer = built('ckan-datastore_search.json') as { result: object };
    const estimated = { ...answer, result: { ...answer.result, total_was_estimated: true, total: 100000 } };
    const r = await readCkanDatastore(CKAN, { fetchJson: async () => ok(estimated), rows: 2 });
    expect(r.ok && r.value.totalRows).toBeNull();
  });

  it('fails on `success: false`', async () => {
    const r = await readCkanDatastore(CKAN, {
      fetchJson: async () => ok({ success: false, error: { __type: 'Not Found Error' } }),
    });
    expect(!r.ok && r.error.code).toBe('malformed');
  });
});

describe('the source list and the engine', () => {
  const resource = (over: Partial<Resource> = {}): Resource => ({
    id: 'r1',
    title: 'communes.csv',
    url: 'https://files.example.org/communes.csv',
    format: 'csv',
    mime: null,
    size: null,
    lastModified: null,
    kind: 'main',
    hints: { contentType: 'text/csv', measuredSize: 1204 },
    sources: [
      rowsApi('socrata-soda', SODA),
      {
        kind: 'conversion',
        format: 'parquet',
        url: 'https://files.example.org/x.parquet',
        size: 10,
        provenance: 'sources.conversion',
      },
    ],
    ...over,
  });
  const file = () => {
    const urls: string[] = [];
    const fetchImpl = async (url: string) => {
      urls.push(url);
      const bytes = fixtureBytes('w1252-semicolon-decimal-comma.csv');
      return new Response(bytes, {
        status: 206,
        headers: { 'Content-Range': `bytes 0-${bytes.length - 1}/${bytes.length}` },
      });
    };
    return { fetchImpl, urls };
  };

  it('lists the adapter’s sources, then the file with what the crawler measured', () => {
    const list = sourcesFor(resource());
    expect(list.map((s) => s.kind)).toEqual(['rows-api', 'conversion', 'file']);
    expect(list[2]).toEqual({
      kind: 'file',
      url: 'https://files.example.org/communes.csv',
      format: 'csv',
      mime: 'text/csv',
      size: 1204,
      provenance: 'sources.file',
    });
    for (const s of list) expect(PreviewSourceSchema.safeParse(s).success).toBe(true);
  });

  it('takes the first source that answers', async () => {
    const { fetchJson, asked } = answering(() => ok(built('socrata-soda_rows.json')));
    const f = file();
    const r = await previewFromSources(sourcesFor(resource()), { fetchJson, fetchImpl: f.fetchImpl });
    expect(r.ok && r.value.source).toBe('socrata-soda');
    expect(asked).toHaveLength(1);
    expect(f.urls).toEqual([]);
  });

  it('goes on to the file when the API and the Parquet copy fail', async () => {
    const { fetchJson } = answering(() => undefined);
    const f = file();
    const r = await previewFromSources(sourcesFor(resource()), { fetchJson, fetchImpl: f.fetchImpl });
    expect(r.ok && r.value).toMatchObject({ source: 'file', totalBytes: 1204 });
    // The "Parquet copy" here answers CSV bytes: it is tried, found damaged, and the file comes next.
    expect(new Set(f.urls)).toEqual(
      new Set(['https://files.example.org/x.parquet', 'https://files.example.org/communes.csv']),
    );
    expect(f.urls.at(-1)).toBe('https://files.example.org/communes.csv');
  });

  it('never requests a source the caller may not read', async () => {
    const { fetchJson, asked } = answering(() => ok(built('socrata-soda_rows.json')));
    const f = file();
    const r = await previewFromSources(sourcesFor(resource()), {
      fetchJson,
      fetchImpl: f.fetchImpl,
      mayRead: async (url) => !url.startsWith('https://data.cityofchicago.org/'),
    });
    expect(r.ok && r.value.source).toBe('file');
    expect(asked).toEqual([]);
  });

  it('fails cleanly on a list with no file and no source that answers', async () => {
    const { fetchJson } = answering(() => undefined);
    const r = await previewFromSources([rowsApi('ods-records', ODS)], { fetchJson });
    expect(!r.ok && r.error.code).toBe('unsupported');
  });
});
