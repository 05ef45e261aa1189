import { type Lang, t } from '../i18n';
import type { Notice } from './notice';

export interface NoticeMessages {
  /** Elements the notice must carry and the metadata lacks: the user has to complete the notice. */
  missing: string[];
  /** Elements the CRPA asks of French public information that the licence does not require. */
  recommended: string[];
  /** Elements the portal does not give and the notice does without. */
  absent: string[];
  /** The producer gave no licence version: what to check, shown before anything else. */
  version: string | null;
  notes: string[];
}

/** The gaps and notes of a notice as sentences: what the CLI prints and the panel lists. */
export function noticeMessages(notice: Notice, lang: Lang): NoticeMessages {
  const sentence = (key: string, element: string) =>
    t(lang, key, { element: t(lang, `attribution.element.${element}`) });
  return {
    missing: notice.gaps.filter((g) => g.required).map((g) => sentence('attribution.gapRequired', g.element)),
    recommended: notice.gaps
      .filter((g) => !g.required && g.recommended)
      .map((g) => sentence('attribution.gapRecommended', g.element)),
    absent: notice.gaps
      .filter((g) => !g.required && !g.recommended)
      .map((g) => sentence('attribution.gapOptional', g.element)),
    version: notice.versionNotStated
      ? t(lang, 'attribution.note.versionAssumed', {
          licence: notice.versionNotStated.names[lang],
          version: notice.versionNotStated.assumed,
        })
      : null,
    notes: notice.notes.map((n) => t(lang, n.messageKey, n.params)),
  };
}
