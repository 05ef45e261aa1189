import { type Lang, t } from '../i18n';
import { type Combination, type CombinationItem, combineLicences } from '../licences/compatibility';
import { assumedFamily, licenceName } from '../licences/display-name';
import { crpaDefaultApplies } from '../licences/public-sector';
import { escapeBibtex, escapeHtml, escapeMarkdown, guardLineStart, oneLine } from './escape';
import type { NoticeInput } from './notice';
import { type AttributionOptionsInput, AttributionOptionsSchema } from './options';
import { renderAttribution } from './render';

/** What the licences demand together, as `combineLicences` says it. */
export type CombinedTerms = Combination;
type CombinedStatement = CombinationItem;

function statementText(lang: Lang, s: CombinedStatement): string {
  return oneLine(`${t(lang, s.messageKey, s.params)} (${s.source})`);
}

interface Header {
  heading: string;
  obligationsTitle: string;
  obligations: string[];
  conflictsTitle: string;
  conflicts: string[];
  unknown: string | null;
  /** Licences named without a version by their producers: the user has to check which. */
  version: string | null;
  sourcesTitle: string;
}

function versionNote(entries: readonly NoticeInput[], lang: Lang): string | null {
  const names = new Set(
    entries.flatMap((e) =>
      e.licence && assumedFamily(e.licence, e.dataset.licence.versionAssumed)
        ? [licenceName(e.licence, true, lang)]
        : [],
    ),
  );
  return names.size ? t(lang, 'attribution.credits.versionAssumed', { names: [...names].join(', ') }) : null;
}

function header(lang: Lang, combined: CombinedTerms, entries: readonly NoticeInput[]): Header {
  return {
    heading: t(lang, 'attribution.credits.heading'),
    obligationsTitle: t(lang, 'attribution.credits.obligations'),
    obligations: combined.obligations.map((s) => statementText(lang, s)),
    conflictsTitle: t(lang, 'attribution.credits.conflicts'),
    conflicts: combined.conflicts.map((s) => statementText(lang, s)),
    unknown: combined.unknown.length
      ? t(lang, 'attribution.credits.unknown', { keys: combined.unknown.join(', ') })
      : null,
    version: versionNote(entries, lang),
    sourcesTitle: t(lang, 'attribution.credits.sources'),
  };
}

/** The head of the plain-text-like formats (text, APA, ISO 690): headings and `- ` lists. */
function plainHead(h: Header): string[] {
  const lines = [h.heading, ''];
  if (h.obligations.length) lines.push(h.obligationsTitle, ...h.obligations.map((o) => `- ${o}`), '');
  if (h.conflicts.length) lines.push(h.conflictsTitle, ...h.conflicts.map((c) => `- ${c}`), '');
  if (h.unknown) lines.push(h.unknown, '');
  if (h.version) lines.push(h.version, '');
  return lines;
}

function markdownList(items: string[]): string[] {
  return items.map((i) => `- ${escapeMarkdown(i)}`);
}

function byReference(a: string, b: string): number {
  return a.localeCompare(b, undefined, { sensitivity: 'base' });
}

/**
 * One credits block for several datasets, headed by what their licences demand together (an ODbL source makes
 * a derived database ODbL, and so on). Notices keep the order the user gave; APA and ISO 690 reference lists
 * are alphabetical, as both styles order them. RIS has no place for free text: it holds the records only, and
 * the callers show the combined obligations beside it.
 */
export function renderCredits(
  entries: readonly NoticeInput[],
  combined: CombinedTerms,
  optionsInput: AttributionOptionsInput,
): string {
  const options = AttributionOptionsSchema.parse(optionsInput);
  const { lang, format } = options;
  const items = entries.map((e) => renderAttribution(e, options).text);
  const h = header(lang, combined, entries);
  switch (format) {
    case 'text':
      return [...plainHead(h), h.sourcesTitle, ...items.map((i) => `- ${i}`)].join('\n');
    case 'apa':
    case 'iso690':
      return [...plainHead(h), ...[...items].sort(byReference)].join('\n');
    case 'markdown': {
      const lines = [`**${escapeMarkdown(h.heading)}**`, ''];
      if (h.obligations.length) lines.push(escapeMarkdown(h.obligationsTitle), '', ...markdownList(h.obligations), '');
      if (h.conflicts.length) lines.push(escapeMarkdown(h.conflictsTitle), '', ...markdownList(h.conflicts), '');
      if (h.unknown) lines.push(guardLineStart(escapeMarkdown(h.unknown)), '');
      if (h.version) lines.push(guardLineStart(escapeMarkdown(h.version)), '');
      lines.push(escapeMarkdown(h.sourcesTitle), '', ...items.map((i) => `- ${i}`));
      return lines.join('\n');
    }
    case 'html': {
      const list = (values: string[], isText: boolean) =>
        `<ul>${values.map((v) => `<li>${isText ? escapeHtml(v) : v}</li>`).join('')}</ul>`;
      const parts = [`<section class="credits">`, `<p><strong>${escapeHtml(h.heading)}</strong></p>`];
      if (h.obligations.length) parts.push(`<p>${escapeHtml(h.obligationsTitle)}</p>`, list(h.obligations, true));
      if (h.conflicts.length) parts.push(`<p>${escapeHtml(h.conflictsTitle)}</p>`, list(h.conflicts, true));
      if (h.unknown) parts.push(`<p>${escapeHtml(h.unknown)}</p>`);
      if (h.version) parts.push(`<p>${escapeHtml(h.version)}</p>`);
      // Notices are already escaped HTML fragments.
      parts.push(`<p>${escapeHtml(h.sourcesTitle)}</p>`, list(items, false), '</section>');
      return parts.join('\n');
    }
    case 'bibtex': {
      const notes = [h.heading, ...h.obligations, ...h.conflicts, ...[h.unknown, h.version].filter((n) => n !== null)];
      return [`@comment{${notes.map(escapeBibtex).join(' -- ')}}`, ...items].join('\n\n');
    }
    case 'ris':
      return items.join('\n');
  }
}

export interface Credits {
  text: string;
  /** Shown beside the block too: RIS has no room for them, and the basket lists them. */
  combined: CombinedTerms;
}

/**
 * The one way to credit several datasets (the CLI `credits` command and the popup's basket): the combined
 * obligations worked out from the entries' licences, then the block in the chosen format.
 */
export function buildCredits(entries: readonly NoticeInput[], optionsInput: AttributionOptionsInput): Credits {
  const options = AttributionOptionsSchema.parse(optionsInput);
  const combined = combinedTerms(entries, options.lang);
  return { text: renderCredits(entries, combined, options), combined };
}

/** A French administration's dataset without a licence brings the CRPA's conditions, not an unknown licence. */
function combinedTerms(entries: readonly NoticeInput[], lang: Lang): CombinedTerms {
  return combineLicences(
    entries.map(({ dataset, licence }) => {
      const key = licence?.key ?? null;
      const crpa = crpaDefaultApplies(key, dataset.publicSector, dataset.licence.published);
      return { key, versionAssumed: dataset.licence.versionAssumed, crpa };
    }),
    lang,
  );
}
