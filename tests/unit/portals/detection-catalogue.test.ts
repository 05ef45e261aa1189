import { describe, expect, it } from 'vitest';
import { extractPageSignals } from '../../../lib/detect/page-signals';
import { PortalFamilySchema } from '../../../lib/model/dataset';
import { ADAPTERS, detectDataset } from '../../../lib/portals/registry';
import { DETECTION_EXAMPLES } from '../../fixtures/portals/detection-examples';

/**
 * Every adapter's examples checked against every detector, so that a new family cannot start claiming
 * another family's pages (or portal pages that are not datasets) without a test failing. It reads
 * `ADAPTERS`, so families added later are covered without editing this file.
 */

/** Portal pages that are not one dataset, across the hosts of every family: no detector may claim them. */
const SHARED_NOT_DATASETS: readonly string[] = [
  // udata
  'https://www.data.gouv.fr/',
  'https://www.data.gouv.fr/fr/search/?q=eau',
  'https://www.data.gouv.fr/datasets/search?q=eau',
  'https://www.data.gouv.fr/organizations/',
  'https://www.data.gouv.fr/fr/organizations/insee/',
  'https://www.data.gouv.fr/reuses/',
  'https://www.data.gouv.fr/fr/topics/',
  'https://www.data.gouv.fr/pages/onboarding/producteurs',
  // CKAN
  'https://data.gov.au/data/',
  'https://data.gov.au/data/dataset/',
  'https://data.gov.au/data/organization/',
  'https://data.gov.au/data/group/',
  'https://catalogue.data.wa.gov.au/organization/landgate',
  'https://opendata.swiss/en/group/',
  'https://open.canada.ca/data/en/dataset',
  // catalog.data.gov (no longer CKAN) and data.europa.eu
  'https://catalog.data.gov/',
  'https://catalog.data.gov/dataset',
  'https://catalog.data.gov/organization/',
  'https://data.europa.eu/en',
  'https://data.europa.eu/data/datasets',
  'https://data.europa.eu/data/datasets?query=air',
  'https://data.europa.eu/data/catalogues',
  // OpenDataSoft
  'https://opendata.paris.fr/explore/',
  'https://opendata.paris.fr/explore/?refine.publisher=Ville+de+Paris',
  'https://opendata.paris.fr/explore/embed/dataset/',
  'https://data.iledefrance.fr/pages/',
  'https://data.iledefrance.fr/explore/?q=gare',
  // Socrata
  'https://data.cityofchicago.org/',
  'https://data.cityofchicago.org/browse',
  'https://data.cityofchicago.org/browse?limitTo=datasets',
  'https://data.cityofnewyork.us/browse?category=Education',
  'https://data.seattle.gov/stories/s/Open-Data-Program/abcd-1234',
  'https://data.sfgov.org/login',
  'https://opendata.rdw.nl/browse?sortBy=most_accessed',
  // ArcGIS Hub
  'https://hub.example.hub.arcgis.com/',
  'https://hub.example.hub.arcgis.com/search',
  'https://hub.example.hub.arcgis.com/search?collection=Dataset&q=parks',
  'https://hub.example.hub.arcgis.com/datasets',
  'https://hub.example.hub.arcgis.com/pages/about',
  'https://wigan.opendata.arcgis.com/search',
  // Anything else
  'https://example.org/',
  'https://example.org/dataset/',
  'https://example.org/datasets/',
];

const detectors = ADAPTERS.map((a) => ({ family: a.family, detect: a.detect.bind(a) }));

const claimants = (url: string, html?: string) => {
  const signals = extractPageSignals(url, html);
  return detectors.filter((d) => d.detect(signals) !== null).map((d) => d.family);
};

describe('detection catalogue', () => {
  it('lists every family once, with jsonld (the catch-all) last', () => {
    const families = ADAPTERS.map((a) => a.family);
    expect(new Set(families).size).toBe(families.length);
    expect(families.at(-1)).toBe('jsonld');
    for (const f of families) expect(PortalFamilySchema.options).toContain(f);
  });

  for (const adapter of ADAPTERS) {
    describe(adapter.family, () => {
      it('gives examples to check', () => {
        expect(DETECTION_EXAMPLES[adapter.family].datasets.length).toBeGreaterThan(0);
        expect(DETECTION_EXAMPLES[adapter.family].notDatasets.length).toBeGreaterThan(0);
      });

      for (const example of DETECTION_EXAMPLES[adapter.family].datasets) {
        const label = `${example.url}${example.html ? ' (with markup)' : ''}`;
        it(`claims ${label} as ${example.id}, alone`, () => {
          const signals = extractPageSignals(example.url, example.html);
          const ref = adapter.detect(signals);
          expect(ref?.portal).toBe(adapter.family);
          expect(ref?.id).toBe(example.id);
          expect(claimants(example.url, example.html)).toEqual([adapter.family]);
          expect(detectDataset(signals)).toMatchObject({ portal: adapter.family, id: example.id });
        });
      }

      for (const url of DETECTION_EXAMPLES[adapter.family].notDatasets) {
        it(`leaves ${url} to no one`, () => {
          expect(claimants(url)).toEqual([]);
          expect(detectDataset(extractPageSignals(url))).toBeNull();
        });
      }
    });
  }

  for (const url of SHARED_NOT_DATASETS) {
    it(`no family claims the portal page ${url}`, () => {
      expect(claimants(url)).toEqual([]);
    });
  }
});
