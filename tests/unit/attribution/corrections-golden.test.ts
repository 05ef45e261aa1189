import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { buildCredits } from '../../../lib/attribution/credits';
import { noticeInputOf } from '../../../lib/attribution/input';
import { noticeMessages } from '../../../lib/attribution/messages';
import type { AttributionFormat } from '../../../lib/attribution/options';
import { renderAttribution } from '../../../lib/attribution/render';
import type { Lang } from '../../../lib/i18n';
import type { Dataset, PublishedLicence } from '../../../lib/model/dataset';
import { runCli } from '../cli/harness';
import { makeDataset } from './entries';

/*
 * Golden notices for the issue 11 corrections, with the real catalogue. Expected strings are written from the
 * licence texts: no version the producer did not give; the OGL statements' fixed wording ("Contains public
 * sector information licensed under the Open Government Licence v3.0.", "Contains information licensed under
 * the Open Government Licence – Canada.", « Contient des informations visées par la Licence du gouvernement
 * ouvert – Canada. »); DL-DE BY 2.0 §2's elements only as far as the data holder provides them.
 */
const DATA_URL = 'https://data.example.org/datasets/42';
const OD_CC_BY = 'http://www.opendefinition.org/licenses/cc-by';

function withLicence(key: string, published: PublishedLicence, versionAssumed: boolean, over: Partial<Dataset> = {}) {
  return makeDataset({ licence: { id: key, title: null, url: null, versionAssumed, published }, ...over });
}

function render(dataset: Dataset, lang: Lang, format: AttributionFormat = 'text', providerStatement?: string) {
  return renderAttribution(noticeInputOf(dataset, providerStatement ?? null), {
    lang,
    format,
    accessed: '2026-11-26',
  });
}

