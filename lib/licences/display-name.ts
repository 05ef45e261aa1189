import { type Lang, t } from '../i18n';
import { familyAssuming, type LicenceFamily } from './families';
import type { LicenceEntry } from './schema';

/**
 * The family a resolution only assumed the version of: its notices, cards and credits must name the licence
 * without a version, since the producer gave none (a 2014 « Licence Ouverte » is not "version 2.0").
 */
export function assumedFamily(entry: LicenceEntry | null | undefined, versionAssumed: boolean): LicenceFamily | null {
  return (entry && versionAssumed && familyAssuming(entry.key)) || null;
}

/** The licence's name as the producer's words allow: « Creative Commons Attribution (CC BY) (version non précisée) ». */
export function licenceName(entry: LicenceEntry, versionAssumed: boolean, lang: Lang, nameLang: Lang = lang): string {
  const family = assumedFamily(entry, versionAssumed);
  return family ? t(lang, 'licences.versionNotStated', { licence: family.names[nameLang] }) : entry.names[nameLang];
}
