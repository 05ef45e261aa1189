import { safeHref } from '../../lib/attribution/escape';
import { formatBytes, formatDate } from '../../lib/i18n';
import type { Dataset, PublishedLicence, Resource } from '../../lib/model/dataset';
import { sameLicence } from '../../lib/portals/published-licence';
import { useLang, useT } from '../i18n-context';

function FileItem({ resource, datasetLicence }: { resource: Resource; datasetLicence: PublishedLicence }) {
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

/** Who published what, under which licence, updated when, with which files. */
export function DatasetOverview({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const updated = formatDate(dataset.dates.dataUpdated, lang);
  // Only http(s) URLs from the portal become links (a `javascript:` one stays text); a broken one is no link.
  const sourceHref = safeHref(dataset.sourceUrl);
  const licenceTitle = dataset.licence.title ?? dataset.licence.published.title ?? dataset.licence.published.id;
  const missing = dataset.missing.map((m) => t(`common.field.${m}`));
  const statuses = (['archived', 'deleted', 'private'] as const).filter((s) => dataset.status[s]);
  // An answer without a file list says nothing about files: never turn that into "no files".
  const filesUnknown = dataset.missing.includes('resources') && dataset.resources.length === 0;
  return (
    <article class="pv-overview" aria-labelledby="pv-dataset-title">
      <h1 id="pv-dataset-title" class="pv-overview__title" data-field="title">
        {dataset.title}
      </h1>
      {statuses.map((s) => (
        <p key={s} class="pv-notice pv-notice--warn" role="note">
          {t(`errors.${s}`)}
        </p>
      ))}
      <dl class="pv-facts">
        <dt>{t('common.producer')}</dt>
        <dd data-field="publisher">
          {dataset.publisher.name ? (
            safeHref(dataset.publisher.url) ? (
              <a href={safeHref(dataset.publisher.url)!} target="_blank" rel="noopener noreferrer">
                {dataset.publisher.name}
              </a>
            ) : (
              dataset.publisher.name
            )
          ) : (
            <span class="pv-muted">{t('common.producerUnknown')}</span>
          )}
        </dd>
        <dt>{t('common.licence')}</dt>
        <dd data-field="licence">
          {licenceTitle ? (
            safeHref(dataset.licence.url) ? (
              <a href={safeHref(dataset.licence.url)!} target="_blank" rel="noopener noreferrer license">
                {licenceTitle}
              </a>
            ) : (
              licenceTitle
            )
          ) : (
            <span class="pv-muted">{t('common.licenceUnknown')}</span>
          )}
        </dd>
        <dt>{t('common.lastUpdate')}</dt>
        <dd data-field="updated">
          {updated ? (
            <time dateTime={dataset.dates.dataUpdated ?? undefined}>{updated}</time>
          ) : (
            <span class="pv-muted">{t('common.dateUnknown')}</span>
          )}
        </dd>
        {sourceHref && (
          <>
            <dt>{t('common.sourceHarvested')}</dt>
            <dd>
              <a href={sourceHref} target="_blank" rel="noopener noreferrer">
                {new URL(sourceHref).host}
              </a>
            </dd>
          </>
        )}
      </dl>
      {missing.length > 0 && (
        <p class="pv-notice" role="note">
          {t('common.missingFields', { fields: missing.join(', ') })}
        </p>
      )}
      <section aria-labelledby="pv-files-heading">
        <h2 id="pv-files-heading" class="pv-overview__h2">
          {filesUnknown ? t('common.filesTitle') : t('common.files', { count: dataset.resources.length })}
        </h2>
        {filesUnknown ? (
          <p class="pv-muted">{t('common.filesNotGiven')}</p>
        ) : dataset.resources.length ? (
          <ul class="pv-files" data-field="files">
            {dataset.resources.map((r) => (
              <FileItem key={r.id} resource={r} datasetLicence={dataset.licence.published} />
            ))}
          </ul>
        ) : (
          <p class="pv-muted">{t('common.noFiles')}</p>
        )}
      </section>
      <p>
        <a data-field="page" href={safeHref(dataset.pageUrl) ?? undefined} target="_blank" rel="noopener noreferrer">
          {t('common.openPage')}
        </a>
      </p>
    </article>
  );
}
