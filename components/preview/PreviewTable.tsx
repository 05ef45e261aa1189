import type { Column } from '../../lib/preview/types';
import { useLang, useT } from '../i18n-context';
import { formatCell, isNumeric } from './format-value';
import { TypeBadge } from './TypeBadge';

export interface PreviewTableProps {
  columns: Column[];
  rows: string[][];
}

/**
 * The first rows as a table: sticky header with each column's type, numbers right-aligned and written the
 * reader's way. The scrolling box is focusable and labelled so that keyboard users can scroll it.
 */
export function PreviewTable({ columns, rows }: PreviewTableProps) {
  const t = useT();
  const lang = useLang();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard.
    <section class="pv-table-scroll" aria-label={t('preview.view.tableLabel')} tabIndex={0}>
      <table class="pv-table">
        <thead class="pv-sticky">
          <tr>
            {columns.map((column) => (
              <th key={column.name} scope="col" class={isNumeric(column) ? 'pv-num' : undefined}>
                <span class="pv-colname">{column.name}</span>
                <TypeBadge column={column} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {columns.map((column, c) => (
                <td key={column.name} class={isNumeric(column) ? 'pv-num' : undefined}>
                  {formatCell(row[c] ?? '', column, lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
