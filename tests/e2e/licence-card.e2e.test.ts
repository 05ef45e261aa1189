import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang, t } from '../../lib/i18n';
import { lookupLicence } from '../../lib/licences/catalogue';
import { licenceName } from '../../lib/licences/display-name';
import { CRPA_CONDITIONS } from '../../lib/licences/public-sector';
import type { Clause, LicenceEntry } from '../../lib/licences/schema';
import { DATAGOV_AU_HOST, datagovAuRoutes, NSW_LGA_AT_HOME } from './harness/ckan-routes';
import { CATALOGUE, DATAGOUV_HOSTS, datagouvRoutes } from './harness/datagouv-routes';
import { browserForE2E } from './harness/find-browser';
import { FIXTURES_DIR, type RouteAnswer } from './harness/replay-server';
import { openBadgedTab, useExtensionSuite } from './harness/suite';
import { plain, textOf } from './harness/text';

const browserPath = browserForE2E();

/** udata's own title for a licence id (`/api/1/datasets/licenses/`), which the card quotes as published. */
function udataTitle(id: string): string {
  const list = JSON.parse(
    readFileSync(resolve(FIXTURES_DIR, 'portals/udata/data.gouv.fr_api1_datasets_licenses.json'), 'utf8'),
  ) as Array<{ id: string; title: string }>;
  const found = list.find((l) => l.id === id);
  if (!found) throw new Error(`no udata licence ${id}`);
  return found.title;
}

function entry(key: string): LicenceEntry {
  const found = lookupLicence(key);
  if (!found) throw new Error(`no catalogue entry ${key}`);
  return found;
}

/** The recorded data.gouv.fr answer (its organization has the `public-service` badge) under another licence. */
function catalogueUnder(licence: string): RouteAnswer {
  const dataset = JSON.parse(readFileSync(resolve(FIXTURES_DIR, CATALOGUE.answer.file), 'utf8')) as {
    license: string;
  };
  dataset.license = licence;
  return { json: dataset };
}

/** A clause as the card writes it: the sentence, then where it comes from. */
const clauseLine = (clause: Clause, lang: Lang) =>
  plain(`${clause.text[lang]} ${t(lang, 'licences.card.source', { source: clause.source })}`);

interface ExpectedAlert {
  title?: string;
  text: string;
}

