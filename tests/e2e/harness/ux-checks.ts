import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** `npm run screenshots` writes the README's pictures here; ordinary runs leave them alone. */
export const DOCS_SCREENSHOT_DIR = resolve(REPO_ROOT, 'docs/screenshots');
export const WRITE_DOCS_SCREENSHOTS = process.env.PROVENANCE_SCREENSHOTS === '1';

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  targets: string[];
}

/**
 * WCAG 2.1 A and AA rules; what a person cannot get past (serious, critical) fails, as the issue asks. Each finding
 * keeps its rule id and elements so that a failure says what to fix.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/**
 * Elements whose content is wider than their box (scrollWidth > clientWidth), among the page itself, the section
 * tabs and every label the shell shows: at 400 px nothing may need a horizontal scroll.
 */
export async function overflowingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = [
      document.documentElement,
      ...document.querySelectorAll<HTMLElement>('main#app'),
      ...document.querySelectorAll<HTMLElement>(
        '.pv-tabs, .pv-tab, .pv-chip, .pv-glance, .pv-header, .pv-paste, .pv-button',
      ),
    ];
    // One pixel of slack: sub-pixel layout rounds both ways.
    return boxes
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map(
        (el) =>
          `${el.className || el.tagName} "${(el.textContent ?? '').slice(0, 40)}" ${el.scrollWidth}>${el.clientWidth}`,
      );
  });
}

/**
 * A README picture: the visible part of the page, as a person sees the popup; with `from`, scrolled so that this
 * element is at the top (a section under the header).
 */
export async function docsScreenshot(page: Page, name: string, from?: string): Promise<void> {
  if (!WRITE_DOCS_SCREENSHOTS) return;
  mkdirSync(DOCS_SCREENSHOT_DIR, { recursive: true });
  if (from) await page.locator(from).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(DOCS_SCREENSHOT_DIR, `${name}.png`) });
}
