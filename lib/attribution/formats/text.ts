import { oneLine } from '../escape';
import type { Segment } from '../templates';

/** Plain text spells URLs out: it is what gets printed, pasted in a README or read aloud. */
export function segmentsToText(segments: readonly Segment[]): string {
  return oneLine(
    segments
      .map((s) => {
        if (s.kind === 'licence') return s.href ? `${s.text} (${s.href})` : s.text;
        if (s.kind === 'link') return s.href ?? s.text;
        return s.text;
      })
      .join(''),
  );
}