describe.skipIf(!browserPath)('the licence card in Chromium with the built extension (e2e)', () => {
  const suite = useExtensionSuite({
    hosts: [...DATAGOUV_HOSTS, DATAGOV_AU_HOST],
    routes: { ...datagouvRoutes(), ...datagovAuRoutes() },
  });

  const openTab = async (url: string) => (await openBadgedTab(suite.ext, url)).tabId;

  async function openCatalogueUnder(licence: string): Promise<number> {
    for (const url of CATALOGUE.apiUrls) suite.server.route(url, catalogueUnder(licence));
    return openTab(CATALOGUE.pageUrl);
  }

  /** The popup in `lang`, switched to its « Licence » / "Licence" tab; returns the card. */
  async function openLicenceCard(tabId: number, lang: Lang): Promise<{ popup: Page; card: Locator }> {
    const popup = await suite.ext.openPopupFor(tabId, lang);
    expect(await suite.ext.popupState(popup)).toBe('ready');
    const tab = popup.getByRole('tab', { name: t(lang, 'common.tabLicence'), exact: true });
    expect(await tab.getAttribute('aria-selected')).toBe('false');
    await tab.click();
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    const panel = popup.getByRole('tabpanel');
    expect(await panel.getAttribute('aria-labelledby')).toBe(await tab.getAttribute('id'));
    const card = panel.locator('section.pv-licence');
    await card.waitFor();
    expect(await card.getAttribute('lang')).toBe(lang);
    return { popup, card };
  }

  async function expectTitle(card: Locator, title: string): Promise<void> {
    const heading = card.getByRole('heading', { level: 2 });
    expect(await textOf(heading)).toBe(plain(title));
    expect(await card.getAttribute('aria-labelledby')).toBe(await heading.getAttribute('id'));
  }

  async function expectAlerts(card: Locator, expected: readonly ExpectedAlert[]): Promise<void> {
    const alerts = card.locator('.pv-licence__alert');
    expect(await alerts.count()).toBe(expected.length);
    for (const [i, alert] of expected.entries()) {
      const shown = alerts.nth(i);
      expect(await shown.getAttribute('role')).toBe('note');
      const title = shown.locator('.pv-licence__alert-title');
      if (alert.title === undefined) expect(await title.count()).toBe(0);
      else expect(await textOf(title)).toBe(plain(alert.title));
      expect(await textOf(shown.locator('p').last())).toBe(plain(alert.text));
    }
  }

  /** "You may / You must / You may not": each heading present, with the entry's clauses in order. */
  async function expectClauses(card: Locator, lang: Lang, licence: LicenceEntry): Promise<void> {
    for (const [tone, clauses] of [
      ['may', licence.permissions],
      ['must', licence.conditions],
      ['mayNot', licence.prohibitions],
    ] as const) {
      const list = card.locator(`section.pv-licence__list--${tone}`);
      expect(await textOf(list.getByRole('heading', { level: 3 }))).toContain(t(lang, `licences.card.${tone}`));
      // The ✓ ➜ ✕ symbols are decoration: the heading's accessible name is the words alone.
      expect(await list.getByRole('heading', { name: t(lang, `licences.card.${tone}`), exact: true }).count()).toBe(1);
      expect((await list.locator('li').allInnerTexts()).map(plain)).toEqual(clauses.map((c) => clauseLine(c, lang)));
    }
  }

  async function expectBadge(card: Locator, badge: string | null): Promise<void> {
    const badges = card.locator('.pv-licence__badge');
    if (badge === null) expect(await badges.count()).toBe(0);
    else expect(await textOf(badges)).toBe(badge);
  }

  async function expectAttribution(card: Locator, lang: Lang, licence: LicenceEntry): Promise<void> {
    expect(await textOf(card.locator('.pv-licence__attribution'))).toBe(
      plain(
        `${t(lang, 'licences.card.attribution', { summary: licence.attribution.summary[lang] })} ${t(lang, 'licences.card.source', { source: licence.attribution.source })}`,
      ),
    );
  }

  async function expectOfficialText(card: Locator, label: string, href: string): Promise<void> {
    const link = card.locator('.pv-licence__link a');
    expect(await textOf(link)).toBe(label);
    expect(await link.getAttribute('href')).toBe(href);
  }

  it('e2e: Licence Ouverte 2.0 (lov2) lists what you may, must and may not do, in both languages', async () => {
    const lo = entry('etalab-2.0');
    const tabId = await openCatalogueUnder('lov2');
    for (const lang of LANGS) {
      const { popup, card } = await openLicenceCard(tabId, lang);
      expect(await card.getAttribute('data-licence-key')).toBe('etalab-2.0');
      await expectTitle(card, lo.names[lang]);
      await expectBadge(card, t(lang, 'licences.card.openBadge'));
      expect(await textOf(card.locator('.pv-licence__published'))).toBe(
        plain(t(lang, 'licences.card.published', { title: udataTitle('lov2') })),
      );
      await expectOfficialText(card, t(lang, 'licences.card.officialText'), lo.urls[lang]!);
      // A licence of the décret list from an administration: nothing to warn about.
      await expectAlerts(card, []);
      await expectClauses(card, lang, lo);
      await expectAttribution(card, lang, lo);
      expect(await card.locator('.pv-licence__note').count()).toBe(0);
      await suite.ext.screenshot(popup, `licence-lov2-${lang}`);
    }
  });

  it('e2e: ODbL (odc-odbl) adds its share-alike scope, and points French readers to the English text', async () => {
    const odbl = entry('ODbL-1.0');
    const tabId = await openCatalogueUnder('odc-odbl');
    for (const lang of LANGS) {
      const { popup, card } = await openLicenceCard(tabId, lang);
      expect(await card.getAttribute('data-licence-key')).toBe('ODbL-1.0');
      await expectTitle(card, odbl.names[lang]);
      await expectBadge(card, t(lang, 'licences.card.openBadge'));
      expect(await textOf(card.locator('.pv-licence__published'))).toBe(
        plain(t(lang, 'licences.card.published', { title: udataTitle('odc-odbl') })),
      );
      // The legal text exists in English only: the link says so in French.
      await expectOfficialText(
        card,
        lang === 'fr' ? 'Lire le texte officiel (en anglais)' : 'Read the official text',
        odbl.urls.en!,
      );
      await expectAlerts(card, []);
      await expectClauses(card, lang, odbl);
      expect(await textOf(card.locator('.pv-licence__note'))).toBe(
        plain(t(lang, 'licences.card.shareAlike', { scope: odbl.shareAlike!.scope[lang] })),
      );
      await expectAttribution(card, lang, odbl);
      await suite.ext.screenshot(popup, `licence-odbl-${lang}`);
    }
  });

  it('e2e: CC BY (cc-by, no version) is read as CC BY 4.0 with a warning, and notes the décret list', async () => {
    const ccBy = entry('CC-BY-4.0');
    const tabId = await openCatalogueUnder('cc-by');
    const { popup, card } = await openLicenceCard(tabId, 'en');
    expect(await card.getAttribute('data-licence-key')).toBe('CC-BY-4.0');
    // The producer gave no version: the card names none, and says whose terms it shows (issue 11).
    await expectTitle(card, licenceName(ccBy, true, 'en'));
    await expectBadge(card, 'Open licence');
    expect(await textOf(card.locator('.pv-licence__published'))).toBe(
      'As published by the portal: Creative Commons Attribution',
    );
    await expectOfficialText(card, 'Read the official text', ccBy.urls.en!);
    await expectAlerts(card, [
      { text: t('en', 'licences.card.versionAssumed', { version: '4.0' }) },
      // An administration's data under a licence outside décret n° 2017-638: shown as published, with the why.
      { text: t('en', 'licences.card.homologation') },
    ]);
    await expectClauses(card, 'en', ccBy);
    await expectAttribution(card, 'en', ccBy);
    await suite.ext.screenshot(popup, 'licence-cc-by-en');
  });

  it('e2e: no licence (notspecified) from an administration shows the CRPA default conditions', async () => {
    const tabId = await openCatalogueUnder('notspecified');
    for (const lang of LANGS) {
      const { popup, card } = await openLicenceCard(tabId, lang);
      expect(await card.getAttribute('data-licence-key')).toBe('notspecified');
      await expectTitle(card, t(lang, 'licences.card.crpaTitle'));
      await expectBadge(card, null);
      expect(await textOf(card.locator('.pv-licence__published'))).toBe(
        plain(t(lang, 'licences.card.published', { title: udataTitle('notspecified') })),
      );
      expect(await card.locator('.pv-licence__link').count()).toBe(0);
      await expectAlerts(card, [{ text: t(lang, 'licences.card.crpaIntro') }]);
      // Only what the law requires: no "You may" or "You may not" from a licence that does not exist.
      expect(await card.locator('section.pv-licence__list--may, section.pv-licence__list--mayNot').count()).toBe(0);
      const must = card.locator('section.pv-licence__list--must');
      expect(await must.getByRole('heading', { name: t(lang, 'licences.card.must'), exact: true }).count()).toBe(1);
      expect((await must.locator('li').allInnerTexts()).map(plain)).toEqual(
        CRPA_CONDITIONS.map((c) =>
          plain(`${t(lang, c.messageKey)} ${t(lang, 'licences.card.source', { source: c.source })}`),
        ),
      );
      expect(await textOf(card.locator('.pv-licence__note'))).toBe(plain(t(lang, 'licences.card.crpaAsk')));
      expect(await textOf(card.locator('.pv-licence__attribution'))).toBe(
        plain(t(lang, 'licences.card.crpaAttribution')),
      );
      expect(await textOf(card)).toContain('L322-1');
      await suite.ext.screenshot(popup, `licence-notspecified-crpa-${lang}`);
    }
  });

  it('e2e: CKAN cc-nc ("Non-Commercial (Any)") stays unknown, with the reason, never a 4.0 licence', async () => {
    const published = 'Creative Commons Non-Commercial (Any)';
    suite.server.route(
      NSW_LGA_AT_HOME.apiUrl,
      // CKAN's own licence register gives cc-nc this title and this URL (ckan/model/license.py): NC, NC-SA or
      // NC-ND, any version; the URL is the register's, not the producer's choice (issue 11).
      NSW_LGA_AT_HOME.answer((d) => {
        d.license_id = 'cc-nc';
        d.license_title = published;
        d.license_url = 'http://creativecommons.org/licenses/by-nc/2.0/';
      }),
    );
    const tabId = await openTab(NSW_LGA_AT_HOME.pageUrl);
    for (const lang of LANGS) {
      const { popup, card } = await openLicenceCard(tabId, lang);
      expect(await card.getAttribute('data-licence-key')).toBe('unknown');
      await expectTitle(card, published);
      await expectBadge(card, null);
      await expectOfficialText(
        card,
        t(lang, 'licences.card.publishedLink'),
        'http://creativecommons.org/licenses/by-nc/2.0/',
      );
      await expectAlerts(card, [
        {
          title: t(lang, 'licences.card.unknownTitle'),
          text: `${t(lang, 'licences.card.unknown', { title: published })} ${t(lang, 'licences.vague.ccNonCommercialAny')}`,
        },
      ]);
      expect(await card.locator('section.pv-licence__list--may').count()).toBe(0);
      await suite.ext.screenshot(popup, `licence-cc-nc-${lang}`);
    }
  });

  it('e2e: a licence Provenance does not know (some-custom-licence) says so and what to check', async () => {
    const tabId = await openCatalogueUnder('some-custom-licence');
    for (const lang of LANGS) {
      const { popup, card } = await openLicenceCard(tabId, lang);
      expect(await card.getAttribute('data-licence-key')).toBe('unknown');
      // Named as published: the portal's id is all there is.
      await expectTitle(card, 'some-custom-licence');
      await expectBadge(card, null);
      expect(await textOf(card.locator('.pv-licence__published'))).toBe(
        plain(t(lang, 'licences.card.published', { title: 'some-custom-licence' })),
      );
      expect(await card.locator('.pv-licence__link').count()).toBe(0);
      await expectAlerts(card, [
        {
          title: t(lang, 'licences.card.unknownTitle'),
          text: t(lang, 'licences.card.unknown', { title: 'some-custom-licence' }),
        },
      ]);
      // No list of rights is made up for a licence nobody has read.
      expect(await card.locator('section.pv-licence__list--may, section.pv-licence__list--must').count()).toBe(0);
      expect(await card.locator('section.pv-licence__list--mayNot, .pv-licence__attribution').count()).toBe(0);
      // Nor is the CRPA default applied: this is a licence, only not a known one.
      expect(await textOf(card)).not.toContain('L322-1');
      await suite.ext.screenshot(popup, `licence-unknown-${lang}`);
    }
  });
});
