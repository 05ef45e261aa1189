// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangContext } from '../../../components/i18n-context';
import { ClearCache, SettingsForm } from '../../../components/options/SettingsForm';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

afterEach(cleanup);

describe('SettingsForm', () => {
  it('hands back each change with the rest of the settings untouched', () => {
    const onChange = vi.fn();
    render(
      <LangContext.Provider value="en">
        <SettingsForm settings={DEFAULT_SETTINGS} onChange={onChange} />
      </LangContext.Provider>,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Interface language' }), { target: { value: 'fr' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, uiLang: 'fr' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Format' }), { target: { value: 'markdown' } });
    expect(onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_SETTINGS,
      attribution: { ...DEFAULT_SETTINGS.attribution, format: 'markdown' },
    });
    const name = screen.getByRole('textbox', { name: 'Your name or organisation, for “modified by”' });
    fireEvent.input(name, { target: { value: '  Jeanne Martin ' } });
    fireEvent.change(name, { target: { value: '  Jeanne Martin ' } });
    expect(onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_SETTINGS,
      attribution: { ...DEFAULT_SETTINGS.attribution, modifiedBy: 'Jeanne Martin' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Bytes read per preview' }), { target: { value: '4096' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, preview: { budgetKiB: 4096, rows: 100 } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Rows shown' }), { target: { value: '500' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, preview: { budgetKiB: 1024, rows: 500 } });
  });

  it('offers only values inside the schema’s bounds', () => {
    render(
      <LangContext.Provider value="fr">
        <SettingsForm settings={DEFAULT_SETTINGS} onChange={() => {}} />
      </LangContext.Provider>,
    );
    const budgets = [...screen.getByRole('combobox', { name: 'Octets lus par aperçu' }).querySelectorAll('option')];
    expect(budgets.map((o) => o.textContent)).toEqual(['0,25 Mio', '1 Mio', '4 Mio', '16 Mio']);
  });
});

describe('ClearCache', () => {
  it('clears on click and says so in a live region', () => {
    const onClear = vi.fn();
    const { rerender, container } = render(
      <LangContext.Provider value="en">
        <ClearCache cleared={false} onClear={onClear} />
      </LangContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear cached data' }));
    expect(onClear).toHaveBeenCalledOnce();
    rerender(
      <LangContext.Provider value="en">
        <ClearCache cleared onClear={onClear} />
      </LangContext.Provider>,
    );
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toBe('Cached data cleared.');
  });
});
