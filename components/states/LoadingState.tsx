import { useT } from '../i18n-context';

export function LoadingState() {
  const t = useT();
  return (
    <p class="pv-state pv-state--loading" role="status" aria-live="polite">
      <span class="pv-spinner" aria-hidden="true" />
      {t('common.loading')}
    </p>
  );
}
