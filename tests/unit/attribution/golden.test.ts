import { describe, expect, it } from 'vitest';
import type { AttributionFormat } from '../../../lib/attribution/options';
import { renderAttribution } from '../../../lib/attribution/render';
import type { Lang } from '../../../lib/i18n';
import type { Dataset } from '../../../lib/model/dataset';
import { LICENCES, type LicenceKey, makeDataset } from './entries';

/*
 * Expected notices written from the licence texts (quoted in /work/shared/research/licences.md §4), not
 * copied from the generator's output: each expected string follows the licence's own example or prescribed
 * sentence, filled with the dataset below.
 */
const DATA_URL = 'https://data.example.org/datasets/42';
const dataset = makeDataset();

function notice(
  key: LicenceKey | null,
  lang: Lang,
  format: AttributionFormat = 'text',
  extra: { modified?: boolean; modifiedBy?: string; providerStatement?: string; dataset?: Dataset } = {},
) {
  return renderAttribution(
    {
      dataset: extra.dataset ?? dataset,
      licence: key ? LICENCES[key] : null,
      providerStatement: extra.providerStatement ?? null,
    },
    { lang, format, modified: extra.modified ?? false, modifiedBy: extra.modifiedBy, accessed: '2026-11-26' },
  );
}

describe('Licence Ouverte 2.0 and 1.0: source (at least the producer) and date of last update', () => {
  // « Ministère de xxx - Données originales téléchargées sur http://www.data.gouv.fr/fr/datasets/xxx/, mise à jour du 14 février 2017 »
  it('follows the licence example in French', () => {
    expect(notice('etalab-2.0', 'fr').text).toBe(
      `Ville de Nantes – Équipements publics – Données originales téléchargées sur ${DATA_URL}, mise à jour du 6 octobre 2025. Licence : Licence Ouverte / Open Licence version 2.0 (https://www.etalab.gouv.fr/licence-ouverte-open-licence).`,
    );
  });
  // "Ministry of xxx—Original data downloaded from http://www.data.gouv.fr/fr/datasets/xxx/, updated on 14 February 2017"
  it('follows the licence example in English', () => {
    expect(notice('etalab-2.0', 'en').text).toBe(
      `Ville de Nantes – Équipements publics – Original data downloaded from ${DATA_URL}, updated on 6 October 2025. Licence: Open Licence 2.0 (https://www.etalab.gouv.fr/licence-ouverte-open-licence).`,
    );
  });
  it('links the data and the licence in HTML, rel="license" on the licence', () => {
    expect(notice('etalab-2.0', 'fr', 'html').text).toBe(
      `Ville de Nantes – Équipements publics – Données originales téléchargées sur <a href="${DATA_URL}">${DATA_URL}</a>, mise à jour du 6 octobre 2025. Licence : <a href="https://www.etalab.gouv.fr/licence-ouverte-open-licence" rel="license">Licence Ouverte / Open Licence version 2.0</a>.`,
    );
  });
  it('writes Markdown links with the URLs in angle brackets', () => {
    expect(notice('etalab-2.0', 'en', 'markdown').text).toBe(
      `Ville de Nantes – Équipements publics – Original data downloaded from <${DATA_URL}>, updated on 6 October 2025. Licence: [Open Licence 2.0](<https://www.etalab.gouv.fr/licence-ouverte-open-licence>).`,
    );
  });
  it('LO 1.0 has the same obligation: producer and date', () => {
    const text = notice('lo-1.0', 'fr').text;
    expect(text).toMatch(/^Ville de Nantes – Équipements publics – .*, mise à jour du 6 octobre 2025\./);
    expect(text).toContain('Licence Ouverte / Open Licence (version 1.0)');
  });
  it('writes the first of the month as « 1er »', () => {
    const text = notice('etalab-2.0', 'fr', 'text', {
      dataset: makeDataset({ dates: { created: null, metadataModified: null, dataUpdated: '2025-04-01T10:00:00Z' } }),
    }).text;
    expect(text).toContain('mise à jour du 1er avril 2025');
  });
  it('says the data was modified, by whom, so that the reuse does not mislead (« ne doit pas induire en erreur »)', () => {
    expect(notice('etalab-2.0', 'fr', 'text', { modified: true, modifiedBy: 'Jeanne Martin' }).text).toMatch(
      / Données modifiées par Jeanne Martin\.$/,
    );
    expect(notice('etalab-2.0', 'en', 'text', { modified: true }).text).toMatch(/ Data modified\.$/);
  });
  it('shows a missing producer and date as gaps instead of inventing them', () => {
    const result = notice('etalab-2.0', 'fr', 'text', {
      dataset: makeDataset({
        publisher: { name: null, url: null },
        dates: { created: null, metadataModified: null, dataUpdated: null },
      }),
    });
    expect(result.text).toBe(
      `[producteur non indiqué] – Équipements publics – Données originales téléchargées sur ${DATA_URL}, mise à jour du [date de mise à jour non indiquée]. Licence : Licence Ouverte / Open Licence version 2.0 (https://www.etalab.gouv.fr/licence-ouverte-open-licence).`,
    );
    expect(result.notice.gaps).toEqual([
      { element: 'producer', required: true, recommended: false },
      { element: 'date', required: true, recommended: false },
    ]);
  });
});

