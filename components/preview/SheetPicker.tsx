import type { SheetInfo } from '../../lib/preview/formats/types';
import { useT } from '../i18n-context';

/** Which sheet of a workbook to show; hidden sheets are listed and marked. */
export function SheetPicker({
  sheets,
  sheet,
  onSelect,
}: {
  sheets: SheetInfo[];
  sheet: string;
  onSelect: (name: string) => void;
}) {
  const t = useT();
  return (
    <label class="pv-picker">
      {t('formats.view.sheet')}{' '}
      <select value={sheet} onChange={(e) => onSelect(e.currentTarget.value)}>
        {sheets.map((s) => (
          <option key={s.name} value={s.name}>
            {s.hidden ? t('formats.view.hiddenSheet', { name: s.name }) : s.name}
          </option>
        ))}
      </select>
    </label>
  );
}
