import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPageSignals } from '../../../lib/detect/page-signals';
import type { Dataset, RefOf } from '../../../lib/model/dataset';
import { fail, failure, ok } from '../../../lib/model/failure';
import type { JsonFetcher } from '../../../lib/portals/adapter';
import { detectOpendatasoft, opendatasoft, parseOpendatasoft } from '../../../lib/portals/opendatasoft';
import { DETECTION_EXAMPLES } from '../../fixtures/portals/detection-examples';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/portals/opendatasoft/${name}`, import.meta.url), 'utf8'));
const PARIS_V1 = fixture('ods_api-v1_dataset_parisdata_odbl-paris.json');
const IDF_V1 = fixture('ods_api-v1_dataset_datailedefrance_licence-ouverte.json');
const PARIS_V21 = fixture('ods_api-v2.1_dataset_parisdata_odbl-paris.built.json');
const IDF_V21 = fixture('ods_api-v2.1_dataset_datailedefrance_licence-ouverte.built.json');

const PARIS_ID = 'les_1000_titres_les_plus_empruntes_2012_par_bibliotheque';
const IDF_ID = 'liste-des-espaces-de-retrait-so-colissimo-sans-horaires';

function refFor(url: string): RefOf<'opendatasoft'> {
  const ref = detectOpendatasoft(extractPageSignals(url));
  if (!ref) throw new Error(`not detected: ${url}`);
  return ref;
}
const PARIS = refFor(`https://opendata.paris.fr/explore/dataset/${PARIS_ID}/table/`);
const IDF = refFor(`https://data.iledefrance.fr/explore/dataset/${IDF_ID}/information/`);

function parsed(raw: unknown, ref: RefOf<'opendatasoft'>): Dataset {
  const r = parseOpendatasoft(raw, ref);
  if (!r.ok) throw new Error(`parse failed: ${r.error.code} ${r.error.detail}`);
  return r.value;
}

describe('OpenDataSoft detection', () => {
  it('claims every example dataset page with the id it must find', () => {
    for (const ex of DETECTION_EXAMPLES.opendatasoft.datasets) {
      expect(detectOpendatasoft(extractPageSignals(ex.url, ex.html))?.id, ex.url).toBe(ex.id);
    }
  });

  it('leaves every example non-dataset page alone', () => {
    for (const url of DETECTION_EXAMPLES.opendatasoft.notDatasets) {
      expect(detectOpendatasoft(extractPageSignals(url)), url).toBeNull();
    }
  });

  it('keeps a federated id whole for the API of the same host', () => {
    const ref = refFor('https://data.opendatasoft.com/explore/dataset/insee-departements@equipements-sgsocialgouv/');
    expect(opendatasoft.metadataUrl(ref)).toBe(
      'https://data.opendatasoft.com/api/explore/v2.1/catalog/datasets/insee-departements@equipements-sgsocialgouv',
    );
  });
});

describe('OpenDataSoft parse: Explore API v2.1 (built from the documented shape)', () => {
  const paris = parsed(PARIS_V21, PARIS);
  const idf = parsed(IDF_V21, IDF);

  it('reads title, description as text, licence as published, dates', () => {
    expect(paris).toMatchObject({
      portal: 'opendatasoft',
      origin: 'https://opendata.paris.fr',
      id: PARIS_ID,
      slug: PARIS_ID,
      title: 'les 1000 titres les plus empruntés par bibliothèque en 2012',
      description: 'Les 1000 références les plus empruntées en 2012, par bibliothèque',
      pageUrl: `https://opendata.paris.fr/explore/dataset/${PARIS_ID}/`,
      licence: {
        id: 'ODBl Paris',
        title: 'ODBl Paris',
        url: null,
        published: { id: null, title: 'ODBl Paris', url: null },
      },
      dates: {
        created: null,
        metadataModified: '2013-08-07T14:59:20+00:00',
        dataUpdated: '2013-08-07T14:59:20+00:00',
      },
      tags: ['bibliothèque', 'prêt', 'livres', 'statistiques', 'Culture'],
    });
  });

  it('says when the publisher is missing instead of inventing one', () => {
    expect(paris.publisher).toEqual({ name: null, url: null });
    expect(paris.missing).toEqual(['publisher']);
    expect(idf.publisher).toEqual({ name: 'La poste', url: null });
    expect(idf.missing).toEqual([]);
  });

  it('offers the exports, GeoJSON only with a geo field', () => {
    expect(paris.resources.map((r) => r.format)).toEqual(['csv', 'json', 'parquet', 'xlsx']);
    expect(idf.resources.map((r) => r.format)).toEqual(['csv', 'json', 'geojson', 'parquet', 'xlsx']);
    expect(idf.resources[0]).toEqual({
      id: 'export-csv',
      title: `${IDF_ID}.csv`,
      url: `https://data.iledefrance.fr/api/explore/v2.1/catalog/datasets/${IDF_ID}/exports/csv`,
      format: 'csv',
      mime: 'text/csv',
      size: null,
      lastModified: '2014-03-12T16:46:09+00:00',
      kind: 'export',
      hints: {},
      sources: [
        {
          kind: 'rows-api',
          api: 'ods-records',
          url: `https://data.iledefrance.fr/api/explore/v2.1/catalog/datasets/${IDF_ID}/records`,
          provenance: 'sources.odsRecords',
        },
      ],
    });
    expect(idf.licence.published.title).toBe('Licence Ouverte');
    expect(idf.sourceUrl).toBe('http://www.data.gouv.fr/fr/dataset/liste-des-espaces-de-retrait-so-colissi-0');
  });

  it('lists attachments with their API URL', () => {
    const raw = structuredClone(IDF_V21) as Record<string, unknown>;
    raw.attachments = [
      { id: 'notice_pdf', title: 'notice.pdf', mimetype: 'application/pdf', url: 'odsfile://notice.pdf' },
      { title: 'no id' },
    ];
    const d = parsed(raw, IDF);
    const attachment = d.resources.find((r) => r.kind === 'attachment');
    expect(attachment).toMatchObject({
      id: 'notice_pdf',
      title: 'notice.pdf',
      url: `https://data.iledefrance.fr/api/explore/v2.1/catalog/datasets/${IDF_ID}/attachments/notice_pdf`,
      format: 'pdf',
      mime: 'application/pdf',
    });
    expect(d.missing).toEqual(['attachments.unreadable']);
  });

  it('has no exports when the dataset has no records', () => {
    const raw = { ...(IDF_V21 as Record<string, unknown>), has_records: false };
    expect(parsed(raw, IDF).resources).toEqual([]);
  });

  it('reads license_url, the processing dates and a comma-joined theme', () => {
    const raw = structuredClone(PARIS_V21) as { metas: { default: Record<string, unknown> } };
    Object.assign(raw.metas.default, {
      license: 'Open Database License (ODbL)',
      license_url: 'http://opendatacommons.org/licenses/odbl/',
      data_processed: '2024-01-02T03:04:05+00:00',
      metadata_processed: '2024-02-03T04:05:06+00:00',
      modified_updates_on_data_change: false,
      theme: 'Culture, Loisirs',
      keyword: 'livres',
    });
    const d = parsed(raw, PARIS);
    expect(d.licence.published).toEqual({
      id: null,
      title: 'Open Database License (ODbL)',
      url: 'http://opendatacommons.org/licenses/odbl/',
    });
    expect(d.dates).toEqual({
      created: null,
      metadataModified: '2024-02-03T04:05:06+00:00',
      dataUpdated: '2024-01-02T03:04:05+00:00',
    });
    expect(d.tags).toEqual(['livres', 'Culture', 'Loisirs']);
  });
});

