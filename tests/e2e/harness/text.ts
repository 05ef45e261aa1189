import type { Locator } from 'playwright-core';

/** French typography puts (narrow) no-break spaces before units and inside dates; compare with plain spaces. */
export const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').trim();

// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads (hidden text left out, blocks apart).
export const textOf = async (locator: Locator) => plain(await locator.innerText());
