import type { CreditStatus } from '../../lib/credits/compare';
import { formatDate } from '../../lib/i18n';
import type { DatasetLicence } from '../../lib/model/dataset';
import { useLang, useT } from '../i18n-context';

/**
 * What changed about one credited dataset since it was credited. Every flag says it in words (the colour and the
 * sign only repeat it); a licence change comes first and framed, since it may change what the reuser may do.
 */
export function CreditFlags({
  status,
  title,
  onAcknowledge,
}: {
  status: CreditStatus;
  /** The dataset's title, for the accessible name of the accept button. */
  title: string;
  onAcknowledge: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const { updated, licenceChanged, couldNotCheck } = status;
  if (!updated && !licenceChanged && !couldNotCheck) return null;
  const date = (iso: string) => formatDate(iso, lang) ?? iso;
  const name = (licence: DatasetLicence) =>
    licence.title ?? licence.published.title ?? licence.published.id ?? t('credits.flag.unknownLicence');
  const diff = licenceChanged?.diff;
  const clauses = (heading: string, list: NonNullable<typeof diff>['newConditions']) =>
    list.length > 0 && (
      <>
        <h4 class="pv-credits__flag-subtitle">{heading}</h4>
        <ul>
          {list.map((c) => (
            <li key={c.text.en}>
              {c.text[lang]} <span class="pv-muted">({c.source})</span>
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <div class="pv-credits__flags">
      {licenceChanged && diff && (
        <div class="pv-credits__flag pv-credits__flag--licence" role="note" data-testid="credit-licence-changed">
          <p class="pv-credits__flag-title">
            <span aria-hidden="true">⚠ </span>
            {t('credits.flag.licenceChanged')}
          </p>
          <p>{t('credits.flag.licenceFromTo', { from: name(licenceChanged.from), to: name(licenceChanged.to) })}</p>
          <ul>
            {diff.changes.map((c) => (
              <li key={c}>{t(`credits.change.${c}`)}</li>
            ))}
          </ul>
          {diff.newConditions.length + diff.newProhibitions.length + diff.lostPermissions.length > 0 && (
            <details>
              <summary>{t('credits.details.summary')}</summary>
              {clauses(t('credits.details.newConditions'), diff.newConditions)}
              {clauses(t('credits.details.newProhibitions'), diff.newProhibitions)}
              {clauses(t('credits.details.lostPermissions'), diff.lostPermissions)}
            </details>
          )}
        </div>
      )}
      {updated && (
        <p class="pv-credits__flag pv-credits__flag--updated" data-testid="credit-updated">
          {updated.from
            ? t('credits.flag.updatedFrom', { date: date(updated.to), from: date(updated.from) })
            : t('credits.flag.updated', { date: date(updated.to) })}
        </p>
      )}
      {couldNotCheck && (
        <p class="pv-credits__flag pv-credits__flag--unchecked" data-testid="credit-unchecked">
          {t('credits.flag.couldNotCheck', { reason: t(couldNotCheck.messageKey, couldNotCheck.params) })}
        </p>
      )}
      {(updated || licenceChanged) && (
        <button
          type="button"
          class="pv-button pv-credits__acknowledge"
          aria-label={t('credits.acknowledgeLabel', { title })}
          onClick={onAcknowledge}
        >
          {t('credits.acknowledge')}
        </button>
      )}
    </div>
  );
}