describe('a notice never states a version the producer did not give', () => {
  // A CKAN / data.gouv.fr `cc-by` ("Creative Commons Attribution", Open Definition link): no version given.
  const ccBy = withLicence('CC-BY-4.0', { id: 'cc-by', title: 'Creative Commons Attribution', url: OD_CC_BY }, true);

  it('text, HTML and Markdown, in English', () => {
    expect(render(ccBy, 'en').text).toBe(
      `"Équipements publics" by Ville de Nantes, ${DATA_URL}, updated on 6 October 2025, is licensed under Creative Commons Attribution (CC BY) (version not stated) (${OD_CC_BY}).`,
    );
    expect(render(ccBy, 'en', 'html').text).toBe(
      `&quot;Équipements publics&quot; by Ville de Nantes, <a href="${DATA_URL}">${DATA_URL}</a>, updated on 6 October 2025, is licensed under <a href="${OD_CC_BY}" rel="license">Creative Commons Attribution (CC BY) (version not stated)</a>.`,
    );
    expect(render(ccBy, 'en', 'markdown').text).toBe(
      `"Équipements publics" by Ville de Nantes, <${DATA_URL}>, updated on 6 October 2025, is licensed under [Creative Commons Attribution \\(CC BY\\) \\(version not stated\\)](<${OD_CC_BY}>).`,
    );
  });

  it('text, HTML and Markdown, in French', () => {
    expect(render(ccBy, 'fr').text).toBe(
      `« Équipements publics » par Ville de Nantes, ${DATA_URL}, mise à jour du 6 octobre 2025, sous licence Creative Commons Attribution (CC BY) (version non précisée) (${OD_CC_BY}).`,
    );
    expect(render(ccBy, 'fr', 'html').text).toBe(
      `« Équipements publics » par Ville de Nantes, <a href="${DATA_URL}">${DATA_URL}</a>, mise à jour du 6 octobre 2025, sous licence <a href="${OD_CC_BY}" rel="license">Creative Commons Attribution (CC BY) (version non précisée)</a>.`,
    );
    expect(render(ccBy, 'fr', 'markdown').text).toBe(
      `« Équipements publics » par Ville de Nantes, <${DATA_URL}>, mise à jour du 6 octobre 2025, sous licence [Creative Commons Attribution \\(CC BY\\) \\(version non précisée\\)](<${OD_CC_BY}>).`,
    );
  });

  it('BibTeX, RIS and ISO 690 name the licence without a version; APA names no licence', () => {
    expect(render(ccBy, 'en', 'bibtex').text).toContain(
      `  note = {Licence: Creative Commons Attribution (CC BY) (version not stated) (${OD_CC_BY})}`,
    );
    expect(render(ccBy, 'fr', 'bibtex').text).toContain(
      `  note = {Licence : Creative Commons Attribution (CC BY) (version non précisée) (${OD_CC_BY})}`,
    );
    expect(render(ccBy, 'en', 'ris').text).toContain(
      `N1  - Licence: Creative Commons Attribution (CC BY) (version not stated) (${OD_CC_BY})`,
    );
    expect(render(ccBy, 'fr', 'ris').text).toContain(
      `N1  - Licence : Creative Commons Attribution (CC BY) (version non précisée) (${OD_CC_BY})`,
    );
    expect(render(ccBy, 'en', 'iso690').text).toContain(
      `Licence: Creative Commons Attribution (CC BY) (version not stated) (${OD_CC_BY}).`,
    );
    expect(render(ccBy, 'fr', 'iso690').text).toContain(
      `Licence : Creative Commons Attribution (CC BY) (version non précisée) (${OD_CC_BY}).`,
    );
    for (const lang of ['fr', 'en'] as const) {
      for (const format of ['text', 'html', 'markdown', 'bibtex', 'ris', 'apa', 'iso690'] as const) {
        expect(render(ccBy, lang, format).text, `${lang} ${format}`).not.toMatch(/4\.0/);
      }
    }
  });

  it('asks the user to check the version, in both languages', () => {
    const { notice } = render(ccBy, 'en');
    expect(notice.versionNotStated).toMatchObject({ assumed: '4.0' });
    expect(noticeMessages(notice, 'en').version).toMatch(
      /^The producer does not say which version of Creative Commons Attribution \(CC BY\) applies, so the notice states none\. Check the version/,
    );
    expect(noticeMessages(notice, 'fr').version).toMatch(
      /^Le producteur ne précise pas quelle version de la licence Creative Commons Attribution \(CC BY\) s’applique/,
    );
    expect(
      noticeMessages(render(withLicence('CC-BY-4.0', ccBy.licence.published, false), 'en').notice, 'en').version,
    ).toBeNull();
  });

  // A 2014 OpenDataSoft « Licence Ouverte »: 1.0 or 2.0, the producer does not say.
  it('a versionless « Licence Ouverte » is not "version 2.0"', () => {
    const lo = withLicence('etalab-2.0', { id: null, title: 'Licence Ouverte', url: null }, true);
    expect(render(lo, 'fr').text).toBe(
      `Ville de Nantes – Équipements publics – Données originales téléchargées sur ${DATA_URL}, mise à jour du 6 octobre 2025. Licence : Licence Ouverte / Open Licence (version non précisée).`,
    );
    expect(render(lo, 'en').text).toBe(
      `Ville de Nantes – Équipements publics – Original data downloaded from ${DATA_URL}, updated on 6 October 2025. Licence: Etalab Open Licence (version not stated).`,
    );
    expect(render(lo, 'fr', 'html').text).toMatch(
      /Licence : Licence Ouverte \/ Open Licence \(version non précisée\)\.$/,
    );
    expect(render(lo, 'en', 'markdown').text).toMatch(/Licence: Etalab Open Licence \\\(version not stated\\\)\.$/);
  });

  // CKAN `uk-ogl`: "UK Open Government Licence (OGL)", no version.
  it('`uk-ogl` is not "v3.0"', () => {
    const url = 'http://reference.data.gov.uk/id/open-government-licence';
    const ogl = withLicence('OGL-UK-3.0', { id: 'uk-ogl', title: 'UK Open Government Licence (OGL)', url }, true);
    expect(render(ogl, 'en').text).toBe(
      `Équipements publics (${DATA_URL}), Ville de Nantes, updated on 6 October 2025. Contains public sector information licensed under the Open Government Licence (version not stated) (${url}).`,
    );
    expect(render(ogl, 'fr').text).toBe(
      `« Équipements publics » (${DATA_URL}), Ville de Nantes, mise à jour du 6 octobre 2025. Contains public sector information licensed under the Open Government Licence (version non précisée) (${url}).`,
    );
  });
});

