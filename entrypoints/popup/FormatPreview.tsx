import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../components/i18n-context';
import { FormatPreviewView } from '../../components/preview/FormatPreviewView';
import { NotPreviewable } from '../../components/preview/NotPreviewable';
import { PreviewMessage } from '../../components/preview/PreviewMessage';
import { chartSourceOf } from '../../lib/charts/source';
import type { Params } from '../../lib/i18n';
import type { Dataset, Resource } from '../../lib/model/dataset';
import { createByteReader, urlTransport } from '../../lib/preview/formats/byte-reader';
import { extensionOf, formatFromLabel, formatFromName } from '../../lib/preview/formats/detect-format';
import { previewFile } from '../../lib/preview/formats/preview-file';
import type { FilePreview } from '../../lib/preview/formats/types';
import { DEFAULT_BUDGET } from '../../lib/preview/read-bytes';
import { ChartEntry } from './ChartEntry';

/** What the CSV sniffer says of content that is no table at all (`sniff-content.ts`). */
const NOT_DATA: ReadonlySet<string> = new Set([
  'preview.binary',
  'preview.binaryFormat',
  'preview.notCsvHtml',
  'preview.notCsvXml',
]);

/** Labels the CSV preview (and data.gouv.fr's tabular API) already handles. */
const CSV_LABELS = /^(csv|tsv|txt|csv\.gz|gz)$/;

/**
 * Whether a resource goes through the format readers rather than the CSV preview: its portal label or its file
 * name says it is something else (an archive, a workbook, Parquet, JSON, a PDF…).
 */
export function wantsFormatPreview(resource: Resource): boolean {
  const label = resource.format?.toLowerCase() ?? null;
  if (label && CSV_LABELS.test(label)) return false;
  const known = formatFromLabel(label) ?? formatFromName(resource.url);
  if (known) return known !== 'csv';
  return label !== null;
}

type State =
  | { status: 'loading' }
  | { status: 'ready'; preview: FilePreview }
  | { status: 'message'; messageKey: string; params: Params };

/** Reads the resource within the byte budget and shows it whatever its format; entry and sheet re-read it. */
export function FormatPreview({ resource, dataset = null }: { resource: Resource; dataset?: Dataset | null }) {
  const t = useT();
  const [choice, setChoice] = useState<{ entry?: string; sheet?: string }>({});
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => setChoice({}), [resource.id]);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    const reader = createByteReader(urlTransport(resource.url), { budget: DEFAULT_BUDGET });
    void previewFile(reader, {
      name: new URL(resource.url, 'https://x.invalid').pathname,
      format: resource.format,
      mime: resource.mime,
      ...choice,
    }).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { status: 'ready', preview: result.value }
          : { status: 'message', messageKey: result.error.messageKey, params: result.error.params },
      );
    });
    return () => {
      current = false;
    };
  }, [resource.url, choice.entry, choice.sheet]);

  if (state.status === 'loading') {
    return (
      <p class="pv-state--loading" role="status">
        <span class="pv-spinner" aria-hidden="true" />
        {t('preview.view.loading')}
      </p>
    );
  }
  if (state.status === 'message') {
    // A web page, an XML document or an unknown binary is described like a PDF: what it is, its size and type.
    if (NOT_DATA.has(state.messageKey)) {
      const format = state.params.format;
      return (
        <NotPreviewable
          kind={format === undefined ? (extensionOf(resource.url)?.toUpperCase() ?? null) : String(format)}
          messageKey={state.messageKey === 'preview.binaryFormat' ? 'preview.binary' : state.messageKey}
          size={resource.size ?? resource.hints.measuredSize ?? null}
          mime={resource.mime ?? resource.hints.contentType ?? null}
          downloadUrl={resource.url}
        />
      );
    }
    return <PreviewMessage messageKey={state.messageKey} params={state.params} downloadUrl={resource.url} />;
  }
  const chartSource = chartSourceOf(state.preview);
  return (
    <>
      <FormatPreviewView
        preview={state.preview}
        downloadUrl={resource.url}
        onEntry={(entry) => setChoice({ entry })}
        onSheet={(sheet) => setChoice((c) => ({ ...c, sheet }))}
      />
      {chartSource && <ChartEntry source={chartSource} dataset={dataset} />}
    </>
  );
}
