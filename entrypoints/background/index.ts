import { showDetection } from './badge';
import { registerContextMenu } from './context-menu';
import { syncGrantedContentScripts } from './granted-hosts';
import { onMessage, onSignals, uiLang } from './messages';
import { forgetTab, readTab, watchTabStore } from './tab-store';

export default defineBackground(() => {
  watchTabStore();
  browser.runtime.onMessage.addListener((raw: unknown, sender) => onMessage(raw, sender));

  // A navigation must not keep the previous page's dataset. On portals we may read, the URL alone is enough for
  // most detectors and the content script refines it with the page's signals; elsewhere the browser does not tell
  // us the URL (no `tabs` permission, by design), so the tab simply goes back to "no dataset".
  browser.tabs.onUpdated.addListener(async (tabId, change) => {
    if (change.url) {
      const entry = await readTab(tabId);
      if (entry?.url !== change.url) await onSignals(tabId, change.url, '');
    } else if (change.status === 'loading') {
      await forgetTab(tabId);
      await showDetection(tabId, null, uiLang());
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });

  registerContextMenu();
  void syncGrantedContentScripts();
  browser.permissions.onAdded.addListener(() => void syncGrantedContentScripts());
  browser.permissions.onRemoved.addListener(() => void syncGrantedContentScripts());
});