describe('CRPA L322-1 when no licence is given by an administration', () => {
  // « … que leurs sources et la date de leur dernière mise à jour soient mentionnées »
  it('mentions source and date of last update', () => {
    const publicData = makeDataset({ publicSector: true });
    const fr = notice('notspecified', 'fr', 'text', { dataset: publicData });
    expect(fr.text).toBe(`Ville de Nantes – Équipements publics – ${DATA_URL}, mise à jour du 6 octobre 2025.`);
    expect(fr.notice.style).toBe('crpa');
    expect(fr.notice.notes.map((n) => n.messageKey)).toContain('attribution.note.crpa');
    expect(notice('notspecified', 'en', 'text', { dataset: publicData }).text).toBe(
      `Ville de Nantes – Équipements publics – ${DATA_URL}, updated on 6 October 2025.`,
    );
  });
  it('applies too when an administration published no licence at all', () => {
    const result = notice(null, 'fr', 'text', { dataset: makeDataset({ publicSector: true }) });
    expect(result.notice.style).toBe('crpa');
    expect(result.text).toBe(`Ville de Nantes – Équipements publics – ${DATA_URL}, mise à jour du 6 octobre 2025.`);
  });
  it('gives a cautious notice, labelled, when the producer is not known to be an administration', () => {
    const result = notice('notspecified', 'en');
    expect(result.notice.style).toBe('generic');
    expect(result.notice.kind).toBe('cautious');
    expect(result.notice.notes[0]?.messageKey).toBe('attribution.note.notSpecified');
    expect(result.text).toContain(DATA_URL);
    expect(result.text).toContain('Ville de Nantes');
  });
});

