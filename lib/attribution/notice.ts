import { formatDate, type Lang, type Params, t } from '../i18n';
import { assumedFamily, licenceName } from '../licences/display-name';
import { crpaDefaultApplies } from '../licences/public-sector';
import type { AttributionElement, AttributionStyle, LicenceEntry, Localized } from '../licences/schema';
import { oneLine, safeHref } from './escape';
import type { AttributionOptions } from './options';
import type { DatasetSnapshot } from './snapshot';
import {
  fillTemplate,
  parseTemplate,
  type Segment,
  type Slots,
  STATEMENT_KEY,
  TEMPLATE_KEY,
  type TemplatePart,
  topLevelSlots,
} from './templates';

export interface NoticeInput {
  dataset: DatasetSnapshot;
  /** The catalogue entry of `dataset.licence.id`; null when the licence is unknown. */
  licence: LicenceEntry | null;
  /** The credit line the provider asks for (OGL, NLOD, DL-DE « nach dessen Maßgabe »), when the portal gives one. */
  providerStatement?: string | null;
}

/** `required`: the licence demands a notice; `courtesy`: public domain; `cautious`: unknown or unlisted terms. */
export type NoticeKind = 'required' | 'courtesy' | 'cautious';

/** An element the notice should carry and the metadata lacks: shown, never made up. */
export interface Gap {
  element: AttributionElement;
  /** The licence (or, without a licence, the CRPA for French public information) requires it. */
  required: boolean;
  /** Not required by the licence, but the CRPA asks it of French public information: shown as advice. */
  recommended: boolean;
}

export interface NoticeNote {
  messageKey: string;
  params: Params;
}

/** What citation formats need, already cleaned; each format arranges it in its own style. */
export interface Citation {
  lang: Lang;
  author: string | null;
  title: string | null;
  /** ISO date of the last update of the data. */
  date: string | null;
  /** The portal that publishes the dataset (`data.gouv.fr`). */
  publisher: string | null;
  url: string | null;
  /** Bare DOI (`10.1234/abcd`). */
  doi: string | null;
  licence: { name: string; url: string | null } | null;
  accessed: string | null;
  /** Stable identity for citation keys: the permalink survives renames. */
  identity: string;
}

export interface Notice {
  lang: Lang;
  style: AttributionStyle;
  licenceKey: string | null;
  /** The producer named the licence without a version: the notice names none, and asks the user to check. */
  versionNotStated: { names: Localized; assumed: string } | null;
  kind: NoticeKind;
  required: AttributionElement[];
  segments: Segment[];
  gaps: Gap[];
  notes: NoticeNote[];
  citation: Citation;
}

/** A safe source-and-link notice: what any "mention the source" licence asks at the very least. */
const CAUTIOUS_ELEMENTS: AttributionElement[] = ['producer', 'title', 'link'];
/** CRPA L322-1: « leurs sources et la date de leur dernière mise à jour soient mentionnées ». */
const CRPA_ELEMENTS: AttributionElement[] = ['producer', 'link', 'date'];

interface Resolved {
  style: AttributionStyle;
  elements: AttributionElement[];
  kind: NoticeKind;
  note: string | null;
}

function resolveStyle(dataset: DatasetSnapshot, licence: LicenceEntry | null): Resolved {
  // Without a licence, French administrations' data falls under CRPA L322-1; anyone else's has unknown terms.
  if (crpaDefaultApplies(licence?.key ?? null, dataset.publicSector, dataset.licence.published)) {
    return { style: 'crpa', elements: CRPA_ELEMENTS, kind: 'required', note: 'attribution.note.crpa' };
  }
  if (!licence)
    return { style: 'generic', elements: CAUTIOUS_ELEMENTS, kind: 'cautious', note: 'attribution.note.unknown' };
  const style = licence.attribution.style;
  if (licence.key === 'notspecified' || style === 'crpa') {
    return { style: 'generic', elements: CAUTIOUS_ELEMENTS, kind: 'cautious', note: 'attribution.note.notSpecified' };
  }
  // Public-domain entries list what a notice may contain; none of it is due, so nothing is marked missing.
  if (style === 'public-domain') return { style, elements: [], kind: 'courtesy', note: 'attribution.note.courtesy' };
  // DL-DE §2: the provider and the dataset link are due « nur soweit die datenhaltende Stelle » gives them.
  if (style === 'dl-de') {
    const elements = licence.attribution.elements.filter((e) => e !== 'producer' && e !== 'link');
    return { style, elements, kind: 'required', note: 'attribution.note.dlDeAsProvided' };
  }
  const kind = style === 'generic' ? 'cautious' : 'required';
  return {
    style,
    elements: licence.attribution.elements,
    kind,
    note: style === 'generic' ? 'attribution.note.generic' : null,
  };
}

