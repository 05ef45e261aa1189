import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { formatBytes, formatNumber, type Lang, t } from '../../lib/i18n';
import { fail, failure, ok, type Result } from '../../lib/model/failure';
import { analyzeSample, type SampleAnalysis } from '../../lib/preview/csv-preview';
import { openFile, profileBody } from '../../lib/preview/profile-file';
import { type ByteSample, collectSample, DEFAULT_BUDGET, readUrlSample } from '../../lib/preview/read-bytes';
import { type CsvPreview, type Delimiter, type Encoding, EncodingSchema } from '../../lib/preview/types';
import { type CliIo, EXIT_OK, langFrom, printFailure, printJson, usageError } from '../io';
import type { Command } from './command';

const DELIMITER_ARGS: Record<string, Delimiter> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\\t': '\t',
  '\t': '\t',
  '|': '|',
  pipe: '|',
};
const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/** Common spellings people type for the encodings the preview decodes. */
const ENCODING_ALIASES: Record<string, Encoding> = {
  utf8: 'utf-8',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  cp1252: 'windows-1252',
  utf16: 'utf-16le',
  latin9: 'iso-8859-15',
};

function encodingArg(value: string): Encoding | null {
  const v = value.toLowerCase();
  const parsed = EncodingSchema.safeParse(v);
  return parsed.success ? parsed.data : (ENCODING_ALIASES[v] ?? null);
}

function positiveInt(value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

const isUrl = (target: string) => /^https?:\/\//i.test(target);

function unreadable(path: string, error: unknown) {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  return failure('not-found', 'preview.fileUnreadable', { params: { path, reason } });
}

/** A local file through the same byte budget as a URL: a stream cut at the budget, never the whole file. */
async function readLocalSample(path: string, budget: number): Promise<Result<ByteSample>> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail(unreadable(path, { code: 'EISDIR' }));
    size = info.size;
  } catch (error) {
    return fail(unreadable(path, error));
  }
  const stream = Readable.toWeb(createReadStream(path, { start: 0, end: Math.max(0, budget - 1) }));
  const collected = await collectSample(stream as ReadableStream<Uint8Array>, { budget });
  if (!collected.ok) return collected;
  const { bytes, bytesRead, ended, gunzipped } = collected.value;
  return ok({
    bytes,
    bytesRead,
    totalBytes: size,
    truncated: bytesRead < size || (gunzipped && !ended),
    gunzipped,
  });
}

async function profileWholeFile(target: string, analysis: SampleAnalysis, io: CliIo): Promise<Result<CsvPreview>> {
  let body: ReadableStream<Uint8Array>;
  if (isUrl(target)) {
    const opened = await openFile(target, { fetchImpl: io.fetch });
    if (!opened.ok) return opened;
    body = opened.value.body;
  } else {
    body = Readable.toWeb(createReadStream(target)) as ReadableStream<Uint8Array>;
  }
  const { preview } = analysis;
  const whole = await profileBody(body, {
    encoding: preview.encoding,
    delimiter: preview.delimiter,
    skipLines: analysis.linesBeforeData,
    columns: preview.columns,
  });
  if (!whole.ok) return whole;
  return ok({ ...preview, columns: whole.value.columns, totalRows: whole.value.rows });
}

// Terminal columns a character takes: 0 for combining marks and joiners, 2 for wide East Asian and emoji.
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f]/u;
const WIDE =
  /[\p{Extended_Pictographic}\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

function charWidth(c: string): number {
  if (ZERO_WIDTH.test(c)) return 0;
  return WIDE.test(c) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const c of text) w += charWidth(c);
  return w;
}

/** Fits a cell in `max` terminal columns, line breaks and tabs shown as spaces, cut with an ellipsis. */
export function fitCell(text: string, max: number): string {
  const flat = text.replace(/\r\n|[\r\n\t]/g, ' ');
  if (displayWidth(flat) <= max) return flat;
  let out = '';
  let w = 0;
  for (const c of flat) {
    const cw = charWidth(c);
    if (w + cw > max - 1) break;
    out += c;
    w += cw;
  }
  return `${out}…`;
}

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Widest a column gets in the terminal table: long text is cut, the JSON output has it whole. */
const MAX_CELL = 24;

function table(header: string[], rows: string[][]): string[] {
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const cells = [header, ...rows].map((r) => Array.from({ length: width }, (_, i) => fitCell(r[i] ?? '', MAX_CELL)));
  const widths = Array.from({ length: width }, (_, i) => Math.max(1, ...cells.map((r) => displayWidth(r[i]!))));
  const line = (r: string[]) =>
    r
      .map((c, i) => padEnd(c, widths[i]!))
      .join(' │ ')
      .trimEnd();
  const [head, ...body] = cells;
  return [line(head!), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...body.map(line)];
}

