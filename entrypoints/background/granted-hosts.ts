import { builtInHostPermissions } from '../../lib/portals/known-hosts';

const SCRIPT_ID = 'provenance-granted-portals';

/** Origins the user granted on top of the built-in portals (optional host permissions). */
export async function grantedOrigins(): Promise<string[]> {
  const builtIn = new Set(builtInHostPermissions());
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => !builtIn.has(o) && !o.includes('*/*') && /^https?:\/\/[^*]+\/\*$/.test(o));
}

/**
 * Portals the user granted get the content script too, so the icon lights up there without a click, exactly as
 * on the built-in portals.
 */
export async function syncGrantedContentScripts(): Promise<void> {
  try {
    const matches = await grantedOrigins();
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (!matches.length) return;
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches, js: ['content-scripts/content.js'], runAt: 'document_idle' },
    ]);
  } catch {
    // Only the automatic badge on granted portals depends on this; the toolbar click still reads those pages.
  }
}
