import { formatBytes, formatNumber } from '../../lib/i18n';
import type { Failure } from '../../lib/model/failure';
import { delimiterName } from '../../lib/preview/delimiter-names';
import { PROVENANCE } from '../../lib/preview/sources/source';
import {
  type CsvPreview,
  type Delimiter,
  DelimiterSchema,
  type Encoding,
  EncodingSchema,
  type TableOrigin,
} from '../../lib/preview/types';
import { useLang, useT } from '../i18n-context';

/** Where the whole-file profile stands; the popup keeps it and feeds the worker's messages into it. */
export type ProfileRun =
  | { status: 'idle' }
  | { status: 'running'; bytes: number; totalBytes: number | null; rows: number }
  | { status: 'done'; bytes: number; rows: number }
  | { status: 'cancelled' }
  | { status: 'failed'; error: Failure };

export interface PreviewSummaryProps {
  preview: CsvPreview;
  run: ProfileRun;
  onEncodingChange: (encoding: Encoding) => void;
  onDelimiterChange: (delimiter: Delimiter) => void;
  onProfile: () => void;
  onCancel: () => void;
}

/** Where rows served by a portal API come from, said in the view. */
const ORIGIN_KEYS: Record<Exclude<TableOrigin, 'file'>, string> = {
  'tabular-api': PROVENANCE['udata-tabular'],
  'ods-records': PROVENANCE['ods-records'],
  'socrata-soda': PROVENANCE['socrata-soda'],
  'ckan-datastore': PROVENANCE['ckan-datastore'],
  'parquet-conversion': PROVENANCE.parquet,
};

function RowsLine({ preview }: { preview: CsvPreview }) {
  const t = useT();
  const lang = useLang();
  const count = preview.rows.length;
  const read = formatBytes(preview.bytesRead, lang) ?? '';
  const total = formatBytes(preview.totalBytes, lang);
  // A portal API served the rows: no byte of the file was read here, so say where the rows come from instead.
  if (preview.source !== 'file') {
    const shown = { shown: count, total: formatNumber(preview.totalRows ?? count, lang) };
    const counted =
      preview.totalRows === null ? t('preview.rowsShown', { shown: count }) : t('preview.rowsShownOf', shown);
    return (
      <p data-field="rows">
        {counted} <span class="pv-muted">{t(ORIGIN_KEYS[preview.source])}</span>
      </p>
    );
  }
  if (!preview.truncated) return <p data-field="rows">{t('preview.view.rowsFromWhole', { count, read })}</p>;
  if (total === null) return <p data-field="rows">{t('preview.view.rowsFromSampleUnknown', { count, read })}</p>;
  return <p data-field="rows">{t('preview.view.rowsFromSample', { count, read, total })}</p>;
}

function ProfileControls({ run, onProfile, onCancel }: Pick<PreviewSummaryProps, 'run' | 'onProfile' | 'onCancel'>) {
  const t = useT();
  const lang = useLang();
  let message: string | null = null;
  if (run.status === 'done') {
    message = t('preview.profile.done', { count: run.rows, read: formatBytes(run.bytes, lang) ?? '' });
  } else if (run.status === 'cancelled') message = t('preview.profile.cancelled');
  else if (run.status === 'failed') {
    message = t('preview.profile.failed', { reason: t(run.error.messageKey, run.error.params) });
  }
  return (
    <div class="pv-profile-controls">
      {run.status === 'running' ? (
        <>
          <div class="pv-progress">
            <span id="pv-progress-text">
              {run.totalBytes
                ? t('preview.view.progress', {
                    read: formatBytes(run.bytes, lang) ?? '',
                    total: formatBytes(run.totalBytes, lang) ?? '',
                    rows: formatNumber(run.rows, lang),
                  })
                : t('preview.view.progressUnknown', {
                    read: formatBytes(run.bytes, lang) ?? '',
                    rows: formatNumber(run.rows, lang),
                  })}
            </span>
            {run.totalBytes ? (
              <progress aria-labelledby="pv-progress-text" value={run.bytes} max={run.totalBytes} />
            ) : (
              <progress aria-labelledby="pv-progress-text" />
            )}
          </div>
          <button type="button" class="pv-button" onClick={onCancel}>
            {t('preview.view.cancel')}
          </button>
        </>
      ) : (
        <button type="button" class="pv-button" onClick={onProfile}>
          {t('preview.view.profileWholeFile')}
        </button>
      )}
      <p role="status" class={run.status === 'failed' ? 'pv-danger' : 'pv-muted'}>
        {message}
      </p>
    </div>
  );
}

/**
 * What the preview shows and how it read the file: rows out of how much of the file, encoding and delimiter
 * (both can be overridden), preamble lines skipped, and the whole-file profile with its progress.
 */
export function PreviewSummary(props: PreviewSummaryProps) {
  const { preview } = props;
  const t = useT();
  const encodingEvidence = preview.encodingOverridden ? 'user' : preview.encodingEvidence;
  return (
    <section class="pv-summary">
      <RowsLine preview={preview} />
      <div class="pv-dialect">
        <label>
          {t('preview.view.encoding')}{' '}
          <select
            value={preview.encoding}
            onChange={(e) => props.onEncodingChange(EncodingSchema.parse(e.currentTarget.value))}
          >
            {EncodingSchema.options.map((encoding) => (
              <option key={encoding} value={encoding}>
                {encoding}
              </option>
            ))}
          </select>
        </label>
        <span class="pv-muted"> {t(`preview.evidence.${encodingEvidence}`)}</span>
        <label>
          {t('preview.view.delimiter')}{' '}
          <select
            value={preview.delimiter}
            onChange={(e) => props.onDelimiterChange(DelimiterSchema.parse(e.currentTarget.value))}
          >
            {DelimiterSchema.options.map((delimiter) => (
              <option key={delimiter} value={delimiter}>
                {t(`preview.delimiter.${delimiterName(delimiter)}`)} ({delimiter === '\t' ? '⇥' : delimiter})
              </option>
            ))}
          </select>
        </label>
        {preview.delimiterOverridden && <span class="pv-muted"> {t('preview.overridden')}</span>}
      </div>
      {preview.preamble.length > 0 && (
        <div class="pv-preamble">
          <p>{t('preview.preambleTitle')}</p>
          <pre>{preview.preamble.join('\n')}</pre>
        </div>
      )}
      {preview.source === 'file' && (
        <ProfileControls run={props.run} onProfile={props.onProfile} onCancel={props.onCancel} />
      )}
    </section>
  );
}
