import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The popup's time to content in detail, as tests/e2e/popup-timing.e2e.test.ts recorded it (`bench/run.ts` gives
 * the verdict on the median): where the time goes between the popup's open and the header painted — by the
 * snapshot of the last opening (entrypoints/popup/snapshot.ts) or by the live view — when the live view was in
 * place, and the same run's floors: the first paint of an extension page without script, and the title of one
 * whose script reads session storage first, as the popup's boot script must. On a machine shared with other jobs
 * the absolute figures move with the load; the ratio to the floor much less.
 */

const FILE = join(dirname(fileURLToPath(import.meta.url)), '.data/popup-timing.json');
const TARGET_MS = 100;

const ms = z.number().finite();
const TimingSchema = z.object({
  date: z.string(),
  loadAverage: z.array(z.number()),
  medianMs: ms,
  runsMs: z.array(ms),
  emptyPageMedianMs: ms,
  ratioToEmptyPage: ms,
  medians: z.object({ scriptStart: ms, firstRender: ms, dataReceived: ms, contentPainted: ms }),
  /** What painted the header in each opening: the last opening's snapshot, or the live view. */
  sources: z.array(z.enum(['snapshot', 'live'])),
  /** When the live view was in place (the same as the header when it painted it). */
  liveMedianMs: ms,
  /** An extension page that reads session storage, then paints a title (tests/e2e/harness/floor-pages.ts). */
  storagePageMedianMs: ms.optional(),
});

function main(): void {
  if (!existsSync(FILE)) {
    console.log(`\nPopup time to content: not measured (no ${FILE}; run tests/e2e/popup-timing.e2e.test.ts)`);
    return;
  }
  const parsed = TimingSchema.safeParse(JSON.parse(readFileSync(FILE, 'utf8')));
  if (!parsed.success) {
    console.log(`\nPopup time to content: ${FILE} predates the detailed figures; run the e2e test again`);
    return;
  }
  const t = parsed.data;
  const f = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`\nPopup time to content (e2e, ${t.date}, load ${t.loadAverage.map((l) => l.toFixed(2)).join(' ')})`);
  console.log(`  medians of ${t.runsMs.length} openings, from the popup's open:`);
  console.log(`    script starts      ${f(t.medians.scriptStart)}  (loading and compiling the first chunk)`);
  console.log(`    shell rendered     ${f(t.medians.firstRender)}`);
  console.log(`    background answer  ${f(t.medians.dataReceived)}`);
  const fromSnapshot = t.sources.filter((source) => source === 'snapshot').length;
  console.log(`    header's mark      ${f(t.medians.contentPainted)}  (a task after the frame: waits for the scripts)`);
  console.log(
    `    header painted     ${f(t.medianMs)}  (the browser's Element Timing of the title; target ≤ ${TARGET_MS} ms; from the snapshot in ${fromSnapshot} of ${t.sources.length})`,
  );
  console.log(`    live view painted  ${f(t.liveMedianMs)}  (the background's answer rendered, sections loading)`);
  console.log(`  empty extension page painted, same run: ${f(t.emptyPageMedianMs)}`);
  console.log(`  header painted / empty page: ${t.ratioToEmptyPage.toFixed(2)}`);
  if (t.storagePageMedianMs !== undefined) {
    console.log(
      `  extension page that reads session storage then paints a title, same run: ${f(t.storagePageMedianMs)}` +
        ` (header painted / it: ${(t.medianMs / t.storagePageMedianMs).toFixed(2)})`,
    );
  }
}

main();
