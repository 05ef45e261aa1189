import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, noticeLangOf, previewLimitsOf, readSettings, uiLangOf } from '../../../lib/settings/schema';

describe('settings', () => {
  it('defaults to the browser language, plain-text notices in the interface language, 1 MiB and 100 rows', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      uiLang: 'browser',
      attribution: { format: 'text', lang: 'ui', modifiedBy: '' },
      preview: { budgetKiB: 1024, rows: 100 },
    });
    expect(previewLimitsOf(DEFAULT_SETTINGS)).toEqual({ budget: 1_048_576, rows: 100 });
  });

  it('reads garbage as the defaults, field by field', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('fr')).toEqual(DEFAULT_SETTINGS);
    const mixed = readSettings({
      uiLang: 'de',
      attribution: { format: 'markdown', lang: 'xx', modifiedBy: 42 },
      preview: { budgetKiB: 10 ** 9, rows: 50 },
      extra: true,
    });
    expect(mixed).toEqual({
      uiLang: 'browser',
      attribution: { format: 'markdown', lang: 'ui', modifiedBy: '' },
      preview: { budgetKiB: 1024, rows: 50 },
    });
  });

  it('follows the browser only when asked to, and writes notices in the chosen language', () => {
    expect(uiLangOf(DEFAULT_SETTINGS, 'fr-FR')).toBe('fr');
    expect(uiLangOf(DEFAULT_SETTINGS, 'de')).toBe('en');
    const en = readSettings({ uiLang: 'en', attribution: { lang: 'fr' } });
    expect(uiLangOf(en, 'fr-FR')).toBe('en');
    expect(noticeLangOf(en, 'en')).toBe('fr');
    expect(noticeLangOf(DEFAULT_SETTINGS, 'fr')).toBe('fr');
  });
});
