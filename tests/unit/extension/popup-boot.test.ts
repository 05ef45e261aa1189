// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIVE_VIEW_TEMPLATE_ID } from '../../../entrypoints/popup/live-view';
import {
  BOOT_WAIT_MS,
  localDay,
  SNAPSHOTS_KEY,
  type Snapshot,
  stateFingerprint,
  tabEntryKey,
} from '../../../entrypoints/popup/snapshot';

/**
 * The boot script as the popup runs it (entrypoints/popup-boot.ts): whatever session storage does, the live view
 * starts — a popup whose boot script waited for good would stay blank.
 */

type Get = (keys: string[]) => Promise<Record<string, unknown>>;

const TAB = 7;
const entry = {
  url: 'https://www.data.gouv.fr/fr/datasets/a/',
  ref: { family: 'udata' },
  states: { fr: { state: 'ready', dataset: { title: 'Jeu A' } } },
};

function validSnapshot(): Snapshot {
  const fingerprint = stateFingerprint(entry, 'fr');
  if (!fingerprint) throw new Error('no state');
  return {
    tabId: TAB,
    lang: 'fr',
    ...fingerprint,
    day: localDay(new Date()),
    html: '<main class="pv-popup"><h1 id="pv-dataset-title">Jeu A</h1></main>',
  };
}

/** The popup's page as the build leaves it: the live view's module script parked in its template. */
function builtPage(): void {
  const template = document.createElement('template');
  template.id = LIVE_VIEW_TEMPLATE_ID;
  template.innerHTML = '<script type="module" src="/chunks/popup.js"></script>';
  document.head.replaceChildren(template);
  const root = document.createElement('div');
  root.id = 'root';
  document.body.replaceChildren(root);
}

const liveViewStarted = () => document.head.querySelector('script[type="module"][src="/chunks/popup.js"]') !== null;

async function runBoot(get: Get | null): Promise<void> {
  const scope = globalThis as unknown as { chrome?: unknown };
  scope.chrome = get ? { storage: { session: { get } }, tabs: { query: async () => [{ id: TAB }] } } : undefined;
  vi.resetModules();
  const { default: main } = (await import('../../../entrypoints/popup-boot')) as unknown as { default: () => void };
  main();
}

describe('popup boot script: paints what it can, always starts the live view', () => {
  beforeAll(() => {
    // WXT's build wraps the script; the test runs its body as the popup would.
    (globalThis as unknown as { defineUnlistedScript: (main: () => void) => () => void }).defineUnlistedScript = (
      main,
    ) => main;
    // happy-dom would try to load the started script, which only exists in a build.
    const happyDOM = (window as unknown as { happyDOM: { settings: Record<string, unknown> } }).happyDOM;
    happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;
  });

  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', `/popup.html?tab=${TAB}&lang=fr`);
    builtPage();
  });

  afterEach(() => {
    vi.useRealTimers();
    document.documentElement.removeAttribute('data-boot');
    delete (globalThis as unknown as { chrome?: unknown }).chrome;
  });

  it('paints a valid snapshot, then starts the live view', async () => {
    await runBoot(async () => ({ [SNAPSHOTS_KEY]: [validSnapshot()], [tabEntryKey(TAB)]: entry }));
    await vi.advanceTimersByTimeAsync(0);
    const root = document.getElementById('root')!;
    expect(root.querySelector('#pv-dataset-title')?.textContent).toBe('Jeu A');
    expect(root.hasAttribute('data-snapshot')).toBe(true);
    await vi.advanceTimersByTimeAsync(BOOT_WAIT_MS);
    expect(liveViewStarted()).toBe(true);
    expect(document.documentElement.getAttribute('data-boot')).toBe('done');
  });

  it('starts the live view at once when there is no snapshot to paint', async () => {
    await runBoot(async () => ({ [SNAPSHOTS_KEY]: [], [tabEntryKey(TAB)]: entry }));
    await vi.advanceTimersByTimeAsync(0);
    expect(liveViewStarted()).toBe(true);
    expect(document.getElementById('root')!.childElementCount).toBe(0);
  });

  it('starts the live view after its wait when storage never answers, and paints nothing after', async () => {
    let answer: (stored: Record<string, unknown>) => void = () => undefined;
    await runBoot(() => new Promise((resolve) => (answer = resolve)));
    await vi.advanceTimersByTimeAsync(BOOT_WAIT_MS - 1);
    expect(liveViewStarted()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(liveViewStarted()).toBe(true);
    // The answer arriving late would paint over a live view already on its way: it is ignored.
    answer({ [SNAPSHOTS_KEY]: [validSnapshot()], [tabEntryKey(TAB)]: entry });
    await vi.advanceTimersByTimeAsync(BOOT_WAIT_MS);
    expect(document.getElementById('root')!.childElementCount).toBe(0);
  });

  it('starts the live view when storage fails, or when the page has no storage API', async () => {
    await runBoot(async () => {
      throw new Error('storage is gone');
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(liveViewStarted()).toBe(true);

    builtPage();
    await runBoot(null);
    await vi.advanceTimersByTimeAsync(0);
    expect(liveViewStarted()).toBe(true);
  });
});
