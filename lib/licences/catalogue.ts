import type { Lang } from '../i18n';
import { CC_GENERIC_LICENCES } from './catalogue/cc-generic';
import { CC_LEGACY_LICENCES } from './catalogue/cc-legacy';
import { CC4_LICENCES } from './catalogue/cc4';
import { ETALAB_LICENCES } from './catalogue/etalab';
import { GENERIC_LICENCES } from './catalogue/generic';
import { GOVERNMENT_LICENCES } from './catalogue/government';
import { ODC_LICENCES } from './catalogue/odc';
import type { LicenceEntry } from './schema';

/** Every licence Provenance can explain, one entry each (data only: see `catalogue/*.ts`). */
export const LICENCES: readonly LicenceEntry[] = [
  ...ETALAB_LICENCES,
  ...ODC_LICENCES,
  ...CC4_LICENCES,
  ...CC_LEGACY_LICENCES,
  ...CC_GENERIC_LICENCES,
  ...GOVERNMENT_LICENCES,
  ...GENERIC_LICENCES,
];

const BY_KEY: ReadonlyMap<string, LicenceEntry> = new Map(LICENCES.map((l) => [l.key, l]));

export function lookupLicence(key: string): LicenceEntry | undefined {
  return BY_KEY.get(key);
}

/** The official text in the reader's language when it exists, else in the other one, else in its own. */
export function officialText(entry: LicenceEntry, lang: Lang): { url: string; lang: string } | null {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const own = entry.urls[lang];
  if (own) return { url: own, lang };
  const fallback = entry.urls[other];
  if (fallback) return { url: fallback, lang: other };
  return entry.otherText ?? null;
}
