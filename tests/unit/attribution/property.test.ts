import { describe, expect, it } from 'vitest';
import { noticeDate } from '../../../lib/attribution/notice';
import { type AttributionFormat, AttributionFormatSchema } from '../../../lib/attribution/options';
import { renderAttribution } from '../../../lib/attribution/render';
import type { Lang } from '../../../lib/i18n';
import type { AttributionElement, LicenceEntry } from '../../../lib/licences/schema';
import { bibtexToText, htmlToText, isBibtexEntry, isRisRecord, markdownToText } from './checkers';
import { LICENCES, makeDataset } from './entries';

/** mulberry32: a seeded PRNG, so a failure names its seed and can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'éèàçôÉÎœßøåñü',
  ...'     -–.,;:!?/@',
  ...'<>&"\'[](){}*_#%$~^\\`|=+',
  '\n',
  '\t',
  '日本',
  '🙂',
];

function randomText(next: () => number, max: number): string {
  const length = 1 + Math.floor(next() * max);
  let s = 'Ab';
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return s;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const FORMATS = AttributionFormatSchema.options;
const NOTICE_FORMATS = new Set<AttributionFormat>(['text', 'html', 'markdown']);

/** The readable text of an output, whatever its escaping, so that values can be looked for in it. */
function readable(format: AttributionFormat, output: string): string {
  if (format === 'html') return htmlToText(output);
  if (format === 'markdown') return markdownToText(output);
  if (format === 'bibtex') return bibtexToText(output);
  return output;
}

function parisYear(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date(iso));
}

function licenceLabel(entry: LicenceEntry, lang: Lang): string {
  if (entry.attribution.style === 'dl-de') return 'dl-de/by-2-0';
  if (entry.attribution.style === 'ogl-uk') return entry.names.en;
  return entry.names[lang];
}

const REQUIRING = Object.values(LICENCES).filter((l) => l.attribution.style !== 'public-domain');

describe('every element the licence requires is in every format', () => {
  it('holds for 200 random datasets with a producer, a title and a date', () => {
    const next = prng(20261126);
    for (let run = 0; run < 200; run++) {
      const licence = REQUIRING[Math.floor(next() * REQUIRING.length)]!;
      const lang: Lang = next() < 0.5 ? 'fr' : 'en';
      const producer = randomText(next, 40);
      const title = randomText(next, 80);
      const date = new Date(Date.UTC(2000, 0, 1) + Math.floor(next() * 30 * 365 * 86_400_000)).toISOString();
      const modified = next() < 0.5;
      const modifiedBy = modified && next() < 0.7 ? randomText(next, 20) : undefined;
      const publicSector = next() < 0.5;
      const dataset = makeDataset({
        id: String(run),
        permalink: `https://data.example.org/datasets/${run}`,
        publisher: { name: producer, url: null },
        title,
        dates: { created: null, metadataModified: null, dataUpdated: date },
        publicSector,
      });
      for (const format of FORMATS) {
        const result = renderAttribution({ dataset, licence }, { lang, format, modified, modifiedBy });
        const text = collapse(readable(format, result.text));
        const context = `seed run ${run}, ${licence.key}, ${lang}, ${format}:\n${result.text}`;
        expect(
          result.notice.gaps.filter((g) => g.required),
          context,
        ).toEqual([]);
        const required = new Set<AttributionElement>(result.notice.required);
        const notice = NOTICE_FORMATS.has(format);
        const bibliographic = format !== 'apa';
        if (required.has('producer')) expect(text, context).toContain(collapse(producer));
        if (required.has('title') || !notice) expect(text, context).toContain(collapse(title));
        if (required.has('link')) expect(text, context).toContain(dataset.permalink);
        if (required.has('date')) {
          expect(text, context).toContain(notice || format === 'iso690' ? noticeDate(date, lang)! : parisYear(date));
        }
        if (required.has('licence') && bibliographic) expect(text, context).toContain(licenceLabel(licence, lang));
        if (required.has('licenceLink') && bibliographic) {
          const url = licence.urls[lang]!;
          if (format === 'html') expect(result.text, context).toContain(`<a href="${url}" rel="license">`);
          else if (format === 'markdown') expect(result.text, context).toContain(`](<${url}>)`);
          else expect(text, context).toContain(url);
        }
        if (required.has('modified') && modified && notice) {
          expect(text, context).toContain(
            modifiedBy
              ? `${lang === 'fr' ? 'Données modifiées par' : 'Modified by'} ${collapse(modifiedBy)}.`
              : lang === 'fr'
                ? 'Données modifiées.'
                : 'Data modified.',
          );
        }
        if (required.has('providerStatement') && notice) expect(text, context).toMatch(/Contain|Contient/);
        if (format === 'bibtex') expect(isBibtexEntry(result.text), context).toBe(true);
        if (format === 'ris') expect(isRisRecord(result.text), context).toBe(true);
      }
    }
    // 1 400 renders with their checks: more than the default 5 s on a busy machine, not a speed assertion.
  }, 60_000);
});
