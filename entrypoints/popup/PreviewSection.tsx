import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../components/i18n-context';
import { ColumnProfiles } from '../../components/preview/ColumnProfiles';
import { PreviewMessage } from '../../components/preview/PreviewMessage';
import { PreviewSummary, type ProfileRun } from '../../components/preview/PreviewSummary';
import { PreviewTable } from '../../components/preview/PreviewTable';
import { ResourcePicker } from '../../components/preview/ResourcePicker';
import { usePreviewLimits } from '../../components/preview-limits';
import { chartSourceOfCsv } from '../../lib/charts/source';
import { fetchJson } from '../../lib/http/fetch-json';
import { originOf } from '../../lib/http/urls';
import type { Params } from '../../lib/i18n';
import type { Dataset, DatasetRef, Resource } from '../../lib/model/dataset';
import ProfileWorker from '../../lib/preview/profile.worker.ts?worker';
import { sourcesFor } from '../../lib/preview/sources/list';
import { previewFromSources } from '../../lib/preview/sources/preview';
import type { Column, CsvPreview, Delimiter, Encoding } from '../../lib/preview/types';
import { ChartEntry } from './ChartEntry';
import { FormatPreview, wantsFormatPreview } from './FormatPreview';
import { profileStart } from './profile-start';
import { type ProfileWorkers, runProfileWorkers } from './profile-workers';
import { SourceMap } from './SourceMap';
import { useSampleAnalyzer } from './sample-analyzer';

type View =
  | { status: 'loading' }
  | { status: 'ready'; preview: CsvPreview }
  /** The first rows, from the first bytes of the sample, while the complete sample is being analysed. */
  | { status: 'first-rows'; preview: CsvPreview }
  | { status: 'message'; messageKey: string; params: Params }
  | { status: 'permission'; origin: string }
  | { status: 'format' };

const TABULAR = /^(csv|tsv|txt|csv\.gz|gz)$/;

/** The file the page points at, else the first main file that looks tabular, else the first file. */
function initialResource(resources: Resource[], ref: DatasetRef): string | null {
  const pointed = resources.find((r) => r.id === ref.resourceId);
  const tabular = resources.find((r) => r.kind === 'main' && TABULAR.test(r.format ?? ''));
  return (pointed ?? tabular ?? resources.find((r) => TABULAR.test(r.format ?? '')) ?? resources[0])?.id ?? null;
}

/** A portal's row API or converted copy is read only on a host the extension holds a permission for. */
async function mayRequest(url: string): Promise<boolean> {
  const origin = originOf(url);
  return origin !== null && url.startsWith('https:') && browser.permissions.contains({ origins: [`${origin}/*`] });
}

async function mayRead(resource: Resource): Promise<{ ok: true } | { ok: false; origin: string }> {
  let origin: string;
  try {
    origin = new URL(resource.url).origin;
  } catch {
    return { ok: true };
  }
  // A crawler that saw CORS open to anyone means the browser lets us read it without a permission.
  if (resource.hints.corsOpen) return { ok: true };
  const granted = await browser.permissions.contains({ origins: [`${origin}/*`] });
  return granted ? { ok: true } : { ok: false, origin };
}

/**
 * The preview of one file of the dataset, read in this page (extension pages read granted hosts across origins),
 * and the whole-file profile in a worker so that a gigabyte never freezes the popup.
 */
