import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../components/theme.css';
import './options.css';
import { LangContext } from '../../components/i18n-context';
import { PortalAccess } from '../../components/options/PortalAccess';
import { ClearCache, SettingsForm } from '../../components/options/SettingsForm';
import { t } from '../../lib/i18n';
import { builtInHostPermissions } from '../../lib/portals/known-hosts';
import { uiLangOf } from '../../lib/settings/schema';
import { saveSettings } from '../../lib/settings/store';
import { grantedOrigins } from '../background/granted-hosts';
import { useSettings } from '../popup/use-settings';

/** `options.html?lang=fr|en` forces the language (tests, screenshots); otherwise the settings decide. */
const forcedLang = (() => {
  const lang = new URL(location.href).searchParams.get('lang');
  return lang === 'fr' || lang === 'en' ? lang : null;
})();

function Options() {
  const { settings, loaded } = useSettings();
  const lang = forcedLang ?? uiLangOf(settings, browser.i18n.getUILanguage());
  const [granted, setGranted] = useState<string[]>([]);
  const [lastRevoked, setLastRevoked] = useState<string | null>(null);
  const [cleared, setCleared] = useState(false);
  const refresh = () => grantedOrigins().then(setGranted);
  useEffect(() => {
    void refresh();
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'options.title');
  }, [lang]);
  const revoke = async (origin: string) => {
    if (await browser.permissions.remove({ origins: [origin] })) setLastRevoked(origin);
    await refresh();
  };
  const clearCache = async () => {
    // Session storage holds only the per-tab detection cache; settings and the credits basket are in `local`.
    await browser.storage.session.clear();
    setCleared(true);
  };
  return (
    <LangContext.Provider value={lang}>
      <main class="pv-options" id="app" data-state={loaded ? 'ready' : 'loading'}>
        <h1>{t(lang, 'options.title')}</h1>
        {loaded && <SettingsForm settings={settings} onChange={saveSettings} />}
        <PortalAccess
          builtIn={builtInHostPermissions()}
          granted={granted}
          lastRevoked={lastRevoked}
          onRevoke={revoke}
        />
        <ClearCache cleared={cleared} onClear={clearCache} />
      </main>
    </LangContext.Provider>
  );
}

render(<Options />, document.getElementById('root')!);
