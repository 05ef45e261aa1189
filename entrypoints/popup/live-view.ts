/**
 * When the popup's live view (main.tsx and the chunks it imports) starts loading. The build parks its module script
 * and module preloads in a `<template>` of popup.html (`scripts/defer-live-view.ts`), and the boot script starts
 * them once it is done: after painting the last opening's snapshot, or on finding none. Listed in the page, they
 * were fetched alongside the boot script, its storage read and the stylesheets, and evaluated before the
 * snapshot's first frame: measured on a cached dataset, the header painted some 20 ms later.
 *
 * Imported by the boot script and by the build: no browser API at module level.
 */

/** The `<template>` of popup.html that holds the live view's `<script type="module">` and preloads. */
export const LIVE_VIEW_TEMPLATE_ID = 'pv-live-view';

/** The tags the build moves into the template: Vite's module entry script and its module preloads. */
const LIVE_VIEW_TAGS = /<script\b[^>]*\btype="module"[^>]*>\s*<\/script>|<link\b[^>]*\brel="modulepreload"[^>]*>/g;
/** The same, each with the indentation and line it stood on. */
const LIVE_VIEW_LINES = new RegExp(`[ \\t]*(?:${LIVE_VIEW_TAGS.source})[ \\t]*\\r?\\n?`, 'g');

/**
 * `html` (a built page) with its module script and module preloads moved into the template, at the end of the
 * head, preloads first: started in that order, the chunks are fetched alongside the entry rather than after it.
 * Throws when there is no module script: the page would never load its live view.
 */
export function parkLiveView(html: string): string {
  const tags = html.match(LIVE_VIEW_TAGS) ?? [];
  const scripts = tags.filter((tag) => tag.startsWith('<script'));
  if (scripts.length === 0) {
    throw new Error('popup.html has no module script to defer: the live view would never load');
  }
  const preloads = tags.filter((tag) => !tag.startsWith('<script'));
  const template = `<template id="${LIVE_VIEW_TEMPLATE_ID}">${[...preloads, ...scripts].join('')}</template>`;
  return html.replace(LIVE_VIEW_LINES, '').replace('</head>', `  ${template}\n  </head>`);
}

/**
 * Starts the parked tags in their order, once: each is created anew, since a script that comes out of a template
 * as it is may never run. Nothing to do when the page lists its modules itself (`wxt dev`).
 */
export function startLiveView(): void {
  const parked = document.getElementById(LIVE_VIEW_TEMPLATE_ID);
  if (!(parked instanceof HTMLTemplateElement)) return;
  parked.remove();
  for (const tag of parked.content.children) {
    const element = document.createElement(tag.localName);
    for (const { name, value } of tag.attributes) element.setAttribute(name, value);
    document.head.append(element);
  }
}
