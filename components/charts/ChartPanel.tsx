import { useId, useMemo, useState } from 'preact/hooks';
import { noticeMessages } from '../../lib/attribution/messages';
import type { DatasetSnapshot } from '../../lib/attribution/snapshot';
import { buildChart, type ChartSource } from '../../lib/charts/aggregate';
import { isMeasure, kindsFor, suggestColumn } from '../../lib/charts/columns';
import { type ChartCredit, chartCredit } from '../../lib/charts/credit';
import { chartFigure } from '../../lib/charts/figure';
import {
  AggregationSchema,
  type ChartKind,
  type ChartOptionsInput,
  ChartOptionsSchema,
  MAX_TOP,
} from '../../lib/charts/options';
import { chartSvg } from '../../lib/charts/svg';
import { LANGS, type Lang } from '../../lib/i18n';
import { useLang, useT } from '../i18n-context';

/** A picture ready to leave the extension: the SVG with its size, the HTML figure, a file name. */
export interface ChartExport {
  svg: string;
  width: number;
  height: number;
  html: string;
  /** Without extension: `<dataset or column>-chart`. */
  basename: string;
}

export type ExportAction = 'svg' | 'png' | 'html' | 'image';

/** Each export says whether it worked; the panel shows it. The shell does the I/O (downloads, clipboard). */
export type Exporter = (action: ExportAction, chart: ChartExport) => Promise<boolean>;

const SUCCESS: Record<ExportAction, string> = {
  svg: 'charts.panel.saved',
  png: 'charts.panel.saved',
  html: 'charts.panel.copied',
  image: 'charts.panel.copied',
};
const FAILURE: Partial<Record<ExportAction, string>> = { png: 'charts.error.png', image: 'charts.error.clipboard' };

function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'chart'
  );
}

