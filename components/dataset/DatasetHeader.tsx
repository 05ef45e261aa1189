import { safeHref } from '../../lib/attribution/escape';
import { freshness } from '../../lib/glance/freshness';
import { licenceVerdict } from '../../lib/glance/verdict';
import { formatDate, type Lang, t as translate } from '../../lib/i18n';
import type { LicenceEntry } from '../../lib/licences/schema';
import type { Dataset } from '../../lib/model/dataset';
import { useLang, useT } from '../i18n-context';
import { VerdictChips } from './VerdictChips';

export type CopyStatus = 'idle' | 'copied' | 'failed';

/** The title's Element Timing name: the browser reports when it was painted (the popup's time to content). */
export const TITLE_ELEMENT_TIMING = 'pv-dataset-title';

/** "monthly", "every 14 days": the declared period in words. */
export function periodLabel(days: number, lang: Lang): string {
  const t = (key: string, params?: Record<string, number>) => translate(lang, key, params);
  if (days < 1) return t('glance.everyHours');
  if (days === 1) return t('glance.everyDay');
  if (days === 7) return t('glance.everyWeek');
  if (days >= 28 && days <= 31) return t('glance.everyMonth');
  if (days >= 89 && days <= 92) return t('glance.everyQuarter');
  if (days === 365) return t('glance.everyYear');
  return t('glance.every', { days: Math.round(days) });
}

function Freshness({ dataset, now }: { dataset: Dataset; now: Date }) {
  const t = useT();
  const lang = useLang();
  const f = freshness(dataset.dates.dataUpdated, dataset.frequency, now);
  if (f.status === 'unknown') return null;
  const age = t('glance.ageDays', { count: f.ageDays });
  if (f.status === 'undeclared') return <span class="pv-fresh">{age}</span>;
  const frequency = periodLabel(f.expectedDays, lang);
  return (
    <span class={`pv-fresh pv-fresh--${f.status}`} data-field="freshness" data-freshness={f.status}>
      {age}, {f.status === 'fresh' ? t('glance.fresh', { frequency }) : t('glance.late', { frequency })}
    </span>
  );
}

/**
 * The dataset at a glance, above the sections: what it is, who made it, how fresh it is, whether it may be reused
 * and on what condition, and the attribution one click away.
 */
export function DatasetHeader({
  dataset,
  entry,
  now,
  copyStatus,
  onCopy,
  onReadLicence,
}: {
  dataset: Dataset;
  entry: LicenceEntry | null;
  now: Date;
  copyStatus: CopyStatus;
  onCopy: () => void;
  onReadLicence: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const updated = formatDate(dataset.dates.dataUpdated, lang);
  const licenceTitle = dataset.licence.title ?? dataset.licence.published.title ?? dataset.licence.published.id;
  const statuses = (['archived', 'deleted', 'private'] as const).filter((s) => dataset.status[s]);
  // Only http(s) URLs from the portal become links (a `javascript:` one stays text).
  const publisherHref = safeHref(dataset.publisher.url);
  const licenceHref = safeHref(dataset.licence.url);
  return (
    <section class="pv-glance" aria-labelledby="pv-dataset-title">
      <h1 id="pv-dataset-title" class="pv-glance__title" data-field="title" elementtiming={TITLE_ELEMENT_TIMING}>
        {dataset.title}
      </h1>
      {statuses.map((s) => (
        <p key={s} class="pv-notice pv-notice--warn" role="note">
          {t(`errors.${s}`)}
        </p>
      ))}
      <dl class="pv-glance__facts">
        <div>
          <dt>{t('common.producer')}</dt>
          <dd data-field="publisher">
            {dataset.publisher.name ? (
              publisherHref ? (
                <a href={publisherHref} target="_blank" rel="noopener noreferrer">
                  {dataset.publisher.name}
                </a>
              ) : (
                dataset.publisher.name
              )
            ) : (
              <span class="pv-muted">{t('common.producerUnknown')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('common.lastUpdate')}</dt>
          <dd>
            <span data-field="updated">
              {updated ? (
                <time dateTime={dataset.dates.dataUpdated ?? undefined}>{updated}</time>
              ) : (
                <span class="pv-muted">{t('common.dateUnknown')}</span>
              )}
            </span>{' '}
            <Freshness dataset={dataset} now={now} />
          </dd>
        </div>
        <div>
          <dt>{t('common.licence')}</dt>
          <dd data-field="licence">
            {licenceTitle ? (
              licenceHref ? (
                <a href={licenceHref} target="_blank" rel="noopener noreferrer license">
                  {licenceTitle}
                </a>
              ) : (
                licenceTitle
              )
            ) : (
              <span class="pv-muted">{t('common.licenceUnknown')}</span>
            )}
          </dd>
        </div>
      </dl>
      <VerdictChips chips={licenceVerdict(entry)} entry={entry} onReadLicence={onReadLicence} />
      <div class="pv-glance__actions">
        <button type="button" class="pv-button pv-button--primary" data-action="copy-attribution" onClick={onCopy}>
          {t('glance.copyAttribution')}
        </button>
        <p class="pv-glance__status" aria-live="polite">
          {copyStatus === 'copied' ? t('glance.copied') : copyStatus === 'failed' ? t('glance.copyFailed') : ''}
        </p>
      </div>
    </section>
  );
}
