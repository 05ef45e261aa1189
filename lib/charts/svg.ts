import { formatNumber, type Lang, t } from '../i18n';
import { projectMap } from '../preview/formats/map-projection';
import { type Bar, type BarsChart, type Chart, type MapChart, niceStep } from './aggregate';
import type { ChartCredit } from './credit';
import { fitText, textWidth, wrapText } from './text-width';
import { escapeXml } from './xml';

/** Width of the picture in CSS pixels; the PNG export doubles it. */
export const CHART_WIDTH = 800;
const MARGIN = 24;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
/** A fixed light palette: the exported picture is pasted on white pages and printed, whatever the UI's theme. */
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const BAR = '#2f5f98';
const GRID = '#d6d6d6';
const SHAPE_FILL = '#a9c6e8';

const TITLE_SIZE = 20;
const TITLE_LINE = 26;
const LABEL_SIZE = 12;
const CREDIT_SIZE = 12;
const CREDIT_LINE = 16;

export interface SvgOptions {
  /** Prefix of the ids `<title>` and `<desc>` are referred to by, unique per page when several are inlined. */
  idPrefix?: string;
}

export interface BuiltSvg {
  svg: string;
  width: number;
  height: number;
}

const num = (n: number, lang: Lang) => formatNumber(n, lang, { maximumFractionDigits: 2 });

