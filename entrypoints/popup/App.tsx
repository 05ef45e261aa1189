import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { LangContext } from '../../components/i18n-context';
import { AppHeader } from '../../components/shell/AppHeader';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { NoDatasetState, type PasteProblem } from '../../components/states/NoDatasetState';
import { PermissionState } from '../../components/states/PermissionState';
import type { TabState } from '../../lib/messaging/protocol';
import { PortalFamilySchema } from '../../lib/model/dataset';
import { uiLangOf } from '../../lib/settings/schema';
import { looksLikeDataFile } from '../../lib/viewer/file-link';
import { viewerSearch } from '../../lib/viewer/query';
import { licenceCatalogue } from './chunks';
import { DatasetView } from './DatasetView';
import { activeTabId, backgroundFailure, collectFromTab, type FirstAnswer, requestTabState } from './tab-client';
import type { PopupTarget } from './target';
import { useSettings } from './use-settings';

type ViewState = TabState | { state: 'loading' } | { state: 'broken' };

/** The families the schema knows, in the registry's order: naming them must not load the adapters. */
const FAMILIES = PortalFamilySchema.options;

/** Detection and the adapters, only for an address the user pastes: the tab's dataset comes from the background. */
const loadFromUrl = async (...args: Parameters<typeof import('./load-url').loadFromUrl>) =>
  (await import('./load-url')).loadFromUrl(...args);

/** A dataset is shown with its header complete: the verdict reads the licence catalogue, a chunk of its own. */
async function withCatalogue<S>(state: S): Promise<S> {
  await licenceCatalogue.load().catch(() => undefined);
  return state;
}

const viewerUrl = (search: string) => browser.runtime.getURL(`/viewer.html?${search}`);

export function App({ target, first }: { target: PopupTarget; first?: Promise<FirstAnswer> }) {
  const { settings, loaded } = useSettings();
  const lang = target.lang ?? uiLangOf(settings, browser.i18n.getUILanguage());
  const [view, setView] = useState<ViewState>({ state: 'loading' });
  const [tabId, setTabId] = useState<number | null>(target.tabId);
  const [denied, setDenied] = useState(false);
  /** A dataset page the user pasted: loaded here rather than from the tab. */
  const [pasted, setPasted] = useState<string | null>(null);
  const [pasteProblem, setPasteProblem] = useState<PasteProblem>(null);
  /** The answer main.tsx asked for before mounting: used once, by the first load, if in the same language. */
  const early = useRef(first);

  const load = useCallback(
    async (refresh: boolean) => {
      setView({ state: 'loading' });
      if (pasted)
        return setView(await withCatalogue((await loadFromUrl(pasted, lang)) ?? { state: 'none', url: pasted }));
      const asked = refresh ? undefined : early.current;
      early.current = undefined;
      const answer = asked ? await asked : null;
      const usable = answer?.lang === lang ? answer : null;
      const id = usable ? usable.tabId : (tabId ?? (await activeTabId()));
      if (id === null) return setView({ state: 'none', url: null });
      setTabId(id);
      let state = usable ? usable.state : await requestTabState(id, lang, refresh);
      if (state?.state === 'none' && (await collectFromTab(id))) {
        state = await requestTabState(id, lang, false);
      }
      setView(await withCatalogue(state ?? { state: 'broken' }));
    },
    [tabId, lang, pasted],
  );

  useEffect(() => {
    document.documentElement.lang = lang;
    // Settings first: they decide the language the dataset is asked for in.
    if (loaded) void load(false);
  }, [loaded, lang]);

  const openUrl = async (address: string) => {
    let url: URL;
    try {
      url = new URL(address);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(address);
    } catch {
      return setPasteProblem('invalid');
    }
    setPasteProblem(null);
    const state = await loadFromUrl(url.href, lang);
    if (state) {
      setPasted(url.href);
      return setView(await withCatalogue(state));
    }
    if (!looksLikeDataFile(url.href)) return setPasteProblem('unrecognised');
    // A data file: previewed in the full-tab viewer, which asks for its origin from its own click.
    await browser.tabs.create({ url: viewerUrl(viewerSearch({ file: url.href, lang })) });
    window.close();
  };

  const grant = async (origin: string) => {
    // Must run straight from the click: browsers only show the prompt during a user gesture.
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    setDenied(!granted);
    if (granted) await load(true);
  };

  let content: preact.ComponentChildren;
  switch (view.state) {
    case 'loading':
      content = <LoadingState />;
      break;
    case 'none':
      content = <NoDatasetState families={FAMILIES} onOpenUrl={openUrl} problem={pasteProblem} />;
      break;
    case 'broken':
      content = <ErrorState error={backgroundFailure()} onRetry={() => load(true)} />;
      break;
    case 'error':
      content = <ErrorState error={view.error} onRetry={() => load(true)} />;
      break;
    case 'permission':
      content = <PermissionState host={new URL(view.origin).host} denied={denied} onGrant={() => grant(view.origin)} />;
      break;
    case 'ready': {
      const page = view.ref.pageUrl;
      content = (
        <DatasetView
          // A new dataset (another tab, a pasted page) starts on its first section again.
          key={`${view.ref.portal}:${view.ref.id}`}
          dataset={view.dataset}
          datasetRef={view.ref}
          lang={lang}
          settings={settings}
          viewerHref={(resource) =>
            viewerUrl(viewerSearch({ page, ...(resource ? { resource: resource.id, file: resource.url } : {}), lang }))
          }
        />
      );
      break;
    }
  }

  return (
    <LangContext.Provider value={lang}>
      <main id="app" data-state={view.state === 'broken' ? 'error' : view.state} class="pv-popup">
        <AppHeader onOpenOptions={() => browser.runtime.openOptionsPage()} />
        {content}
      </main>
    </LangContext.Provider>
  );
}
