import { describe, expect, it } from 'vitest';
import { licenceVerdict } from '../../../lib/glance/verdict';
import { lookupLicence } from '../../../lib/licences/catalogue';

const verdictOf = (key: string) => {
  const entry = lookupLicence(key);
  if (!entry) throw new Error(`no catalogue entry ${key}`);
  return licenceVerdict(entry);
};

describe('licenceVerdict', () => {
  it.each([
    ['etalab-2.0', ['free', 'credit']],
    ['ODbL-1.0', ['free', 'credit', 'shareAlike']],
    ['CC-BY-4.0', ['free', 'credit']],
    ['CC-BY-SA-4.0', ['free', 'credit', 'shareAlike']],
    ['CC-BY-NC-4.0', ['credit', 'noCommercial']],
    ['CC-BY-NC-SA-4.0', ['credit', 'shareAlike', 'noCommercial']],
    ['CC-BY-NC-ND-4.0', ['credit', 'noCommercial', 'noDerivatives']],
    ['CC0-1.0', ['free']],
    ['PDDL-1.0', ['free']],
    ['other-pd', ['free']],
    ['other-nc', ['credit', 'noCommercial']],
    ['other-closed', ['restricted', 'credit']],
    ['notspecified', ['unknown']],
  ])('%s → %j', (key, chips) => {
    expect(verdictOf(key)).toEqual(chips);
  });

  it('says "unknown" when the licence did not resolve', () => {
    expect(licenceVerdict(null)).toEqual(['unknown']);
    expect(licenceVerdict(undefined)).toEqual(['unknown']);
  });
});
