// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../../components/i18n-context';
import { chunk, LazySection } from '../../../entrypoints/popup/chunks';
import { t } from '../../../lib/i18n';

afterEach(cleanup);

/** A chunk whose import the test settles by hand. */
function manualChunk() {
  const settle: { resolve?: (m: { label: string }) => void; reject?: (e: Error) => void } = {};
  let calls = 0;
  const c = chunk(() => {
    calls++;
    return new Promise<{ label: string }>((resolve, reject) => Object.assign(settle, { resolve, reject }));
  });
  return { c, settle, calls: () => calls };
}

const show = (c: ReturnType<typeof manualChunk>['c']) =>
  render(
    <LangContext.Provider value="en">
      <LazySection chunk={c} render={(m) => <p data-testid="loaded">{m.label}</p>} />
    </LangContext.Provider>,
  );

describe('the popup’s lazy sections', () => {
  it('show a labelled skeleton while the chunk loads, then the section', async () => {
    const { c, settle } = manualChunk();
    show(c);
    expect(screen.getByRole('status').textContent).toBe(t('en', 'shell.sectionLoading'));
    settle.resolve?.({ label: 'section' });
    await waitFor(() => expect(screen.getByTestId('loaded').textContent).toBe('section'));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('render a loaded chunk at once, without a skeleton, and import it only once', async () => {
    const { c, settle, calls } = manualChunk();
    const loading = c.load();
    settle.resolve?.({ label: 'ready' });
    await loading;
    show(c);
    expect(screen.getByTestId('loaded').textContent).toBe('ready');
    await c.load();
    expect(calls()).toBe(1);
  });

  it('say so when the chunk cannot load, and load it again on retry', async () => {
    const { c, settle, calls } = manualChunk();
    show(c);
    settle.reject?.(new Error('chunk gone'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(t('en', 'shell.sectionUnavailable'));
    fireEvent.click(screen.getByRole('button', { name: t('en', 'common.retry') }));
    await waitFor(() => expect(calls()).toBe(2));
    settle.resolve?.({ label: 'second try' });
    await waitFor(() => expect(screen.getByTestId('loaded').textContent).toBe('second try'));
  });
});
