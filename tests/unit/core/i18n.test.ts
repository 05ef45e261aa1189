import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, MESSAGES, pickLang, t } from '../../../lib/i18n';

describe('locale files', () => {
  it('have the same keys in French and English, and no empty string', () => {
    for (const [ns, en] of Object.entries(MESSAGES.en)) {
      const fr = MESSAGES.fr[ns] ?? {};
      expect(Object.keys(fr).sort(), `namespace ${ns}`).toEqual(Object.keys(en).sort());
      for (const [k, v] of [...Object.entries(en), ...Object.entries(fr)]) expect(v.trim(), `${ns}.${k}`).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [ns, en] of Object.entries(MESSAGES.en)) {
      for (const [k, v] of Object.entries(en)) {
        expect(placeholders(MESSAGES.fr[ns]?.[k] ?? ''), `${ns}.${k}`).toEqual(placeholders(v));
      }
    }
  });
});

describe('t', () => {
  it('fills parameters and picks plural forms', () => {
    expect(t('en', 'common.files', { count: 1 })).toBe('1 file');
    expect(t('en', 'common.files', { count: 8 })).toBe('8 files');
    expect(t('fr', 'common.files', { count: 1 })).toBe('1 fichier');
    expect(t('fr', 'errors.timeout', { host: 'x.fr', seconds: 15 })).toBe('x.fr n’a pas répondu en 15 secondes.');
  });

  it('shows a missing key as itself', () => {
    expect(t('fr', 'common.nope')).toBe('common.nope');
  });
});

describe('formatting', () => {
  it('writes dates for the language, in Paris time', () => {
    expect(formatDate('2025-04-07T08:15:30.581000+00:00', 'fr')).toBe('7 avril 2025');
    expect(formatDate('2025-04-07T08:15:30.581000+00:00', 'en')).toBe('7 April 2025');
    // 23:30 UTC on 31 December is already the new year in Paris.
    expect(formatDate('2024-12-31T23:30:00Z', 'fr')).toBe('1 janvier 2025');
    expect(formatDate('not a date', 'fr')).toBeNull();
    expect(formatDate(null, 'fr')).toBeNull();
  });

  it('writes sizes in decimal units', () => {
    expect(formatBytes(176653507, 'fr')).toBe('176,7 Mo');
    expect(formatBytes(176653507, 'en')).toBe('176.7 MB');
    expect(formatBytes(777454664, 'en')).toBe('777.5 MB');
    expect(formatBytes(2_000_000, 'en')).toBe('2 MB');
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(null, 'en')).toBeNull();
    expect(formatBytes(-1, 'en')).toBeNull();
  });

  it('picks French only for French tags', () => {
    expect(pickLang('fr-CA')).toBe('fr');
    expect(pickLang('de-DE')).toBe('en');
    expect(pickLang(undefined)).toBe('en');
  });
});
