import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { noticeMessages } from '../../lib/attribution/messages';
import { snapshotOf } from '../../lib/attribution/snapshot';
import { buildChart } from '../../lib/charts/aggregate';
import { chartCredit } from '../../lib/charts/credit';
import { chartFigure } from '../../lib/charts/figure';
import { AggregationSchema, ChartKindSchema, ChartOptionsSchema, MAX_TOP } from '../../lib/charts/options';
import { chartSourceOf } from '../../lib/charts/source';
import { chartSvg } from '../../lib/charts/svg';
import { type Lang, t } from '../../lib/i18n';
import { failure } from '../../lib/model/failure';
import { previewFile } from '../../lib/preview/formats/preview-file';
import { DEFAULT_BUDGET } from '../../lib/preview/read-bytes';
import { datasetFromArgs, reportDatasetArgError } from '../dataset-arg';
import { type CliIo, EXIT_FAILURE, EXIT_OK, langFrom, printFailure, usageError } from '../io';
import { printNoticeMessages } from './attribution';
import type { Command } from './command';
import { isUrl, openReader, profileWholeCsv } from './preview-sampling';

const FORMATS = ['svg', 'png', 'html'] as const;
type ChartFormat = (typeof FORMATS)[number];

/** The PNG is drawn at twice the SVG's size: sharp in print and on high-density screens. */
export const PNG_SCALE = 2;

function formatOf(value: string | undefined, out: string): ChartFormat | null {
  const extension = /\.([^./\\]+)$/.exec(out)?.[1]?.toLowerCase();
  const given = value ?? (extension === 'htm' ? 'html' : extension) ?? 'svg';
  return (FORMATS as readonly string[]).includes(given) ? (given as ChartFormat) : null;
}

/** The native rasteriser is loaded only for a PNG, so that SVG and HTML work wherever the CLI runs. */
async function rasterise(svg: string): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  // No font is shipped: resvg reads the system's, and falls back on a common sans-serif face.
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