describe('ODbL 1.0 §4.3: "Contains information from DATABASE NAME … under the Open Database License"', () => {
  it('follows the licence example in English, database and licence linked', () => {
    expect(notice('ODbL-1.0', 'en').text).toBe(
      `Contains information from Équipements publics (${DATA_URL}) by Ville de Nantes, updated on 6 October 2025, which is made available here under the Open Database License (ODbL) 1.0 (https://opendatacommons.org/licenses/odbl/1-0/).`,
    );
    const html = notice('ODbL-1.0', 'en', 'html').text;
    expect(html).toContain(`<a href="${DATA_URL}">`);
    expect(html).toContain(
      '<a href="https://opendatacommons.org/licenses/odbl/1-0/" rel="license">Open Database License (ODbL) 1.0</a>',
    );
  });
  it('in French', () => {
    expect(notice('ODbL-1.0', 'fr').text).toBe(
      `Contient des informations issues de la base de données « Équipements publics » (${DATA_URL}) de Ville de Nantes, mise à jour du 6 octobre 2025, disponible sous licence Open Database License (ODbL) 1.0 (https://opendatacommons.org/licenses/odbl/1-0/).`,
    );
  });
  it('adds the share-alike statement for a derived database (§4.4) and always reminds of it', () => {
    const result = notice('ODbL-1.0', 'fr', 'text', { modified: true, modifiedBy: 'Jeanne Martin' });
    expect(result.text).toMatch(
      / Données modifiées par Jeanne Martin\. La base de données dérivée est mise à disposition sous licence Open Database License \(ODbL\) 1\.0 \(https:\/\/opendatacommons\.org\/licenses\/odbl\/1-0\/\)\.$/,
    );
    expect(notice('ODbL-1.0', 'en').notice.notes.map((n) => n.messageKey)).toContain(
      'attribution.note.shareAlike.database',
    );
  });
  // Under a licence, the licence is the administration's agreement (CRPA L322-1 « sauf accord »): the source
  // and date the CRPA asks for are recommended, not "required by the licence" (issue 11).
  it('recommends, without requiring, producer and date for French public-sector data under the ODbL', () => {
    const publicData = makeDataset({
      publicSector: true,
      publisher: { name: null, url: null },
      dates: { created: null, metadataModified: null, dataUpdated: null },
    });
    const result = notice('ODbL-1.0', 'fr', 'text', { dataset: publicData });
    const odblOnly = `Contient des informations issues de la base de données « Équipements publics » (${DATA_URL}), disponible sous licence Open Database License (ODbL) 1.0 (https://opendatacommons.org/licenses/odbl/1-0/).`;
    expect(result.text).toBe(odblOnly);
    expect(result.notice.gaps.filter((g) => g.required)).toEqual([]);
    expect(result.notice.gaps.filter((g) => g.recommended).map((g) => g.element)).toEqual(['producer', 'date']);
    const privateData = { ...publicData, publicSector: false };
    const outside = notice('ODbL-1.0', 'fr', 'text', { dataset: privateData });
    expect(outside.text).toBe(odblOnly);
    expect(outside.notice.gaps.some((g) => g.recommended)).toBe(false);
  });
});

describe('ODC-BY 1.0 §4.3: "Contains information from DATABASE NAME which is made available under the ODC Attribution License"', () => {
  it('in English and French', () => {
    expect(notice('ODC-By-1.0', 'en').text).toContain(
      'which is made available here under the ODC Attribution License 1.0 (https://opendatacommons.org/licenses/by/1.0/).',
    );
    expect(notice('ODC-By-1.0', 'fr').text).toMatch(
      /^Contient des informations issues de la base de données « Équipements publics »/,
    );
    expect(notice('ODC-By-1.0', 'en', 'text', { modified: true }).notice.notes.map((n) => n.messageKey)).not.toContain(
      'attribution.note.shareAlike.database',
    );
  });
});

describe('Creative Commons BY / BY-SA: title, author, source, licence (TASL) and modifications', () => {
  it('CC BY 4.0 in English and French', () => {
    expect(notice('CC-BY-4.0', 'en').text).toBe(
      `"Équipements publics" by Ville de Nantes, ${DATA_URL}, updated on 6 October 2025, is licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).`,
    );
    expect(notice('CC-BY-4.0', 'fr').text).toBe(
      `« Équipements publics » par Ville de Nantes, ${DATA_URL}, mise à jour du 6 octobre 2025, sous licence CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).`,
    );
  });
  it('indicates modifications, §3(a)(1)(B)', () => {
    expect(notice('CC-BY-4.0', 'en', 'text', { modified: true, modifiedBy: 'Jeanne Martin' }).text).toMatch(
      /is licensed under CC BY 4\.0 \(https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/\)\. Modified by Jeanne Martin\.$/,
    );
  });
  it('CC BY 3.0 requires the title: a missing one is a gap', () => {
    const result = notice('CC-BY-3.0', 'en', 'text', { dataset: makeDataset({ title: '  ' }) });
    expect(result.text).toMatch(/^"\[title not given\]" by Ville de Nantes/);
    expect(result.notice.gaps).toEqual([{ element: 'title', required: true, recommended: false }]);
  });
  it('CC BY-SA 4.0: an adaptation names its licence, with its URI, §3(b)(2)', () => {
    expect(notice('CC-BY-SA-4.0', 'fr', 'text', { modified: true }).text).toMatch(
      / Données modifiées\. Cette adaptation est diffusée sous licence CC BY-SA 4\.0 \(https:\/\/creativecommons\.org\/licenses\/by-sa\/4\.0\/\)\.$/,
    );
    expect(notice('CC-BY-SA-4.0', 'en', 'text', { modified: true }).text).toMatch(
      / This adaptation is licensed under CC BY-SA 4\.0 \(https:\/\/creativecommons\.org\/licenses\/by-sa\/4\.0\/\)\.$/,
    );
  });
});

