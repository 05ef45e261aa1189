import { formatBytes } from '../../lib/i18n';
import type { Dataset, Resource } from '../../lib/model/dataset';
import { useLang, useT } from '../i18n-context';

/** A harvested source URL the portal gave; shown as its host, or as given when it is not a URL. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function FileItem({ resource, previewHref }: { resource: Resource; previewHref?: (resource: Resource) => string }) {
  const t = useT();
  const lang = useLang();
  const size = formatBytes(resource.size ?? resource.hints.measuredSize ?? null, lang);
  return (
    <li class="pv-file">
      <a class="pv-file__title" href={resource.url} target="_blank" rel="noopener noreferrer">
        {resource.title}
      </a>
      <span class="pv-file__meta">
        <span class="pv-file__format">{resource.format?.toUpperCase() ?? t('common.formatUnknown')}</span>
        {' · '}
        <span class="pv-file__size">{size ?? t('common.sizeUnknown')}</span>
        {previewHref && (
          <>
            {' · '}
            <a
              class="pv-file__viewer"
              href={previewHref(resource)}
              target="_blank"
              rel="noopener"
              aria-label={t('shell.previewFile', { title: resource.title })}
            >
              {t('common.tabPreview')}
            </a>
          </>
        )}
      </span>
    </li>
  );
}

/**
 * What is in the dataset: its files, where it was harvested from, what the portal left out. Title, producer,
 * date and licence are in the header above the sections (`DatasetHeader`).
 */
export function DatasetOverview({
  dataset,
  previewHref,
}: {
  dataset: Dataset;
  /** The full-tab viewer's address for a file; no link without it. */
  previewHref?: (resource: Resource) => string;
}) {
  const t = useT();
  const missing = dataset.missing.map((m) => t(`common.field.${m}`));
  // An answer without a file list says nothing about files: never turn that into "no files".
  const filesUnknown = dataset.missing.includes('resources') && dataset.resources.length === 0;
  return (
    <article class="pv-overview" aria-labelledby="pv-files-heading">
      {missing.length > 0 && (
        <p class="pv-notice" role="note">
          {t('common.missingFields', { fields: missing.join(', ') })}
        </p>
      )}
      <section>
        <h2 id="pv-files-heading" class="pv-overview__h2">
          {filesUnknown ? t('common.filesTitle') : t('common.files', { count: dataset.resources.length })}
        </h2>
        {filesUnknown ? (
          <p class="pv-muted">{t('common.filesNotGiven')}</p>
        ) : dataset.resources.length ? (
          <ul class="pv-files" data-field="files">
            {dataset.resources.map((r) => (
              <FileItem key={r.id} resource={r} previewHref={previewHref} />
            ))}
          </ul>
        ) : (
          <p class="pv-muted">{t('common.noFiles')}</p>
        )}
      </section>
      <p class="pv-overview__links">
        <a data-field="page" href={dataset.pageUrl} target="_blank" rel="noopener noreferrer">
          {t('common.openPage')}
        </a>
        {dataset.sourceUrl && (
          <>
            {' · '}
            {t('common.sourceHarvested')}{' '}
            <a href={dataset.sourceUrl} target="_blank" rel="noopener noreferrer">
              {hostOf(dataset.sourceUrl)}
            </a>
          </>
        )}
      </p>
    </article>
  );
}
