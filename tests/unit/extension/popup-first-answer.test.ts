import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

vi.mock('@wxt-dev/browser', async () => ({ browser: (await import('wxt/testing')).fakeBrowser }));
vi.stubGlobal('browser', fakeBrowser);

const { askFirst } = await import('../../../entrypoints/popup/tab-client');
const { saveSettings } = await import('../../../lib/settings/store');
const { DEFAULT_SETTINGS } = await import('../../../lib/settings/schema');

let asked: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  fakeBrowser.i18n.getUILanguage = () => 'en-GB';
  fakeBrowser.tabs.query = async () => [{ id: 42 } as Browser.tabs.Tab];
  fakeBrowser.runtime.sendMessage = (async (message: unknown) => {
    asked.push(message);
    return { state: 'none', url: 'https://example.org/' };
  }) as typeof fakeBrowser.runtime.sendMessage;
});

describe('the popup’s first question to the background', () => {
  it('from the toolbar: asks about the active tab, in the language the settings choose', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, uiLang: 'fr' });
    const answer = await askFirst({ tabId: null, lang: null });
    expect(asked).toEqual([{ type: 'get-tab-state', tabId: 42, lang: 'fr', refresh: false }]);
    expect(answer).toEqual({ lang: 'fr', tabId: 42, state: { state: 'none', url: 'https://example.org/' } });
  });

  it('follows the browser’s language when the settings do, and the tab and language an address names', async () => {
    expect((await askFirst({ tabId: null, lang: null })).lang).toBe('en');
    await askFirst({ tabId: 7, lang: 'fr' });
    expect(asked.at(-1)).toEqual({ type: 'get-tab-state', tabId: 7, lang: 'fr', refresh: false });
  });

  it('gives a null state, not an exception, when the background cannot answer', async () => {
    fakeBrowser.runtime.sendMessage = (async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as typeof fakeBrowser.runtime.sendMessage;
    expect(await askFirst({ tabId: 3, lang: 'en' })).toEqual({ lang: 'en', tabId: 3, state: null });
  });
});
