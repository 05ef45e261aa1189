import type { Column } from '../../lib/preview/types';
import { useT } from '../i18n-context';

/** The column's type, and its semantic format when there is one (« code commune INSEE »). */
export function TypeBadge({ column }: { column: Pick<Column, 'type' | 'format'> }) {
  const t = useT();
  return (
    <span class={`pv-badge pv-badge--${column.type}`} data-type={column.type}>
      {column.format ? t(`preview.format.${column.format}`) : t(`preview.type.${column.type}`)}
    </span>
  );
}
