import { describe, expect, it } from 'vitest';
import { licenceDiff } from '../../../lib/credits/licence-diff';
import { t } from '../../../lib/i18n';
import type { DatasetLicence } from '../../../lib/model/dataset';
import { resolved } from './licences';

const words = (from: string, to: string, lang: 'fr' | 'en' = 'en') =>
  licenceDiff(resolved(from), resolved(to)).changes.map((c) => t(lang, `credits.change.${c}`));

describe('what a licence change means for the reuser', () => {
  it('Licence Ouverte → ODbL: share-alike is now required, and the ODbL duties are listed', () => {
    const diff = licenceDiff(resolved('etalab-2.0'), resolved('ODbL-1.0'));
    expect(diff.changes).toEqual(['shareAlikeNow']);
    expect(words('etalab-2.0', 'ODbL-1.0')[0]).toMatch(/^Share-alike is now required/);
    expect(words('etalab-2.0', 'ODbL-1.0', 'fr')[0]).toMatch(/^Le partage à l’identique est désormais exigé/);
    expect(diff.newConditions.length).toBeGreaterThan(0);
    expect(diff.newConditions.every((c) => c.source.startsWith('ODbL'))).toBe(true);
  });

  it('CC BY → CC BY-SA: share-alike now, nothing else in the headline', () => {
    expect(licenceDiff(resolved('CC-BY-4.0'), resolved('CC-BY-SA-4.0')).changes).toEqual(['shareAlikeNow']);
  });

  it('open → closed: commercial use no longer allowed and no longer open (CC BY → CC BY-NC)', () => {
    const diff = licenceDiff(resolved('CC-BY-4.0'), resolved('CC-BY-NC-4.0'));
    expect(diff.changes).toEqual(['notOpenAnymore', 'commercialNoLonger']);
    expect(words('CC-BY-4.0', 'CC-BY-NC-4.0')).toEqual([
      'The data is no longer under an open licence: some reuses may no longer be allowed.',
      'Commercial use is no longer allowed.',
    ]);
  });

  it('open → all rights reserved: no longer open', () => {
    expect(licenceDiff(resolved('etalab-2.0'), resolved('other-closed')).changes).toContain('notOpenAnymore');
  });

  it('to a licence nobody can read: the terms are no longer established', () => {
    const unknown: DatasetLicence = {
      id: null,
      title: null,
      url: null,
      versionAssumed: false,
      published: { id: 'licence-maison', title: 'Licence maison', url: null },
    };
    const diff = licenceDiff(resolved('etalab-2.0'), unknown);
    expect(diff.changes).toEqual(['unknownNow']);
    expect(diff.newConditions).toEqual([]);
    expect(diff.lostPermissions.length).toBeGreaterThan(0);
  });

  it('a new version with the same terms says so (Licence Ouverte 1.0 → 2.0)', () => {
    expect(licenceDiff(resolved('lo-1.0'), resolved('etalab-2.0')).changes).toEqual(['sameTerms']);
  });

  it('a loosening is said too (CC BY-NC-SA → CC BY)', () => {
    expect(licenceDiff(resolved('CC-BY-NC-SA-4.0'), resolved('CC-BY-4.0')).changes).toEqual([
      'openNow',
      'commercialNow',
      'shareAlikeGone',
    ]);
  });
});
