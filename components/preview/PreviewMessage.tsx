import { safeHref } from '../../lib/attribution/escape';
import type { Params } from '../../lib/i18n';
import { useT } from '../i18n-context';

export interface PreviewMessageProps {
  /** Why there is no table: a locale key (`preview.notCsvHtml`, `preview.binary`, `errors.permission`…). */
  messageKey: string;
  params?: Params;
  /** The file itself, always offered: the reader can still open it elsewhere. */
  downloadUrl: string;
  /** Set when reading needs a host permission the user has not granted yet. */
  permission?: { host: string; onGrant: () => void };
}

/** Instead of a table: the reason, a download link and, when that is what is missing, a permission button. */
export function PreviewMessage({ messageKey, params = {}, downloadUrl, permission }: PreviewMessageProps) {
  const t = useT();
  return (
    <div class="pv-message" role="status">
      <p>{t(messageKey, params)}</p>
      <p class="pv-message-actions">
        {permission && (
          <button type="button" class="pv-button" onClick={permission.onGrant}>
            {t('preview.view.grantAccess', { host: permission.host })}
          </button>
        )}
        <a href={safeHref(downloadUrl) ?? undefined} download rel="noopener noreferrer">
          {t('preview.view.download')}
        </a>
      </p>
    </div>
  );
}