export function barLabel(bar: Bar, lang: Lang): string {
  if (bar.from !== undefined && bar.to !== undefined) return `${num(bar.from, lang)} – ${num(bar.to, lang)}`;
  return bar.label;
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${round(x)}" y="${round(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`;
}

const round = (n: number) => Math.round(n * 10) / 10;

function valueAxisLabel(chart: BarsChart, lang: Lang): string {
  if (chart.agg === 'count' || !chart.y) return t(lang, 'charts.axis.rows');
  return t(lang, `charts.axis.${chart.agg}`, { y: chart.y });
}

function linear(domain: [number, number], range: [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v: number) => r0 + (v - d0) * k;
}

function extent(bars: readonly Bar[]): [number, number] {
  let min = 0;
  let max = 0;
  for (const b of bars) {
    if (b.value === null) continue;
    min = Math.min(min, b.value);
    max = Math.max(max, b.value);
  }
  return [min, max === min ? min + 1 : max];
}

/** Horizontal bars: category labels can be long, and read left to right. */
function horizontalBars(chart: BarsChart, top: number, lang: Lang): { body: string; height: number } {
  const rowHeight = 24;
  const labelWidth = 220;
  const valueWidth = 80;
  const x0 = MARGIN + labelWidth + 8;
  const x1 = CHART_WIDTH - MARGIN - valueWidth;
  const [min, max] = extent(chart.bars);
  const x = linear([min, max], [x0, x1]);
  const parts = [text(x0, top + 12, valueAxisLabel(chart, lang), `font-size="${LABEL_SIZE}" fill="${MUTED}"`)];
  const plotTop = top + 22;
  chart.bars.forEach((bar, i) => {
    const y = plotTop + i * rowHeight;
    const label = fitText(barLabel(bar, lang), labelWidth, LABEL_SIZE);
    parts.push(text(x0 - 8, y + 16, label, `font-size="${LABEL_SIZE}" text-anchor="end" fill="${INK}"`));
    if (bar.value === null) return;
    const a = x(Math.min(0, bar.value));
    const b = x(Math.max(0, bar.value));
    parts.push(`<rect x="${round(a)}" y="${y + 4}" width="${round(Math.max(1, b - a))}" height="16" fill="${BAR}"/>`);
    parts.push(text(b + 6, y + 16, num(bar.value, lang), `font-size="${LABEL_SIZE}" fill="${INK}"`));
  });
  const zero = x(0);
  const bottom = plotTop + chart.bars.length * rowHeight;
  parts.push(`<line x1="${round(zero)}" y1="${plotTop}" x2="${round(zero)}" y2="${bottom}" stroke="${MUTED}"/>`);
  return { body: parts.join(''), height: bottom - top + 8 };
}

/** Columns over an ordered axis (bins, periods), with a value axis and its grid. */
function columns(chart: BarsChart, top: number, lang: Lang): { body: string; height: number } {
  const plotHeight = 280;
  const x0 = MARGIN + 64;
  const x1 = CHART_WIDTH - MARGIN;
  const plotTop = top + 30;
  const plotBottom = plotTop + plotHeight;
  const [min, max] = extent(chart.bars);
  const step = niceStep((max - min) / 5);
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const y = linear([lo, hi], [plotBottom, plotTop]);
  const parts = [text(MARGIN, top + 12, valueAxisLabel(chart, lang), `font-size="${LABEL_SIZE}" fill="${MUTED}"`)];
  for (let v = lo, i = 0; v <= hi + step / 2 && i < 50; v += step, i++) {
    const yy = round(y(v));
    parts.push(`<line x1="${x0}" y1="${yy}" x2="${x1}" y2="${yy}" stroke="${GRID}"/>`);
    const tick = Number(v.toPrecision(12));
    parts.push(text(x0 - 6, yy + 4, num(tick, lang), `font-size="${LABEL_SIZE}" text-anchor="end" fill="${MUTED}"`));
  }
  const n = chart.bars.length;
  const width = (x1 - x0) / n;
  const gap = width > 6 ? Math.min(4, width * 0.15) : 0;
  chart.bars.forEach((bar, i) => {
    if (bar.value === null) return;
    const a = y(Math.max(0, bar.value));
    const b = y(Math.min(0, bar.value));
    const left = x0 + i * width + gap / 2;
    parts.push(
      `<rect x="${round(left)}" y="${round(a)}" width="${round(Math.max(0.5, width - gap))}" height="${round(Math.max(0.5, b - a))}" fill="${BAR}"/>`,
    );
  });
  parts.push(`<line x1="${x0}" y1="${round(y(0))}" x2="${x1}" y2="${round(y(0))}" stroke="${MUTED}"/>`);
  // Histograms label bin edges, time charts label periods; as many as fit without overlapping.
  const edges = chart.kind === 'histogram';
  const labels = edges
    ? [...chart.bars.map((b) => (b.from === undefined ? '' : num(b.from, lang))), num(chart.bars[n - 1]?.to ?? 0, lang)]
    : chart.bars.map((b) => b.label);
  const widest = Math.max(...labels.map((l) => textWidth(l, LABEL_SIZE)));
  const every = Math.max(1, Math.ceil((widest + 10) / width));
  labels.forEach((label, i) => {
    if (i % every !== 0 || !label) return;
    const cx = x0 + (edges ? i * width : (i + 0.5) * width);
    parts.push(text(cx, plotBottom + 16, label, `font-size="${LABEL_SIZE}" text-anchor="middle" fill="${INK}"`));
  });
  const axisTitle = chart.period ? `${chart.x} (${t(lang, `charts.period.${chart.period}`)})` : chart.x;
  parts.push(
    text(
      (x0 + x1) / 2,
      plotBottom + 36,
      fitText(axisTitle, x1 - x0, LABEL_SIZE),
      `font-size="${LABEL_SIZE}" text-anchor="middle" fill="${MUTED}"`,
    ),
  );
  return { body: parts.join(''), height: plotBottom + 44 - top };
}

function map(chart: MapChart, top: number): { body: string; height: number } {
  const data = chart.shapes.length
    ? { shapes: chart.shapes, vertices: 0, capped: false }
    : {
        shapes: [{ kind: 'point' as const, parts: chart.points.map(([lo, la]) => [lo, la]) }],
        vertices: 0,
        capped: false,
      };
  const m = projectMap(data, chart.bbox, CHART_WIDTH - 2 * MARGIN, 420);
  const left = MARGIN + (CHART_WIDTH - 2 * MARGIN - m.width) / 2;
  const parts = [
    `<g transform="translate(${round(left)} ${top + 8})">`,
    `<rect width="${m.width}" height="${m.height}" fill="none" stroke="${GRID}"/>`,
    ...m.paths.map((p) =>
      p.kind === 'polygon'
        ? `<path d="${p.d}" fill="${SHAPE_FILL}" stroke="${BAR}" stroke-width="0.8" fill-rule="evenodd"/>`
        : `<path d="${p.d}" fill="none" stroke="${BAR}" stroke-width="1.2"/>`,
    ),
    ...m.points.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="2.5" fill="${BAR}" fill-opacity="0.8"/>`),
    '</g>',
  ];
  return { body: parts.join(''), height: m.height + 16 };
}

