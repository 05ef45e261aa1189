import { escapeMarkdown, guardLineStart, markdownUrl, oneLine } from '../escape';
import type { Segment } from '../templates';

/** Values are escaped, so a title like `[x](javascript:…)` stays text; URLs go in angle brackets. */
export function segmentsToMarkdown(segments: readonly Segment[]): string {
  const body = segments
    .map((s) => {
      const text = escapeMarkdown(s.kind === 'text' ? s.text : oneLine(s.text));
      if (s.kind === 'licence' && s.href) return `[${text}](<${markdownUrl(s.href)}>)`;
      if (s.kind === 'link' && s.href) return `<${markdownUrl(s.href)}>`;
      return text;
    })
    .join('')
    .trim();
  return guardLineStart(body);
}
