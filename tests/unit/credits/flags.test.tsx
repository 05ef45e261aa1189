// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { CreditsBasket } from '../../../components/attribution/CreditsBasket';
import { LangContext } from '../../../components/i18n-context';
import { addToBasket, type BasketItem, emptyBasket } from '../../../lib/attribution/basket';
import { snapshotOf } from '../../../lib/attribution/snapshot';
import { acknowledge, creditStatus } from '../../../lib/credits/compare';
import type { Lang } from '../../../lib/i18n';
import { failure } from '../../../lib/model/failure';
import { makeDataset } from '../attribution/entries';
import { resolved } from './licences';

afterEach(cleanup);

const credited = makeDataset({
  title: 'Équipements publics',
  licence: resolved('etalab-2.0'),
  dates: { created: null, metadataModified: null, dataUpdated: '2026-10-01' },
});
const [base] = addToBasket(emptyBasket(), credited, '2026-11-01T10:00:00Z').items as [BasketItem];
/** The same item after a check saw the portal's new answer. */
const seen = (over: Partial<typeof credited>): BasketItem => ({
  ...base,
  dataset: snapshotOf({ ...credited, ...over }),
});

function Harness({ initial, lang = 'en', checking = false }: { initial: BasketItem; lang?: Lang; checking?: boolean }) {
  const [items, setItems] = useState([initial]);
  return (
    <LangContext.Provider value={lang}>
      <CreditsBasket
        items={items}
        combined={{ obligations: [], conflicts: [], unknown: [] }}
        lang={lang}
        render={() => 'credits'}
        onRemove={() => undefined}
        onCopy={() => undefined}
        copied={false}
        onExport={() => undefined}
        statuses={Object.fromEntries(items.map((i) => [i.id, creditStatus(i)]))}
        checking={checking}
        onAcknowledge={(id) => setItems(items.map((i) => (i.id === id ? acknowledge(i, '2026-11-03T00:00:00Z') : i)))}
      />
    </LangContext.Provider>
  );
}

describe('credit flags', () => {
  it('an unchanged item shows no flag and no accept button', () => {
    render(<Harness initial={base} />);
    expect(screen.queryByTestId('credit-licence-changed')).toBeNull();
    expect(screen.queryByTestId('credit-updated')).toBeNull();
    expect(screen.queryByRole('button', { name: /Accept/ })).toBeNull();
  });

  it('licence changed: a note in words with both licences and what changes; accepting clears it', () => {
    render(<Harness initial={seen({ licence: resolved('ODbL-1.0') })} />);
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('Licence changed');
    expect(note.textContent).toContain('Open Licence version 2.0 (Etalab)');
    expect(note.textContent).toContain('Open Database License');
    expect(within(note).getByText(/^Share-alike is now required/)).toBeTruthy();
    // The warning sign is decoration: the words carry the meaning.
    expect(note.querySelector('[aria-hidden="true"]')?.textContent?.trim()).toBe('⚠');
    fireEvent.click(
      screen.getByRole('button', { name: 'Accept the current state of "Équipements publics" in your credits' }),
    );
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.queryByTestId('credits-licence-alert')).toBeNull();
  });

  it('in French too', () => {
    render(<Harness initial={seen({ licence: resolved('CC-BY-NC-4.0') })} lang="fr" />);
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('Licence modifiée');
    expect(note.textContent).toContain('L’usage commercial n’est plus autorisé.');
  });

  it('updated since credited: the new date and the credited one, in words', () => {
    render(<Harness initial={seen({ dates: { created: null, metadataModified: null, dataUpdated: '2026-11-20' } })} />);
    expect(screen.getByTestId('credit-updated').textContent).toMatch(
      /^Updated since you credited it: data of .*20.*2026 \(you credited the data of .*1.*2026\)\.$/,
    );
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('could not check: the reason in words, the credit untouched, nothing to accept', () => {
    const offline: BasketItem = { ...base, check: { ...base.check, failure: failure('network') } };
    render(<Harness initial={offline} />);
    expect(screen.getByTestId('credit-unchecked').textContent).toMatch(/^Could not check for changes: \S/);
    expect(screen.queryByRole('button', { name: /Accept/ })).toBeNull();
    expect(screen.getByText('Équipements publics')).toBeTruthy();
  });

  it('says while the check runs', () => {
    render(<Harness initial={base} checking />);
    const statuses = screen.getAllByRole('status').map((s) => s.textContent);
    expect(statuses).toContain('Checking whether your sources changed…');
  });
});