/** What a screen reader says: the kind of chart, its figures (the first ones) and the whole credit. */
export function describeChart(chart: Chart, credit: ChartCredit): string {
  const { lang } = credit;
  const kind = t(lang, `charts.kind.${chart.kind}`);
  let figures: string;
  if (chart.kind === 'map') {
    figures = t(lang, 'charts.describe.map', { count: chart.points.length || chart.shapes.length });
  } else {
    const shown = chart.bars.filter((b) => b.value !== null).slice(0, 30);
    figures = shown.map((b) => `${barLabel(b, lang)}: ${num(b.value!, lang)}`).join('; ');
    if (chart.bars.length > shown.length) figures += '; …';
  }
  return [`${kind}. ${figures}.`, credit.text, ...credit.notes].filter(Boolean).join(' ');
}

/** The credit's lines, wrapped to the picture's width: notice first, then what the figures stand for. */
function creditLines(credit: ChartCredit): string[] {
  const max = CHART_WIDTH - 2 * MARGIN;
  const blocks = [credit.text ?? t(credit.lang, 'charts.credit.noDataset'), ...credit.notes];
  return blocks.flatMap((b) => wrapText(b, max, CREDIT_SIZE));
}

/**
 * A self-contained SVG: no external font, image, style sheet or script; every piece of text escaped; a title
 * and a description for assistive technologies; the credit drawn inside the picture so that it travels with it.
 */
export function chartSvg(chart: Chart, credit: ChartCredit, options: SvgOptions = {}): BuiltSvg {
  const id = (options.idPrefix ?? 'chart').replace(/[^\w-]/g, '') || 'chart';
  const titleLines = wrapText(credit.title, CHART_WIDTH - 2 * MARGIN, TITLE_SIZE).slice(0, 3);
  let y = MARGIN + TITLE_SIZE;
  const parts: string[] = [];
  for (const line of titleLines) {
    parts.push(text(MARGIN, y, line, `font-size="${TITLE_SIZE}" font-weight="700" fill="${INK}"`));
    y += TITLE_LINE;
  }
  const plot =
    chart.kind === 'map'
      ? map(chart, y)
      : chart.kind === 'bar'
        ? horizontalBars(chart, y, credit.lang)
        : columns(chart, y, credit.lang);
  parts.push(plot.body);
  y += plot.height + 12;
  parts.push(`<line x1="${MARGIN}" y1="${y}" x2="${CHART_WIDTH - MARGIN}" y2="${y}" stroke="${GRID}"/>`);
  y += 6;
  const credits = creditLines(credit);
  for (const line of credits) {
    y += CREDIT_LINE;
    parts.push(text(MARGIN, y, line, `font-size="${CREDIT_SIZE}" fill="${INK}"`));
  }
  const height = Math.ceil(y + MARGIN - 4);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}"`,
    ` role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${escapeXml(FONT)}">`,
    `<title id="${id}-title">${escapeXml(credit.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(describeChart(chart, credit))}</desc>`,
    `<rect width="${CHART_WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<g class="provenance-chart">${parts.join('')}</g>`,
    '</svg>',
  ].join('');
  return { svg, width: CHART_WIDTH, height };
}