describe('Open Government Licences: the prescribed statement, or the provider’s', () => {
  // "If the Information Provider does not provide a specific attribution statement, you must use the following: …"
  it('OGL UK v3.0 default statement, kept in English in the French notice', () => {
    expect(notice('OGL-UK-3.0', 'en').text).toBe(
      `Équipements publics (${DATA_URL}), Ville de Nantes, updated on 6 October 2025. Contains public sector information licensed under the Open Government Licence v3.0 (http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/).`,
    );
    const fr = notice('OGL-UK-3.0', 'fr');
    expect(fr.text).toContain(
      'Contains public sector information licensed under the Open Government Licence v3.0 (http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/).',
    );
    expect(fr.notice.notes.map((n) => n.messageKey)).toContain('attribution.note.defaultStatement');
  });
  it('uses the provider’s statement verbatim when given', () => {
    const statement = 'Contains Ordnance Survey data © Crown copyright and database right 2025';
    const result = notice('OGL-UK-3.0', 'en', 'text', { providerStatement: statement });
    expect(result.text).toMatch(new RegExp(`\\. ${statement}$`));
    expect(result.text).not.toContain('Contains public sector information');
  });
  it('OGL Canada in English and French', () => {
    expect(notice('OGL-Canada-2.0', 'en').text).toMatch(
      /\. Contains information licensed under the Open Government Licence – Canada \(https:\/\/open\.canada\.ca\/en\/open-government-licence-canada\)\.$/,
    );
    expect(notice('OGL-Canada-2.0', 'fr').text).toMatch(
      /\. Contient des informations visées par la Licence du gouvernement ouvert – Canada \(https:\/\/open\.canada\.ca\/en\/open-government-licence-canada\)\.$/,
    );
  });
});

describe('Datenlizenz Deutschland – Namensnennung 2.0 §(2): provider, "dl-de/by-2-0" with the licence link, dataset URI', () => {
  it('in French and English, in the order of §(2)', () => {
    expect(notice('DL-DE-BY-2.0', 'fr').text).toBe(
      `Ville de Nantes, « Équipements publics » (${DATA_URL}), mise à jour du 6 octobre 2025, dl-de/by-2-0 (https://www.govdata.de/dl-de/by-2-0).`,
    );
    expect(notice('DL-DE-BY-2.0', 'en').text).toBe(
      `Ville de Nantes, Équipements publics (${DATA_URL}), updated on 6 October 2025, dl-de/by-2-0 (https://www.govdata.de/dl-de/by-2-0).`,
    );
  });
  it('notes that the data was changed, §(3)', () => {
    expect(notice('DL-DE-BY-2.0', 'en', 'text', { modified: true }).text).toMatch(/ Data modified\.$/);
  });
});

describe('NLOD 2.0 §5: «Contains data under the Norwegian licence for Open Government data (NLOD) distributed by [name of licensor]»', () => {
  it('uses the default sentence with the licence link', () => {
    expect(notice('NLOD-2.0', 'en').text).toBe(
      `Contains data under the Norwegian licence for Open Government data (NLOD) 2.0 (http://data.norge.no/nlod/en/2.0) distributed by Ville de Nantes – Équipements publics (${DATA_URL}), updated on 6 October 2025.`,
    );
    expect(notice('NLOD-2.0', 'fr').text).toMatch(
      /^Contient des données sous licence norvégienne .* diffusées par Ville de Nantes – « Équipements publics »/,
    );
  });
  it('states the licensee’s changes', () => {
    expect(notice('NLOD-2.0', 'en', 'text', { modified: true, modifiedBy: 'Kari Nordmann' }).text).toMatch(
      / Modified by Kari Nordmann\.$/,
    );
  });
});

