// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttributionPanel } from '../../../components/attribution/AttributionPanel';
import { CreditsBasket } from '../../../components/attribution/CreditsBasket';
import { LangContext } from '../../../components/i18n-context';
import { addToBasket, type BasketItem, emptyBasket, removeFromBasket } from '../../../lib/attribution/basket';
import { type CombinedTerms, renderCredits } from '../../../lib/attribution/credits';
import type { AttributionOptions } from '../../../lib/attribution/options';
import { renderAttribution } from '../../../lib/attribution/render';
import type { Lang } from '../../../lib/i18n';
import { LICENCES, makeDataset } from './entries';

afterEach(cleanup);

const dataset = makeDataset({ title: '<b>Équipements</b> publics' });
const renderNotice = (options: AttributionOptions) =>
  renderAttribution({ dataset, licence: LICENCES['ODbL-1.0'] }, options);

/** The shell's role, in miniature: it owns the options and the copied flag. */
function Harness({ onCopy, onAdd, ui = 'fr' }: { onCopy: (text: string) => void; onAdd?: () => void; ui?: Lang }) {
  const [options, setOptions] = useState<AttributionOptions>({ lang: 'fr', format: 'text', modified: false });
  const [copied, setCopied] = useState(false);
  return (
    <LangContext.Provider value={ui}>
      <AttributionPanel
        render={renderNotice}
        options={options}
        onOptionsChange={(o) => {
          setOptions(o);
          setCopied(false);
        }}
        onCopy={(text) => {
          onCopy(text);
          setCopied(true);
        }}
        copied={copied}
        onAddToCredits={onAdd}
      />
    </LangContext.Provider>
  );
}

const preview = () => screen.getByTestId('attribution-preview').textContent ?? '';

