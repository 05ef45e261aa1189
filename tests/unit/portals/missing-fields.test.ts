import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPageSignals } from '../../../lib/detect/page-signals';
import { LANGS, t } from '../../../lib/i18n';
import { type DatasetRef, DatasetSchema, MissingFieldSchema, type PortalFamily } from '../../../lib/model/dataset';
import { parseDataset } from '../../../lib/pipeline/load-dataset';
import { ADAPTERS, detectDataset } from '../../../lib/portals/registry';

/**
 * `missing` names fields the view shows as "the portal's answer lacks: …": every name must have a
 * `common.field.*` string in every language, and every adapter, on every recorded answer and on the same answer
 * with its optional parts broken, may only produce names of the list.
 */

const dir = (family: string) => new URL(`../../fixtures/portals/${family}/`, import.meta.url);

/** A page of each family to detect a ref from; the fixtures' own ids do not matter to `missing`. */
const PAGES: Record<PortalFamily, string> = {
  udata: 'https://www.data.gouv.fr/datasets/x',
  ckan: 'https://data.gov.au/data/dataset/x',
  opendatasoft: 'https://opendata.paris.fr/explore/dataset/x/',
  socrata: 'https://data.cityofchicago.org/d/zidz-sdfj',
  arcgis: 'https://wigan.opendata.arcgis.com/datasets/7a153563b0c74f7eb2b3eae8a66f2fbb_0',
  jsonld: 'https://data.europa.eu/data/datasets/x',
};

const refFor = (family: PortalFamily): DatasetRef => {
  const ref = detectDataset(extractPageSignals(PAGES[family]));
  if (ref?.portal !== family) throw new Error(`no ${family} ref`);
  return ref;
};

/** The answer with every top-level field but the id and title emptied: what a sparse portal sends. */
function stripped(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const keep = new Set(['id', 'title', 'name', 'dataset_id', 'datasetid', 'metas', 'result', 'success', '@context']);
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, keep.has(k) ? v : null]));
}

/** The answer with an unreadable entry added to each list of files (CKAN `resources`, ODS `attachments`). */
function withBrokenEntries(raw: unknown): unknown {
  if (Array.isArray(raw)) return raw.map(withBrokenEntries);
  if (typeof raw !== 'object' || raw === null) return raw;
  return Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [
      k,
      (k === 'resources' || k === 'attachments') && Array.isArray(v) ? [...v, { broken: true }] : withBrokenEntries(v),
    ]),
  );
}

describe('every `missing` name has a string', () => {
  it.each(MissingFieldSchema.options)('common.field.%s in every language', (field) => {
    for (const lang of LANGS) expect(t(lang, `common.field.${field}`)).not.toBe(`common.field.${field}`);
  });
});

describe('every adapter names what is missing from the list only', () => {
  for (const adapter of ADAPTERS) {
    it(`${adapter.family}: every fixture, as recorded, stripped and with an unreadable file entry`, () => {
      const files = readdirSync(dir(adapter.family)).filter((f) => /\.(json|jsonld)$/.test(f));
      let parsed = 0;
      const seen = new Set<string>();
      for (const file of files) {
        const raw: unknown = JSON.parse(readFileSync(new URL(file, dir(adapter.family)), 'utf8'));
        for (const variant of [raw, stripped(raw), withBrokenEntries(raw)]) {
          for (const lang of LANGS) {
            const result = parseDataset(refFor(adapter.family), variant, { lang });
            if (!result.ok) continue;
            parsed++;
            // The runtime check: the names are in the schema's list, whatever the types said.
            expect(DatasetSchema.safeParse(result.value).success, file).toBe(true);
            for (const m of result.value.missing) seen.add(m);
          }
        }
      }
      expect(parsed).toBeGreaterThan(0);
      for (const m of seen) expect(MissingFieldSchema.options).toContain(m);
    });
  }
});
