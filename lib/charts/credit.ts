import { noticeInputOf } from '../attribution/input';
import type { Notice, NoticeInput } from '../attribution/notice';
import { formatNotice, renderAttribution } from '../attribution/render';
import type { DatasetSnapshot } from '../attribution/snapshot';
import { formatNumber, type Lang, t } from '../i18n';
import type { Chart } from './aggregate';
import type { ChartOptions } from './options';

export interface CreditInput {
  lang: Lang;
  /** The dataset the data comes from, its licence resolved; null when it is not known (a lone local file). */
  dataset: DatasetSnapshot | null;
  /** Who changed the data, from the attribution options. */
  modifiedBy?: string;
}

/** Everything printed around the picture: its title, the licence's notice and what the figures stand for. */
export interface ChartCredit {
  lang: Lang;
  title: string;
  /** The notice the licence requires, as plain text (URLs spelled out) and as an HTML fragment with links. */
  text: string | null;
  html: string | null;
  notice: Notice | null;
  /** "Based on the first N rows", "top 10 of 57 values"…: sentences, in order. */
  notes: string[];
}

function generatedTitle(chart: Chart, lang: Lang): string {
  if (chart.kind === 'map') {
    return chart.shapes.length
      ? t(lang, 'charts.title.mapShapes', { count: chart.shapes.length })
      : t(lang, 'charts.title.mapPoints', { count: chart.points.length });
  }
  if (chart.kind === 'histogram') return t(lang, 'charts.title.histogram', { x: chart.x });
  const period = chart.period ? t(lang, `charts.period.${chart.period}`) : '';
  return t(lang, `charts.title.${chart.kind}.${chart.agg}`, { x: chart.x, y: chart.y ?? '', period });
}

function notes(chart: Chart, lang: Lang): string[] {
  const out: string[] = [];
  const c = chart.coverage;
  if (chart.kind === 'bar' && chart.groups > chart.bars.length) {
    out.push(t(lang, 'charts.credit.topOf', { top: chart.bars.length, total: formatNumber(chart.groups, lang) }));
  }
  if (chart.kind !== 'map' && chart.skipped > 0) {
    out.push(t(lang, 'charts.credit.skipped', { count: chart.skipped }));
  }
  if (c.partial) {
    out.push(
      c.totalRows === null
        ? t(lang, 'charts.credit.firstRows', { count: c.rows })
        : t(lang, 'charts.credit.firstRowsOf', { count: c.rows, total: formatNumber(c.totalRows, lang) }),
    );
  }
  if (c.wholeFile) out.push(t(lang, c.approximate ? 'charts.credit.wholeFileApprox' : 'charts.credit.wholeFile'));
  return out;
}

/** The credit block of a chart: the same notice `provenance attribution` gives, "modified" when it is. */
export function chartCredit(chart: Chart, options: Pick<ChartOptions, 'title'>, input: CreditInput): ChartCredit {
  const { lang } = input;
  const title = options.title?.trim() || generatedTitle(chart, lang);
  let notice: Notice | null = null;
  if (input.dataset) {
    const noticeInput: NoticeInput = noticeInputOf(input.dataset);
    notice = renderAttribution(noticeInput, {
      lang,
      format: 'text',
      modified: chart.modified,
      ...(input.modifiedBy?.trim() ? { modifiedBy: input.modifiedBy.trim() } : {}),
    }).notice;
  }
  return {
    lang,
    title,
    text: notice ? formatNotice(notice, 'text') : null,
    html: notice ? formatNotice(notice, 'html') : null,
    notice,
    notes: notes(chart, lang),
  };
}
