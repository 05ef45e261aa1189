import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../components/theme.css';
import { LangContext } from '../../components/i18n-context';
import { PortalAccess } from '../../components/options/PortalAccess';
import { pickLang, t } from '../../lib/i18n';
import { builtInHostPermissions } from '../../lib/portals/known-hosts';
import { grantedOrigins } from '../background/granted-hosts';

const lang = pickLang(browser.i18n.getUILanguage());

function Options() {
  const [granted, setGranted] = useState<string[]>([]);
  const [lastRevoked, setLastRevoked] = useState<string | null>(null);
  const refresh = () => grantedOrigins().then(setGranted);
  useEffect(() => {
    void refresh();
  }, []);
  const revoke = async (origin: string) => {
    if (await browser.permissions.remove({ origins: [origin] })) setLastRevoked(origin);
    await refresh();
  };
  return (
    <LangContext.Provider value={lang}>
      <main class="pv-options">
        <h1>{t(lang, 'options.title')}</h1>
        <PortalAccess
          builtIn={builtInHostPermissions()}
          granted={granted}
          lastRevoked={lastRevoked}
          onRevoke={revoke}
        />
      </main>
    </LangContext.Provider>
  );
}

document.documentElement.lang = lang;
render(<Options />, document.getElementById('root')!);
