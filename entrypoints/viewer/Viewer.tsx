import { useEffect, useState } from 'preact/hooks';
import { LangContext } from '../../components/i18n-context';
import { AppHeader } from '../../components/shell/AppHeader';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { PermissionState } from '../../components/states/PermissionState';
import { t } from '../../lib/i18n';
import type { Dataset, DatasetRef } from '../../lib/model/dataset';
import { uiLangOf } from '../../lib/settings/schema';
import { fileDataset } from '../../lib/viewer/file-dataset';
import type { ViewerQuery } from '../../lib/viewer/query';
import { DatasetView } from '../popup/DatasetView';
import { type LoadedState, loadFromUrl } from '../popup/load-url';
import { useSettings } from '../popup/use-settings';

type ViewerState =
  | { state: 'loading' }
  | { state: 'nothing' }
  | LoadedState
  /** A file on its own, or the page named no dataset a portal recognises. */
  | { state: 'file'; dataset: Dataset; ref: DatasetRef; pageNotRecognised: boolean };

function fileState(file: string, pageNotRecognised: boolean): ViewerState {
  const dataset = fileDataset(file);
  const ref: DatasetRef = {
    portal: 'jsonld',
    origin: dataset.origin,
    id: dataset.id,
    pageUrl: file,
    resourceId: 'file',
    // Nothing to fetch: the one-file dataset is made from the address itself.
    record: { kind: 'embedded', node: null },
  };
  return { state: 'file', dataset, ref, pageNotRecognised };
}

/** The dataset page's resource to preselect: the one named, else the one whose address is the file's. */
function preselect(ref: DatasetRef, dataset: Dataset, query: ViewerQuery): DatasetRef {
  const byUrl = query.file ? dataset.resources.find((r) => r.url === query.file)?.id : undefined;
  const resourceId = query.resource ?? byUrl ?? ref.resourceId;
  return resourceId ? { ...ref, resourceId } : ref;
}

/**
 * The full-tab viewer: what the popup shows, with room for a wide table. Everything comes from the address
 * (`?page=…&file=…&resource=…&lang=…`), so a preview can be bookmarked or shared; it starts on the preview.
 */
export function Viewer({ query }: { query: ViewerQuery | null }) {
  const { settings, loaded } = useSettings();
  const lang = query?.lang ?? uiLangOf(settings, browser.i18n.getUILanguage());
  const [view, setView] = useState<ViewerState>({ state: 'loading' });
  const [denied, setDenied] = useState(false);

  const load = async () => {
    if (!query) return setView({ state: 'nothing' });
    setView({ state: 'loading' });
    if (!query.page) return setView(fileState(query.file!, false));
    const state = await loadFromUrl(query.page, lang);
    if (state) return setView(state);
    setView(query.file ? fileState(query.file, true) : { state: 'nothing' });
  };

  useEffect(() => {
    document.documentElement.lang = lang;
    if (loaded) void load();
  }, [loaded, lang]);

  useEffect(() => {
    const title =
      view.state === 'ready' || view.state === 'file'
        ? `${view.dataset.title} · Provenance`
        : t(lang, 'shell.viewerTitle');
    document.title = title;
  }, [view, lang]);

  const grant = async (origin: string) => {
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    setDenied(!granted);
    if (granted) await load();
  };

  let content: preact.ComponentChildren;
  switch (view.state) {
    case 'loading':
      content = <LoadingState />;
      break;
    case 'nothing':
      content = (
        <section class="pv-state" aria-labelledby="pv-nothing-title">
          <h1 id="pv-nothing-title" class="pv-state__title">
            {t(lang, 'shell.viewerNothing')}
          </h1>
          <p>{t(lang, 'shell.viewerNothingHelp')}</p>
        </section>
      );
      break;
    case 'error':
      content = <ErrorState error={view.error} onRetry={() => load()} />;
      break;
    case 'permission':
      content = <PermissionState host={new URL(view.origin).host} denied={denied} onGrant={() => grant(view.origin)} />;
      break;
    case 'ready':
      content = (
        <DatasetView
          dataset={view.dataset}
          datasetRef={preselect(view.ref, view.dataset, query!)}
          lang={lang}
          settings={settings}
          initialSection="preview"
        />
      );
      break;
    case 'file':
      content = (
        <DatasetView
          dataset={view.dataset}
          datasetRef={view.ref}
          lang={lang}
          settings={settings}
          initialSection="preview"
          previewExtra={
            <p class="pv-notice" role="note">
              {t(lang, view.pageNotRecognised ? 'shell.viewerNotRecognised' : 'shell.viewerFileOnly')}
            </p>
          }
        />
      );
      break;
  }

  return (
    <LangContext.Provider value={lang}>
      <main id="app" class="pv-viewer" data-state={view.state}>
        <AppHeader onOpenOptions={() => browser.runtime.openOptionsPage()} />
        {content}
      </main>
    </LangContext.Provider>
  );
}
