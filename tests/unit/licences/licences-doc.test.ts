import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LICENCES } from '../../../lib/licences/catalogue';
import { renderLicencesDoc } from '../../../scripts/licences-doc/render';

const committed = readFileSync(new URL('../../../docs/LICENCES.md', import.meta.url), 'utf8');

describe('docs/LICENCES.md', () => {
  // CI runs the unit tests: a catalogue change without `npm run docs:licences` fails here.
  it('is what `npm run docs:licences` writes from the catalogue today', () => {
    expect(committed === renderLicencesDoc(), 'docs/LICENCES.md is stale: run `npm run docs:licences`').toBe(true);
  });
  it('lists every licence with every clause in both languages', () => {
    for (const l of LICENCES) {
      expect(committed).toContain(`Key: \`${l.key}\``);
      for (const c of [...l.permissions, ...l.conditions, ...l.prohibitions]) {
        expect(committed).toContain(c.text.fr.replace(/\|/g, '\\|'));
        expect(committed).toContain(c.text.en.replace(/\|/g, '\\|'));
      }
    }
  });
});
