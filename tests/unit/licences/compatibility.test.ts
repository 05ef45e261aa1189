import { describe, expect, it } from 'vitest';
import { hasMessage, t } from '../../../lib/i18n';
import { combineLicences } from '../../../lib/licences/compatibility';

const keysOf = (items: Array<{ messageKey: string; params: Record<string, string> }>) =>
  items.map((i) => `${i.messageKey}:${i.params.key}`);

describe('combineLicences', () => {
  it('asks for each attribution licence’s credit, and nothing for public-domain ones', () => {
    const c = combineLicences(['etalab-2.0', 'CC-BY-4.0', 'CC0-1.0', 'PDDL-1.0']);
    expect(keysOf(c.obligations)).toEqual([
      'licences.combine.attribution:etalab-2.0',
      'licences.combine.attribution:CC-BY-4.0',
    ]);
    expect(c.conflicts).toEqual([]);
    expect(c.unknown).toEqual([]);
    expect(c.obligations[0]?.source).toMatch(/^LO 2\.0/);
  });

  it('makes a derived database ODbL when any ODbL data is in it, and asks to offer it', () => {
    const c = combineLicences(['ODbL-1.0', 'etalab-2.0']);
    expect(keysOf(c.obligations)).toEqual([
      'licences.combine.attribution:ODbL-1.0',
      'licences.combine.shareAlikeOdbl:ODbL-1.0',
      'licences.combine.odblAccess:ODbL-1.0',
      'licences.combine.attribution:etalab-2.0',
    ]);
    expect(c.obligations.find((o) => o.messageKey === 'licences.combine.shareAlikeOdbl')?.source).toBe(
      'ODbL 1.0 §4.4–4.5',
    );
    expect(c.conflicts).toEqual([]);
  });

  it('keeps CC BY-SA adaptations BY-SA, and lets 3.0 and 4.0 travel together', () => {
    const c = combineLicences(['CC-BY-SA-4.0', 'CC-BY-SA-3.0']);
    expect(keysOf(c.obligations)).toContain('licences.combine.shareAlikeCc:CC-BY-SA-4.0');
    expect(keysOf(c.obligations)).toContain('licences.combine.shareAlikeCc:CC-BY-SA-3.0');
    expect(c.conflicts).toEqual([]);
  });

  it('reports the ODbL / CC BY-SA share-alike clash, citing both clauses', () => {
    const c = combineLicences(['ODbL-1.0', 'CC-BY-SA-4.0'], 'fr');
    expect(c.conflicts).toHaveLength(1);
    const [clash] = c.conflicts;
    // Only a merged database meets both clauses: a produced work is not a derivative database (§4.5(b)).
    expect(clash?.messageKey).toBe('licences.combine.shareAlikeClashOdbl');
    expect(clash?.source).toContain('ODbL 1.0 §4.4, §4.5(b)');
    expect(clash?.source).toContain('CC BY-SA 4.0 §3(b)');
    expect(clash?.params.odbl).toBe('Open Database License (ODbL) version 1.0');
  });

  it('treats DbCL contents as ODbL: no clash with the ODbL database, one set of obligations', () => {
    const c = combineLicences(['ODbL-1.0', 'dbcl-1.0']);
    expect(c.conflicts).toEqual([]);
  });

  it('reports non-commercial, no-derivatives and not-open terms as conflicts', () => {
    const c = combineLicences(['CC-BY-NC-ND-4.0', 'CC-BY-4.0', 'other-closed']);
    expect(keysOf(c.conflicts)).toEqual([
      'licences.combine.nonCommercial:CC-BY-NC-ND-4.0',
      'licences.combine.noDerivatives:CC-BY-NC-ND-4.0',
      'licences.combine.notOpen:other-closed',
    ]);
    expect(c.conflicts[1]?.source).toBe('CC BY-NC-ND 4.0 §2(a)(1)(B)');
  });

  it('reports CC BY-NC-SA against CC BY-SA as two share-alike regimes', () => {
    const c = combineLicences(['CC-BY-NC-SA-4.0', 'CC-BY-SA-4.0']);
    expect(keysOf(c.conflicts)).toContain('licences.combine.shareAlikeClash:CC-BY-NC-SA-4.0');
  });

  it('lists what it cannot assess: null, keys outside the catalogue and generic ids', () => {
    const c = combineLicences([null, 'made-up-1.0', 'notspecified', 'other-at', 'other-pd', 'etalab-2.0', null]);
    expect(c.unknown).toEqual(['unknown', 'made-up-1.0', 'notspecified', 'other-at']);
    expect(keysOf(c.obligations)).toContain('licences.combine.attribution:other-at');
  });

  it('has every message in both languages, with its parameters filled', () => {
    const c = combineLicences(['ODbL-1.0', 'CC-BY-SA-4.0', 'CC-BY-NC-ND-4.0', 'other-closed', 'OGL-UK-3.0'], 'fr');
    for (const item of [...c.obligations, ...c.conflicts]) {
      expect(hasMessage('fr', item.messageKey), item.messageKey).toBe(true);
      expect(hasMessage('en', item.messageKey), item.messageKey).toBe(true);
      expect(t('fr', item.messageKey, item.params)).not.toMatch(/\{\w+\}/);
    }
  });
});
