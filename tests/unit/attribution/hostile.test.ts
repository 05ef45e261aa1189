import { describe, expect, it } from 'vitest';
import { type AttributionFormat, AttributionFormatSchema } from '../../../lib/attribution/options';
import { renderAttribution } from '../../../lib/attribution/render';
import type { Dataset } from '../../../lib/model/dataset';
import {
  bibtexBracesBalanced,
  bibtexToText,
  htmlToText,
  isBibtexEntry,
  isRisRecord,
  markdownToText,
  onlySafeLinks,
  onlySafeMarkdownLinks,
} from './checkers';
import { LICENCES, type LicenceKey, makeDataset } from './entries';

const SCRIPT_TITLE = '<script>alert("x")</script> & \'quotes\' "double"';
const MARKUP_PRODUCER = 'Mairie "d\'<b>Ici</b>" & <img src=x onerror=alert(1)>';
const MD_TITLE = '[x](javascript:alert(1)) ![img](http://evil.example/x.png) *bold* _em_ `code` <https://evil.example>';
const BIBTEX_TITLE = 'Broken} @misc{evil, title = {x} %comment \\input{/etc/passwd} #1 $x$ ~ ^ _';
const RIS_TITLE = 'Line one\nER  - \r\nTY  - JOUR\u2028TI  - injected';
const LONG = `${'<&[é"\'{}\\\n'.repeat(1000)}`;

const FORMATS = AttributionFormatSchema.options;
const KEYS: LicenceKey[] = [
  'etalab-2.0',
  'ODbL-1.0',
  'CC-BY-SA-4.0',
  'OGL-UK-3.0',
  'DL-DE-BY-2.0',
  'CC0-1.0',
  'other-at',
];

function render(dataset: Dataset, format: AttributionFormat, key: LicenceKey = 'CC-BY-4.0', modifiedBy?: string) {
  return renderAttribution(
    { dataset, licence: LICENCES[key], providerStatement: key === 'OGL-UK-3.0' ? MARKUP_PRODUCER : null },
    { lang: 'en', format, modified: Boolean(modifiedBy), modifiedBy },
  ).text;
}

const hostile = makeDataset({ title: SCRIPT_TITLE, publisher: { name: MARKUP_PRODUCER, url: null } });

describe('HTML escapes every value', () => {
  it('keeps markup from titles, producers, names and statements as text', () => {
    for (const key of KEYS) {
      const html = render(hostile, 'html', key, '<svg onload=alert(1)>');
      expect(onlySafeLinks(html), html).toBe(true);
      expect(html).not.toMatch(/<(script|b|img|svg)\b/i);
      const text = htmlToText(html);
      if (key !== 'OGL-UK-3.0') expect(text).toContain(SCRIPT_TITLE);
      expect(text).toContain(MARKUP_PRODUCER);
      expect(text).toContain('<svg onload=alert(1)>');
    }
  });
  it('never links a javascript: URL, and escapes it as text', () => {
    const evil = makeDataset({ permalink: 'javascript:alert(1)', pageUrl: 'javascript:alert(2)' });
    const html = render(evil, 'html');
    expect(html).not.toContain('javascript:');
    expect(onlySafeLinks(html)).toBe(true);
    expect(html).toContain('[link to the data not available]');
    const quoted = makeDataset({ permalink: 'https://data.example.org/datasets/"><script>x</script>' });
    const link = render(quoted, 'html');
    expect(onlySafeLinks(link), link).toBe(true);
    expect(link).toContain('href="https://data.example.org/datasets/%22%3E%3Cscript%3Ex%3C/script%3E"');
  });
});

describe('Markdown escapes metacharacters and brackets', () => {
  it('turns links, images, emphasis, code and raw HTML in values into text', () => {
    const dataset = makeDataset({ title: MD_TITLE, publisher: { name: SCRIPT_TITLE, url: null } });
    for (const key of KEYS) {
      const md = render(dataset, 'markdown', key, '**me**');
      expect(onlySafeMarkdownLinks(md), md).toBe(true);
      expect(md).not.toContain('](javascript');
      expect(md).not.toMatch(/(?<!\\)<script/);
      expect(md).not.toMatch(/(?<!\\)\*\*me/);
      const text = markdownToText(md);
      expect(text).toContain(MD_TITLE);
      expect(text).toContain(SCRIPT_TITLE);
    }
  });
  it('does not let a value start a heading, a list or a quote', () => {
    for (const name of ['# Heading', '- item', '1. item', '> quote', '+ item']) {
      const md = render(makeDataset({ publisher: { name, url: null } }), 'markdown', 'etalab-2.0');
      expect(md, md).not.toMatch(/^\s*(#|[-+>]|\d+[.)])/);
      expect(markdownToText(md).startsWith(name)).toBe(true);
    }
  });
});

describe('BibTeX stays one valid entry', () => {
  it('escapes braces, specials and backslashes in every field', () => {
    const dataset = makeDataset({ title: BIBTEX_TITLE, publisher: { name: '{Unbalanced', url: null } });
    const bib = render(dataset, 'bibtex');
    expect(isBibtexEntry(bib), bib).toBe(true);
    expect(bib.match(/^@/gm)).toHaveLength(1);
    expect(bibtexToText(bib)).toContain(BIBTEX_TITLE);
    expect(bibtexToText(bib)).toContain('{Unbalanced');
  });
  it('keeps a URL with braces or spaces balanced and usable', () => {
    const dataset = makeDataset({ permalink: 'https://data.example.org/datasets/a}b{c' });
    const bib = render(dataset, 'bibtex');
    expect(bibtexBracesBalanced(bib)).toBe(true);
    expect(bib).toContain('url = {https://data.example.org/datasets/a%7Db%7Bc}');
  });
});

describe('RIS keeps one tag per line', () => {
  it('removes newlines, including Unicode separators, from values', () => {
    const dataset = makeDataset({ title: RIS_TITLE, publisher: { name: 'A\r\nB', url: null } });
    const ris = render(dataset, 'ris');
    expect(isRisRecord(ris), ris).toBe(true);
    expect(ris).toContain('TI  - Line one ER - TY - JOUR TI - injected');
    expect(ris).toContain('AU  - A B');
  });
});

describe('10 000-character values', () => {
  const long = makeDataset({ title: LONG, publisher: { name: LONG, url: null } });
  it('are kept whole and escaped in every format', () => {
    const flat = LONG.replace(/\s+/g, ' ').trim();
    for (const format of FORMATS) {
      const out = render(long, format);
      expect(out.length).toBeGreaterThan(10_000);
      if (format === 'html') {
        expect(onlySafeLinks(out)).toBe(true);
        expect(htmlToText(out)).toContain(flat);
      }
      if (format === 'markdown') {
        expect(onlySafeMarkdownLinks(out)).toBe(true);
        expect(markdownToText(out)).toContain(flat);
      }
      if (format === 'bibtex') expect(isBibtexEntry(out)).toBe(true);
      if (format === 'ris') expect(isRisRecord(out)).toBe(true);
      if (format === 'text') expect(out).toContain(flat);
    }
  });
});
