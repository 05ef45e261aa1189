import type { FilePreview, Table } from '../preview/formats/types';
import type { Column, CsvPreview } from '../preview/types';
import type { ChartSource } from './aggregate';

/**
 * The CSV preview's rows, with the whole-file columns when a profile ran; data.gouv.fr's tabular API profiled
 * the whole file already, so its columns count as such.
 */
export function chartSourceOfCsv(preview: CsvPreview, wholeColumns: readonly Column[] | null = null): ChartSource {
  return {
    columns: preview.columns,
    rows: preview.rows,
    totalRows: preview.totalRows,
    truncated: preview.truncated,
    wholeFile: wholeColumns ?? (preview.source === 'tabular-api' ? preview.columns : null),
  };
}

function ofTable(table: Table, truncated: boolean): ChartSource {
  return { columns: table.columns, rows: table.rows, totalRows: table.rowCount, truncated };
}

/** What of a file preview a chart can use: its table and its geometries; null when it has neither. */
export function chartSourceOf(preview: FilePreview): ChartSource | null {
  switch (preview.format) {
    case 'csv': {
      const source = chartSourceOfCsv(preview.csv);
      const bbox = preview.geo?.bbox;
      return preview.map && bbox ? { ...source, map: { data: preview.map, bbox } } : source;
    }
    case 'geojson': {
      const bbox = preview.geo.bbox;
      const map = preview.map && bbox ? { data: preview.map, bbox } : null;
      if (!map && !preview.table) return null;
      const table = preview.table ?? { columns: [], rows: [], rowCount: null, preamble: [] };
      return { ...ofTable(table, preview.truncated || !preview.geo.complete), map };
    }
    case 'xlsx':
    case 'ods':
    case 'xls':
    case 'shapefile':
      return ofTable(preview.table, preview.truncated);
    case 'json':
    case 'parquet':
      return preview.table ? ofTable(preview.table, preview.truncated) : null;
    default:
      return null;
  }
}
