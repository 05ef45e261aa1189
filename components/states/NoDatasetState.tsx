import { useState } from 'preact/hooks';
import type { PortalFamily } from '../../lib/model/dataset';
import { useT } from '../i18n-context';

export type PasteProblem = 'invalid' | 'unrecognised' | null;

/**
 * Says what Provenance can do and where, instead of an empty popup, and takes the address of a dataset page or
 * of a file to open here.
 */
export function NoDatasetState({
  families,
  onOpenUrl,
  problem = null,
  busy = false,
}: {
  families: readonly PortalFamily[];
  onOpenUrl?: (url: string) => void;
  problem?: PasteProblem;
  busy?: boolean;
}) {
  const t = useT();
  const [value, setValue] = useState('');
  return (
    <section class="pv-state pv-state--none" aria-labelledby="pv-none-title">
      <h1 id="pv-none-title" class="pv-state__title">
        {t('common.noDataset')}
      </h1>
      <p>{t('common.noDatasetHelp')}</p>
      <ul class="pv-portals" data-field="portals">
        {families
          .filter((f) => f !== 'jsonld')
          .map((f) => (
            <li key={f}>{t(`portals.${f}`)}</li>
          ))}
      </ul>
      <p class="pv-muted">{t('common.noDatasetOther')}</p>
      {onOpenUrl && (
        <form
          class="pv-paste"
          onSubmit={(event) => {
            event.preventDefault();
            onOpenUrl(value.trim());
          }}
        >
          <label for="pv-paste-url" class="pv-paste__label">
            {t('shell.pasteLabel')}
          </label>
          <p id="pv-paste-help" class="pv-muted pv-paste__help">
            {t('shell.pasteHelp')}
          </p>
          <div class="pv-paste__row">
            <input
              id="pv-paste-url"
              type="url"
              inputMode="url"
              required
              placeholder="https://"
              aria-describedby={problem ? 'pv-paste-help pv-paste-problem' : 'pv-paste-help'}
              aria-invalid={problem !== null}
              value={value}
              onInput={(event) => setValue(event.currentTarget.value)}
            />
            <button type="submit" class="pv-button pv-button--primary" disabled={busy} data-action="open-url">
              {t('shell.pasteOpen')}
            </button>
          </div>
          {problem && (
            <p id="pv-paste-problem" role="alert" class="pv-notice pv-notice--warn">
              {t(`shell.paste.${problem}`)}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
