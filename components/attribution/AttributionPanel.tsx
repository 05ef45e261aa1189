import { useId } from 'preact/hooks';
import { noticeMessages } from '../../lib/attribution/messages';
import type { AttributionOptions } from '../../lib/attribution/options';
import type { Attribution } from '../../lib/attribution/render';
import { LANGS, type Lang } from '../../lib/i18n';
import { useLang, useT } from '../i18n-context';
import { FormatSelect } from './FormatSelect';
import { NoticePreview } from './NoticePreview';

export interface AttributionPanelProps {
  /** The generator, bound to the dataset and its licence: the panel only chooses the options. */
  render: (options: AttributionOptions) => Attribution;
  options: AttributionOptions;
  onOptionsChange: (options: AttributionOptions) => void;
  /** Receives exactly the text shown in the preview; the shell writes it to the clipboard. */
  onCopy: (text: string) => void;
  /** The shell sets it after a successful copy, and clears it when it sees fit. */
  copied: boolean;
  onAddToCredits?: () => void;
  added?: boolean;
}

/**
 * The notice for this dataset: format, language and "I modified the data" choices, a live preview shown as
 * text (the HTML format shows its source, never rendered markup), what is missing, one Copy button.
 */
export function AttributionPanel({
  render,
  options,
  onOptionsChange,
  onCopy,
  copied,
  onAddToCredits,
  added = false,
}: AttributionPanelProps) {
  const t = useT();
  const uiLang = useLang();
  const id = useId();
  const result = render(options);
  const messages = noticeMessages(result.notice, uiLang);
  const set = (patch: Partial<AttributionOptions>) => onOptionsChange({ ...options, ...patch });
  const status = copied ? t('attribution.panel.copied') : added ? t('attribution.panel.added') : '';
  return (
    <section class="pv-attribution" aria-labelledby={`${id}-heading`}>
      <header class="pv-attribution__header">
        <h2 id={`${id}-heading`} class="pv-attribution__title">
          {t('attribution.panel.heading')}
        </h2>
        <span class={`pv-attribution__kind pv-attribution__kind--${result.notice.kind}`}>
          {t(`attribution.panel.kind.${result.notice.kind}`)}
        </span>
      </header>

      <div class="pv-attribution__controls">
        <FormatSelect value={options.format} onChange={(format) => set({ format })} />
        <fieldset class="pv-attribution__field pv-attribution__langs">
          <legend>{t('attribution.panel.language')}</legend>
          {LANGS.map((lang: Lang) => (
            <label key={lang}>
              <input
                type="radio"
                name={`${id}-lang`}
                value={lang}
                checked={options.lang === lang}
                onChange={() => set({ lang })}
              />
              {t(`attribution.lang.${lang}`)}
            </label>
          ))}
        </fieldset>
        <label class="pv-attribution__check">
          <input
            type="checkbox"
            checked={options.modified}
            onChange={(e) => set({ modified: e.currentTarget.checked })}
          />
          {t('attribution.panel.modified')}
        </label>
        {options.modified && (
          <label class="pv-attribution__field">
            <span>{t('attribution.panel.modifiedBy')}</span>
            <input
              type="text"
              value={options.modifiedBy ?? ''}
              autoComplete="name"
              onInput={(e) => set({ modifiedBy: e.currentTarget.value })}
            />
          </label>
        )}
      </div>

      <NoticePreview
        heading={t('attribution.panel.preview')}
        text={result.text}
        lang={options.lang}
        testId="attribution-preview"
      />

      {messages.version && (
        <div class="pv-attribution__gaps pv-attribution__version" role="note" data-testid="attribution-version">
          <h3 class="pv-attribution__subtitle">{t('attribution.panel.versionTitle')}</h3>
          <p>{messages.version}</p>
        </div>
      )}
      {messages.missing.length + messages.recommended.length > 0 && (
        <div class="pv-attribution__gaps" role="note">
          <h3 class="pv-attribution__subtitle">{t('attribution.panel.gaps')}</h3>
          <ul>
            {[...messages.missing, ...messages.recommended].map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {messages.notes.length + messages.absent.length > 0 && (
        <div class="pv-attribution__notes">
          <h3 class="pv-attribution__subtitle">{t('attribution.panel.notes')}</h3>
          <ul>
            {[...messages.notes, ...messages.absent].map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}

      <div class="pv-attribution__actions">
        <button type="button" class="pv-button pv-button--primary" onClick={() => onCopy(result.text)}>
          {t('attribution.panel.copy')}
        </button>
        {onAddToCredits && (
          <button type="button" class="pv-button" onClick={onAddToCredits}>
            {t('attribution.panel.addToCredits')}
          </button>
        )}
        <p class="pv-attribution__status" role="status">
          {status}
        </p>
      </div>
    </section>
  );
}