/** « 1er avril 2025 »: French writes the first day of a month as an ordinal. */
export function noticeDate(iso: string | null, lang: Lang): string | null {
  const date = formatDate(iso, lang);
  return date && lang === 'fr' ? date.replace(/^1 /, '1er ') : date;
}

/** `dl-de/by-2-0`: the short annotation the Datenlizenz accepts in any language, with its link (§2 item 2). */
function dlDeCode(key: string): string | null {
  const m = /^DL-DE-(BY|ZERO)-(\d+)\.(\d+)$/i.exec(key);
  return m ? `dl-de/${m[1]!.toLowerCase()}-${m[2]}-${m[3]}` : null;
}

function licenceLabel(style: AttributionStyle, entry: LicenceEntry | null, dataset: DatasetSnapshot, lang: Lang) {
  if (!entry) return dataset.licence.title ? oneLine(dataset.licence.title) || null : null;
  // The OGL's default statement is prescribed in English, licence name included.
  const nameLang = style === 'ogl-uk' ? 'en' : lang;
  if (dataset.licence.versionAssumed && assumedFamily(entry, true)) return licenceName(entry, true, lang, nameLang);
  if (style === 'dl-de') return dlDeCode(entry.key) ?? entry.names[lang];
  return entry.attribution.statementName?.[nameLang] ?? entry.names[nameLang];
}

function licenceHref(entry: LicenceEntry | null, dataset: DatasetSnapshot, lang: Lang): string | null {
  // Without a version, the assumed version's text would state one: only the producer's own link is safe.
  const versionless = dataset.licence.versionAssumed && assumedFamily(entry, true);
  // A licence whose text exists in neither language (IODL: Italian) still gets its link.
  const candidates = versionless
    ? [dataset.licence.published.url]
    : entry
      ? [entry.urls[lang], entry.urls.en, entry.urls.fr, entry.otherText?.url]
      : [dataset.licence.url];
  for (const url of candidates) {
    const href = safeHref(url);
    if (href) return href;
  }
  return null;
}

function bareDoi(doi: string | null): string | null {
  const m = doi ? /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)?(10\.\d{4,9}\/\S+)$/i.exec(doi.trim()) : null;
  return m ? m[1]! : null;
}

