import { z } from 'zod';

/** Text in both UI languages: every catalogue sentence exists in French and English. */
export const LocalizedSchema = z.object({ fr: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof LocalizedSchema>;

/** A plain-words claim about a licence and the clause of the licence text it comes from. */
export const ClauseSchema = z.object({
  text: LocalizedSchema,
  /** Where the licence text says it: "LO 2.0, « Réutilisation de l’Information »", "ODbL 1.0 §4.3". */
  source: z.string().min(1),
});
export type Clause = z.infer<typeof ClauseSchema>;

/** Which notice template a licence calls for; the attribution generator has one per style. */
export const AttributionStyleSchema = z.enum([
  'etalab',
  'crpa',
  'odbl',
  'odc-by',
  'cc',
  'ogl-uk',
  'ogl-canada',
  'dl-de',
  'nlod',
  'iodl',
  'public-domain',
  'generic',
]);
export type AttributionStyle = z.infer<typeof AttributionStyleSchema>;

/** The pieces a notice must (or, for public-domain styles, may) contain. */
export const AttributionElementSchema = z.enum([
  'producer',
  'title',
  'link',
  'date',
  'licence',
  'licenceLink',
  'modified',
  'providerStatement',
]);
export type AttributionElement = z.infer<typeof AttributionElementSchema>;

export const LicenceEntrySchema = z.object({
  /** Canonical key: the SPDX id where one exists (`etalab-2.0`, `ODbL-1.0`), else a lowercase project key. */
  key: z.string().min(1),
  spdx: z.string().nullable(),
  names: LocalizedSchema,
  version: z.string().nullable(),
  /** Official text, per language where the licence has one. */
  urls: z.object({ fr: z.string().nullable(), en: z.string().nullable() }),
  /** The official text when it exists in neither French nor English (IODL: Italian only); `lang` is BCP 47. */
  otherText: z.object({ lang: z.string().min(2), url: z.string().min(1) }).optional(),
  /** Ids, titles and URLs portals publish for it (udata, CKAN, ODS, Socrata, ArcGIS, Open Definition, wild). */
  aliases: z.array(z.string()),
  /** Open Definition conformance; null for generic keys that say nothing either way. */
  open: z.boolean().nullable(),
  /** On the décret 2017-638 list of licences French administrations may use. */
  frenchAdministrations: z.boolean(),
  permissions: z.array(ClauseSchema),
  conditions: z.array(ClauseSchema),
  prohibitions: z.array(ClauseSchema),
  attribution: z.object({
    style: AttributionStyleSchema,
    /** What the notice must contain, as the licence text requires it. */
    elements: z.array(AttributionElementSchema),
    /**
     * The licence's name exactly as its prescribed statement writes it (OGL: "… under the Open Government
     * Licence v3.0."), when that differs from the catalogue name; the statement is fixed wording.
     */
    statementName: LocalizedSchema.optional(),
    /** The licence's own words on attribution, in short, for the card's one-line note. */
    summary: LocalizedSchema,
    source: z.string().min(1),
  }),
  shareAlike: z.object({ scope: LocalizedSchema, source: z.string().min(1) }).nullable(),
  /** Compatibility statements the licence text itself makes. */
  compatibility: z.array(z.object({ with: z.string(), statement: LocalizedSchema, source: z.string().min(1) })),
});
export type LicenceEntry = z.infer<typeof LicenceEntrySchema>;
