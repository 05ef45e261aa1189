import type { PublishedLicence } from '../model/dataset';
import { GENERIC_KEYS } from './catalogue/generic';
import type { LicenceEntry } from './schema';

/** Where the default conditions come from (Légifrance, CRPA, livre III, titre II). */
export const CRPA_SOURCE = 'Code des relations entre le public et l’administration, art. L322-1';

/**
 * The conditions the law sets on reusing public information when no licence says otherwise. L322-1: « Sauf
 * accord de l’administration, la réutilisation des informations publiques est soumise à la condition que ces
 * dernières ne soient pas altérées, que leur sens ne soit pas dénaturé et que leurs sources et la date de leur
 * dernière mise à jour soient mentionnées. » It forbids altering, not transforming: a reprojection or a new
 * format is neither. L322-2 puts personal data under the loi n° 78-17 (and so the GDPR); L321-2 leaves
 * documents on which third parties hold intellectual property rights outside the regime. Sentences are locale
 * keys (`licences.crpa.*`).
 */
export const CRPA_CONDITIONS: ReadonlyArray<{ messageKey: string; source: string }> = [
  { messageKey: 'licences.crpa.noAlteration', source: CRPA_SOURCE },
  { messageKey: 'licences.crpa.noDistortion', source: CRPA_SOURCE },
  { messageKey: 'licences.crpa.mentionSources', source: CRPA_SOURCE },
  {
    messageKey: 'licences.crpa.personalData',
    source: 'Code des relations entre le public et l’administration, art. L322-2',
  },
  {
    messageKey: 'licences.crpa.thirdPartyRights',
    source: 'Code des relations entre le public et l’administration, art. L321-2',
  },
];

const nothingPublished = (p: PublishedLicence): boolean => !p.id && !p.title && !p.url;

/**
 * True when a French public administration published data without a licence (`notspecified`, or no licence
 * field at all): then CRPA L322-1 sets the reuse conditions. A licence Provenance does not recognise is still
 * a licence, so it does not count.
 */
export function crpaDefaultApplies(
  key: string | null,
  publicSector: boolean | null | undefined,
  published: PublishedLicence,
): boolean {
  if (publicSector !== true) return false;
  return key === 'notspecified' || (key === null && nothingPublished(published));
}

/**
 * True when an administration's data carries a real licence that is not on the décret n° 2017-638 list: it may
 * be a homologated licence (e.g. CC BY-SA 4.0 for SHOM data, 2017–2020), so it is shown as published, never
 * "corrected", with a note saying why it may be there.
 */
export function outsideDecreeList(
  entry: LicenceEntry | null | undefined,
  publicSector: boolean | null | undefined,
): boolean {
  return publicSector === true && !!entry && !entry.frenchAdministrations && !GENERIC_KEYS.has(entry.key);
}
