import { describe, expect, it } from 'vitest';
import { addToBasket, dedupeBasket, emptyBasket, parseBasket, removeFromBasket } from '../../../lib/attribution/basket';
import { type CombinedTerms, renderCredits } from '../../../lib/attribution/credits';
import { renderAttribution } from '../../../lib/attribution/render';
import { bibtexBracesBalanced, isRisRecord, onlySafeLinks } from './checkers';
import { LICENCES, makeDataset } from './entries';

const a = makeDataset();
const b = makeDataset({ id: '43', permalink: 'https://data.example.org/datasets/43', title: 'Arbres' });

describe('credits basket', () => {
  it('adds, refreshes in place, removes', () => {
    let basket = addToBasket(emptyBasket(), a, '2026-11-26T10:00:00Z');
    basket = addToBasket(basket, b, '2026-11-26T10:01:00Z');
    const updated = makeDataset({ dates: { created: null, metadataModified: null, dataUpdated: '2026-01-01' } });
    basket = addToBasket(basket, updated, '2026-11-26T10:02:00Z');
    expect(basket.items.map((i) => i.id)).toEqual([a.permalink, b.permalink]);
    expect(basket.items[0]?.dataset.dates.dataUpdated).toBe('2026-01-01');
    expect(removeFromBasket(basket, a.permalink).items.map((i) => i.id)).toEqual([b.permalink]);
  });
  it('keeps the first position and the latest content when deduplicating', () => {
    const first = addToBasket(emptyBasket(), a, '2026-01-01T00:00:00Z').items[0]!;
    const second = addToBasket(emptyBasket(), b, '2026-01-02T00:00:00Z').items[0]!;
    const later = { ...first, addedAt: '2026-02-01T00:00:00Z', dataset: { ...first.dataset, title: 'Renamed' } };
    const deduped = dedupeBasket({ version: 2, items: [first, second, later] });
    expect(deduped.items.map((i) => i.dataset.title)).toEqual(['Renamed', 'Arbres']);
  });
  it('reads a stored basket back, dropping only the damaged items', () => {
    const stored = JSON.parse(JSON.stringify(addToBasket(addToBasket(emptyBasket(), a, 'x'), b, 'y')));
    stored.items.push({ id: 'broken' });
    const { basket, dropped } = parseBasket(stored);
    expect(dropped).toBe(1);
    expect(basket.items).toHaveLength(2);
    // A snapshot renders the same notice as the full dataset it came from.
    const fromSnapshot = renderAttribution(
      { dataset: basket.items[0]!.dataset, licence: LICENCES['CC-BY-4.0'] },
      { lang: 'fr' },
    );
    const fromDataset = renderAttribution({ dataset: a, licence: LICENCES['CC-BY-4.0'] }, { lang: 'fr' });
    expect(fromSnapshot.text).toBe(fromDataset.text);
    expect(parseBasket(undefined)).toEqual({ basket: emptyBasket(), dropped: 0 });
    expect(parseBasket({ version: 3 }).basket).toEqual(emptyBasket());
  });
});

describe('renderCredits', () => {
  const entries = [
    { dataset: a, licence: LICENCES['etalab-2.0'] },
    {
      dataset: makeDataset({ ...b, title: '<b>Arbres</b> & {x}', publisher: { name: 'Atelier', url: null } }),
      licence: LICENCES['ODbL-1.0'],
    },
  ];
  const combined: CombinedTerms = {
    obligations: [
      { messageKey: 'licences.combine.shareAlikeOdbl', params: { licence: 'ODbL <1.0>' }, source: 'ODbL 1.0 §4.4' },
    ],
    conflicts: [],
    unknown: ['other-at'],
  };
  it('heads the text block with the obligations, then lists the notices in order', () => {
    const text = renderCredits(entries, combined, { lang: 'en', format: 'text' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Data sources');
    expect(lines).toContain('Combined licence obligations:');
    expect(text).toMatch(/- A derived database built from the ODbL <1\.0> data .* \(ODbL 1\.0 §4\.4\)/);
    expect(text).toContain('Unrecognized licences, to check: other-at.');
    expect(lines.at(-2)).toMatch(/^- Ville de Nantes – Équipements publics – /);
    expect(lines.at(-1)).toMatch(/^- Contains information from <b>Arbres<\/b> & \{x\}/);
  });
  it('escapes the head and the notices in HTML', () => {
    const html = renderCredits(entries, combined, { lang: 'fr', format: 'html' });
    expect(html.startsWith('<section class="credits">')).toBe(true);
    expect(html).toContain('ODbL &lt;1.0&gt;');
    expect(html).toContain('&lt;b&gt;Arbres&lt;/b&gt; &amp; {x}');
    const inner = html.replace(/<\/?(section|ul|li|p|strong)( class="credits")?>/g, '');
    expect(onlySafeLinks(inner)).toBe(true);
  });
  it('keeps BibTeX balanced with the head as an @comment, and RIS as records only', () => {
    const bib = renderCredits(entries, combined, { lang: 'en', format: 'bibtex' });
    expect(bib.startsWith('@comment{Data sources -- ')).toBe(true);
    expect(bibtexBracesBalanced(bib)).toBe(true);
    expect(bib.match(/^@misc\{/gm)).toHaveLength(2);
    const ris = renderCredits(entries, combined, { lang: 'en', format: 'ris' });
    const records = ris.split(/(?<=^ER {2}- )\n/m);
    expect(records).toHaveLength(2);
    expect(records.every(isRisRecord)).toBe(true);
  });
  it('sorts APA and ISO 690 reference lists alphabetically', () => {
    const apa = renderCredits(entries, combined, { lang: 'en', format: 'apa' }).split('\n');
    const refs = apa.slice(apa.indexOf('Unrecognized licences, to check: other-at.') + 2);
    expect(refs[0]).toMatch(/^Atelier\. \(2025, October 6\)\. <b>Arbres<\/b>/);
    expect(refs[1]).toMatch(/^Ville de Nantes\. \(2025, October 6\)\./);
  });
});
