import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPageSignals, PageSignalsSchema } from '../../lib/detect/page-signals';
import { DatasetRefSchema } from '../../lib/model/dataset';
import { ADAPTERS, adapterFor, detectDataset } from '../../lib/portals/registry';
import { DETECTION_EXAMPLES } from '../fixtures/portals/detection-examples';
import { anyJson, bounded, nastyString, params } from './fuzz';

/** URLs of every adapter's examples and known hosts, then bent: the detectors' real input, nearly. */
const knownUrls = ADAPTERS.flatMap((a) => [
  ...DETECTION_EXAMPLES[a.family].datasets.map((d) => d.url),
  ...DETECTION_EXAMPLES[a.family].notDatasets,
  ...a.pageHosts.map((h) => `https://${h.replace(/^\*\./, 'x.')}/`),
]);

const pageUrl = fc.oneof(
  fc.constantFrom(...knownUrls),
  fc
    .tuple(fc.constantFrom(...knownUrls), nastyString(4))
    .map(([u, tail]) => u + encodeURI(tail.replace(/[\ud800-\udfff]/g, ''))),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  nastyString(6),
);

const attrValue = fc.oneof(nastyString(4), fc.constantFrom('dataset', 'alternate', 'application/ld+json', 'ckan'));
const attrs = fc
  .array(
    fc.tuple(
      fc.constantFrom('name', 'property', 'content', 'rel', 'type', 'href', 'data-site-root', 'itemprop', 'x'),
      attrValue,
      fc.constantFrom('"', "'", ''),
    ),
    { maxLength: 5 },
  )
  .map((list) => list.map(([name, value, q]) => ` ${name}=${q}${value}${q}`).join(''));

/** Markup built from the tags the signal reader looks for, with hostile attributes and bodies. */
const markup = fc
  .array(
    fc.oneof(
      attrs.map((a) => `<meta${a}>`),
      attrs.map((a) => `<link${a}>`),
      attrs.map((a) => `<body${a}>`),
      anyJson.map((j) => `<script type="application/ld+json">${JSON.stringify(j)}</script>`),
      nastyString(4).map((s) => `<script type="application/ld+json">${s}</script>`),
      nastyString(6),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join('\n'));

/** Absolute URLs, as `extractPageSignals` makes every link's href (it drops those it cannot resolve). */
const absoluteUrl = fc.oneof(
  fc.constantFrom(...knownUrls),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.tuple(fc.constantFrom(...knownUrls), nastyString(3)).map(([u, tail]) => {
    const relative = encodeURI(tail.replace(/[\ud800-\udfff]/g, ''));
    return URL.canParse(relative, u) ? new URL(relative, u).href : u;
  }),
);

/** Signals in the shape extractPageSignals gives, with hostile values wherever that shape allows them. */
const signals = fc.record({
  url: pageUrl,
  meta: fc.dictionary(
    fc.oneof(nastyString(2), fc.constantFrom('og:type', 'ckan:site_url', 'dcterms.license')),
    nastyString(4),
    { maxKeys: 4 },
  ),
  links: fc.array(fc.record({ rel: attrValue, type: attrValue, href: absoluteUrl }), {
    maxLength: 4,
  }),
  jsonld: fc.array(anyJson, { maxLength: 3 }),
  bodyData: fc.dictionary(fc.oneof(nastyString(2), fc.constant('data-site-root')), nastyString(3), { maxKeys: 3 }),
});

function expectRefOrNull(ref: unknown): void {
  if (ref !== null) expect(DatasetRefSchema.safeParse(ref).success, JSON.stringify(ref)).toBe(true);
}

describe('fuzz: page signals and detection never throw, and give a ref or null', () => {
  it('extractPageSignals reads any markup at any URL into valid signals', () => {
    fc.assert(
      fc.property(pageUrl, markup, (url, html) => {
        const read = bounded(() => extractPageSignals(url, html));
        expect(PageSignalsSchema.safeParse(read).success).toBe(true);
        expectRefOrNull(bounded(() => detectDataset(read)));
      }),
      params(300),
    );
  });

  it('every detector, and the registry, on arbitrary signals', () => {
    fc.assert(
      fc.property(signals, (s) => {
        for (const adapter of ADAPTERS) expectRefOrNull(bounded(() => adapter.detect(s)));
        expectRefOrNull(bounded(() => detectDataset(s)));
      }),
      params(400),
    );
  });

  it('a ref a detector returns gives a metadata URL without throwing', () => {
    fc.assert(
      fc.property(pageUrl, markup, (url, html) => {
        const s = extractPageSignals(url, html);
        for (const adapter of ADAPTERS) {
          const ref = bounded(() => adapter.detect(s));
          if (!ref) continue;
          const url = bounded(() => adapterFor(ref.portal).metadataUrl(ref));
          // jsonld reads the page itself: no metadata URL.
          expect(url === null || typeof url === 'string').toBe(true);
        }
      }),
      params(200),
    );
  });
});
