import type { FilePreviewOf } from '../../lib/preview/formats/types';
import { useT } from '../i18n-context';

/** A Parquet file's columns with their types and the footer's statistics. */
export function ParquetSchema({ preview }: { preview: FilePreviewOf<'parquet'> }) {
  const t = useT();
  const stats = new Map(preview.stats.map((s) => [s.column, s]));
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard.
    <section class="pv-table-scroll" aria-label={t('formats.view.schemaLabel')} tabIndex={0}>
      <table class="pv-table">
        <thead>
          <tr>
            <th scope="col">{t('formats.view.column')}</th>
            <th scope="col">{t('formats.view.type')}</th>
            <th scope="col">{t('formats.view.min')}</th>
            <th scope="col">{t('formats.view.max')}</th>
            <th scope="col">{t('formats.view.nulls')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.schema.map((c) => {
            const s = stats.get(c.name);
            return (
              <tr key={c.name}>
                <td>{c.name}</td>
                <td>
                  {c.logicalType ?? c.type}
                  {c.nullable ? '?' : ''}
                </td>
                <td>{s?.min ?? '—'}</td>
                <td>{s?.max ?? '—'}</td>
                <td class="pv-num">{s?.nulls ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
