import { t } from '../../lib/i18n';
import { failure } from '../../lib/model/failure';
import { previewFile } from '../../lib/preview/formats/preview-file';
import { type CliIo, EXIT_FAILURE, EXIT_OK, printFailure, printJson, usageError } from '../io';
import type { Command } from './command';
import { parsePreviewArgs } from './preview-args';
import { jsonOutput, renderCsv, renderFilePreview } from './preview-render';
import { isUrl, openReader, profileWholeCsv } from './preview-sampling';

export { displayWidth, fitCell } from './preview-render';

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parsePreviewArgs(args, io);
  if (!parsed.ok) return usageError(io, parsed.usage);
  const a = parsed.value;
  const { lang } = a;
  const opened = await openReader(a.target, a.budget, io);
  if (!opened.ok) return printFailure(io, opened.error, lang);
  const { reader, close } = opened.value;
  const result = await previewFile(reader, {
    name: isUrl(a.target) ? new URL(a.target).pathname : a.target,
    entry: a.entry,
    sheet: a.sheet,
    rows: a.rows,
    encoding: a.encoding,
    delimiter: a.delimiter,
  }).finally(close);
  if (!result.ok) return printFailure(io, result.error, lang);
  let p = result.value;
  if (a.all) {
    // The whole-file profile reads plain or gzip CSV from the start; inside an archive there is no such stream.
    if (p.format !== 'csv' || p.container) return printFailure(io, failure('unsupported', 'formats.allCsvOnly'), lang);
    const whole = await profileWholeCsv(a.target, a, io);
    if (!whole.ok) return printFailure(io, whole.error, lang);
    p = { ...p, csv: whole.value };
  }
  if (a.json) printJson(io, jsonOutput(p));
  else
    io.stdout(
      p.format === 'csv' && !p.container && !p.geo
        ? `${renderCsv(p.csv, lang).join('\n')}\n`
        : renderFilePreview(p, lang),
    );
  return EXIT_OK;
}

export const preview: Command = {
  name: 'preview',
  usage:
    'preview <file-or-url> [--json] [--entry NAME] [--sheet NAME] [--rows N] [--budget BYTES] [--encoding E] [--delimiter D] [--all] [--lang fr|en]',
  summary:
    'Preview a file or URL within a byte budget (1 MiB): CSV, ZIP (entries, --entry), spreadsheets (--sheet), Parquet, JSON, GeoJSON, zipped shapefiles. A table, or JSON with --json. --all profiles a whole CSV.',
  async run(args: string[], io: CliIo) {
    try {
      return await run(args, io);
    } catch (error) {
      if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) throw error;
      // A reader bug must still end on one readable line, never a stack trace.
      io.stderr(
        `provenance: ${t('en', 'formats.unexpected')} (${error instanceof Error ? error.message : String(error)})\n`,
      );
      return EXIT_FAILURE;
    }
  },
};
