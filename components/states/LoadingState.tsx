import { useT } from '../i18n-context';

/** The shape of the header and sections to come, so the popup does not jump when the dataset arrives. */
export function LoadingState() {
  const t = useT();
  return (
    <section class="pv-state pv-state--loading pv-skeleton" aria-busy="true">
      <p role="status" aria-live="polite" class="pv-skeleton__label">
        <span class="pv-spinner" aria-hidden="true" />
        {t('common.loading')}
      </p>
      <div aria-hidden="true">
        <div class="pv-skeleton__bar pv-skeleton__bar--title" />
        <div class="pv-skeleton__bar" />
        <div class="pv-skeleton__bar pv-skeleton__bar--short" />
        <div class="pv-skeleton__chips">
          <span class="pv-skeleton__chip" />
          <span class="pv-skeleton__chip" />
          <span class="pv-skeleton__chip" />
        </div>
        <div class="pv-skeleton__bar pv-skeleton__bar--tabs" />
        <div class="pv-skeleton__bar" />
        <div class="pv-skeleton__bar" />
      </div>
    </section>
  );
}
