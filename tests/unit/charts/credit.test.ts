import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { noticeInputOf } from '../../../lib/attribution/input';
import { formatNotice, renderAttribution } from '../../../lib/attribution/render';
import { buildChart, type Chart } from '../../../lib/charts/aggregate';
import { chartCredit } from '../../../lib/charts/credit';
import { chartFigure } from '../../../lib/charts/figure';
import { type ChartOptionsInput, ChartOptionsSchema } from '../../../lib/charts/options';
import { chartSvg } from '../../../lib/charts/svg';
import { LANGS, type Lang } from '../../../lib/i18n';
import type { Dataset } from '../../../lib/model/dataset';
import { makeDataset } from '../attribution/entries';
import { COLUMNS, col, source } from './fixtures';

const withLicence = (id: string): Dataset =>
  makeDataset({
    licence: {
      id,
      title: null,
      url: null,
      versionAssumed: false,
      published: { id, title: null, url: null },
    },
  });

function chartOf(input: ChartOptionsInput, over = {}): Chart {
  const chart = buildChart(source(over), ChartOptionsSchema.parse(input));
  if (!chart.ok) throw new Error(chart.error.messageKey);
  return chart.value;
}

/** The text an SVG shows and says, without its markup: every text node, entities decoded. */
function svgText(svg: string): { visible: string[]; title: string; desc: string } {
  const parser = new SaxesParser();
  const visible: string[] = [];
  let title = '';
  let desc = '';
  let inside: string | null = null;
  parser.on('opentag', (tag) => {
    inside = tag.name;
  });
  parser.on('closetag', () => {
    inside = null;
  });
  parser.on('text', (text) => {
    if (inside === 'text') visible.push(text);
    else if (inside === 'title') title += text;
    else if (inside === 'desc') desc += text;
  });
  parser.write(svg).close();
  return { visible, title, desc };
}

/** Each licence family the issue names, with the words its notice must hold in each language. */
const FAMILIES = [
  ['etalab-2.0', { fr: 'Licence Ouverte', en: 'Open Licence' }],
  ['ODbL-1.0', { fr: 'Open Database License', en: 'Open Database License' }],
  ['CC-BY-4.0', { fr: 'CC BY 4.0', en: 'CC BY 4.0' }],
  ['OGL-UK-3.0', { fr: 'Open Government Licence', en: 'Open Government Licence' }],
] as const;

