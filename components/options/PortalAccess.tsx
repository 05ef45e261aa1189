import { useT } from '../i18n-context';

const hostOf = (pattern: string) => pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, '');

/** The built-in portals, the ones the user granted, and a way to take each grant back. */
export function PortalAccess({
  builtIn,
  granted,
  lastRevoked,
  onRevoke,
}: {
  builtIn: readonly string[];
  granted: readonly string[];
  lastRevoked: string | null;
  onRevoke: (origin: string) => void;
}) {
  const t = useT();
  return (
    <>
      <section aria-labelledby="pv-granted">
        <h2 id="pv-granted">{t('options.grantedTitle')}</h2>
        <p class="pv-muted">{t('options.grantedHelp')}</p>
        {lastRevoked && <p role="status">{t('options.revoked', { host: hostOf(lastRevoked) })}</p>}
        {granted.length ? (
          <ul class="pv-granted" data-field="granted">
            {granted.map((origin) => (
              <li key={origin}>
                <span>{hostOf(origin)}</span>{' '}
                <button type="button" class="pv-button" onClick={() => onRevoke(origin)}>
                  {t('options.revoke', { host: hostOf(origin) })}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('options.grantedNone')}</p>
        )}
      </section>
      <section aria-labelledby="pv-builtin">
        <h2 id="pv-builtin">{t('options.builtInTitle')}</h2>
        <p class="pv-muted">{t('options.builtInHelp')}</p>
        <ul class="pv-builtin">
          {builtIn.map((p) => (
            <li key={p}>{hostOf(p)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pv-privacy">
        <h2 id="pv-privacy">{t('options.privacyTitle')}</h2>
        <p>{t('options.privacy')}</p>
      </section>
    </>
  );
}