describe('OpenDataSoft parse: legacy API v1 answers (real)', () => {
  it('reads the same dataset from either shape', () => {
    for (const [v1, v21, ref] of [
      [PARIS_V1, PARIS_V21, PARIS],
      [IDF_V1, IDF_V21, IDF],
    ] as const) {
      const a = parsed(v1, ref);
      const b = parsed(v21, ref);
      expect(a).toEqual(b);
    }
  });

  it('reads publisher, licence, date and records of the Île-de-France answer', () => {
    const d = parsed(IDF_V1, IDF);
    expect(d).toMatchObject({
      title: 'Liste des espaces de retrait So Colissimo (sans horaires)',
      publisher: { name: 'La poste' },
      licence: { published: { title: 'Licence Ouverte' } },
      dates: { dataUpdated: '2014-03-12T16:46:09+00:00' },
      tags: ['Réseau postal', 'Courrier', 'Géolocalisation', 'Vie urbaine'],
    });
    expect(d.resources).toHaveLength(5);
    expect(d.description).toMatch(/^Ce jeu de données représente/);
    expect(d.description).not.toContain('<');
  });
});

describe('OpenDataSoft failures', () => {
  it('gives a malformed failure when the core (id and title) is missing', () => {
    const raw = structuredClone(PARIS_V21) as { metas: { default: Record<string, unknown> } };
    delete raw.metas.default.title;
    const r = parseOpendatasoft(raw, PARIS);
    expect(r.ok ? null : r.error).toMatchObject({ code: 'malformed', params: { host: 'opendata.paris.fr' } });
    expect(r.ok ? '' : r.error.params.detail).toContain('metas.default.title');
    expect(parseOpendatasoft({ error: 'Unknown dataset' }, PARIS).ok).toBe(false);
    expect(parseOpendatasoft(null, PARIS).ok).toBe(false);
  });

  it('keeps a dataset whose optional parts are broken, and lists the gaps', () => {
    const raw = structuredClone(IDF_V21) as { metas: { default: Record<string, unknown> }; fields: unknown };
    Object.assign(raw.metas.default, { license: 42, modified: { at: 'never' }, publisher: ['La poste'] });
    raw.fields = 'broken';
    const d = parsed(raw, IDF);
    expect(d.title).toBe('Liste des espaces de retrait So Colissimo (sans horaires)');
    expect(d.missing).toEqual(['dates.dataUpdated', 'publisher', 'licence']);
    // Still geo through `features`.
    expect(d.resources.map((r) => r.format)).toContain('geojson');
  });

  it('unwraps the v2.0 `{links, dataset}` envelope', () => {
    expect(parsed({ links: [], dataset: IDF_V21 }, IDF).id).toBe(IDF_ID);
  });
});

describe('OpenDataSoft load', () => {
  it('calls the v2.1 dataset endpoint on the page’s host', async () => {
    const calls: string[] = [];
    const fetchJson: JsonFetcher = async (url) => {
      calls.push(url);
      return ok(IDF_V21);
    };
    const result = await opendatasoft.load(IDF, { fetchJson, lang: 'fr' });
    expect(calls).toEqual([`https://data.iledefrance.fr/api/explore/v2.1/catalog/datasets/${IDF_ID}`]);
    expect(result.ok && result.value.publisher.name).toBe('La poste');
  });

  it('passes network failures through', async () => {
    const notFound = failure('not-found', 'errors.not-found', { params: { host: 'opendata.paris.fr', status: 404 } });
    const fetchJson: JsonFetcher = async () => fail(notFound);
    expect(await opendatasoft.load(PARIS, { fetchJson, lang: 'en' })).toEqual({ ok: false, error: notFound });
  });
});
