import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../lib/i18n';
import { fixFrenchTypography, frenchTypographyProblems, NNBSP } from '../../../lib/i18n/fr-typography';
import manifestFr from '../../../public/_locales/fr/messages.json';
import { fixJsonText } from '../../../scripts/fr-typography';

const N = NNBSP;

describe('fixFrenchTypography', () => {
  it.each([
    ['Autoriser ce portail ?', `Autoriser ce portail${N}?`],
    ['Attention\u00a0!', `Attention${N}!`],
    ['Licence : ODbL', `Licence${N}: ODbL`],
    ['Format: texte', `Format${N}: texte`],
    ['une chose ; une autre', `une chose${N}; une autre`],
    ['Vraiment?', `Vraiment${N}?`],
    ['« Licence Ouverte »', `«${N}Licence Ouverte${N}»`],
    ['«Licence»', `«${N}Licence${N}»`],
  ])('%j → %j', (text, fixed) => {
    expect(fixFrenchTypography(text)).toBe(fixed);
    expect(fixFrenchTypography(fixed)).toBe(fixed);
  });

  it('leaves addresses, times, placeholders and English alone', () => {
    for (const text of [
      'https://www.data.gouv.fr/',
      '10:30',
      '{a}:{b}',
      'Données de {host}',
      'Réessayer dans {seconds} s',
    ]) {
      expect(fixFrenchTypography(text)).toBe(text);
    }
  });

  it('reports a wrong space', () => {
    expect(frenchTypographyProblems('Autoriser ce portail ?')).toHaveLength(1);
    expect(frenchTypographyProblems(`Autoriser ce portail${N}?`)).toEqual([]);
    expect(frenchTypographyProblems('« titre »')).toHaveLength(2);
  });

  it('changes only the string values of a JSON file, keeping its layout', () => {
    const json = '{\n  "a": "Oui ?",\n  "b": "https://x.fr",\n  "c": "guillemets \\"droits\\" : non"\n}\n';
    expect(fixJsonText(json)).toBe(
      `{\n  "a": "Oui${N}?",\n  "b": "https://x.fr",\n  "c": "guillemets \\"droits\\"${N}: non"\n}\n`,
    );
  });
});

describe('French locale files', () => {
  it('use the narrow no-break space before ? ! : ; and inside « » everywhere', () => {
    const strings = [
      ...Object.entries(MESSAGES.fr).flatMap(([ns, messages]) =>
        Object.entries(messages).map(([key, text]) => [`${ns}.${key}`, text] as const),
      ),
      ...Object.entries(manifestFr).map(([key, { message }]) => [`manifest.${key}`, message] as const),
    ];
    const wrong = strings.flatMap(([key, text]) => frenchTypographyProblems(text).map((p) => `${key}: ${p}`));
    expect(wrong).toEqual([]);
  });
});
