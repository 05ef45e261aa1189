import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../lib/i18n';
import { fixFrenchTypography, frenchTypographyProblems, NNBSP } from '../../../lib/i18n/fr-typography';
import { LICENCES } from '../../../lib/licences/catalogue';
import manifestFr from '../../../public/_locales/fr/messages.json';
import { fixCatalogueSource, fixJsonText } from '../../../scripts/fr-typography';

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

describe('fixCatalogueSource', () => {
  it('fixes the French literals of TypeScript source, not its code, comments or English', () => {
    const source = [
      '// Note : un commentaire',
      "const a = { en: 'Note: yes', fr: 'Attention : non ; « oui »' };",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the TypeScript source under test
      "const b = { fr: `Les ${x ? '' : ` ; pour ${y.fr}`} : fin`, other: c ? d : e };",
    ].join('\n');
    expect(fixCatalogueSource(source)).toBe(
      [
        '// Note : un commentaire',
        `const a = { en: 'Note: yes', fr: 'Attention${N}: non${N}; «${N}oui${N}»' };`,
        `const b = { fr: \`Les \${x ? '' : \`${N}; pour \${y.fr}\`}${N}: fin\`, other: c ? d : e };`,
      ].join('\n'),
    );
  });
});

/** Every French string of the licence catalogue, with where it is: the texts the licence card and notices show. */
function frenchCatalogueStrings(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) walk(child, `${path}[${i}]`);
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'fr' && typeof child === 'string') out.push([`${path}.fr`, child]);
        else walk(child, `${path}.${key}`);
      }
    }
  };
  for (const entry of LICENCES) walk(entry, entry.key);
  return out;
}

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

  it('and so do the French texts of the licence catalogue (fixed by `npm run fr-typography`)', () => {
    const strings = frenchCatalogueStrings();
    expect(strings.length).toBeGreaterThan(100);
    const wrong = strings.flatMap(([key, text]) => frenchTypographyProblems(text).map((p) => `${key}: ${p}`));
    expect(wrong).toEqual([]);
  });
});