export function PreviewSection({ dataset, datasetRef }: { dataset: Dataset; datasetRef: DatasetRef }) {
  const t = useT();
  const limits = usePreviewLimits();
  const [selected, setSelected] = useState<string | null>(() => initialResource(dataset.resources, datasetRef));
  const [overrides, setOverrides] = useState<{ encoding?: Encoding; delimiter?: Delimiter }>({});
  const [view, setView] = useState<View>({ status: 'loading' });
  const [run, setRun] = useState<ProfileRun>({ status: 'idle' });
  const [wholeColumns, setWholeColumns] = useState<Column[] | null>(null);
  const [attempt, setAttempt] = useState(0);
  const profiling = useRef<ProfileWorkers | null>(null);
  const analyze = useSampleAnalyzer();
  const resource = dataset.resources.find((r) => r.id === selected) ?? null;

  const stopWorkers = () => {
    profiling.current?.stop();
    profiling.current = null;
  };
  useEffect(() => stopWorkers, []);

  useEffect(() => {
    if (!resource) return;
    let current = true;
    stopWorkers();
    setRun({ status: 'idle' });
    setWholeColumns(null);
    setView({ status: 'loading' });
    void (async () => {
      const access = await mayRead(resource);
      if (!current) return;
      if (!access.ok) return setView({ status: 'permission', origin: access.origin });
      if (wantsFormatPreview(resource)) return setView({ status: 'format' });
      const result = await previewFromSources(sourcesFor(resource), {
        fetchJson: (url, init) => fetchJson(url, { headers: init?.headers }),
        mayRead: mayRequest,
        ...limits,
        ...overrides,
        onFirstRows: (preview) => current && setView({ status: 'first-rows', preview }),
        analyze,
      });
      if (!current) return;
      setView(
        result.ok
          ? { status: 'ready', preview: result.value }
          : { status: 'message', messageKey: result.error.messageKey, params: result.error.params },
      );
    })();
    return () => {
      current = false;
    };
  }, [selected, overrides.encoding, overrides.delimiter, attempt, limits.budget, limits.rows]);

  const grant = async (origin: string) => {
    // Straight from the click: the browser only shows its prompt during a user gesture.
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    if (granted) setAttempt((n) => n + 1);
  };

  const profileWholeFile = async (preview: CsvPreview) => {
    if (!resource) return;
    setRun({ status: 'running', bytes: 0, totalBytes: preview.totalBytes, rows: 0 });
    const start = await profileStart(resource, preview);
    if (!start.ok) return setRun({ status: 'failed', error: start.error });
    stopWorkers();
    profiling.current = runProfileWorkers(
      start.value,
      () => new ProfileWorker(),
      (event) => {
        if (event.type === 'progress') {
          setRun({ status: 'running', bytes: event.bytes, totalBytes: event.totalBytes, rows: event.rows });
        } else if (event.type === 'done') {
          setWholeColumns(event.columns);
          setRun({ status: 'done', bytes: event.bytes, rows: event.rows });
        } else if (event.type === 'cancelled') setRun({ status: 'cancelled' });
        else setRun({ status: 'failed', error: event.error });
        if (event.type !== 'progress') profiling.current = null;
      },
    );
  };

  const cancel = () => profiling.current?.cancel();

  if (!dataset.resources.length) return <p class="pv-state pv-muted">{t('common.noFiles')}</p>;
  return (
    <section class="pv-preview" data-preview-state={view.status}>
      <ResourcePicker resources={dataset.resources} selectedId={selected} onSelect={setSelected} />
      {resource && view.status === 'loading' && (
        <p class="pv-state--loading" role="status">
          <span class="pv-spinner" aria-hidden="true" />
          {t('preview.view.loading')}
        </p>
      )}
      {resource && view.status === 'permission' && (
        <PreviewMessage
          messageKey="preview.view.needsPermission"
          params={{ host: new URL(view.origin).host }}
          downloadUrl={resource.url}
          permission={{ host: new URL(view.origin).host, onGrant: () => grant(view.origin) }}
        />
      )}
      {resource && view.status === 'format' && <FormatPreview resource={resource} dataset={dataset} />}
      {resource && view.status === 'message' && (
        <PreviewMessage messageKey={view.messageKey} params={view.params} downloadUrl={resource.url} />
      )}
      {(view.status === 'ready' || view.status === 'first-rows') && (
        <>
          <PreviewSummary
            preview={view.preview}
            run={run}
            onEncodingChange={(encoding) => setOverrides((o) => ({ ...o, encoding }))}
            onDelimiterChange={(delimiter) => setOverrides((o) => ({ ...o, delimiter }))}
            onProfile={() => profileWholeFile(view.preview)}
            onCancel={cancel}
          />
          <PreviewTable columns={view.preview.columns} rows={view.preview.rows} />
          {view.status === 'first-rows' ? (
            <p class="pv-state--loading" role="status">
              <span class="pv-spinner" aria-hidden="true" />
              {t('preview.view.analysing')}
            </p>
          ) : (
            <>
              <ChartEntry source={chartSourceOfCsv(view.preview, wholeColumns)} dataset={dataset} />
              <ColumnProfiles
                columns={wholeColumns ?? view.preview.columns}
                // The tabular API's figures are csv-detective's over the whole file, not over the rows shown.
                wholeFile={wholeColumns !== null || view.preview.source === 'tabular-api'}
              />
              {resource && <SourceMap resource={resource} preview={view.preview} mayRead={mayRequest} />}
            </>
          )}
        </>
      )}
    </section>
  );
}
