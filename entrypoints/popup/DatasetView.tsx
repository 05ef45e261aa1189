import { useState } from 'preact/hooks';
import { type CopyStatus, DatasetHeader } from '../../components/dataset/DatasetHeader';
import { DatasetOverview } from '../../components/dataset/DatasetOverview';
import { PreviewLimitsContext } from '../../components/preview-limits';
import { type Section, SectionTabs } from '../../components/shell/SectionTabs';
import { LoadingState } from '../../components/states/LoadingState';
import type { AttributionOptions } from '../../lib/attribution/options';
import { type Lang, t } from '../../lib/i18n';
import type { Dataset, DatasetRef, Resource } from '../../lib/model/dataset';
import { noticeLangOf, previewLimitsOf, type Settings } from '../../lib/settings/schema';
import {
  attributionChunk,
  creditsChunk,
  LazySection,
  licenceCardChunk,
  licenceCatalogue,
  noticeChunk,
  previewChunk,
  useChunk,
} from './chunks';
import { copyText } from './stored';

export type SectionId = 'overview' | 'preview' | 'licence' | 'attribution' | 'credits';

/** The notice defaults of the options page, for the header's one-click copy and the panel's first choice. */
export function attributionDefaults(settings: Settings, lang: Lang): AttributionOptions {
  const modifiedBy = settings.attribution.modifiedBy.trim();
  return {
    lang: noticeLangOf(settings, lang),
    format: settings.attribution.format,
    modified: false,
    ...(modifiedBy ? { modifiedBy } : {}),
  };
}

/**
 * One dataset: the header that answers at a glance, then the sections. Shared by the popup and the full-tab
 * viewer, which differ in where they start and whether they link to the viewer. Only the header and the overview
 * are in the first chunk; each other section's code loads when it is first shown (or once the header is painted).
 */
export function DatasetView({
  dataset,
  datasetRef,
  lang,
  settings,
  initialSection = 'overview',
  viewerHref,
  previewExtra,
}: {
  dataset: Dataset;
  datasetRef: DatasetRef;
  lang: Lang;
  settings: Settings;
  initialSection?: SectionId;
  /** Links each file (or the dataset, with null) to the full-tab viewer; the viewer itself passes none. */
  viewerHref?: (resource: Resource | null) => string;
  previewExtra?: preact.ComponentChildren;
}) {
  const [section, setSection] = useState<string>(initialSection);
  const [copyStatus, setCopyStatus] = useState<CopyStatus>('idle');
  const catalogue = useChunk(licenceCatalogue).module;
  const defaults = attributionDefaults(settings, lang);

  const copyAttribution = async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { noticeInputOf, renderAttribution } = await noticeChunk.load();
    const { text } = renderAttribution(noticeInputOf(dataset), { ...defaults, accessed: today });
    setCopyStatus('idle');
    setCopyStatus((await copyText(text)) ? 'copied' : 'failed');
  };
  const openLicence = () => {
    setSection('licence');
    requestAnimationFrame(() => document.getElementById('pv-tab-licence')?.focus());
  };

  // The verdict chips read the catalogue: the header waits for it rather than showing a wrong "unknown" chip.
  if (!catalogue) return <LoadingState />;
  const entry = (dataset.licence.id && catalogue.lookupLicence(dataset.licence.id)) || null;

  const sections: Section[] = [
    {
      id: 'overview',
      label: t(lang, 'common.tabOverview'),
      content: <DatasetOverview dataset={dataset} previewHref={viewerHref} />,
    },
    {
      id: 'preview',
      label: t(lang, 'common.tabPreview'),
      content: (
        <PreviewLimitsContext.Provider value={previewLimitsOf(settings)}>
          {viewerHref && (
            <p class="pv-preview-shell__actions">
              <a class="pv-button" href={viewerHref(null)} target="_blank" rel="noopener" data-action="open-viewer">
                {t(lang, 'glance.openViewer')}
              </a>
            </p>
          )}
          {previewExtra}
          <LazySection
            chunk={previewChunk}
            render={({ PreviewSection }) => <PreviewSection dataset={dataset} datasetRef={datasetRef} />}
          />
        </PreviewLimitsContext.Provider>
      ),
    },
    {
      id: 'licence',
      label: t(lang, 'common.tabLicence'),
      content: (
        <LazySection
          chunk={licenceCardChunk}
          render={({ LicenceCard }) => (
            <LicenceCard
              entry={entry}
              published={dataset.licence.published}
              versionAssumed={dataset.licence.versionAssumed}
              publicSector={dataset.publicSector}
              lang={lang}
            />
          )}
        />
      ),
    },
    {
      id: 'attribution',
      label: t(lang, 'common.tabAttribution'),
      content: (
        <LazySection
          chunk={attributionChunk}
          render={({ AttributionSection }) => (
            <AttributionSection dataset={dataset} datasetRef={datasetRef} defaults={defaults} />
          )}
        />
      ),
    },
    {
      id: 'credits',
      label: t(lang, 'common.tabCredits'),
      content: <LazySection chunk={creditsChunk} render={({ CreditsSection }) => <CreditsSection lang={lang} />} />,
    },
  ];

  return (
    <>
      <DatasetHeader
        dataset={dataset}
        entry={entry}
        now={new Date()}
        copyStatus={copyStatus}
        onCopy={copyAttribution}
        onReadLicence={openLicence}
      />
      <SectionTabs sections={sections} selected={section} onSelect={setSection} />
    </>
  );
}
