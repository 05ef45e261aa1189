import { citationToApa } from './formats/apa';
import { citationToBibtex } from './formats/bibtex';
import { segmentsToHtml } from './formats/html';
import { citationToIso690 } from './formats/iso690';
import { segmentsToMarkdown } from './formats/markdown';
import { citationToRis } from './formats/ris';
import { segmentsToText } from './formats/text';
import { buildNotice, type Notice, type NoticeInput } from './notice';
import {
  type AttributionFormat,
  type AttributionOptionsInput,
  AttributionOptionsSchema,
  isCitationFormat,
} from './options';

export interface Attribution {
  /** What the user copies, in the chosen format. */
  text: string;
  format: AttributionFormat;
  /** The model behind it: gaps, notes, kind, for the views and the CLI's warnings. */
  notice: Notice;
}

export function formatNotice(notice: Notice, format: AttributionFormat): string {
  switch (format) {
    case 'text':
      return segmentsToText(notice.segments);
    case 'html':
      return segmentsToHtml(notice.segments);
    case 'markdown':
      return segmentsToMarkdown(notice.segments);
    case 'bibtex':
      return citationToBibtex(notice.citation);
    case 'ris':
      return citationToRis(notice.citation);
    case 'apa':
      return citationToApa(notice.citation);
    case 'iso690':
      return citationToIso690(notice.citation);
  }
}

/** Dataset + resolved licence + the user's choices → the notice or citation to copy. Pure: no I/O, no clock. */
export function renderAttribution(input: NoticeInput, optionsInput: AttributionOptionsInput): Attribution {
  const options = AttributionOptionsSchema.parse(optionsInput);
  const notice = buildNotice(input, options);
  if (isCitationFormat(options.format)) {
    // A bibliographic reference does not say "modified" nor carry every licence's wording.
    notice.notes.push({ messageKey: 'attribution.note.citation', params: {} });
  }
  return { text: formatNotice(notice, options.format), format: options.format, notice };
}