/** What the credit lacks or the licence asks beyond it (ODbL's share-alike for a chart): the attribution panel's words. */
function CreditWarnings({ credit }: { credit: ChartCredit }) {
  if (!credit.notice) return null;
  const m = noticeMessages(credit.notice, credit.lang);
  const lines = [...(m.version ? [m.version] : []), ...m.missing, ...m.notes];
  if (!lines.length) return null;
  return (
    <ul class="ch-panel__notes" lang={credit.lang}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/**
 * Choices of a chart (column, kind, values, aggregation, bars, title, language of the credit), its live preview
 * and the exports. Data and callbacks in, no I/O.
 */
export function ChartPanel({
  source,
  dataset,
  onExport,
}: {
  source: ChartSource;
  dataset: DatasetSnapshot | null;
  onExport: Exporter;
}) {
  const t = useT();
  const uiLang = useLang();
  const id = useId();
  const columns = source.columns;
  const [choice, setChoice] = useState<ChartOptionsInput>(() => ({
    x: suggestColumn(columns, source.rows)?.name ?? '',
    ...(source.map && !columns.length ? { kind: 'map' as const } : {}),
  }));
  const [lang, setLang] = useState<Lang>(uiLang);
  const [status, setStatus] = useState<{ key: string; error: boolean } | null>(null);
  const options = ChartOptionsSchema.parse(choice);
  const x = columns.find((c) => c.name === options.x) ?? null;
  const kinds: ChartKind[] = x ? kindsFor(x, columns) : [];
  if (source.map && !kinds.includes('map')) kinds.push('map');
  const kind = options.kind && kinds.includes(options.kind) ? options.kind : kinds[0];
  const measures = columns.filter(isMeasure);
  const grouped = kind === 'bar' || kind === 'time';

  const built = useMemo(() => {
    const chart = buildChart(source, { ...options, kind });
    if (!chart.ok) return chart;
    const credit = chartCredit(chart.value, options, { lang, dataset });
    const svg = chartSvg(chart.value, credit, { idPrefix: `${id}-svg` });
    return { ok: true as const, chart: chart.value, credit, svg };
  }, [source, dataset, lang, JSON.stringify(options), kind]);

  const update = (patch: Partial<ChartOptionsInput>) => {
    setStatus(null);
    setChoice((c) => {
      const next = { ...c, ...patch };
      // A sum or a mean needs numbers: the first numeric column, unless one is chosen.
      if (next.agg && next.agg !== 'count' && !next.y && measures[0]) next.y = measures[0].name;
      if (!next.y && next.agg !== 'count') next.agg = 'count';
      return next;
    });
  };

  const run = async (action: ExportAction) => {
    if (!built.ok) return;
    const exported: ChartExport = {
      svg: built.svg.svg,
      width: built.svg.width,
      height: built.svg.height,
      // The figure inlines its own SVG: fixed ids, since it is pasted into another page.
      html: chartFigure(built.chart, built.credit, { idPrefix: 'provenance-chart' }),
      basename: `${slug(dataset?.title ?? built.chart.x)}-chart`,
    };
    const done = await onExport(action, exported);
    setStatus(
      done ? { key: SUCCESS[action], error: false } : { key: FAILURE[action] ?? 'charts.error.png', error: true },
    );
  };

  const field = (name: string) => `${id}-${name}`;
  return (
    <section class="ch-panel" aria-labelledby={field('heading')}>
      <h3 id={field('heading')} class="ch-panel__heading">
        {t('charts.panel.heading')}
      </h3>
      <div class="ch-panel__controls">
        {columns.length > 0 && (
          <div class="ch-panel__field">
            <label for={field('x')}>{t('charts.panel.x')}</label>
            <select
              id={field('x')}
              value={options.x}
              onChange={(e) => update({ x: e.currentTarget.value, kind: undefined })}
            >
              {columns.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="ch-panel__field">
          <label for={field('kind')}>{t('charts.panel.kind')}</label>
          <select
            id={field('kind')}
            value={kind}
            onChange={(e) => update({ kind: e.currentTarget.value as ChartKind })}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`charts.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {grouped && (
          <div class="ch-panel__field">
            <label for={field('agg')}>{t('charts.panel.agg')}</label>
            <select
              id={field('agg')}
              value={options.agg}
              onChange={(e) => update({ agg: AggregationSchema.parse(e.currentTarget.value) })}
            >
              {AggregationSchema.options.map((a) => (
                <option key={a} value={a} disabled={a !== 'count' && !measures.length}>
                  {t(`charts.agg.${a}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        {grouped && options.agg !== 'count' && (
          <div class="ch-panel__field">
            <label for={field('y')}>{t('charts.panel.y')}</label>
            <select id={field('y')} value={options.y ?? ''} onChange={(e) => update({ y: e.currentTarget.value })}>
              {measures.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {kind === 'bar' && (
          <div class="ch-panel__field">
            <label for={field('top')}>{t('charts.panel.top')}</label>
            <input
              id={field('top')}
              type="number"
              min={1}
              max={MAX_TOP}
              value={options.top}
              onChange={(e) => {
                const n = Math.round(Number(e.currentTarget.value));
                if (n >= 1 && n <= MAX_TOP) update({ top: n });
              }}
            />
          </div>
        )}
        <div class="ch-panel__field ch-panel__wide">
          <label for={field('title')}>{t('charts.panel.title')}</label>
          <input
            id={field('title')}
            type="text"
            maxLength={200}
            placeholder={t('charts.panel.titlePlaceholder')}
            value={choice.title ?? ''}
            onInput={(e) => update({ title: e.currentTarget.value || undefined })}
          />
        </div>
        <div class="ch-panel__field">
          <label for={field('lang')}>{t('charts.panel.lang')}</label>
          <select id={field('lang')} value={lang} onChange={(e) => setLang(e.currentTarget.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {l === 'fr' ? 'Français' : 'English'}
              </option>
            ))}
          </select>
        </div>
      </div>
      {built.ok ? (
        <>
          <img
            class="ch-panel__picture"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(built.svg.svg)}`}
            width={built.svg.width}
            height={built.svg.height}
            alt={`${built.credit.title}. ${t('charts.panel.preview')}`}
            data-chart-kind={built.chart.kind}
          />
          <CreditWarnings credit={built.credit} />
          <fieldset class="ch-panel__exports">
            <legend class="pv-visually-hidden">{t('charts.panel.exports')}</legend>
            <button type="button" class="pv-button" onClick={() => run('svg')}>
              {t('charts.panel.svg')}
            </button>
            <button type="button" class="pv-button" onClick={() => run('png')}>
              {t('charts.panel.png')}
            </button>
            <button type="button" class="pv-button" onClick={() => run('html')}>
              {t('charts.panel.html')}
            </button>
            <button type="button" class="pv-button" onClick={() => run('image')}>
              {t('charts.panel.copyImage')}
            </button>
          </fieldset>
          <p class={status?.error ? 'ch-panel__status ch-panel__status--error' : 'ch-panel__status'} role="status">
            {status ? t(status.key) : ''}
          </p>
        </>
      ) : (
        <p class="ch-panel__status ch-panel__status--error" role="alert">
          {t(built.error.messageKey, built.error.params)}
        </p>
      )}
    </section>
  );
}
