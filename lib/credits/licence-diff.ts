import { licenceVerdict, type VerdictChip } from '../glance/verdict';
import { lookupLicence } from '../licences/catalogue';
import type { Clause } from '../licences/schema';
import type { DatasetLicence } from '../model/dataset';

/**
 * What a change of licence changes for someone who already reuses the data, in plain words. The headline
 * changes come from the verdict chips (the same reading as the header's "may I reuse it?"), the details from the
 * catalogue's clauses that the new licence adds or drops.
 */
export const LICENCE_CHANGES = [
  'unknownNow',
  'notOpenAnymore',
  'openNow',
  'commercialNoLonger',
  'commercialNow',
  'derivativesNoLonger',
  'derivativesNow',
  'shareAlikeNow',
  'shareAlikeGone',
  'creditNow',
  'creditGone',
  'sameTerms',
] as const;
export type LicenceChange = (typeof LICENCE_CHANGES)[number];

export interface LicenceDiff {
  /** Locale keys `credits.change.<name>`, most consequential first; `sameTerms` alone when the terms match. */
  changes: LicenceChange[];
  /** Duties of the new licence the old one did not state (catalogue clauses, with where they come from). */
  newConditions: Clause[];
  newProhibitions: Clause[];
  /** Permissions of the old licence the new one no longer grants. */
  lostPermissions: Clause[];
}

const entryOf = (licence: DatasetLicence) => (licence.id ? (lookupLicence(licence.id) ?? null) : null);

/** Clauses of `next` whose wording is not in `previous` (the catalogue words a shared clause the same way). */
function added(previous: readonly Clause[], next: readonly Clause[]): Clause[] {
  const known = new Set(previous.map((c) => c.text.en));
  return next.filter((c) => !known.has(c.text.en));
}

export function licenceDiff(from: DatasetLicence, to: DatasetLicence): LicenceDiff {
  const before = entryOf(from);
  const after = entryOf(to);
  const was = new Set<VerdictChip>(licenceVerdict(before));
  const now = new Set<VerdictChip>(licenceVerdict(after));
  const gained = (chip: VerdictChip) => now.has(chip) && !was.has(chip);
  const lost = (chip: VerdictChip) => was.has(chip) && !now.has(chip);
  const changes: LicenceChange[] = [];
  if (gained('unknown')) changes.push('unknownNow');
  else {
    if (lost('free') && !was.has('unknown')) changes.push('notOpenAnymore');
    if (gained('free')) changes.push('openNow');
    if (gained('noCommercial')) changes.push('commercialNoLonger');
    if (lost('noCommercial')) changes.push('commercialNow');
    if (gained('noDerivatives')) changes.push('derivativesNoLonger');
    if (lost('noDerivatives')) changes.push('derivativesNow');
    if (gained('shareAlike')) changes.push('shareAlikeNow');
    if (lost('shareAlike')) changes.push('shareAlikeGone');
    if (gained('credit')) changes.push('creditNow');
    if (lost('credit')) changes.push('creditGone');
  }
  if (changes.length === 0) changes.push('sameTerms');
  return {
    changes,
    newConditions: after ? added(before?.conditions ?? [], after.conditions) : [],
    newProhibitions: after ? added(before?.prohibitions ?? [], after.prohibitions) : [],
    lostPermissions: before ? added(after?.permissions ?? [], before.permissions) : [],
  };
}
