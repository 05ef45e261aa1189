import { formatBytes, formatNumber } from '../../lib/i18n';
import type { FilePreview, Table } from '../../lib/preview/formats/types';
import { useLang, useT } from '../i18n-context';
import { ColumnProfiles } from './ColumnProfiles';
import { EntriesList } from './EntriesList';
import { GeoBlock } from './GeoBlock';
import { JsonTree } from './JsonTree';
import { NotPreviewable } from './NotPreviewable';
import { ParquetSchema } from './ParquetSchema';
import { PreviewTable } from './PreviewTable';
import { SheetPicker } from './SheetPicker';

export interface FormatPreviewViewProps {
  preview: FilePreview;
  downloadUrl: string;
  onEntry: (name: string) => void;
  onSheet: (name: string) => void;
}

function TableBlock({ table }: { table: Table }) {
  const t = useT();
  return (
    <>
      {table.preamble.length > 0 && (
        <p class="pv-muted">
          {t('preview.preambleTitle')} {table.preamble.join(' · ')}
        </p>
      )}
      <PreviewTable columns={table.columns} rows={table.rows} />
      <ColumnProfiles columns={table.columns} wholeFile={false} />
    </>
  );
}

/** Any previewed file: the archive listing around it, then the view its format calls for. */
export function FormatPreviewView({ preview: p, downloadUrl, onEntry, onSheet }: FormatPreviewViewProps) {
  const t = useT();
  const lang = useLang();
  return (
    <div class="pv-format" data-format={p.format}>
      {p.entries && (
        <EntriesList
          entries={p.entries}
          shown={p.container?.entry ?? null}
          partial={p.entriesPartial}
          onSelect={onEntry}
        />
      )}
      {p.container && <p class="pv-muted">{t('formats.view.shown', { name: p.container.entry })}</p>}
      {p.format === 'csv' && (
        <>
          <TableBlock table={{ ...p.csv, rowCount: p.csv.totalRows }} />
          {p.geo && <GeoBlock geo={p.geo} map={p.map} />}
        </>
      )}
      {p.format === 'zip' && p.note && <p role="status">{t(p.note.messageKey, p.note.params)}</p>}
      {(p.format === 'xlsx' || p.format === 'ods' || p.format === 'xls') && (
        <>
          <SheetPicker sheets={p.sheets} sheet={p.sheet} onSelect={onSheet} />
          <TableBlock table={p.table} />
        </>
      )}
      {p.format === 'json' && (
        <>
          {p.bigIntegers > 0 && <p role="note">{t('formats.view.bigIntegers', { count: p.bigIntegers })}</p>}
          <JsonTree root={p.tree} />
          {p.table && <TableBlock table={p.table} />}
        </>
      )}
      {p.format === 'geojson' && (
        <>
          <GeoBlock geo={p.geo} map={p.map} />
          {p.table && <TableBlock table={p.table} />}
        </>
      )}
      {p.format === 'shapefile' && (
        <>
          <GeoBlock geo={p.geo} map={p.map} />
          <TableBlock table={p.table} />
        </>
      )}
      {p.format === 'parquet' && (
        <>
          <p>
            {t('formats.view.parquetRows', {
              rows: formatNumber(p.rowCount, lang),
              groups: p.rowGroups,
              read: formatBytes(p.bytesRead, lang) ?? '',
            })}
          </p>
          {p.table ? <TableBlock table={p.table} /> : p.rowsNote && <p role="status">{t(p.rowsNote)}</p>}
          <ParquetSchema preview={p} />
        </>
      )}
      {p.format === 'unsupported' && (
        <NotPreviewable
          kind={p.kind}
          messageKey={p.messageKey}
          size={p.totalBytes}
          mime={p.mime}
          downloadUrl={downloadUrl}
        />
      )}
      {p.truncated && p.format !== 'unsupported' && p.format !== 'zip' && (
        <p class="pv-muted">{t('formats.view.truncated')}</p>
      )}
    </div>
  );
}
