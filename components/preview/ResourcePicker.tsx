import { formatBytes } from '../../lib/i18n';
import type { Resource } from '../../lib/model/dataset';
import { useLang, useT } from '../i18n-context';

export interface ResourcePickerProps {
  resources: Resource[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Which file of the dataset to preview: title, format and size of each. */
export function ResourcePicker({ resources, selectedId, onSelect }: ResourcePickerProps) {
  const t = useT();
  const lang = useLang();
  return (
    <label class="pv-picker">
      {t('preview.view.pickFile')}{' '}
      <select value={selectedId ?? ''} onChange={(e) => onSelect(e.currentTarget.value)}>
        {selectedId === null && <option value="">{t('preview.view.pickFilePrompt')}</option>}
        {resources.map((resource) => (
          <option key={resource.id} value={resource.id}>
            {t('preview.view.fileOption', {
              title: resource.title,
              format: resource.format?.toUpperCase() ?? t('common.formatUnknown'),
              size: formatBytes(resource.size ?? resource.hints.measuredSize, lang) ?? t('common.sizeUnknown'),
            })}
          </option>
        ))}
      </select>
    </label>
  );
}
