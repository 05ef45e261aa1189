import { useId, useState } from 'preact/hooks';
import type { BasketItem } from '../../lib/attribution/basket';
import type { CombinedTerms } from '../../lib/attribution/credits';
import type { AttributionFormat } from '../../lib/attribution/options';
import type { CreditStatus } from '../../lib/credits/compare';
import { formatDate, type Lang } from '../../lib/i18n';
import { useLang, useT } from '../i18n-context';
import { CreditFlags } from './CreditFlags';
import { FormatSelect } from './FormatSelect';
import { NoticePreview } from './NoticePreview';

export interface CreditsBasketProps {
  items: BasketItem[];
  /** What the items' licences require together (`combineLicences`). */
  combined: CombinedTerms;
  /** Language of the credits block. */
  lang: Lang;
  /** The credits block for the items in a format (`buildCredits` bound to them). */
  render: (format: AttributionFormat) => string;
  onRemove: (id: string) => void;
  onCopy: (text: string) => void;
  copied: boolean;
  /** The shell saves the block as a file (`.bib`, `.ris`, `.html`…). */
  onExport: (format: AttributionFormat, text: string) => void;
  /** What changed about each item since it was credited, by item id (the credits check). */
  statuses?: Record<string, CreditStatus>;
  /** The check is asking the portals. */
  checking?: boolean;
  /** The user accepts an item's current state as what they credit. */
  onAcknowledge?: (id: string) => void;
}

/** The datasets gathered for one work, their combined obligations, and one credits block to copy or save. */
export function CreditsBasket({
  items,
  combined,
  lang,
  render,
  onRemove,
  onCopy,
  copied,
  onExport,
  statuses = {},
  checking = false,
  onAcknowledge = () => undefined,
}: CreditsBasketProps) {
  const t = useT();
  const uiLang = useLang();
  const id = useId();
  const [format, setFormat] = useState<AttributionFormat>('text');
  const statements = (list: CombinedTerms['obligations']) =>
    list.map((s) => (
      <li key={`${s.messageKey}|${JSON.stringify(s.params)}`}>
        {t(s.messageKey, s.params)} <span class="pv-muted">({s.source})</span>
      </li>
    ));
  const text = items.length ? render(format) : '';
  const licenceChanged = items.filter((i) => statuses[i.id]?.licenceChanged).map((i) => i.dataset.title);
  return (
    <section class="pv-credits" aria-labelledby={`${id}-heading`}>
      <header class="pv-attribution__header">
        <h2 id={`${id}-heading`} class="pv-attribution__title">
          {t('attribution.basket.heading')}
        </h2>
        <span class="pv-muted">{t('attribution.basket.count', { count: items.length })}</span>
      </header>
      <p class="pv-muted pv-credits__checking" role="status">
        {checking && items.length > 0 ? t('credits.checking') : ''}
      </p>
      {licenceChanged.length > 0 && (
        <p class="pv-credits__alert" data-testid="credits-licence-alert">
          <span aria-hidden="true">⚠ </span>
          {t('credits.alert', { count: licenceChanged.length, titles: licenceChanged.join(' · ') })}
        </p>
      )}
      {items.length === 0 ? (
        <p class="pv-muted">{t('attribution.basket.empty')}</p>
      ) : (
        <>
          {combined.obligations.length > 0 && (
            <div class="pv-credits__obligations">
              <h3 class="pv-attribution__subtitle">{t('attribution.credits.obligations')}</h3>
              <ul>{statements(combined.obligations)}</ul>
            </div>
          )}
          {combined.conflicts.length > 0 && (
            <div class="pv-credits__conflicts" role="note">
              <h3 class="pv-attribution__subtitle">{t('attribution.credits.conflicts')}</h3>
              <ul>{statements(combined.conflicts)}</ul>
            </div>
          )}
          {combined.unknown.length > 0 && (
            <p class="pv-credits__unknown">{t('attribution.credits.unknown', { keys: combined.unknown.join(', ') })}</p>
          )}
          <ul class="pv-credits__list" data-testid="credits-list">
            {items.map((item) => (
              <li key={item.id} class="pv-credits__item">
                <span class="pv-credits__title">{item.dataset.title}</span>
                <span class="pv-credits__meta pv-muted">
                  {[item.dataset.publisher.name, item.dataset.licence.title ?? item.dataset.licence.published.title]
                    .filter(Boolean)
                    .join(' · ')}
                  {' · '}
                  {t('attribution.basket.added', { date: formatDate(item.addedAt, uiLang) ?? item.addedAt })}
                </span>
                <button
                  type="button"
                  class="pv-button pv-credits__remove"
                  aria-label={t('attribution.basket.remove', { title: item.dataset.title })}
                  onClick={() => onRemove(item.id)}
                >
                  {t('attribution.basket.removeShort')}
                </button>
                {statuses[item.id] && (
                  <CreditFlags
                    status={statuses[item.id]!}
                    title={item.dataset.title}
                    onAcknowledge={() => onAcknowledge(item.id)}
                  />
                )}
              </li>
            ))}
          </ul>
          <FormatSelect value={format} onChange={setFormat} />
          <NoticePreview heading={t('attribution.basket.preview')} text={text} lang={lang} testId="credits-preview" />
          <div class="pv-attribution__actions">
            <button type="button" class="pv-button pv-button--primary" onClick={() => onCopy(text)}>
              {t('attribution.basket.copy')}
            </button>
            <button type="button" class="pv-button" onClick={() => onExport(format, text)}>
              {t('attribution.basket.export')}
            </button>
            <p class="pv-attribution__status" role="status">
              {copied ? t('attribution.panel.copied') : ''}
            </p>
          </div>
        </>
      )}
    </section>
  );
}