describe('the credit travels with the picture', () => {
  for (const [key, words] of FAMILIES) {
    for (const lang of LANGS) {
      it(`${key} in ${lang}: the SVG and the HTML figure hold the licence's full notice, modified`, () => {
        const dataset = withLicence(key);
        const chart = chartOf({ x: 'region' });
        const credit = chartCredit(chart, {}, { lang, dataset });
        const expected = renderAttribution(noticeInputOf(dataset), { lang, format: 'text', modified: true });
        expect(expected.notice.licenceKey).toBe(key);
        expect(credit.text).toBe(expected.text);
        expect(credit.text).toContain(words[lang as Lang]);
        expect(credit.text).toContain(lang === 'fr' ? 'Données modifiées.' : 'Data modified.');

        const { svg } = chartSvg(chart, credit);
        const text = svgText(svg);
        // Wrapped over several lines in the picture, whole in the description.
        expect(text.visible.join(' ')).toContain(expected.text);
        expect(text.desc).toContain(expected.text);
        expect(text.title).toBe(credit.title);

        const html = chartFigure(chart, credit);
        const caption = /<figcaption>([\s\S]*)<\/figcaption>/.exec(html)?.[1] ?? '';
        expect(caption).toContain(formatNotice(expected.notice, 'html'));
        expect(caption).toMatch(/<a href="https:[^"]+" rel="license">/);
        expect(html).toMatch(/<table><caption>[^<]+<\/caption><thead><tr><th scope="col">region<\/th>/);
        expect(html).toContain('<td>Bretagne</td><td>4</td>');
      });
    }
  }

  it('a chart of aggregated figures says "modified"; a map of the points as published does not', () => {
    const dataset = withLicence('etalab-2.0');
    const sum = chartCredit(chartOf({ x: 'region', agg: 'sum', y: 'population' }), {}, { lang: 'en', dataset });
    expect(sum.text).toMatch(/ Data modified\.$/);
    const named = chartCredit(chartOf({ x: 'region' }), {}, { lang: 'fr', dataset, modifiedBy: 'Rédaction' });
    expect(named.text).toMatch(/ Données modifiées par Rédaction\.$/);
    const map = chartCredit(chartOf({ x: 'latitude', kind: 'map' }), {}, { lang: 'en', dataset });
    expect(map.text).not.toContain('modified');
  });

  it('says "based on the first N rows" only when the rows are not the whole file', () => {
    const dataset = withLicence('etalab-2.0');
    const partial = chartCredit(chartOf({ x: 'region' }, { truncated: true }), {}, { lang: 'en', dataset });
    expect(partial.notes).toContain('Based on the first 10 rows of the file.');
    const ofTotal = chartCredit(chartOf({ x: 'region' }, { totalRows: 1234 }), {}, { lang: 'fr', dataset });
    expect(ofTotal.notes).toContain('D’après les 10 premières lignes sur 1\u202f234.');
    const whole = chartCredit(chartOf({ x: 'region' }), {}, { lang: 'en', dataset });
    expect(whole.notes.join(' ')).not.toContain('first');
    const svg = svgText(chartSvg(chartOf({ x: 'region' }, { truncated: true }), partial).svg);
    expect(svg.visible).toContain('Based on the first 10 rows of the file.');
  });

  it('without a dataset, the picture says its source is not known rather than nothing', () => {
    const credit = chartCredit(chartOf({ x: 'region' }), {}, { lang: 'en', dataset: null });
    expect(credit.text).toBeNull();
    expect(svgText(chartSvg(chartOf({ x: 'region' }), credit).svg).visible.join(' ')).toContain('Source not stated');
  });
});

describe('hostile names and values', () => {
  const hostile = '<script>alert(1)</script>&"\'\u0000\u0007\ud800 ]]> <!--';
  it('are escaped in the SVG and the figure, which stay well-formed', () => {
    const columns = [col(hostile, 'text'), ...COLUMNS.slice(1)];
    const rows = [
      [hostile, '1'],
      [`${hostile}2`, '2'],
      ['<img src=x onerror=alert(1)>', '3'],
    ];
    const dataset = makeDataset({
      title: '</title><script>x</script>',
      publisher: { name: 'a & b <c>', url: null },
      licence: {
        id: 'etalab-2.0',
        title: null,
        url: null,
        versionAssumed: false,
        published: { id: null, title: null, url: null },
      },
    });
    const chart = buildChart(source({ columns, rows }), ChartOptionsSchema.parse({ x: hostile, title: hostile }));
    if (!chart.ok) throw new Error(chart.error.messageKey);
    const credit = chartCredit(chart.value, { title: hostile }, { lang: 'en', dataset });
    const { svg } = chartSvg(chart.value, credit, { idPrefix: '"><script>' });
    expect(svg).not.toMatch(/<script|<img|<!--/);
    expect(['\u0000', '\u0007', '\ud800'].filter((c) => svg.includes(c))).toEqual([]);
    const text = svgText(svg);
    expect(text.title).toContain('<script>alert(1)</script>&"\'');
    expect(text.visible.join(' ')).toContain('a & b <c>');
    const html = chartFigure(chart.value, credit);
    expect(html).not.toMatch(/<script|<img|<!--/);
    // The figure is XHTML-compatible except for <br>: parse it with the void element closed.
    expect(() => new SaxesParser().write(html.replace('<br>', '<br/>')).close()).not.toThrow();
  });
});
