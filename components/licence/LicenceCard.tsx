import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { safeHref } from '../../lib/attribution/escape';
import { type Lang, t } from '../../lib/i18n';
import { officialText } from '../../lib/licences/catalogue';
import { GENERIC_KEYS } from '../../lib/licences/catalogue/generic';
import { licenceName } from '../../lib/licences/display-name';
import { CRPA_CONDITIONS, crpaDefaultApplies, outsideDecreeList } from '../../lib/licences/public-sector';
import { resolveLicence } from '../../lib/licences/resolve';
import type { Clause, LicenceEntry } from '../../lib/licences/schema';
import type { PublishedLicence } from '../../lib/model/dataset';

export interface LicenceCardProps {
  /** The catalogue entry the published licence resolved to; null when unknown. */
  entry: LicenceEntry | null;
  /** What the portal published, shown as is. */
  published: PublishedLicence;
  versionAssumed: boolean;
  publicSector: boolean | null;
  lang: Lang;
}

type Tone = 'may' | 'must' | 'mayNot';

/** Symbols are decoration: each list's visible heading says what it is. */
const ICON: Record<Tone, string> = { may: '✓', must: '➜', mayNot: '✕' };

interface Item {
  text: string;
  source: string;
}

function ClauseList({ tone, items, empty, lang }: { tone: Tone; items: Item[]; empty: string | null; lang: Lang }) {
  const id = useId();
  if (items.length === 0 && empty === null) return null;
  return (
    <section class={`pv-licence__list pv-licence__list--${tone}`} aria-labelledby={id}>
      <h3 id={id} class="pv-licence__list-title">
        <span class="pv-licence__icon" aria-hidden="true">
          {ICON[tone]}
        </span>{' '}
        {t(lang, `licences.card.${tone}`)}
      </h3>
      {items.length > 0 ? (
        <ul>
          {items.map((item) => (
            <li key={item.text}>
              {item.text}{' '}
              <span class="pv-licence__source">{t(lang, 'licences.card.source', { source: item.source })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="pv-licence__empty">{empty}</p>
      )}
    </section>
  );
}

function Alert({
  tone,
  title,
  children,
}: {
  tone: 'warn' | 'danger' | 'info';
  title?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={`pv-licence__alert pv-licence__alert--${tone}`} role="note">
      {title && <p class="pv-licence__alert-title">{title}</p>}
      <p>{children}</p>
    </div>
  );
}

function languageName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function TextLink({ entry, published, lang }: { entry: LicenceEntry | null; published: PublishedLicence; lang: Lang }) {
  const text = entry ? officialText(entry, lang) : null;
  if (text) {
    const label =
      text.lang === lang
        ? t(lang, 'licences.card.officialText')
        : t(lang, 'licences.card.officialTextIn', { language: languageName(text.lang, lang) });
    return (
      <p class="pv-licence__link">
        <a href={text.url} hreflang={text.lang} target="_blank" rel="noopener noreferrer license">
          {label}
        </a>
      </p>
    );
  }
  // The portal's URL: only an http(s) one becomes a link.
  const publishedHref = safeHref(published.url);
  if (!publishedHref) return null;
  return (
    <p class="pv-licence__link">
      <a href={publishedHref} target="_blank" rel="noopener noreferrer">
        {t(lang, 'licences.card.publishedLink')}
      </a>
    </p>
  );
}

const localized = (clauses: readonly Clause[], lang: Lang): Item[] =>
  clauses.map((c) => ({ text: c.text[lang], source: c.source }));

/**
 * What a licence lets you do, asks of you and forbids, in short sentences with the clause each comes from;
 * or, when there is no usable licence, what to check and whom to ask.
 */
export function LicenceCard({ entry, published, versionAssumed, publicSector, lang }: LicenceCardProps) {
  const headingId = useId();
  const key = entry?.key ?? null;
  const publishedName = published.title ?? published.id;
  const crpa = crpaDefaultApplies(key, publicSector, published);
  const generic = entry !== null && GENERIC_KEYS.has(entry.key) && entry.key !== 'notspecified';
  // A name too vague to resolve (« Creative Commons Paternité », CKAN `cc-nc`) says why it stays unknown.
  const vagueReason = entry === null ? resolveLicence(published).reason : undefined;

  let title: string;
  if (crpa) title = t(lang, 'licences.card.crpaTitle');
  else if (entry) title = licenceName(entry, versionAssumed, lang);
  else title = publishedName ?? t(lang, 'licences.card.unknownTitle');

  return (
    <section class="pv-licence" data-licence-key={key ?? 'unknown'} aria-labelledby={headingId} lang={lang}>
      <header class="pv-licence__header">
        <h2 id={headingId} class="pv-licence__title">
          {title}
        </h2>
        {entry?.open === true && !generic && (
          <span class="pv-licence__badge pv-licence__badge--ok">{t(lang, 'licences.card.openBadge')}</span>
        )}
        {entry?.open === false && (
          <span class="pv-licence__badge pv-licence__badge--danger">{t(lang, 'licences.card.notOpenBadge')}</span>
        )}
        {publishedName && (
          <p class="pv-licence__published">{t(lang, 'licences.card.published', { title: publishedName })}</p>
        )}
        <TextLink entry={crpa ? null : entry} published={published} lang={lang} />
      </header>

      {crpa ? (
        <>
          <Alert tone="info">{t(lang, 'licences.card.crpaIntro')}</Alert>
          <ClauseList
            tone="must"
            items={CRPA_CONDITIONS.map((c) => ({ text: t(lang, c.messageKey), source: c.source }))}
            empty={null}
            lang={lang}
          />
          <p class="pv-licence__note">{t(lang, 'licences.card.crpaAsk')}</p>
          <p class="pv-licence__attribution">{t(lang, 'licences.card.crpaAttribution')}</p>
        </>
      ) : entry === null ? (
        <Alert tone="warn" title={t(lang, 'licences.card.unknownTitle')}>
          {publishedName || published.url
            ? t(lang, 'licences.card.unknown', { title: publishedName ?? published.url ?? '' })
            : t(lang, 'licences.card.unknownNone')}
          {vagueReason && ` ${t(lang, vagueReason)}`}
        </Alert>
      ) : entry.key === 'notspecified' ? (
        <Alert tone="warn" title={t(lang, 'licences.card.notSpecifiedTitle')}>
          {t(lang, 'licences.card.notSpecified')}
        </Alert>
      ) : (
        <>
          {versionAssumed && entry.version && (
            <Alert tone="warn">{t(lang, 'licences.card.versionAssumed', { version: entry.version })}</Alert>
          )}
          {entry.open === false && (
            <Alert tone="danger" title={t(lang, 'licences.card.notOpenTitle')}>
              {t(lang, 'licences.card.notOpen')}
            </Alert>
          )}
          {generic && (
            <Alert tone="warn" title={t(lang, 'licences.card.genericTitle')}>
              {t(lang, 'licences.card.generic', { name: entry.names[lang] })}
            </Alert>
          )}
          <ClauseList
            tone="may"
            items={localized(entry.permissions, lang)}
            empty={t(lang, 'licences.card.noPermissionsKnown')}
            lang={lang}
          />
          <ClauseList
            tone="must"
            items={localized(entry.conditions, lang)}
            empty={t(lang, 'licences.card.noConditions')}
            lang={lang}
          />
          <ClauseList
            tone="mayNot"
            items={localized(entry.prohibitions, lang)}
            empty={t(lang, 'licences.card.noProhibitions')}
            lang={lang}
          />
          {entry.shareAlike && (
            <p class="pv-licence__note">
              {t(lang, 'licences.card.shareAlike', { scope: entry.shareAlike.scope[lang] })}
            </p>
          )}
          <p class="pv-licence__attribution">
            {t(lang, 'licences.card.attribution', { summary: entry.attribution.summary[lang] })}{' '}
            <span class="pv-licence__source">
              {t(lang, 'licences.card.source', { source: entry.attribution.source })}
            </span>
          </p>
          {outsideDecreeList(entry, publicSector) && <Alert tone="info">{t(lang, 'licences.card.homologation')}</Alert>}
        </>
      )}
    </section>
  );
}
