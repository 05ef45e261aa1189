import { z } from 'zod';
import { LANGS } from '../i18n';

/** Notices (text, HTML, Markdown) carry what the licence requires; citations follow a bibliographic style. */
export const NOTICE_FORMATS = ['text', 'html', 'markdown'] as const;
export const CITATION_FORMATS = ['bibtex', 'ris', 'apa', 'iso690'] as const;
export const AttributionFormatSchema = z.enum([...NOTICE_FORMATS, ...CITATION_FORMATS]);
export type AttributionFormat = z.infer<typeof AttributionFormatSchema>;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const AttributionOptionsSchema = z.object({
  /** Language of the notice, independent of the interface's. */
  lang: z.enum(LANGS),
  format: AttributionFormatSchema.default('text'),
  /** The reuser changed the data: CC BY §3(a)(1)(B), DL-DE §(3), NLOD §5 and the LO's "not misleading" clause. */
  modified: z.boolean().default(false),
  modifiedBy: z.string().optional(),
  /** ISO date the reuser consulted the data; citations print it (ISO 690 « consulté le »), notices never do. */
  accessed: z.string().optional(),
});
export type AttributionOptions = z.infer<typeof AttributionOptionsSchema>;
export type AttributionOptionsInput = z.input<typeof AttributionOptionsSchema>;

export function isCitationFormat(format: AttributionFormat): format is CitationFormat {
  return (CITATION_FORMATS as readonly string[]).includes(format);
}