function summary(p: CsvPreview, lang: Lang): string {
  const read = formatBytes(p.bytesRead, lang)!;
  const total = formatBytes(p.totalBytes, lang);
  const delimiterName = t(lang, `preview.delimiter.${DELIMITER_NAMES[p.delimiter]}`);
  const shown = p.rows.length;
  const parts = [
    t(lang, 'preview.encodingLine', {
      encoding: p.encoding,
      evidence: t(lang, `preview.evidence.${p.encodingEvidence}`),
    }),
    t(lang, 'preview.delimiterLine', {
      delimiter: p.delimiter === '\t' ? '\\t' : p.delimiter,
      name: p.delimiterOverridden ? `${delimiterName}, ${t(lang, 'preview.overridden')}` : delimiterName,
    }),
    p.source === 'file'
      ? t(lang, total ? 'preview.bytesReadOf' : 'preview.bytesRead', { read, total: total ?? '' })
      : null,
    p.totalRows === null
      ? t(lang, 'preview.rowsShown', { shown })
      : t(lang, 'preview.rowsShownOf', { shown, total: formatNumber(p.totalRows, lang) }),
  ];
  return parts.filter((x) => x !== null).join(' · ');
}

function columnLine(c: CsvPreview['columns'][number], lang: Lang, nameWidth: number): string {
  const type = t(lang, `preview.type.${c.type}`);
  const extra = [
    c.format ? t(lang, `preview.format.${c.format}`) : null,
    c.decimalSeparator ? t(lang, c.decimalSeparator === ',' ? 'preview.decimalComma' : 'preview.decimalDot') : null,
  ].filter((x) => x !== null);
  return `  ${padEnd(fitCell(c.name, 40), nameWidth)}  ${type}${extra.length ? ` · ${extra.join(' · ')}` : ''}`;
}

export function renderPreview(p: CsvPreview, lang: Lang): string {
  const out = [summary(p, lang)];
  if (p.source === 'tabular-api') out.push(t(lang, 'preview.sourceTabular'));
  if (p.preamble.length) out.push('', t(lang, 'preview.preambleTitle'), ...p.preamble.map((l) => `  ${l}`));
  out.push(
    '',
    ...table(
      p.columns.map((c) => c.name),
      p.rows,
    ),
  );
  if (p.rows.length === 0) out.push(t(lang, 'preview.noRows'));
  if (p.raggedRows > 0) out.push('', t(lang, 'preview.ragged', { count: p.raggedRows }));
  if (p.truncated) out.push('', t(lang, 'preview.truncated'));
  const nameWidth = Math.max(...p.columns.map((c) => displayWidth(fitCell(c.name, 40))), 1);
  out.push('', t(lang, 'preview.columnsTitle'), ...p.columns.map((c) => columnLine(c, lang, nameWidth)));
  return `${out.join('\n')}\n`;
}

export const preview: Command = {
  name: 'preview',
  usage:
    'preview <file-or-url> [--json] [--rows N] [--budget BYTES] [--encoding E] [--delimiter D] [--all] [--lang fr|en]',
  summary:
    'Preview a CSV file or URL within a byte budget (1 MiB): encoding, delimiter, typed columns, first rows. --all profiles the whole file. A table, or JSON with --json.',
  async run(args: string[], io: CliIo) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        rows: { type: 'string' },
        budget: { type: 'string' },
        encoding: { type: 'string' },
        delimiter: { type: 'string' },
        all: { type: 'boolean' },
        lang: { type: 'string' },
      },
    });
    const target = positionals[0];
    if (!target || positionals.length > 1) return usageError(io, 'preview takes exactly one file or URL');
    const rows = positiveInt(values.rows);
    if (rows === null) return usageError(io, '--rows takes a positive whole number');
    const budget = positiveInt(values.budget);
    if (budget === null) return usageError(io, '--budget takes a positive number of bytes');
    const encoding = values.encoding === undefined ? undefined : encodingArg(values.encoding);
    if (encoding === null) {
      return usageError(io, `--encoding takes one of ${EncodingSchema.options.join(', ')} (or latin1, cp1252, utf8)`);
    }
    const delimiter = values.delimiter === undefined ? undefined : DELIMITER_ARGS[values.delimiter.toLowerCase()];
    if (delimiter === undefined && values.delimiter !== undefined) {
      return usageError(io, "--delimiter takes ',', ';', 'tab' (or '\\t') or '|'");
    }
    const lang = langFrom(values.lang, io.env);
    const byteBudget = budget ?? DEFAULT_BUDGET;

    const sample = isUrl(target)
      ? await readUrlSample(target, { budget: byteBudget, fetchImpl: io.fetch })
      : await readLocalSample(target, byteBudget);
    if (!sample.ok) return printFailure(io, sample.error, lang);
    const analysis = analyzeSample(sample.value, { encoding, delimiter, rows });
    if (!analysis.ok) return printFailure(io, analysis.error, lang);
    let result = analysis.value.preview;
    if (values.all) {
      const whole = await profileWholeFile(target, analysis.value, io);
      if (!whole.ok) return printFailure(io, whole.error, lang);
      result = whole.value;
    }
    if (values.json) printJson(io, result);
    else io.stdout(renderPreview(result, lang));
    return EXIT_OK;
  },
};