describe('OGL statements use the fixed wording, with no added suffix', () => {
  const uk = withLicence('OGL-UK-3.0', { id: 'OGL-UK-3.0', title: null, url: null }, false);
  const UK_TEXT = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
  it('OGL UK v3.0, in English in both notices', () => {
    for (const lang of ['en', 'fr'] as const) {
      expect(render(uk, lang).text).toMatch(
        new RegExp(
          `\\. Contains public sector information licensed under the Open Government Licence v3\\.0 \\(${UK_TEXT.replace(/\./g, '\\.')}\\)\\.$`,
        ),
      );
      expect(render(uk, lang, 'html').text).toMatch(
        /\. Contains public sector information licensed under the <a href="[^"]+" rel="license">Open Government Licence v3\.0<\/a>\.$/,
      );
    }
  });
  it('OGL – Canada, in each language', () => {
    const ca = withLicence('OGL-Canada-2.0', { id: 'OGL-Canada-2.0', title: null, url: null }, false);
    expect(render(ca, 'en', 'html').text).toMatch(
      /\. Contains information licensed under the <a href="https:\/\/open\.canada\.ca\/en\/open-government-licence-canada" rel="license">Open Government Licence – Canada<\/a>\.$/,
    );
    expect(render(ca, 'fr', 'html').text).toMatch(
      /\. Contient des informations visées par la <a href="https:\/\/ouvert\.canada\.ca\/fr\/licence-du-gouvernement-ouvert-canada" rel="license">Licence du gouvernement ouvert – Canada<\/a>\.$/,
    );
    expect(render(ca, 'en', 'markdown').text).toMatch(
      /\. Contains information licensed under the \[Open Government Licence – Canada\]\(<[^>]+>\)\.$/,
    );
  });
  it('the historical OGL v1.0 keeps its own version in the statement', () => {
    const v1 = withLicence('OGL-UK-1.0', { id: null, title: null, url: null }, false);
    expect(render(v1, 'en', 'html').text).toMatch(
      /Contains public sector information licensed under the <a [^>]+>Open Government Licence v1\.0<\/a>\.$/,
    );
  });
});

describe('DL-DE BY 2.0 §2: provider and link only as far as the data holder provides them', () => {
  const noProducer = withLicence('DL-DE-BY-2.0', { id: 'dl-by-de/2.0', title: null, url: null }, false, {
    publisher: { name: null, url: null },
  });
  it('leaves out a provider the portal does not give, without a gap marker', () => {
    expect(render(noProducer, 'en').text).toBe(
      `Équipements publics (${DATA_URL}), updated on 6 October 2025, dl-de/by-2-0 (https://www.govdata.de/dl-de/by-2-0).`,
    );
    expect(render(noProducer, 'fr').text).toBe(
      `« Équipements publics » (${DATA_URL}), mise à jour du 6 octobre 2025, dl-de/by-2-0 (https://www.govdata.de/dl-de/by-2-0).`,
    );
    const { notice } = render(noProducer, 'en');
    expect(notice.gaps).toEqual([{ element: 'producer', required: false, recommended: false }]);
    expect(notice.notes.map((n) => n.messageKey)).toContain('attribution.note.dlDeAsProvided');
  });
});

