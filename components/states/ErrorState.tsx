import { useEffect, useState } from 'preact/hooks';
import type { Failure } from '../../lib/model/failure';
import { useT } from '../i18n-context';

/** A failure in plain words, its detail for the curious, and a retry where trying again can help. */
export function ErrorState({ error, onRetry }: { error: Failure; onRetry: () => void }) {
  const t = useT();
  const [wait, setWait] = useState(error.retryAfter ?? 0);
  useEffect(() => {
    setWait(error.retryAfter ?? 0);
  }, [error]);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);
  return (
    <section class="pv-state pv-state--error" aria-labelledby="pv-error-title">
      <h1 id="pv-error-title" class="pv-state__title">
        {t('common.errorTitle')}
      </h1>
      <p role="alert" class="pv-notice pv-notice--danger">
        {t(error.messageKey, error.params)}
      </p>
      {error.detail && (
        <details class="pv-detail">
          <summary>{t('common.technicalDetail')}</summary>
          <code>{error.detail}</code>
        </details>
      )}
      <button type="button" class="pv-button" data-action="retry" onClick={onRetry} disabled={wait > 0}>
        {wait > 0 ? t('common.retryIn', { seconds: wait }) : t('common.retry')}
      </button>
    </section>
  );
}
