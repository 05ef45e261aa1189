import { type AttributionFormat, AttributionFormatSchema } from '../../lib/attribution/options';
import { useT } from '../i18n-context';

export interface FormatSelectProps {
  value: AttributionFormat;
  onChange: (format: AttributionFormat) => void;
}

/** The « Format » choice of a notice or a credits block: one option per format the generator writes. */
export function FormatSelect({ value, onChange }: FormatSelectProps) {
  const t = useT();
  return (
    <label class="pv-attribution__field">
      <span>{t('attribution.panel.format')}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as AttributionFormat)}>
        {AttributionFormatSchema.options.map((format) => (
          <option key={format} value={format}>
            {t(`attribution.format.${format}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
