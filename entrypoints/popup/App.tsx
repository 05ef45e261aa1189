import { useCallback, useEffect, useState } from 'preact/hooks';
import { DatasetOverview } from '../../components/dataset/DatasetOverview';
import { LangContext } from '../../components/i18n-context';
import { LicenceCard } from '../../components/licence/LicenceCard';
import { type Section, SectionTabs } from '../../components/shell/SectionTabs';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { NoDatasetState } from '../../components/states/NoDatasetState';
import { PermissionState } from '../../components/states/PermissionState';
import { t } from '../../lib/i18n';
import { lookupLicence } from '../../lib/licences/catalogue';
import type { TabState } from '../../lib/messaging/protocol';
import type { Dataset, DatasetRef } from '../../lib/model/dataset';
import { ADAPTERS } from '../../lib/portals/registry';
import { AttributionSection } from './AttributionSection';
import { CreditsSection } from './CreditsSection';
import { PreviewSection } from './PreviewSection';
import { activeTabId, backgroundFailure, collectFromTab, requestTabState } from './tab-client';
import type { PopupTarget } from './target';

type ViewState = TabState | { state: 'loading' } | { state: 'broken' };

const FAMILIES = ADAPTERS.map((a) => a.family);

function sectionsFor(dataset: Dataset, ref: DatasetRef, target: PopupTarget): Section[] {
  return [
    { id: 'overview', label: t(target.lang, 'common.tabOverview'), content: <DatasetOverview dataset={dataset} /> },
    {
      id: 'preview',
      label: t(target.lang, 'common.tabPreview'),
      content: <PreviewSection dataset={dataset} datasetRef={ref} />,
    },
    {
      id: 'licence',
      label: t(target.lang, 'common.tabLicence'),
      content: (
        <LicenceCard
          entry={(dataset.licence.id && lookupLicence(dataset.licence.id)) || null}
          published={dataset.licence.published}
          versionAssumed={dataset.licence.versionAssumed}
          publicSector={dataset.publicSector}
          lang={target.lang}
        />
      ),
    },
    {
      id: 'attribution',
      label: t(target.lang, 'common.tabAttribution'),
      content: <AttributionSection dataset={dataset} lang={target.lang} />,
    },
    { id: 'credits', label: t(target.lang, 'common.tabCredits'), content: <CreditsSection lang={target.lang} /> },
  ];
}

export function App({ target }: { target: PopupTarget }) {
  const [view, setView] = useState<ViewState>({ state: 'loading' });
  const [tabId, setTabId] = useState<number | null>(target.tabId);
  const [denied, setDenied] = useState(false);
  const [section, setSection] = useState('overview');

  const load = useCallback(
    async (refresh: boolean) => {
      setView({ state: 'loading' });
      const id = tabId ?? (await activeTabId());
      if (id === null) return setView({ state: 'none', url: null });
      setTabId(id);
      let state = await requestTabState(id, target.lang, refresh);
      if (state?.state === 'none' && (await collectFromTab(id))) {
        state = await requestTabState(id, target.lang, false);
      }
      setView(state ?? { state: 'broken' });
    },
    [tabId, target.lang],
  );

  useEffect(() => {
    void load(false);
  }, []);

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
      content = <NoDatasetState families={FAMILIES} />;
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
    case 'ready':
      content = (
        <SectionTabs sections={sectionsFor(view.dataset, view.ref, target)} selected={section} onSelect={setSection} />
      );
      break;
  }

  return (
    <LangContext.Provider value={target.lang}>
      <main id="app" data-state={view.state === 'broken' ? 'error' : view.state} class="pv-popup">
        <header class="pv-header">
          <span class="pv-header__name">{t(target.lang, 'common.appName')}</span>
          <button
            type="button"
            class="pv-header__options"
            onClick={() => browser.runtime.openOptionsPage()}
            aria-label={t(target.lang, 'common.options')}
            title={t(target.lang, 'common.options')}
          >
            ⚙
          </button>
        </header>
        {content}
      </main>
    </LangContext.Provider>
  );
}
