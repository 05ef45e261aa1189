import { useT } from '../i18n-context';

/**
 * Reading a portal that is not built in needs the user's consent for that one origin; the request must come
 * from this click, which is why the button is the only way to it.
 */
export function PermissionState({ host, denied, onGrant }: { host: string; denied: boolean; onGrant: () => void }) {
  const t = useT();
  return (
    <section class="pv-state pv-state--permission" aria-labelledby="pv-permission-title">
      <h1 id="pv-permission-title" class="pv-state__title">
        {t('common.permissionTitle')}
      </h1>
      <p>{t('common.permissionWhy', { host })}</p>
      <p class="pv-muted">{t('common.permissionPrivacy')}</p>
      {denied && (
        <p role="alert" class="pv-notice pv-notice--warn">
          {t('common.permissionDenied', { host })}
        </p>
      )}
      <button type="button" class="pv-button pv-button--primary" data-action="grant" onClick={onGrant}>
        {t('common.permissionGrant', { host })}
      </button>
    </section>
  );
}