function portalName(origin: string): string | null {
  try {
    return new URL(origin).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Template slot → the element it stands for, to name the gap when a slot the sentence needs is empty. */
const SLOT_ELEMENT: Record<string, AttributionElement> = {
  producer: 'producer',
  title: 'title',
  url: 'link',
  date: 'date',
  licence: 'licence',
  statement: 'providerStatement',
};

const present = (value: string | null | undefined): string | null => (value ? oneLine(value) || null : null);

export function buildNotice(input: NoticeInput, options: AttributionOptions): Notice {
  const { dataset, licence } = input;
  const { lang } = options;
  const resolved = resolveStyle(dataset, licence);
  const required = new Set(resolved.elements);
  // Under a licence, the licence is the administration's agreement (L322-1 « sauf accord »): the source and date
  // the CRPA asks for are advice, not something "the licence requires".
  const recommended = new Set<AttributionElement>(
    dataset.publicSector && resolved.kind !== 'courtesy'
      ? (['producer', 'date'] as const).filter((e) => !required.has(e))
      : [],
  );

  const producer = present(dataset.publisher.name);
  const title = present(dataset.title);
  const url = safeHref(dataset.permalink) ?? safeHref(dataset.pageUrl);
  const date = noticeDate(dataset.dates.dataUpdated, lang);
  const label = licenceLabel(resolved.style, licence, dataset, lang);
  const href = licenceHref(licence, dataset, lang);
  const statement = present(input.providerStatement);

  const marker = (element: AttributionElement): Segment[] => [
    { kind: 'gap', text: t(lang, `attribution.gap.${element}`) },
  ];
  const gap = (element: AttributionElement): Segment[] | undefined =>
    required.has(element) ? marker(element) : undefined;
  const value = (element: AttributionElement, text: string | null): Segment[] | undefined =>
    text ? [{ kind: 'value', text }] : gap(element);

  const slots: Slots = {
    producer: value('producer', producer),
    title: value('title', title),
    date: value('date', date),
    url: url ? [{ kind: 'link', href: url, text: url }] : gap('link'),
    licence: label ? [{ kind: 'licence', href, text: label }] : gap('licence'),
  };
  const fill = (template: TemplatePart[]): Segment[] => {
    for (const name of topLevelSlots(template)) slots[name] ??= marker(SLOT_ELEMENT[name] ?? 'title');
    return fillTemplate(template, slots);
  };
  const notes: NoticeNote[] = [];
  const statementKey = STATEMENT_KEY[resolved.style];
  if (statementKey) {
    slots.statement = statement ? [{ kind: 'value', text: statement }] : fill(parseTemplate(t(lang, statementKey)));
    if (!statement) notes.push({ messageKey: 'attribution.note.defaultStatement', params: {} });
  }

  const sentences = [fill(parseTemplate(t(lang, TEMPLATE_KEY[resolved.style])))];
  if (options.modified) {
    const who = present(options.modifiedBy);
    const key = who ? 'attribution.modified.named' : 'attribution.modified.anonymous';
    sentences.push(
      fillTemplate(parseTemplate(t(lang, key)), { who: who ? [{ kind: 'value', text: who }] : undefined }),
    );
    if (licence?.shareAlike && slots.licence) {
      const key = resolved.style === 'odbl' ? 'attribution.shareAlike.database' : 'attribution.shareAlike.adaptation';
      sentences.push(fill(parseTemplate(t(lang, key))));
    }
  }
  const segments = sentences.flatMap((s, i) => (i === 0 ? s : [{ kind: 'text', text: ' ' } as const, ...s]));

  if (resolved.note) notes.unshift({ messageKey: resolved.note, params: {} });
  const family = dataset.licence.versionAssumed ? assumedFamily(licence, true) : null;
  const versionNotStated = family && licence ? { names: family.names, assumed: licence.version ?? licence.key } : null;
  if (licence?.shareAlike) {
    const key =
      resolved.style === 'odbl' ? 'attribution.note.shareAlike.database' : 'attribution.note.shareAlike.adaptation';
    notes.push({ messageKey: key, params: {} });
  }

  const has: Record<AttributionElement, boolean> = {
    producer: producer !== null,
    title: title !== null,
    link: url !== null,
    date: date !== null,
    licence: label !== null,
    licenceLink: href !== null,
    modified: true,
    providerStatement: statement !== null || statementKey !== undefined,
  };
  const checked: AttributionElement[] = ['producer', 'title', 'link', 'date', 'licence', 'licenceLink'];
  const gaps = checked
    .filter((e) => !has[e])
    .map((element) => ({ element, required: required.has(element), recommended: recommended.has(element) }));

  return {
    lang,
    style: resolved.style,
    licenceKey: licence?.key ?? null,
    versionNotStated,
    kind: resolved.kind,
    required: [...required],
    segments,
    gaps,
    notes,
    citation: {
      lang,
      author: producer,
      title,
      date: date ? dataset.dates.dataUpdated : null,
      publisher: portalName(dataset.origin),
      url,
      doi: bareDoi(dataset.doi),
      licence: label ? { name: label, url: href } : null,
      accessed: options.accessed && !Number.isNaN(Date.parse(options.accessed)) ? options.accessed : null,
      identity: dataset.permalink || dataset.pageUrl,
    },
  };
}
