import { safeHref } from '../../lib/attribution/escape';
import { formatBytes } from '../../lib/i18n';
import type { Dataset, PublishedLicence, Resource } from '../../lib/model/dataset';
import { sameLicence } from '../../lib/portals/published-licence';
import { useLang, useT } from '../i18n-context';

function FileItem({
  resource,
  datasetLicence,
  previewHref,
}: {
  resource: Resource;
  datasetLicence: PublishedLicence;
  previewHref?: (resource: Resource) => string;
}) {
  const t = useT();
  const lang = useLang();
  const size = formatBytes(resource.size ?? resource.hints.measuredSize ?? null, lang);
  // A file's own licence (CKAN per-resource licences), said only when it is not the dataset's.
  const own = resource.hints.licence;
  const licence = own && !sameLicence(own, datasetLicence) ? (own.title ?? own.id ?? own.url) : null;
  return (
    <li class="pv-file">
      <a class="pv-file__title" href={safeHref(resource.url) ?? undefined} target="_blank" rel="noopener noreferrer">
        {resource.title}
      </a>
      <span class="pv-file__meta">
        <span class="pv-file__format">{resource.format?.toUpperCase() ?? t('common.formatUnknown')}</span>
        {' · '}
        <span class="pv-file__size">{size ?? t('common.sizeUnknown')}</span>
        {previewHref && safeHref(resource.url) && (
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
      {licence && (
        <span class="pv-file__note" data-field="file-licence">
          {t('common.fileLicence', { licence })}
        </span>
      )}
      {resource.hints.available === false && (
        <span class="pv-file__note" data-field="file-unavailable">
          {t('common.fileUnavailable')}
        </span>
      )}
      {resource.hints.analysisError && (
        <span class="pv-file__note pv-muted" data-field="file-analysis">
          {t('common.fileAnalysisError', { error: resource.hints.analysisError })}
        </span>
      )}
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
  // Only http(s) URLs from the portal become links (a `javascript:` one stays text); a broken one is no link.
  const sourceHref = safeHref(dataset.sourceUrl);
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
              <FileItem key={r.id} resource={r} datasetLicence={dataset.licence.published} previewHref={previewHref} />
            ))}
          </ul>
        ) : (
          <p class="pv-muted">{t('common.noFiles')}</p>
        )}
      </section>
      <p class="pv-overview__links">
        <a data-field="page" href={safeHref(dataset.pageUrl) ?? undefined} target="_blank" rel="noopener noreferrer">
          {t('common.openPage')}
        </a>
        {sourceHref && (
          <>
            {' · '}
            {t('common.sourceHarvested')}{' '}
            <a href={sourceHref} target="_blank" rel="noopener noreferrer">
              {new URL(sourceHref).host}
            </a>
          </>
        )}
      </p>
    </article>
  );
}
