// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LicenceCard } from '../../../components/licence/LicenceCard';
import type { Lang } from '../../../lib/i18n';
import { lookupLicence } from '../../../lib/licences/catalogue';
import type { PublishedLicence } from '../../../lib/model/dataset';

afterEach(cleanup);

const NONE: PublishedLicence = { id: null, title: null, url: null };

function card(
  key: string | null,
  lang: Lang,
  opts: { published?: PublishedLicence; versionAssumed?: boolean; publicSector?: boolean | null } = {},
) {
  const entry = key ? (lookupLicence(key) ?? null) : null;
  if (key && !entry) throw new Error(`no catalogue entry ${key}`);
  const { container } = render(
    <LicenceCard
      entry={entry}
      published={opts.published ?? NONE}
      versionAssumed={opts.versionAssumed ?? false}
      publicSector={opts.publicSector ?? null}
      lang={lang}
    />,
  );
  return container.querySelector('section.pv-licence') as HTMLElement;
}

/** The items of the list headed `heading`, found through its accessible name. */
function items(heading: string): string[] {
  const section = screen.getByRole('region', { name: new RegExp(heading) });
  return within(section)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

describe('LicenceCard', () => {
  it('Licence Ouverte 2.0, in French: you may / you must / you may not, link, attribution', () => {
    const root = card('etalab-2.0', 'fr', {
      published: { id: 'lov2', title: 'Licence Ouverte / Open Licence version 2.0', url: null },
    });
    expect(root.dataset.licenceKey).toBe('etalab-2.0');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Licence Ouverte / Open Licence version 2.0');
    expect(screen.getByText('Licence ouverte')).toBeTruthy();
    expect(items('Vous pouvez').join(' ')).toMatch(/usage commercial/);
    expect(items('Vous devez')[0]).toMatch(
      /^Mentionner la paternité des données\u202f: leur source \(au moins le nom du «\u202fConcédant\u202f»\) et la date/,
    );
    expect(items('Vous ne pouvez pas').join(' ')).toMatch(/Induire en erreur/);
    const link = screen.getByRole('link', { name: 'Lire le texte officiel' });
    expect(link.getAttribute('href')).toBe(
      'https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf',
    );
    expect(root.textContent).toMatch(/Mention de la source : La source \(au moins le nom du «\u202fConcédant\u202f»\)/);
    expect(root.textContent).toMatch(/Source : LO 2\.0/);
  });

  it('Licence Ouverte 2.0, in English, links the English text', () => {
    card('etalab-2.0', 'en');
    expect(items('You must')[0]).toMatch(
      /^Acknowledge the authorship of the data: their source \(at least the name of the “Grantor”\)/,
    );
    expect(screen.getByRole('link', { name: 'Read the official text' }).getAttribute('href')).toBe(
      'https://www.etalab.gouv.fr/wp-content/uploads/2018/11/open-licence.pdf',
    );
  });

  it('ODbL: share-alike scope, and the English text flagged as such for a French reader', () => {
    const root = card('ODbL-1.0', 'fr');
    expect(items('Vous devez').join(' ')).toMatch(/sous l’ODbL/);
    expect(root.textContent).toMatch(/Partage à l’identique : Les bases de données dérivées/);
    expect(screen.getByRole('link', { name: 'Lire le texte officiel (en anglais)' }).getAttribute('hreflang')).toBe(
      'en',
    );
    card('ODbL-1.0', 'en');
    expect(screen.getAllByText(/Share-alike: Derivative databases you publicly use/)).toHaveLength(1);
  });

  it('CC BY 4.0 published as cc-by: the version caveat, in both languages', () => {
    const published = { id: 'cc-by', title: 'Creative Commons Attribution', url: null };
    const fr = card('CC-BY-4.0', 'fr', { published, versionAssumed: true });
    // Issue 11: the card never names a version the producer did not give; it says whose terms it shows.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Creative Commons Attribution (CC BY) (version non précisée)',
    );
    expect(fr.textContent).toMatch(/Les conditions ci-dessous sont celles de la version 4\.0, la plus récente/);
    expect(fr.textContent).toMatch(/Telle que publiée par le portail : Creative Commons Attribution/);
    cleanup();
    const en = card('CC-BY-4.0', 'en', { published, versionAssumed: true });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Creative Commons Attribution (CC BY) (version not stated)',
    );
    expect(en.textContent).toMatch(/The terms below are those of version 4\.0, the latest/);
    expect(items('You may not').join(' ')).toMatch(/Imply that the licensor endorses/);
    cleanup();
    const sure = card('CC-BY-4.0', 'en');
    expect(sure.textContent).not.toMatch(/did not say which version/);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    );
  });

  it('an unknown licence too vague to resolve says why (CKAN cc-nc)', () => {
    const published = { id: 'cc-nc', title: 'Creative Commons Non-Commercial (Any)', url: null };
    const en = card(null, 'en', { published });
    expect(en.textContent).toMatch(/stands for any non-commercial Creative Commons licence/);
    cleanup();
    const fr = card(null, 'fr', { published });
    expect(fr.textContent).toMatch(/désigne n’importe quelle licence Creative Commons non commerciale/);
  });

  it('notspecified from an administration: the CRPA default conditions, said not to be a licence', () => {
    const published = { id: 'notspecified', title: 'License Not Specified', url: null };
    const fr = card('notspecified', 'fr', { published, publicSector: true });
    expect(fr.dataset.licenceKey).toBe('notspecified');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Pas de licence : les conditions par défaut de la loi s’appliquent',
    );
    expect(fr.textContent).toMatch(/n’est pas une licence mais les conditions que la loi fixe par défaut/);
    expect(items('Vous devez')).toEqual([
      expect.stringMatching(/^Ne pas altérer les données\./),
      expect.stringMatching(/^Ne pas en dénaturer le sens\./),
      expect.stringMatching(/^Mentionner leurs sources et la date de leur dernière mise à jour\./),
      expect.stringMatching(/^Les données à caractère personnel .* RGPD et de la loi n° 78-17/),
      expect.stringMatching(/^Les contenus sur lesquels des tiers détiennent des droits de propriété intellectuelle/),
    ]);
    expect(fr.textContent).toMatch(/article L322-1/);
    cleanup();
    const en = card('notspecified', 'en', { published, publicSector: true });
    expect(en.textContent).toMatch(/not a licence but the conditions the law sets by default/);
    expect(items('You must')[2]).toMatch(/^Mention their sources and the date of their last update\./);
  });

  it('notspecified from anyone else: reuse rights unknown, ask the producer', () => {
    const root = card('notspecified', 'en', { published: { id: 'notspecified', title: null, url: null } });
    expect(root.textContent).toMatch(/did not specify a licence, so reuse rights are unknown/);
    expect(root.textContent).not.toMatch(/L322-1/);
  });

  it('a non-open licence: badge, warning, what is forbidden', () => {
    const fr = card('CC-BY-NC-4.0', 'fr');
    expect(screen.getByText('Licence non ouverte', { selector: '.pv-licence__badge' })).toBeTruthy();
    expect(fr.textContent).toMatch(/Cette licence restreint la réutilisation/);
    expect(items('Vous ne pouvez pas')[0]).toMatch(/avantage commercial/);
    cleanup();
    const en = card('CC-BY-NC-4.0', 'en');
    expect(en.textContent).toMatch(/ask the producer for permission through the portal/);
    expect(items('You may not')[0]).toMatch(/^Use the material primarily for commercial advantage/);
  });

  it('an unknown licence: what to check and whom to ask, with the portal’s own link', () => {
    const published = { id: null, title: 'Licence maison', url: 'https://example.org/licence' };
    const fr = card(null, 'fr', { published });
    expect(fr.dataset.licenceKey).toBe('unknown');
    expect(fr.textContent).toMatch(/Provenance ne reconnaît pas la licence « Licence maison »/);
    expect(fr.textContent).toMatch(/interrogez le producteur via le portail/);
    expect(screen.getByRole('link').getAttribute('href')).toBe('https://example.org/licence');
    expect(screen.queryByRole('region', { name: /Vous pouvez/ })).toBeNull();
    cleanup();
    const en = card(null, 'en', { published });
    expect(en.textContent).toMatch(/does not recognise the licence “Licence maison”/);
    expect(en.textContent).toMatch(/allows modifying, redistributing and commercial use/);
    cleanup();
    const none = card(null, 'en');
    expect(none.textContent).toMatch(/The portal gives no licence for this dataset/);
  });

  it('shows a homologation note on an administration’s licence off the décret list, never changing it', () => {
    const root = card('CC-BY-SA-4.0', 'fr', { publicSector: true });
    expect(root.textContent).toMatch(/décret n° 2017-638/);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/Partage dans les Mêmes Conditions 4\.0/);
    cleanup();
    expect(card('etalab-2.0', 'fr', { publicSector: true }).textContent).not.toMatch(/décret/);
  });

  it('names the language of a text available in neither French nor English', () => {
    card('iodl-2.0', 'fr');
    expect(screen.getByRole('link', { name: 'Lire le texte officiel (en italien)' })).toBeTruthy();
  });
});