describe('IODL 2.0: « indicare la fonte … e il nome del Licenziante, includendo, se possibile … un collegamento »', () => {
  it('names source, licensor and licence with its link', () => {
    expect(notice('iodl-2.0', 'en').text).toBe(
      `Source: Ville de Nantes – Équipements publics (${DATA_URL}), updated on 6 October 2025, licensed under the Italian Open Data License v2.0 (https://www.dati.gov.it/iodl/2.0).`,
    );
    expect(notice('iodl-2.0', 'fr').text).toBe(
      `Source : Ville de Nantes – « Équipements publics » (${DATA_URL}), mise à jour du 6 octobre 2025, licence Italian Open Data License v2.0 (https://www.dati.gov.it/iodl/2.0).`,
    );
  });
});

describe('Public domain (CC0, PDDL, other-pd): a courtesy notice, labelled as not required', () => {
  for (const key of ['CC0-1.0', 'PDDL-1.0', 'other-pd'] as const) {
    it(key, () => {
      const result = notice(key, 'fr');
      expect(result.notice.kind).toBe('courtesy');
      expect(result.notice.notes[0]?.messageKey).toBe('attribution.note.courtesy');
      expect(result.notice.gaps.every((g) => !g.required)).toBe(true);
      expect(result.text).toMatch(
        /^Source : Ville de Nantes – « Équipements publics » \(https:\/\/data\.example\.org\/datasets\/42\)/,
      );
    });
  }
  it('CC0 in English', () => {
    expect(notice('CC0-1.0', 'en').text).toBe(
      `Source: Ville de Nantes – Équipements publics (${DATA_URL}), updated on 6 October 2025. Licence: CC0 1.0 Universal (https://creativecommons.org/publicdomain/zero/1.0/).`,
    );
  });
});

describe('Generic and unknown licences: a safe source-and-link notice, labelled', () => {
  it('other-at says to check the producer’s terms', () => {
    const result = notice('other-at', 'fr');
    expect(result.notice.kind).toBe('cautious');
    expect(result.notice.notes[0]?.messageKey).toBe('attribution.note.generic');
    expect(result.text).toBe(
      `Source : Ville de Nantes – « Équipements publics » (${DATA_URL}), mise à jour du 6 octobre 2025. Licence : Autre (attribution).`,
    );
  });
  it('an unknown licence keeps what the portal published and says it is unknown', () => {
    const published = makeDataset({
      licence: {
        id: null,
        title: 'Licence Mobilités',
        url: 'https://wiki.lafabriquedesmobilites.fr/wiki/Licence_Mobilités',
        versionAssumed: false,
        published: { id: 'mobility-licence', title: 'Licence Mobilités', url: null },
      },
    });
    const result = notice(null, 'en', 'html', { dataset: published });
    expect(result.notice.notes[0]?.messageKey).toBe('attribution.note.unknown');
    expect(result.text).toContain(
      'Licence: <a href="https://wiki.lafabriquedesmobilites.fr/wiki/Licence_Mobilit%C3%A9s" rel="license">Licence Mobilités</a>.',
    );
    const bare = notice(null, 'en');
    expect(bare.text).toBe(`Source: Ville de Nantes – Équipements publics (${DATA_URL}), updated on 6 October 2025.`);
    expect(bare.notice.gaps).toEqual([
      { element: 'licence', required: false, recommended: false },
      { element: 'licenceLink', required: false, recommended: false },
    ]);
  });
});

