import { formatBytes } from '../../lib/i18n';
import type { ZipEntry } from '../../lib/preview/formats/zip';
import { useLang, useT } from '../i18n-context';

export interface EntriesListProps {
  entries: ZipEntry[];
  /** The entry shown, or null. */
  shown: string | null;
  partial: boolean;
  onSelect: (name: string) => void;
}

const VIEWABLE = new Set(['csv', 'json', 'geojson', 'xlsx', 'ods', 'xls', 'shapefile']);

/** What an archive holds: name, size, compressed size, format; previewable entries can be opened. */
export function EntriesList({ entries, shown, partial, onSelect }: EntriesListProps) {
  const t = useT();
  const lang = useLang();
  return (
    <details class="pv-entries" open={shown === null}>
      <summary>
        {t(partial ? 'formats.view.entriesPartial' : 'formats.view.entries', { count: entries.length })}
      </summary>
      <ul>
        {entries.slice(0, 500).map((e) => (
          <li key={e.name} aria-current={e.name === shown ? 'true' : undefined}>
            {VIEWABLE.has(e.format) && e.name !== shown ? (
              <button type="button" class="pv-linkbutton" onClick={() => onSelect(e.name)}>
                {e.name}
              </button>
            ) : (
              <span>{e.name}</span>
            )}{' '}
            <span class="pv-muted">
              {t('formats.view.entrySize', {
                size: formatBytes(e.size, lang) ?? '',
                compressed: formatBytes(e.compressedSize, lang) ?? '',
              })}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
