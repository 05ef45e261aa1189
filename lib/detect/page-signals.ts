import { z } from 'zod';
import { decodeEntities } from '../html/entities';

/**
 * What a page says about itself, reduced to what detectors read. The content script and the CLI's `--html`
 * both go through `extractPageSignals`, so a detector sees the same thing in the browser and in a script.
 */
export const PageSignalsSchema = z.object({
  url: z.string(),
  /** `<meta name|property=… content=…>`, keys lower-cased. */
  meta: z.record(z.string(), z.string()).default({}),
  /** `<link rel=… type=… href=…>` with absolute hrefs. */
  links: z.array(z.object({ rel: z.string(), type: z.string(), href: z.string() })).default([]),
  /** Parsed `<script type="application/ld+json">` blocks; unparsable blocks are dropped. */
  jsonld: z.array(z.unknown()).default([]),
  /** `data-*` attributes of `<body>` (CKAN ≤ 2.11 puts its site root there). */
  bodyData: z.record(z.string(), z.string()).default({}),
});
export type PageSignals = z.infer<typeof PageSignalsSchema>;

/** Pages can be huge; detectors only need the head and the structured-data blocks. */
const MAX_JSONLD_BLOCK = 2_000_000;

const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttributes(tagBody: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tagBody.matchAll(ATTR)) {
    const name = m[1]?.toLowerCase();
    if (!name) continue;
    attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

function absolute(href: string, base: string): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/** Reads signals from markup; tolerant of anything a real page throws at it. */
export function extractPageSignals(url: string, html = ''): PageSignals {
  const meta: Record<string, string> = {};
  const links: PageSignals['links'] = [];
  const jsonld: unknown[] = [];
  let bodyData: Record<string, string> = {};

  for (const m of html.matchAll(/<meta\b([^>]*)>/gi)) {
    const a = parseAttributes(m[1] ?? '');
    const key = (a.name ?? a.property ?? a.itemprop)?.toLowerCase();
    if (key && a.content !== undefined && !(key in meta)) meta[key] = a.content;
  }
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const a = parseAttributes(m[1] ?? '');
    if (!a.href) continue;
    const href = absolute(a.href, url);
    if (href) links.push({ rel: (a.rel ?? '').toLowerCase(), type: (a.type ?? '').toLowerCase(), href });
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const a = parseAttributes(m[1] ?? '');
    if ((a.type ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const body = (m[2] ?? '').trim();
    if (!body || body.length > MAX_JSONLD_BLOCK) continue;
    try {
      jsonld.push(JSON.parse(body.replace(/^<!--|-->$/g, '')));
    } catch {
      // A broken block on a page is the page's problem; the other blocks still count.
    }
  }
  const body = /<body\b([^>]*)>/i.exec(html);
  if (body) {
    bodyData = Object.fromEntries(
      Object.entries(parseAttributes(body[1] ?? '')).filter(([k]) => k.startsWith('data-')),
    );
  }
  return { url, meta, links, jsonld, bodyData };
}