describe('Citations, written from each style’s rules', () => {
  const doiDataset = makeDataset({ doi: 'https://doi.org/10.5281/zenodo.1234567' });
  it('APA 7 dataset reference: Producer. (Date). Title [Data set]. Publisher. URL', () => {
    expect(notice('etalab-2.0', 'en', 'apa').text).toBe(
      `Ville de Nantes. (2025, October 6). Équipements publics [Data set]. data.example.org. ${DATA_URL}`,
    );
    expect(notice('etalab-2.0', 'fr', 'apa').text).toBe(
      `Ville de Nantes. (2025, 6 octobre). Équipements publics [Jeu de données]. data.example.org. ${DATA_URL}`,
    );
    // DOI as a URL replaces the page; no date gives (n.d.); a publisher that is the author is not repeated.
    expect(notice('etalab-2.0', 'en', 'apa', { dataset: doiDataset }).text).toMatch(
      / https:\/\/doi\.org\/10\.5281\/zenodo\.1234567$/,
    );
    const undated = makeDataset({
      publisher: { name: 'data.example.org', url: null },
      dates: { created: null, metadataModified: null, dataUpdated: null },
    });
    expect(notice('etalab-2.0', 'en', 'apa', { dataset: undated }).text).toBe(
      `data.example.org. (n.d.). Équipements publics [Data set]. ${DATA_URL}`,
    );
  });
  it('ISO 690, French and English conventions, with the DOI', () => {
    expect(notice('etalab-2.0', 'fr', 'iso690', { dataset: doiDataset }).text).toBe(
      `Ville de Nantes. Équipements publics [jeu de données en ligne]. data.example.org, mis à jour le 6 octobre 2025 [consulté le 26 novembre 2026]. Licence : Licence Ouverte / Open Licence version 2.0 (https://www.etalab.gouv.fr/licence-ouverte-open-licence). DOI : 10.5281/zenodo.1234567. Disponible à l’adresse : ${DATA_URL}`,
    );
    expect(notice('etalab-2.0', 'en', 'iso690', { dataset: doiDataset }).text).toBe(
      `Ville de Nantes. Équipements publics [online dataset]. data.example.org, updated 6 October 2025 [viewed 26 November 2026]. Licence: Open Licence 2.0 (https://www.etalab.gouv.fr/licence-ouverte-open-licence). DOI: 10.5281/zenodo.1234567. Available from: ${DATA_URL}`,
    );
  });
  it('RIS: a DATA record, one tag per line', () => {
    expect(notice('ODbL-1.0', 'en', 'ris', { dataset: doiDataset }).text).toBe(
      [
        'TY  - DATA',
        'AU  - Ville de Nantes',
        'TI  - Équipements publics',
        'PY  - 2025',
        'DA  - 2025/10/06',
        'PB  - data.example.org',
        'DO  - 10.5281/zenodo.1234567',
        `UR  - ${DATA_URL}`,
        'Y2  - 2026/11/26',
        'N1  - Licence: Open Database License (ODbL) 1.0 (https://opendatacommons.org/licenses/odbl/1-0/)',
        'ER  - ',
      ].join('\n'),
    );
  });
  it('BibTeX: @misc with a corporate author kept whole and a key that does not change with updates', () => {
    const text = notice('CC-BY-4.0', 'fr', 'bibtex').text;
    expect(text).toMatch(/^@misc\{villedenantes-equipements-publics-[0-9a-f]{8},\n/);
    expect(text).toContain('  author = {{Ville de Nantes}},\n');
    expect(text).toContain('  title = {{Équipements publics}},\n');
    expect(text).toContain('  year = {2025},\n  month = oct,\n  date = {2025-10-06},\n');
    expect(text).toContain(`  url = {${DATA_URL}},\n`);
    expect(text).toContain('  urldate = {2026-11-26},\n');
    expect(text).toContain('  note = {Licence : CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)}\n}');
    const later = makeDataset({ dates: { created: null, metadataModified: null, dataUpdated: '2026-01-02' } });
    const key = (t: string) => t.slice(0, t.indexOf(','));
    expect(key(notice('CC-BY-4.0', 'en', 'bibtex', { dataset: later }).text)).toBe(key(text));
    const other = makeDataset({ permalink: 'https://data.example.org/datasets/43' });
    expect(key(notice('CC-BY-4.0', 'en', 'bibtex', { dataset: other }).text)).not.toBe(key(text));
  });
  it('citations carry a note that they do not replace the notice', () => {
    expect(notice('CC-BY-4.0', 'en', 'apa').notice.notes.map((n) => n.messageKey)).toContain(
      'attribution.note.citation',
    );
    expect(notice('CC-BY-4.0', 'en', 'text').notice.notes.map((n) => n.messageKey)).not.toContain(
      'attribution.note.citation',
    );
  });
});
