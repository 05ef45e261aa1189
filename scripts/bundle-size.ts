import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * `npm run size`: the JavaScript the popup loads before it can show anything (its entry and static imports), the
 * content script that runs on every portal page and the background's service worker, in gzip bytes, against the
 * budgets below; then, for information, each chunk the popup loads later with `import()`. Sections, readers the
 * popup needs only for some files (workbooks, Parquet, maps, the profile and analysis workers) and the licence
 * catalogue must be loaded when used — a dynamic `import()` or a worker file — and so stay out of the popup's
 * initial figure. Reads the Chrome build (`npm run size` builds it first).
 */

const BUILD = resolve(dirname(fileURLToPath(import.meta.url)), '../.output/chrome-mv3');

/**
 * Gzip bytes. At the start of issue 14: popup 121 990 (popup chunk + portal registry), content 4 337; before the
 * popup was split, 160 573 (every section, the adapters, PapaParse and the catalogue). After: 75 901 for the
 * popup, most of it Zod, the locales, the polyfill and Preact; 81 459 once the charts' and the credit checks'
 * strings joined the locales (every language is bundled up front: loading only the user's is the next cut, about
 * 12 KB). The boot script that paints the last opening's snapshot before the modules load (popup-boot.js, 1.4 KB)
 * brought it to 84 001; starting the live view from it (the build parks the module script, popup/live-view.ts), to
 * 84 195. The budgets leave a little room, not a second popup.
 */
const BUDGETS = {
  popupInitial: 86_000,
  contentScript: 6_000,
  background: 110_000,
};

const gzipBytes = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Dynamic imports of a chunk (`import("./x.js")`), as Vite writes them. */
function dynamicImports(code: string): string[] {
  return [...new Set([...code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)].map((m) => m[1]!))];
}

/** Static imports of an ES module chunk (`import … from "x"`, `import "x"`, `export … from "x"`), not `import()`. */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g)) {
    found.add(m[1]!);
  }
  return [...found];
}

/** Every file a set of entry scripts loads before running, following static imports (paths from the root). */
function closure(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = posix.normalize(queue.shift()!).replace(/^\//, '');
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(join(BUILD, file), 'utf8'))) {
      queue.push(spec.startsWith('/') ? spec : posix.join(posix.dirname(file), spec));
    }
  }
  return [...seen];
}

/**
 * The chunks the initial files import() later, each with what it loads on top of what is already there when it is
 * asked for (the initial files, and the chunk that imports it).
 */
function lazyChunks(initial: string[]): { file: string; adds: string[] }[] {
  const found = new Map<string, string[]>();
  const queue: { file: string; loaded: Set<string> }[] = initial.map((file) => ({ file, loaded: new Set(initial) }));
  while (queue.length > 0) {
    const { file, loaded } = queue.shift()!;
    for (const spec of dynamicImports(readFileSync(join(BUILD, file), 'utf8'))) {
      const target = posix.normalize(spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec));
      if (loaded.has(target) || found.has(target)) continue;
      const adds = closure([target]).filter((f) => !loaded.has(f));
      found.set(target, adds);
      const now = new Set([...loaded, ...adds]);
      for (const added of adds) queue.push({ file: added, loaded: now });
    }
  }
  return [...found].map(([file, adds]) => ({ file, adds }));
}

function popupEntries(): string[] {
  const html = readFileSync(join(BUILD, 'popup.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return [...scripts, ...preloads];
}

function main(): void {
  if (!existsSync(join(BUILD, 'manifest.json'))) {
    console.error(`No build in ${BUILD}: run \`npm run build\` first (\`npm run size\` does).`);
    process.exitCode = 2;
    return;
  }
  const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
    background?: { service_worker?: string };
  };
  const popupFiles = closure(popupEntries());
  const contentFiles = closure((manifest.content_scripts ?? []).flatMap((script) => script.js ?? []));
  const backgroundFiles = manifest.background?.service_worker ? closure([manifest.background.service_worker]) : [];
  const sum = (files: string[]) => files.reduce((total, file) => total + gzipBytes(join(BUILD, file)), 0);
  const checks = [
    { name: "popup's initial JavaScript", files: popupFiles, bytes: sum(popupFiles), budget: BUDGETS.popupInitial },
    { name: 'content script', files: contentFiles, bytes: sum(contentFiles), budget: BUDGETS.contentScript },
    { name: 'background', files: backgroundFiles, bytes: sum(backgroundFiles), budget: BUDGETS.background },
  ];
  for (const check of checks) {
    const verdict = check.bytes <= check.budget ? 'PASS' : 'FAIL';
    console.log(`${verdict}  ${check.name}: ${check.bytes} B gzip ≤ ${check.budget} B`);
    for (const file of check.files) console.log(`        ${file}  ${gzipBytes(join(BUILD, file))} B`);
  }
  console.log("      popup's lazy chunks (import(), loaded when used; what each adds to the initial files):");
  for (const { file, adds } of lazyChunks(popupFiles)) {
    const extra = adds.length > 1 ? ` (with ${adds.filter((f) => f !== file).join(', ')})` : '';
    console.log(`        ${file}  ${sum(adds)} B${extra}`);
  }
  process.exitCode = checks.every((check) => check.bytes <= check.budget) ? 0 : 1;
}

main();