describe('AttributionPanel', () => {
  it('shows the notice for the current options and follows every change', () => {
    render(<Harness onCopy={() => {}} />);
    expect(preview()).toMatch(
      /^Contient des informations issues de la base de données « <b>Équipements<\/b> publics »/,
    );

    fireEvent.click(screen.getByRole('radio', { name: 'Anglais' }));
    expect(preview()).toMatch(/^Contains information from <b>Équipements<\/b> publics/);

    fireEvent.click(screen.getByRole('checkbox', { name: 'J’ai modifié les données' }));
    expect(preview()).toMatch(/ Data modified\. The derived database is made available under the /);
    fireEvent.input(screen.getByRole('textbox', { name: 'Modifiées par (facultatif)' }), {
      target: { value: 'Jeanne' },
    });
    expect(preview()).toContain(' Modified by Jeanne. ');

    fireEvent.change(screen.getByRole('combobox', { name: 'Format' }), { target: { value: 'html' } });
    // The HTML source is shown as text, never rendered: the title's markup stays visible and inert.
    expect(preview()).toContain('&lt;b&gt;Équipements&lt;/b&gt; publics');
    expect(preview()).toContain('rel="license"');
    expect(screen.getByTestId('attribution-preview').querySelector('a, b')).toBeNull();
  });
  it('copies exactly the previewed text and confirms it in a status region', () => {
    const onCopy = vi.fn();
    render(<Harness onCopy={onCopy} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    fireEvent.change(screen.getByRole('combobox', { name: 'Format' }), { target: { value: 'markdown' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copier' }));
    expect(onCopy).toHaveBeenCalledTimes(1);
    expect(onCopy).toHaveBeenCalledWith(preview());
    expect(onCopy.mock.calls[0]?.[0]).toContain('\\<b\\>Équipements\\</b\\>');
    expect(status.textContent).toBe('Copié dans le presse-papiers.');
  });
  it('offers "Add to my credits" when the shell handles it', () => {
    const onAdd = vi.fn();
    render(<Harness onCopy={() => {}} onAdd={onAdd} ui="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'Add to my credits' }));
    expect(onAdd).toHaveBeenCalledTimes(1);
  });
  it('lists what is missing and labels courtesy notices', () => {
    const undated = makeDataset({
      publicSector: true,
      publisher: { name: null, url: null },
      dates: { created: null, metadataModified: null, dataUpdated: null },
    });
    render(
      <LangContext.Provider value="en">
        <AttributionPanel
          render={(o) => renderAttribution({ dataset: undated, licence: LICENCES['etalab-2.0'] }, o)}
          options={{ lang: 'fr', format: 'text', modified: false }}
          onOptionsChange={() => {}}
          onCopy={() => {}}
          copied={false}
        />
      </LangContext.Provider>,
    );
    const gaps = screen.getByRole('note');
    expect(
      within(gaps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'The notice must include the producer, which the portal does not give: complete it.',
      'The notice must include the date of last update, which the portal does not give: complete it.',
    ]);
    expect(preview()).toContain('[producteur non indiqué]');
    cleanup();
    render(
      <LangContext.Provider value="fr">
        <AttributionPanel
          render={(o) => renderAttribution({ dataset, licence: LICENCES['CC0-1.0'] }, o)}
          options={{ lang: 'fr', format: 'text', modified: false }}
          onOptionsChange={() => {}}
          onCopy={() => {}}
          copied={false}
        />
      </LangContext.Provider>,
    );
    expect(screen.getByText('Facultative')).toBeTruthy();
    expect(screen.getByText(/Mention facultative : cette licence n’impose aucune attribution/)).toBeTruthy();
  });
});

describe('CreditsBasket', () => {
  const second = makeDataset({ id: '43', permalink: 'https://data.example.org/datasets/43', title: 'Arbres' });
  const combined: CombinedTerms = {
    obligations: [
      {
        messageKey: 'licences.combine.shareAlikeOdbl',
        params: { licence: 'ODbL', key: 'ODbL-1.0' },
        source: 'ODbL 1.0 §4.4–4.5',
      },
    ],
    conflicts: [],
    unknown: [],
  };
  const licenceOf = (item: BasketItem) => (item.dataset.id === '43' ? LICENCES['ODbL-1.0'] : LICENCES['etalab-2.0']);

  function BasketHarness({
    onCopy,
    onExport,
  }: {
    onCopy: (t: string) => void;
    onExport: (f: string, t: string) => void;
  }) {
    const [basket, setBasket] = useState(
      addToBasket(addToBasket(emptyBasket(), dataset, '2026-11-20T10:00:00Z'), second, '2026-11-21T10:00:00Z'),
    );
    return (
      <LangContext.Provider value="en">
        <CreditsBasket
          items={basket.items}
          combined={combined}
          lang="en"
          render={(format) =>
            renderCredits(
              basket.items.map((i) => ({ dataset: i.dataset, licence: licenceOf(i) })),
              combined,
              { lang: 'en', format },
            )
          }
          onRemove={(id) => setBasket((b) => removeFromBasket(b, id))}
          onCopy={onCopy}
          copied={false}
          onExport={onExport}
        />
      </LangContext.Provider>
    );
  }

  it('lists the datasets under the combined obligations and removes one', () => {
    render(<BasketHarness onCopy={() => {}} onExport={() => {}} />);
    const list = screen.getByTestId('credits-list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    const obligation = screen.getByRole('heading', { name: 'Combined licence obligations:' }).nextElementSibling;
    expect(obligation?.textContent).toMatch(/^A derived database built from the ODbL data .*\(ODbL 1\.0 §4\.4–4\.5\)$/);
    // The obligations head the basket: they come before the list of datasets.
    expect(obligation!.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('2 datasets')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove "Arbres"' }));
    expect(within(screen.getByTestId('credits-list')).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('1 dataset')).toBeTruthy();
    expect(screen.getByTestId('credits-preview').textContent).not.toContain('Arbres');
  });
  it('copies and exports one block in the chosen format', () => {
    const onCopy = vi.fn();
    const onExport = vi.fn();
    render(<BasketHarness onCopy={onCopy} onExport={onExport} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Format' }), { target: { value: 'bibtex' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy the credits block' }));
    const copied = onCopy.mock.calls[0]?.[0] as string;
    expect(copied.startsWith('@comment{Data sources')).toBe(true);
    expect(copied.match(/^@misc\{/gm)).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(onExport).toHaveBeenCalledWith('bibtex', copied);
  });
  it('says when the basket is empty', () => {
    render(
      <LangContext.Provider value="fr">
        <CreditsBasket
          items={[]}
          combined={{ obligations: [], conflicts: [], unknown: [] }}
          lang="fr"
          render={() => ''}
          onRemove={() => {}}
          onCopy={() => {}}
          copied={false}
          onExport={() => {}}
        />
      </LangContext.Provider>,
    );
    expect(screen.getByText(/Aucun jeu de données pour l’instant/)).toBeTruthy();
    expect(screen.queryByTestId('credits-list')).toBeNull();
  });
});
