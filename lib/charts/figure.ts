import { formatNumber, t } from '../i18n';
import type { Chart } from './aggregate';
import type { ChartCredit } from './credit';
import { barLabel, chartSvg } from './svg';
import { escapeXml } from './xml';

/** Rows of the fallback table of a map: its points are listed up to this many. */
const MAP_TABLE_ROWS = 50;

function dataTable(chart: Chart, credit: ChartCredit): string {
  const { lang } = credit;
  const cell = (v: string) => `<td>${escapeXml(v)}</td>`;
  const head = (v: string) => `<th scope="col">${escapeXml(v)}</th>`;
  let header: string[];
  let rows: string[][];
  if (chart.kind === 'map') {
    header = [t(lang, 'charts.table.longitude'), t(lang, 'charts.table.latitude')];
    rows = chart.points.slice(0, MAP_TABLE_ROWS).map(([lo, la]) => [String(lo), String(la)]);
    if (!rows.length) return '';
  } else {
    const value =
      chart.agg === 'count' || !chart.y
        ? t(lang, 'charts.axis.rows')
        : t(lang, `charts.axis.${chart.agg}`, { y: chart.y });
    header = [chart.x, value];
    rows = chart.bars.map((b) => [
      barLabel(b, lang),
      b.value === null ? '—' : formatNumber(b.value, lang, { maximumFractionDigits: 2 }),
    ]);
  }
  const caption =
    chart.kind === 'map' && chart.points.length > rows.length
      ? t(lang, 'charts.table.captionFirst', { count: rows.length, total: chart.points.length })
      : t(lang, 'charts.table.caption');
  return [
    '<table>',
    `<caption>${escapeXml(caption)}</caption>`,
    `<thead><tr>${header.map(head).join('')}</tr></thead>`,
    `<tbody>${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
  ].join('');
}

/**
 * An HTML `<figure>` to paste in an article: the SVG inline, a `<figcaption>` holding the title, the linked
 * notice and what the figures stand for, and the chart's figures as a table for screen readers and for print.
 */
export function chartFigure(chart: Chart, credit: ChartCredit, options: { idPrefix?: string } = {}): string {
  const { svg } = chartSvg(chart, credit, options);
  const notice = credit.html ?? escapeXml(t(credit.lang, 'charts.credit.noDataset'));
  const notes = credit.notes.map((n) => ` ${escapeXml(n)}`).join('');
  return [
    `<figure lang="${credit.lang}">`,
    svg,
    `<figcaption><strong>${escapeXml(credit.title)}</strong><br>${notice}${notes}</figcaption>`,
    dataTable(chart, credit),
    '</figure>',
  ].join('\n');
}
