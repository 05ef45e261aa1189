import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASKET_VERSION, parseBasket } from '../../lib/attribution/basket';
import { AttributionFormatSchema } from '../../lib/attribution/options';
import { renderAttribution } from '../../lib/attribution/render';
import { LANGS } from '../../lib/i18n';
import { LICENCES } from '../../lib/licences/catalogue';
import { isBibtexEntry, isRisRecord, onlySafeLinks, onlySafeMarkdownLinks } from '../unit/attribution/checkers';
import { makeDataset } from '../unit/attribution/entries';
import { anyJson, bounded, nastyString, params } from './fuzz';

/** A link field as a portal may publish it: a real URL, a script URL, or text. */
const link = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>x</script>',
    ' https://ok.example/a b',
  ),
  nastyString(3),
);
const date = fc.option(
  fc.oneof(
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    nastyString(2),
  ),
  { nil: null },
);

/** A dataset whose every displayed field comes from a hostile portal. */
const hostileDataset = fc
  .record({
    title: nastyString(8),
    producer: nastyString(6),
    producerUrl: fc.option(link, { nil: null }),
    permalink: link,
    pageUrl: link,
    updated: date,
    doi: fc.option(nastyString(3), { nil: null }),
    publicSector: fc.option(fc.boolean(), { nil: null }),
    licenceTitle: fc.option(nastyString(4), { nil: null }),
    licenceUrl: fc.option(link, { nil: null }),
  })
  .map((f) =>
    makeDataset({
      title: f.title,
      publisher: { name: f.producer, url: f.producerUrl },
      permalink: f.permalink,
      pageUrl: f.pageUrl,
      dates: { created: null, metadataModified: null, dataUpdated: f.updated },
      doi: f.doi,
      publicSector: f.publicSector,
      licence: {
        id: null,
        title: f.licenceTitle,
        url: f.licenceUrl,
        versionAssumed: false,
        published: { id: null, title: f.licenceTitle, url: f.licenceUrl },
      },
    }),
  );

describe('fuzz: attribution formats stay well-formed and safe with hostile metadata', () => {
  it('every format renders; BibTeX and RIS stay valid records; HTML and Markdown link only http(s)', () => {
    fc.assert(
      fc.property(
        hostileDataset,
        fc.option(fc.constantFrom(...LICENCES), { nil: null }),
        fc.constantFrom(...LANGS),
        fc.constantFrom(...AttributionFormatSchema.options),
        fc.boolean(),
        fc.option(nastyString(3), { nil: undefined }),
        fc.option(nastyString(3), { nil: null }),
        (dataset, licence, lang, format, modified, modifiedBy, providerStatement) => {
          const result = bounded(() =>
            renderAttribution({ dataset, licence, providerStatement }, { lang, format, modified, modifiedBy }),
          );
          const context = `${format}:\n${result.text}`;
          if (format === 'bibtex') expect(isBibtexEntry(result.text), context).toBe(true);
          if (format === 'ris') expect(isRisRecord(result.text), context).toBe(true);
          if (format === 'html') expect(onlySafeLinks(result.text), context).toBe(true);
          if (format === 'markdown') expect(onlySafeMarkdownLinks(result.text), context).toBe(true);
        },
      ),
      params(600),
    );
  });

  it('a stored basket of any shape is read into a valid basket, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyJson,
          // Both stored versions: a v1 basket goes through the migration, a v2 one is read as is.
          fc
            .tuple(fc.constantFrom(1, BASKET_VERSION), fc.array(anyJson, { maxLength: 4 }))
            .map(([version, items]) => ({ version, items })),
        ),
        (raw) => {
          const { basket, dropped } = bounded(() => parseBasket(raw));
          expect(basket.version).toBe(BASKET_VERSION);
          expect(Array.isArray(basket.items)).toBe(true);
          expect(dropped).toBeGreaterThanOrEqual(0);
        },
      ),
      params(400),
    );
  });
});
