import { formatBytes } from '../../lib/i18n';
import { useLang, useT } from '../i18n-context';

export interface NotPreviewableProps {
  /** What the file is (`PDF`, `image`…), or null when nothing says. */
  kind: string | null;
  messageKey: string;
  size: number | null;
  mime: string | null;
  downloadUrl: string;
}

/** A file the preview cannot show: what it is, its size and type, and the link to get it. Never a blank panel. */
export function NotPreviewable({ kind, messageKey, size, mime, downloadUrl }: NotPreviewableProps) {
  const t = useT();
  const lang = useLang();
  return (
    <div class="pv-message" role="status">
      <p>{t(messageKey)}</p>
      <dl class="pv-facts">
        <dt>{t('formats.view.kind')}</dt>
        <dd>{kind ?? t('common.formatUnknown')}</dd>
        <dt>{t('formats.view.size')}</dt>
        <dd>{formatBytes(size, lang) ?? t('common.sizeUnknown')}</dd>
        {mime && (
          <>
            <dt>{t('formats.view.mime')}</dt>
            <dd>{mime}</dd>
          </>
        )}
      </dl>
      <p class="pv-message-actions">
        <a href={downloadUrl} download rel="noopener noreferrer">
          {t('preview.view.download')}
        </a>
      </p>
    </div>
  );
}