function positiveInt(value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      x: { type: 'string' },
      y: { type: 'string' },
      agg: { type: 'string' },
      top: { type: 'string' },
      kind: { type: 'string' },
      title: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      metadata: { type: 'string' },
      dataset: { type: 'string' },
      html: { type: 'string' },
      out: { type: 'string' },
      rows: { type: 'string' },
      budget: { type: 'string' },
      entry: { type: 'string' },
      sheet: { type: 'string' },
      all: { type: 'boolean' },
    },
  });
  const target = positionals[0];
  if (!target || positionals.length > 1) return usageError(io, 'chart takes exactly one file or URL');
  if (!values.out) return usageError(io, 'chart needs --out <file>');
  if (!values.x && values.kind !== 'map') return usageError(io, 'chart needs --x <column>');
  const format = formatOf(values.format, values.out);
  if (!format) return usageError(io, `--format (or the extension of --out) must be one of ${FORMATS.join(', ')}`);
  const agg = AggregationSchema.safeParse(values.agg ?? 'count');
  if (!agg.success) return usageError(io, `--agg must be one of ${AggregationSchema.options.join(', ')}`);
  const kind = values.kind === undefined ? undefined : ChartKindSchema.safeParse(values.kind);
  if (kind && !kind.success) return usageError(io, `--kind must be one of ${ChartKindSchema.options.join(', ')}`);
  const top = positiveInt(values.top);
  if (top === null || (top !== undefined && top > MAX_TOP)) return usageError(io, `--top takes 1 to ${MAX_TOP}`);
  const rows = positiveInt(values.rows);
  if (rows === null) return usageError(io, '--rows takes a positive whole number');
  const budget = positiveInt(values.budget);
  if (budget === null) return usageError(io, '--budget takes a positive number of bytes');
  if ((values.metadata || values.html) && !values.dataset) {
    return usageError(io, '--metadata and --html describe the dataset given with --dataset <url>');
  }
  const lang: Lang = langFrom(values.lang, io.env);
  const options = ChartOptionsSchema.parse({
    x: values.x ?? '',
    agg: agg.data,
    ...(values.y ? { y: values.y } : {}),
    ...(top ? { top } : {}),
    ...(kind?.data ? { kind: kind.data } : {}),
    ...(values.title ? { title: values.title.slice(0, 200) } : {}),
  });

  // The dataset first: a wrong URL is cheaper to report than after reading the file.
  let dataset = null;
  if (values.dataset) {
    const loaded = await datasetFromArgs(io, {
      url: values.dataset,
      metadata: values.metadata,
      html: values.html,
      lang,
    });
    if (!loaded.ok) return reportDatasetArgError(io, loaded, lang, '--dataset');
    dataset = loaded.dataset;
  }

  const opened = await openReader(target, budget ?? DEFAULT_BUDGET, io);
  if (!opened.ok) return printFailure(io, opened.error, lang);
  const { reader, close } = opened.value;
  const read = await previewFile(reader, {
    name: isUrl(target) ? new URL(target).pathname : target,
    entry: values.entry,
    sheet: values.sheet,
    rows,
  }).finally(close);
  if (!read.ok) return printFailure(io, read.error, lang);
  let source = chartSourceOf(read.value);
  if (!source) return printFailure(io, failure('unsupported', 'charts.error.noRows'), lang);
  if (values.all) {
    const p = read.value;
    if (p.format !== 'csv' || p.container) return printFailure(io, failure('unsupported', 'formats.allCsvOnly'), lang);
    const whole = await profileWholeCsv(target, { budget: budget ?? DEFAULT_BUDGET, rows }, io);
    if (!whole.ok) return printFailure(io, whole.error, lang);
    source = { ...source, wholeFile: whole.value.columns, totalRows: whole.value.totalRows };
  }

  const chart = buildChart(source, options);
  if (!chart.ok) return printFailure(io, chart.error, lang);
  const credit = chartCredit(chart.value, options, { lang, dataset: dataset ? snapshotOf(dataset) : null });
  const content =
    format === 'html'
      ? `${chartFigure(chart.value, credit)}\n`
      : format === 'svg'
        ? `${chartSvg(chart.value, credit).svg}\n`
        : await rasterise(chartSvg(chart.value, credit).svg);
  try {
    await writeFile(values.out, content);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return printFailure(io, failure('not-found', 'charts.error.write', { params: { path: values.out, reason } }), lang);
  }
  if (credit.notice) printNoticeMessages(io, noticeMessages(credit.notice, lang));
  else io.stderr(`note: ${t(lang, 'charts.credit.noDataset')}\n`);
  return EXIT_OK;
}

export const chart: Command = {
  name: 'chart',
  usage:
    'chart <file-or-url> --x <column> [--y <column> --agg count|sum|mean] [--top N] [--kind bar|histogram|time|map] [--title T] [--format svg|png|html] [--lang fr|en] [--dataset <url> [--metadata <file>]] [--rows N] [--sheet NAME] [--entry NAME] [--all] --out <file>',
  summary:
    'A chart of a file’s column (top values, histogram, over time, point map) that carries its own credit: the notice of the --dataset’s licence, “modified”, and “based on the first N rows” unless --all profiles the whole CSV. SVG, PNG (twice the size) or an HTML <figure> with the data as a table; the format follows --out’s extension unless --format says.',
  async run(args: string[], io: CliIo) {
    try {
      return await run(args, io);
    } catch (error) {
      if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) throw error;
      // A reader or rasteriser bug must still end on one readable line, in the language asked for.
      const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
      const given = at < 0 ? undefined : args[at]!.includes('=') ? args[at]!.split('=')[1] : args[at + 1];
      const message = t(langFrom(given, io.env), 'charts.error.unexpected');
      io.stderr(`provenance: ${message} (${error instanceof Error ? error.message : String(error)})\n`);
      return EXIT_FAILURE;
    }
  },
};
