import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TITLE_ELEMENT_TIMING } from '../../components/dataset/DatasetHeader';
import {
  CONTENT_PAINTED_MARK,
  DATA_RECEIVED_MARK,
  FIRST_RENDER_MARK,
  LIVE_CONTENT_MARK,
  SCRIPT_START_MARK,
} from '../../entrypoints/popup/timing';
import { CATALOGUE, DATAGOUV_HOSTS, datagouvRoutes } from './harness/datagouv-routes';
import { browserForE2E } from './harness/find-browser';
import { FLOOR_PAGE, FLOOR_TITLE_TIMING, useBuildWithFloorPage } from './harness/floor-pages';
import { openBadgedTab, useExtensionSuite } from './harness/suite';

const browserPath = browserForE2E();
const OPENINGS = 9;
/** Where `npm run bench` reads the figures: a speed target is checked by the bench, never asserted here. */
const RESULTS = join(dirname(fileURLToPath(import.meta.url)), '../../bench/.data/popup-timing.json');

const MARKS = {
  scriptStart: SCRIPT_START_MARK,
  firstRender: FIRST_RENDER_MARK,
  dataReceived: DATA_RECEIVED_MARK,
  contentPainted: CONTENT_PAINTED_MARK,
} as const;
type Step = keyof typeof MARKS;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Every mark the popup set, in ms from its open, and what painted the header (the marks' detail). */
async function marksOf(popup: Page): Promise<{ at: Record<Step, number[]>; source: unknown; live: number[] }> {
  return popup.evaluate(
    ({ names, content, live }) => {
      const at = (name: string) => performance.getEntriesByName(name).map((entry) => entry.startTime);
      const painted = performance.getEntriesByName(content)[0] as PerformanceMark | undefined;
      return {
        at: Object.fromEntries(Object.entries(names).map(([step, name]) => [step, at(name)])),
        source: painted?.detail,
        live: at(live),
      };
    },
    { names: MARKS, content: CONTENT_PAINTED_MARK, live: LIVE_CONTENT_MARK },
  ) as Promise<{ at: Record<Step, number[]>; source: unknown; live: number[] }>;
}

/**
 * When the browser painted each title with the `elementtiming` identifier (Element Timing's render time, in ms from
 * the page's open): for the popup, the snapshot's then the live view's, or the live view's alone. Measured by the
 * browser, so it does not wait, as a mark set from a task would, for the module scripts that run after the paint.
 */
async function titlePaints(popup: Page, identifier = TITLE_ELEMENT_TIMING): Promise<number[]> {
  return popup.evaluate(
    (identifier) =>
      new Promise<number[]>((resolve) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const entries = list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[];
          resolve(entries.filter((e) => e.identifier === identifier).map((e) => e.renderTime));
        }).observe({ type: 'element', buffered: true });
      }),
    identifier,
  );
}

/**
 * The same machine's floor in the same run: an extension page with no script (the locale file the manifest
 * reads), from its open to its first paint. The popup's figure divided by this one is steadier under load.
 */
async function emptyPagePaint(page: Page, extensionId: string): Promise<number> {
  await page.goto(`chrome-extension://${extensionId}/_locales/en/messages.json`);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime);
}

/** The same run's floor for a popup that reads session storage: the title of `harness/floor-pages.ts` painted. */
async function floorPagePaint(page: Page, extensionId: string): Promise<number> {
  await page.goto(`chrome-extension://${extensionId}/${FLOOR_PAGE}`);
  const [painted] = await titlePaints(page, FLOOR_TITLE_TIMING);
  return painted!;
}