describe('credits blocks', () => {
  const crpaDataset = makeDataset({
    permalink: 'https://data.example.org/datasets/43',
    title: 'Arbres',
    publicSector: true,
    licence: {
      id: 'notspecified',
      title: null,
      url: null,
      versionAssumed: false,
      published: { id: 'notspecified', title: 'License Not Specified', url: null },
    },
  });
  const ccBy = withLicence('CC-BY-4.0', { id: 'cc-by', title: 'Creative Commons Attribution', url: OD_CC_BY }, true);

  it('a public-sector dataset without a licence brings the CRPA obligations, not "unrecognised"', () => {
    const en = buildCredits([noticeInputOf(crpaDataset)], { lang: 'en', format: 'text' });
    expect(en.combined.unknown).toEqual([]);
    expect(en.text).toContain(
      '- French public information published without a licence: Do not alter the data. (Code des relations entre le public et l’administration, art. L322-1)',
    );
    expect(en.text).toContain('art. L322-2');
    expect(en.text).toContain('art. L321-2');
    expect(en.text).not.toMatch(/Unrecognized/);
    const fr = buildCredits([noticeInputOf(crpaDataset)], { lang: 'fr', format: 'markdown' });
    expect(fr.text).toContain(
      '- Information publique française publiée sans licence : Ne pas altérer les données. \\(Code des relations',
    );
  });

  it('names an assumed-version licence without a version, and says to check it, in every format', () => {
    const entries = [noticeInputOf(ccBy), noticeInputOf(crpaDataset)];
    const en = buildCredits(entries, { lang: 'en', format: 'text' });
    expect(en.text).toContain(
      '- Credit the data under Creative Commons Attribution (CC BY) (version not stated) as that licence requires:',
    );
    expect(en.text).toContain(
      'Licence version not stated by the producer, to check: Creative Commons Attribution (CC BY) (version not stated).',
    );
    const fr = buildCredits(entries, { lang: 'fr', format: 'html' });
    expect(fr.text).toContain(
      '<p>Version de licence non précisée par le producteur, à vérifier : Creative Commons Attribution (CC BY) (version non précisée).</p>',
    );
    for (const format of ['text', 'html', 'markdown', 'bibtex', 'ris', 'apa', 'iso690'] as const) {
      for (const lang of ['fr', 'en'] as const) {
        // The clause sources say whose terms are shown (CC BY 4.0 §3(a)(1)); the licence name never has a version.
        expect(buildCredits(entries, { lang, format }).text, `${lang} ${format}`).not.toMatch(
          /Attribution 4\.0|\(CC BY 4\.0\)/,
        );
      }
    }
  });
});

describe('CLI: the corrected wording and the version caveat', () => {
  const IDF_URL =
    'https://data.iledefrance.fr/explore/dataset/liste-des-espaces-de-retrait-so-colissimo-sans-horaires/';
  const IDF_META =
    'tests/fixtures/portals/opendatasoft/ods_api-v2.1_dataset_datailedefrance_licence-ouverte.built.json';

  it('`provenance attribution` names « Licence Ouverte » without a version and asks to check it', async () => {
    const fr = await runCli(main, ['attribution', IDF_URL, '--metadata', IDF_META, '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toMatch(/Licence : Licence Ouverte \/ Open Licence \(version non précisée\)\.\n$/);
    expect(fr.stdout).not.toMatch(/2\.0/);
    expect(fr.stderr).toMatch(/^check: Le producteur ne précise pas quelle version de la licence Licence Ouverte/m);
    const en = await runCli(main, [
      'attribution',
      IDF_URL,
      '--metadata',
      IDF_META,
      '--lang',
      'en',
      '--format',
      'bibtex',
    ]);
    expect(en.stdout).toContain('note = {Licence: Etalab Open Licence (version not stated)}');
    expect(en.stderr).toMatch(/^check: The producer does not say which version of Etalab Open Licence applies/m);
  });

  it('`provenance licence` says the version was not stated and which version’s terms it shows', async () => {
    const r = await runCli(main, ['licence', 'cc-by', '--lang', 'fr']);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      id: 'CC-BY-4.0',
      name: 'Creative Commons Attribution (CC BY) (version non précisée)',
      version: null,
      versionAssumed: true,
      termsOfVersion: '4.0',
    });
    expect(json.versionCaveat).toMatch(/^Le producteur n’a pas précisé quelle version de cette licence s’applique/);
    const sure = JSON.parse((await runCli(main, ['licence', 'CC-BY-4.0'])).stdout);
    expect(sure).toMatchObject({ name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', version: '4.0' });
    expect(sure.versionCaveat).toBeUndefined();
  });

  it('`provenance licence` shows the corrected clauses and the reason a vague name stays unknown', async () => {
    const odbl = JSON.parse((await runCli(main, ['licence', 'odc-odbl'])).stdout);
    expect(odbl.conditions.map((c: { source: string }) => c.source)).toContain('ODbL 1.0 §4.4(a)–(c)');
    const nc = JSON.parse((await runCli(main, ['licence', 'cc-nc'])).stdout);
    expect(nc).toMatchObject({
      id: null,
      reason: expect.stringMatching(/any non-commercial Creative Commons licence/),
    });
  });
});
