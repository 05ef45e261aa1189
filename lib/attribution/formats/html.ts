import { escapeHtml, oneLine } from '../escape';
import type { Segment } from '../templates';

/**
 * An inline fragment (no wrapping element), so it fits a figcaption, a footer or a table cell. Every piece of
 * text is escaped, template words included; only http(s) URLs become links; the licence link has `rel="license"`.
 */
export function segmentsToHtml(segments: readonly Segment[]): string {
  return segments
    .map((s) => {
      const text = escapeHtml(oneLine(s.text));
      if (s.kind === 'licence' && s.href) return `<a href="${escapeHtml(s.href)}" rel="license">${text}</a>`;
      if (s.kind === 'link' && s.href) return `<a href="${escapeHtml(s.href)}">${text}</a>`;
      // Template words keep their spacing; values are collapsed to one line.
      return s.kind === 'text' ? escapeHtml(s.text) : text;
    })
    .join('')
    .trim();
}
