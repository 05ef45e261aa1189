import type { LicenceEntry } from '../licences/schema';

/**
 * The answer to "may I reuse this, and on what condition?" in a few words. Derived from the catalogue entry
 * only: the card explains each one with the licence's own clauses.
 */
export const VERDICT_CHIPS = [
  'free',
  'credit',
  'shareAlike',
  'noCommercial',
  'noDerivatives',
  'restricted',
  'unknown',
] as const;
export type VerdictChip = (typeof VERDICT_CHIPS)[number];

/** Licence keys that carry the NonCommercial / NoDerivatives elements (SPDX `-NC`, `-ND`, and the CKAN generic). */
const NON_COMMERCIAL = /(^|-)NC(-|$)|^other-nc$/i;
const NO_DERIVATIVES = /(^|-)ND(-|$)/i;

export function licenceVerdict(entry: LicenceEntry | null | undefined): VerdictChip[] {
  // `notspecified` names the absence of a licence: nothing to derive a permission from.
  if (!entry || entry.key === 'notspecified' || entry.open === null) return ['unknown'];
  const chips: VerdictChip[] = [];
  const nonCommercial = NON_COMMERCIAL.test(entry.key);
  if (entry.open) chips.push('free');
  else if (!nonCommercial && !NO_DERIVATIVES.test(entry.key)) chips.push('restricted');
  // Public-domain styles ask for nothing; crediting stays good practice, which the explanation says.
  if (entry.attribution.style !== 'public-domain') chips.push('credit');
  if (entry.shareAlike) chips.push('shareAlike');
  if (nonCommercial) chips.push('noCommercial');
  if (NO_DERIVATIVES.test(entry.key)) chips.push('noDerivatives');
  return chips;
}
