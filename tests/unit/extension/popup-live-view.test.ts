// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_VIEW_TEMPLATE_ID, parkLiveView, startLiveView } from '../../../entrypoints/popup/live-view';

/** popup.html as Vite writes it (entrypoints/popup/index.html after the build), before the plugin runs. */
const BUILT = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <script src="/popup-boot.js"></script>
    <script type="module" crossorigin src="/chunks/popup-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/shared-def.js">
    <link rel="modulepreload" crossorigin href="/chunks/view-ghi.js">
    <link rel="stylesheet" crossorigin href="/assets/popup-jkl.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

describe('popup live view: parked by the build, started by the boot script', () => {
  beforeAll(() => {
    // happy-dom tries to load the scripts and stylesheets these pages name, which exist only in a build.
    const happyDOM = (window as unknown as { happyDOM: { settings: Record<string, unknown> } }).happyDOM;
    happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;
  });
  afterEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  it('moves the module script and its preloads into the template, preloads first, and leaves the rest', () => {
    const parked = parkLiveView(BUILT);
    const page = new DOMParser().parseFromString(parked, 'text/html');
    const template = page.getElementById(LIVE_VIEW_TEMPLATE_ID) as HTMLTemplateElement;
    expect(template.parentElement?.localName).toBe('head');
    expect([...template.content.children].map((tag) => tag.getAttribute('src') ?? tag.getAttribute('href'))).toEqual([
      '/chunks/shared-def.js',
      '/chunks/view-ghi.js',
      '/chunks/popup-abc.js',
    ]);
    // Outside the template: the boot script and the stylesheet (the snapshot needs it), nothing the live view loads.
    const outside = [...page.head.children].filter((tag) => tag !== template);
    expect(outside.map((tag) => tag.getAttribute('src') ?? tag.getAttribute('href') ?? tag.localName)).toEqual([
      'meta',
      '/popup-boot.js',
      '/assets/popup-jkl.css',
    ]);
    expect(parked).not.toMatch(/^\s*$\n^\s*$/m);
  });

  it('fails the build when the page has no module script to park', () => {
    expect(() => parkLiveView(BUILT.replace(/<script type="module"[^\n]*\n/, ''))).toThrow(/no module script/);
  });

  it('starts the parked tags as new elements, in their order, once', () => {
    const parked = new DOMParser().parseFromString(parkLiveView(BUILT), 'text/html');
    document.head.append(document.importNode(parked.getElementById(LIVE_VIEW_TEMPLATE_ID)!, true));
    startLiveView();
    const started = [...document.head.children];
    expect(started.map((tag) => `${tag.localName} ${tag.getAttribute('src') ?? tag.getAttribute('href')}`)).toEqual([
      'link /chunks/shared-def.js',
      'link /chunks/view-ghi.js',
      'script /chunks/popup-abc.js',
    ]);
    const script = started.at(-1)!;
    expect(script.getAttribute('type')).toBe('module');
    expect(script.hasAttribute('crossorigin')).toBe(true);
    expect(started[0]!.getAttribute('rel')).toBe('modulepreload');
    expect(document.getElementById(LIVE_VIEW_TEMPLATE_ID)).toBeNull();
    // A second call (the boot script's limit and its answer both arriving) starts nothing more.
    startLiveView();
    expect(document.head.children).toHaveLength(3);
  });

  it('does nothing in a page that lists its modules itself (wxt dev)', () => {
    startLiveView();
    expect(document.head.children).toHaveLength(0);
  });
});
