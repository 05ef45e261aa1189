import { formatBytes, formatNumber, type Lang, t } from '../../lib/i18n';
import { delimiterName } from '../../lib/preview/delimiter-names';
import { type JsonNode, TREE_MAX_DEPTH, TREE_MAX_NODES } from '../../lib/preview/formats/json-view';
import type { FilePreview, GeoSummary, Table } from '../../lib/preview/formats/types';
import type { Column, CsvPreview } from '../../lib/preview/types';

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
  const name = t(lang, `preview.delimiter.${delimiterName(p.delimiter)}`);
  const shown = p.rows.length;
  const parts = [
    t(lang, 'preview.encodingLine', {
      encoding: p.encoding,
      evidence: t(lang, `preview.evidence.${p.encodingEvidence}`),
    }),
    t(lang, 'preview.delimiterLine', {
      delimiter: p.delimiter === '\t' ? '\\t' : p.delimiter,
      name: p.delimiterOverridden ? `${name}, ${t(lang, 'preview.overridden')}` : name,
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

function columnLine(c: Column, lang: Lang, nameWidth: number): string {
  const type = t(lang, `preview.type.${c.type}`);
  const extra = [
    c.format ? t(lang, `preview.format.${c.format}`) : null,
    c.decimalSeparator ? t(lang, c.decimalSeparator === ',' ? 'preview.decimalComma' : 'preview.decimalDot') : null,
  ].filter((x) => x !== null);
  return `  ${padEnd(fitCell(c.name, 40), nameWidth)}  ${type}${extra.length ? ` · ${extra.join(' · ')}` : ''}`;
}

function columnsBlock(columns: readonly Column[], lang: Lang): string[] {
  const nameWidth = Math.max(...columns.map((c) => displayWidth(fitCell(c.name, 40))), 1);
  return ['', t(lang, 'preview.columnsTitle'), ...columns.map((c) => columnLine(c, lang, nameWidth))];
}

function rowsBlock(columns: readonly Column[], rows: string[][], lang: Lang): string[] {
  const out = [
    '',
    ...table(
      columns.map((c) => c.name),
      rows,
    ),
  ];
  if (rows.length === 0) out.push(t(lang, 'preview.noRows'));
  return out;
}

/** The CSV preview as the terminal shows it. */
export function renderCsv(p: CsvPreview, lang: Lang): string[] {
  const out = [summary(p, lang)];
  if (p.source === 'tabular-api') out.push(t(lang, 'preview.sourceTabular'));
  if (p.preamble.length) out.push('', t(lang, 'preview.preambleTitle'), ...p.preamble.map((l) => `  ${l}`));
  out.push(...rowsBlock(p.columns, p.rows, lang));
  if (p.raggedRows > 0) out.push('', t(lang, 'preview.ragged', { count: p.raggedRows }));
  if (p.truncated) out.push('', t(lang, 'preview.truncated'));
  out.push(...columnsBlock(p.columns, lang));
  return out;
}

export function renderTable(tbl: Table, lang: Lang): string[] {
  const out: string[] = [];
  if (tbl.preamble.length) out.push('', t(lang, 'preview.preambleTitle'), ...tbl.preamble.map((l) => `  ${l}`));
  out.push(...rowsBlock(tbl.columns, tbl.rows, lang));
  out.push(
    tbl.rowCount === null
      ? t(lang, 'preview.rowsShown', { shown: tbl.rows.length })
      : t(lang, 'preview.rowsShownOf', { shown: tbl.rows.length, total: formatNumber(tbl.rowCount, lang) }),
  );
  out.push(...columnsBlock(tbl.columns, lang));
  return out;
}

function renderGeo(geo: GeoSummary, lang: Lang): string[] {
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  return [
    '',
    t(lang, geo.complete ? 'formats.cli.features' : 'formats.cli.featuresAtLeast', { count: geo.features }),
    t(lang, 'formats.cli.geometryTypes', { types: geo.geometryTypes.join(', ') || '—' }),
    geo.bbox ? t(lang, 'formats.cli.bbox', { bbox: geo.bbox.map(round).join(', ') }) : t(lang, 'formats.cli.noBbox'),
  ];
}

function renderEntries(p: FilePreview, lang: Lang): string[] {
  if (!p.entries) return [];
  const shown = p.entries.slice(0, 50);
  const nameWidth = Math.max(1, ...shown.map((e) => displayWidth(fitCell(e.name, 60))));
  const lines = shown.map(
    (e) =>
      `  ${padEnd(fitCell(e.name, 60), nameWidth)}  ${formatBytes(e.size, lang)} (${formatBytes(e.compressedSize, lang)})  ${e.format}`,
  );
  if (p.entries.length > shown.length)
    lines.push(`  … ${t(lang, 'formats.cli.moreEntries', { count: p.entries.length - shown.length })}`);
  return [
    t(lang, p.entriesPartial ? 'formats.cli.entriesPartial' : 'formats.cli.entries', { count: p.entries.length }),
    ...lines,
    '',
  ];
}

const TREE_LINES = 60;

/** The JSON tree, indented, its first lines only: the JSON output has the whole capped tree. */
function renderTree(root: JsonNode): string[] {
  const lines: string[] = [];
  const walk = (node: JsonNode, indent: string) => {
    if (lines.length >= TREE_LINES) return;
    const key = node.key === null ? '' : `${fitCell(node.key, 40)}: `;
    const value =
      node.kind === 'array'
        ? `[${node.size}]`
        : node.kind === 'object'
          ? `{${node.size}}`
          : node.kind === 'string'
            ? JSON.stringify(fitCell(node.text ?? '', 60))
            : (node.text ?? '');
    lines.push(`${indent}${key}${value}${node.lossy ? '  ⚠ > 2^53' : ''}${node.cut ? ' …' : ''}`);
    for (const child of node.children ?? []) walk(child, `${indent}  `);
  };
  walk(root, '');
  if (lines.length >= TREE_LINES) lines.push('…');
  return lines;
}

function renderParquet(p: Extract<FilePreview, { format: 'parquet' }>, lang: Lang): string[] {
  const out = [
    t(lang, 'formats.cli.parquet', { rows: p.rowCount, groups: p.rowGroups }),
    '',
    t(lang, 'formats.cli.schema'),
  ];
  const width = Math.max(1, ...p.schema.map((c) => displayWidth(fitCell(c.name, 40))));
  for (const c of p.schema) {
    out.push(
      `  ${padEnd(fitCell(c.name, 40), width)}  ${c.type}${c.logicalType ? ` (${c.logicalType})` : ''}${c.nullable ? ' ?' : ''}`,
    );
  }
  out.push('', t(lang, 'formats.cli.stats'));
  for (const s of p.stats) {
    out.push(
      `  ${padEnd(fitCell(s.column, 40), width)}  ${fitCell(s.min ?? '—', 24)} · ${fitCell(s.max ?? '—', 24)} · ${s.nulls ?? '—'}`,
    );
  }
  if (p.table) out.push(...renderTable(p.table, lang));
  if (p.rowsNote) out.push('', t(lang, p.rowsNote));
  if (p.columnsOmitted.length) out.push('', t(lang, 'formats.cli.omitted', { columns: p.columnsOmitted.join(', ') }));
  return out;
}

/** The whole preview for the terminal, whatever the format. */
export function renderFilePreview(p: FilePreview, lang: Lang): string {
  const out: string[] = [...renderEntries(p, lang)];
  if (p.container) out.push(t(lang, 'formats.cli.shownEntry', { name: p.container.entry }), '');
  switch (p.format) {
    case 'csv':
      out.push(...renderCsv(p.csv, lang));
      if (p.geo) out.push(...renderGeo(p.geo, lang));
      break;
    case 'zip':
      if (p.note) out.push(t(lang, p.note.messageKey, p.note.params));
      break;
    case 'json':
      if (p.truncated) out.push(t(lang, 'formats.cli.truncatedJson'));
      if (p.bigIntegers) out.push(t(lang, 'formats.cli.bigIntegers', { count: p.bigIntegers }));
      out.push(...renderTree(p.tree));
      if (p.treeCapped) out.push(t(lang, 'formats.cli.treeCapped', { depth: TREE_MAX_DEPTH, nodes: TREE_MAX_NODES }));
      if (p.table) out.push(...renderTable(p.table, lang));
      break;
    case 'geojson':
      out.push(...renderGeo(p.geo, lang));
      if (p.table) out.push(...renderTable(p.table, lang));
      break;
    case 'xlsx':
    case 'ods':
    case 'xls': {
      const names = p.sheets.map((s) => (s.hidden ? `${s.name} (${t(lang, 'formats.cli.hidden')})` : s.name));
      out.push(
        t(lang, 'formats.cli.sheets', { sheets: names.join(', ') }),
        t(lang, 'formats.cli.sheetShown', { name: p.sheet }),
      );
      out.push(...renderTable(p.table, lang));
      if (p.truncated) out.push('', t(lang, 'preview.truncated'));
      break;
    }
    case 'parquet':
      out.push(...renderParquet(p, lang));
      break;
    case 'shapefile':
      out.push(...renderGeo(p.geo, lang));
      if (p.extent && !p.geo.bbox) out.push(t(lang, 'formats.cli.extent', { extent: p.extent.join(', ') }));
      out.push(t(lang, 'formats.cli.encoding', { encoding: p.encoding }));
      out.push(...renderTable(p.table, lang));
      break;
    case 'unsupported': {
      const size = formatBytes(p.totalBytes, lang);
      out.push(t(lang, p.messageKey));
      if (size) out.push(t(lang, 'formats.cli.size', { size }));
      break;
    }
  }
  return `${out.join('\n')}\n`;
}

function tableFields(tbl: Table | null) {
  return {
    columns: tbl?.columns ?? null,
    rows: tbl?.rows ?? null,
    rowCount: tbl?.rowCount ?? null,
    preamble: tbl?.preamble ?? [],
  };
}

/** What `--json` prints: the fields every format shares, then what CSV printed before, then the format's own. */
export function jsonOutput(p: FilePreview): Record<string, unknown> {
  const common = {
    format: p.format,
    container: p.container,
    entries: p.entries,
    entriesPartial: p.entriesPartial,
    sheets: null,
    sheet: null,
    rowCount: null as number | null,
    geo: null as GeoSummary | null,
    bytesRead: p.bytesRead,
    totalBytes: p.totalBytes,
    truncated: p.truncated,
  };
  switch (p.format) {
    case 'csv':
      return { ...p.csv, ...common, rowCount: p.csv.totalRows, geo: p.geo, bytesRead: p.bytesRead };
    case 'zip':
      return { ...common, columns: null, rows: null, note: p.note };
    case 'json':
      return {
        ...common,
        ...tableFields(p.table),
        tree: p.tree,
        treeCapped: p.treeCapped,
        bigIntegers: p.bigIntegers,
        depth: p.depth,
      };
    case 'geojson':
      return { ...common, ...tableFields(p.table), rowCount: p.geo.complete ? p.geo.features : null, geo: p.geo };
    case 'xlsx':
    case 'ods':
    case 'xls':
      return { ...common, ...tableFields(p.table), sheets: p.sheets, sheet: p.sheet };
    case 'shapefile':
      return {
        ...common,
        ...tableFields(p.table),
        geo: p.geo,
        extent: p.extent,
        shapeType: p.shapeType,
        encoding: p.encoding,
      };
    case 'parquet':
      return {
        ...common,
        ...tableFields(p.table),
        rowCount: p.rowCount,
        schema: p.schema,
        rowGroups: p.rowGroups,
        stats: p.stats,
        columnsOmitted: p.columnsOmitted,
        rowsNote: p.rowsNote,
      };
    case 'unsupported':
      return { ...common, columns: null, rows: null, kind: p.kind, mime: p.mime, messageKey: p.messageKey };
  }
}