describe.skipIf(!browserPath)('popup time to content (e2e, figures for npm run bench)', () => {
  const extensionDir = useBuildWithFloorPage();
  const suite = useExtensionSuite({ hosts: DATAGOUV_HOSTS, routes: datagouvRoutes(), extensionDir });

  it(`e2e: the popup marks when the dataset header is painted; ${OPENINGS} openings on a cached dataset`, async () => {
    const { tabId } = await openBadgedTab(suite.ext, CATALOGUE.pageUrl);
    const steps: Record<Step, number[]> = { scriptStart: [], firstRender: [], dataReceived: [], contentPainted: [] };
    /** The title painted (Element Timing): the figure the target is about. */
    const headerMs: number[] = [];
    /** The live view's title painted. */
    const liveMs: number[] = [];
    /** What the screen showed first: the snapshot's title, or the live view's. */
    const sources: string[] = [];
    /** Openings whose boot script painted the snapshot into the page (on screen or not before the live view). */
    let snapshotInDom = 0;
    const emptyPageMs: number[] = [];
    const storagePageMs: number[] = [];
    // One opening first: the background has the dataset cached from then on, the browser its scripts, and the
    // popup its snapshot of the header (entrypoints/popup/snapshot.ts), which every later opening paints first.
    for (let opening = -1; opening < OPENINGS; opening++) {
      const popup = await suite.ext.openPopupFor(tabId, 'fr');
      expect(await suite.ext.popupState(popup)).toBe('ready');
      await popup.waitForFunction((name) => performance.getEntriesByName(name).length > 0, CONTENT_PAINTED_MARK);
      const snapshot = (await marksOf(popup)).source === 'snapshot';
      if (snapshot) {
        await popup.waitForFunction((name) => performance.getEntriesByName(name).length > 0, LIVE_CONTENT_MARK);
      }
      const marks = await marksOf(popup);
      for (const step of Object.keys(MARKS) as Step[]) expect(marks.at[step], step).toHaveLength(1);
      const at = (step: Step) => marks.at[step][0]!;
      expect(at('scriptStart')).toBeLessThan(at('firstRender'));
      if (snapshot) {
        // The snapshot first, then the live view in its place.
        expect(marks.source).toBe('snapshot');
        expect(marks.live).toHaveLength(1);
        expect(at('contentPainted')).toBeLessThan(marks.live[0]!);
        expect(at('dataReceived')).toBeLessThan(marks.live[0]!);
      } else {
        // The script, the shell, the background's answer, then the header.
        expect(marks.source).toBe('live');
        expect(marks.live).toHaveLength(0);
        expect(at('dataReceived')).toBeLessThan(at('contentPainted'));
      }
      // The browser painted the snapshot's title, then the live view's; or the live view's alone, when there was
      // no snapshot or the live view took its place before the next frame.
      const paints = await titlePaints(popup);
      expect(paints.length).toBe(snapshot ? paints.length : 1);
      expect([1, 2]).toContain(paints.length);
      expect(paints.every((ms) => ms > 0)).toBe(true);
      expect([...paints].sort((a, b) => a - b)).toEqual(paints);
      // What stays is the live view: one header, the dataset's, usable.
      await expect.poll(() => popup.locator('#root[data-snapshot]').count()).toBe(0);
      expect(await popup.locator('#pv-dataset-title').count()).toBe(1);
      expect(await popup.locator('#pv-dataset-title').textContent()).toBe('Catalogue des données de data.gouv.fr');
      expect(await popup.locator('#pv-dataset-title').isVisible()).toBe(true);
      await popup.close();
      const empty = await suite.ext.context.newPage();
      const emptyMs = await emptyPagePaint(empty, suite.ext.extensionId);
      await empty.close();
      const floor = await suite.ext.context.newPage();
      const storageMs = await floorPagePaint(floor, suite.ext.extensionId);
      await floor.close();
      // The first opening has nothing to show before the live view; it leaves the snapshot the others show.
      if (opening < 0) {
        expect(snapshot).toBe(false);
        continue;
      }
      sources.push(paints.length === 2 ? 'snapshot' : 'live');
      if (snapshot) snapshotInDom++;
      headerMs.push(paints[0]!);
      liveMs.push(paints.at(-1)!);
      for (const step of Object.keys(MARKS) as Step[]) steps[step].push(at(step));
      emptyPageMs.push(emptyMs);
      storagePageMs.push(storageMs);
    }
    const runsMs = headerMs;
    expect(runsMs).toHaveLength(OPENINGS);
    // The boot script stands aside only when session storage answers slower than the live view waits (150 ms):
    // on a very busy machine, some openings; never all of them.
    expect(snapshotInDom).toBeGreaterThan(0);
    expect([...runsMs, ...emptyPageMs, ...storagePageMs].every((ms) => Number.isFinite(ms) && ms > 0)).toBe(true);
    const medianMs = median(runsMs);
    const emptyPageMedianMs = median(emptyPageMs);
    const medians = Object.fromEntries((Object.keys(MARKS) as Step[]).map((step) => [step, median(steps[step])]));
    mkdirSync(dirname(RESULTS), { recursive: true });
    writeFileSync(
      RESULTS,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          loadAverage: loadavg(),
          runsMs,
          medianMs,
          emptyPageMs,
          emptyPageMedianMs,
          ratioToEmptyPage: medianMs / emptyPageMedianMs,
          storagePageMs,
          storagePageMedianMs: median(storagePageMs),
          medians,
          steps,
          sources,
          liveMs,
          liveMedianMs: median(liveMs),
          scriptStartMs: steps.scriptStart,
        },
        null,
        2,
      )}\n`,
    );
  });
});
