import { useEffect, useId, useState } from 'preact/hooks';
import { type AttributionFormat, AttributionFormatSchema } from '../../lib/attribution/options';
import { BUDGET_KIB, MODIFIED_BY_MAX, PREVIEW_ROWS, type Settings } from '../../lib/settings/schema';
import { useT } from '../i18n-context';

/** Byte budgets offered: from a quick look to a large sample, in KiB. */
const BUDGETS = [256, 1024, 4096, BUDGET_KIB.max] as const;
const ROWS = [20, 50, 100, 200, 500, PREVIEW_ROWS.max] as const;

/**
 * The user's settings, each change handed back at once (the shell saves it and every open page follows).
 * Numbers come from fixed choices, so that no value outside the schema's bounds can be typed in.
 */
export function SettingsForm({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(settings.attribution.modifiedBy);
  // Another window may save a name too: follow it, without remounting the field being typed in.
  useEffect(() => setName(settings.attribution.modifiedBy), [settings.attribution.modifiedBy]);
  const attribution = (patch: Partial<Settings['attribution']>) =>
    onChange({ ...settings, attribution: { ...settings.attribution, ...patch } });
  const preview = (patch: Partial<Settings['preview']>) =>
    onChange({ ...settings, preview: { ...settings.preview, ...patch } });
  return (
    <>
      <section aria-labelledby={`${id}-lang`}>
        <h2 id={`${id}-lang`}>{t('options.langTitle')}</h2>
        <label class="pv-field">
          <span>{t('options.uiLang')}</span>
          <select
            value={settings.uiLang}
            onChange={(e) => onChange({ ...settings, uiLang: e.currentTarget.value as Settings['uiLang'] })}
          >
            <option value="browser">{t('options.langBrowser')}</option>
            <option value="fr" lang="fr">
              Français
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
      </section>
      <section aria-labelledby={`${id}-attribution`}>
        <h2 id={`${id}-attribution`}>{t('options.attributionTitle')}</h2>
        <p class="pv-muted">{t('options.attributionHelp')}</p>
        <label class="pv-field">
          <span>{t('attribution.panel.format')}</span>
          <select
            value={settings.attribution.format}
            onChange={(e) => attribution({ format: e.currentTarget.value as AttributionFormat })}
          >
            {AttributionFormatSchema.options.map((format) => (
              <option key={format} value={format}>
                {t(`attribution.format.${format}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="pv-field">
          <span>{t('options.noticeLang')}</span>
          <select
            value={settings.attribution.lang}
            onChange={(e) => attribution({ lang: e.currentTarget.value as Settings['attribution']['lang'] })}
          >
            <option value="ui">{t('options.noticeLangUi')}</option>
            <option value="fr">{t('attribution.lang.fr')}</option>
            <option value="en">{t('attribution.lang.en')}</option>
          </select>
        </label>
        <label class="pv-field">
          <span>{t('options.modifiedBy')}</span>
          <input
            type="text"
            value={name}
            maxLength={MODIFIED_BY_MAX}
            autoComplete="name"
            aria-describedby={`${id}-modified-help`}
            onInput={(e) => setName(e.currentTarget.value)}
            onChange={(e) => attribution({ modifiedBy: e.currentTarget.value.trim() })}
          />
        </label>
        <p id={`${id}-modified-help`} class="pv-muted">
          {t('options.modifiedByHelp')}
        </p>
      </section>
      <section aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`}>{t('options.previewTitle')}</h2>
        <p class="pv-muted">{t('options.previewHelp')}</p>
        <label class="pv-field">
          <span>{t('options.budget')}</span>
          <select
            value={String(settings.preview.budgetKiB)}
            onChange={(e) => preview({ budgetKiB: Number(e.currentTarget.value) })}
          >
            {[...new Set([...BUDGETS, settings.preview.budgetKiB])]
              .sort((a, b) => a - b)
              .map((kib) => (
                <option key={kib} value={String(kib)}>
                  {t('options.budgetValue', { mib: kib / 1024 })}
                </option>
              ))}
          </select>
        </label>
        <label class="pv-field">
          <span>{t('options.rows')}</span>
          <select
            value={String(settings.preview.rows)}
            onChange={(e) => preview({ rows: Number(e.currentTarget.value) })}
          >
            {[...new Set([...ROWS, settings.preview.rows])]
              .sort((a, b) => a - b)
              .map((rows) => (
                <option key={rows} value={String(rows)}>
                  {t('options.rowsValue', { count: rows })}
                </option>
              ))}
          </select>
        </label>
      </section>
    </>
  );
}

/** Forgets what the extension cached about tabs and datasets; the user's settings and credits stay. */
export function ClearCache({ cleared, onClear }: { cleared: boolean; onClear: () => void }) {
  const t = useT();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-cache`}>
      <h2 id={`${id}-cache`}>{t('options.cacheTitle')}</h2>
      <p class="pv-muted">{t('options.cacheHelp')}</p>
      <button type="button" class="pv-button" data-action="clear-cache" onClick={onClear}>
        {t('options.cacheClear')}
      </button>
      <p aria-live="polite" class="pv-options__status">
        {cleared ? t('options.cacheCleared') : ''}
      </p>
    </section>
  );
}
