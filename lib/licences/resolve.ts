import { LICENCES } from './catalogue';
import { GENERIC_KEYS } from './catalogue/generic';
import { LICENCE_FAMILIES, type LicenceFamily } from './families';
import { extractUrls, looksLikeUrl, normaliseText, normaliseUrl, withoutUrls } from './normalise';
import type { LicenceEntry } from './schema';
import { VAGUE_NAMES, type VagueName } from './vague';

export type MatchedBy = 'id' | 'title' | 'url';

export interface LicenceResolution {
  /** Canonical catalogue key; null when unknown or when the fields name different licences. */
  key: string | null;
  /** True when only the family was named (`cc-by`, « Licence Ouverte ») and its latest version assumed. */
  versionAssumed: boolean;
  /** Which published field decided. */
  matchedBy: MatchedBy | null;
  /** The licences the fields named when they contradict each other (then `key` is null). */
  conflicting?: string[];
  /** Why a name that looks like a licence stays unknown (`licences.vague.*`), when that is the case. */
  reason?: string;
}

export interface PublishedFields {
  id?: string | null;
  title?: string | null;
  url?: string | null;
}

type Target =
  | { kind: 'licence'; key: string }
  | { kind: 'family'; family: LicenceFamily }
  | { kind: 'vague'; vague: VagueName };

export interface AliasIndex {
  text: Map<string, Target>;
  url: Map<string, Target>;
  /** Normalised aliases claimed by two different targets: must stay empty (a test checks). */
  collisions: Array<{ alias: string; targets: string[] }>;
}

const targetId = (t: Target): string =>
  t.kind === 'licence' ? t.key : t.kind === 'family' ? `family:${t.family.assumed}` : `vague:${t.vague.reason}`;

function entryStrings(l: LicenceEntry): string[] {
  return [l.key, l.spdx, l.names.fr, l.names.en, l.urls.fr, l.urls.en, l.otherText?.url, ...l.aliases].filter(
    (s): s is string => Boolean(s),
  );
}

/** Every id, name and URL of the catalogue and of the versionless families, normalised. */
export function buildAliasIndex(
  licences: readonly LicenceEntry[] = LICENCES,
  families: readonly LicenceFamily[] = LICENCE_FAMILIES,
  vague: readonly VagueName[] = VAGUE_NAMES,
): AliasIndex {
  const index: AliasIndex = { text: new Map(), url: new Map(), collisions: [] };
  const add = (alias: string, target: Target) => {
    const isUrl = looksLikeUrl(alias);
    const map = isUrl ? index.url : index.text;
    const norm = isUrl ? normaliseUrl(alias) : normaliseText(alias);
    if (!norm) return;
    const existing = map.get(norm);
    if (existing && targetId(existing) !== targetId(target)) {
      index.collisions.push({ alias: norm, targets: [targetId(existing), targetId(target)] });
      return;
    }
    map.set(norm, target);
  };
  for (const l of licences) for (const s of entryStrings(l)) add(s, { kind: 'licence', key: l.key });
  for (const f of families) for (const s of f.aliases) add(s, { kind: 'family', family: f });
  for (const v of vague) for (const s of v.aliases) add(s, { kind: 'vague', vague: v });
  return index;
}

const INDEX = buildAliasIndex();

/**
 * Words that introduce a licence name in free text (« Soumis à la licence Etalab », "Licensed under the …").
 * Only leading words are dropped, and only to retry an exact lookup.
 */
const LEAD_INS = [
  // ArcGIS `licenseInfo` and CC's own HTML: "This work is licensed under a Creative Commons … License."
  'this work is licensed under a',
  'this work is licensed under the',
  'this work is licensed under',
  'this dataset is licensed under the',
  'this dataset is licensed under',
  'this data is licensed under the',
  'licensed under a',
  // The OGL statements name their licence after a fixed lead-in.
  'contains public sector information licensed under the',
  'contains information licensed under the',
  'ce jeu de donnees est publie sous',
  'ce jeu de donnees est mis a disposition sous',
  'donnees publiees sous',
  'soumis a la',
  'soumis a',
  'soumises a la',
  'publie sous',
  'publiee sous',
  'publiees sous',
  'diffuse sous',
  'sous',
  'licensed under the',
  'licensed under',
  'released under the',
  'released under',
  'under the',
  'under',
  'license',
  'la',
  'the',
];

function lookupText(value: string): Target | undefined {
  let norm = normaliseText(value);
  while (norm) {
    // "… 4.0 International License": the trailing word only says it is a licence.
    const hit = INDEX.text.get(norm) ?? (norm.endsWith(' license') ? INDEX.text.get(norm.slice(0, -8)) : undefined);
    if (hit) return hit;
    const lead = LEAD_INS.find((l) => norm.startsWith(`${l} `));
    if (!lead) return undefined;
    norm = norm.slice(lead.length + 1);
  }
  return undefined;
}

interface Candidate {
  target: Target;
  field: MatchedBy;
}

function candidatesFrom(value: string | null | undefined, field: MatchedBy): Candidate[] {
  const v = value?.trim();
  if (!v) return [];
  if (looksLikeUrl(v)) {
    const hit = INDEX.url.get(normaliseUrl(v));
    return hit ? [{ target: hit, field }] : [];
  }
  const direct = lookupText(v);
  if (direct) return [{ target: direct, field }];
  // Free text such as « Licence Ouverte 1.0 http://www.data.gouv.fr/Licence-Ouverte-Open-Licence. »:
  // look at its URLs and at what is left once they are taken out, each exactly.
  const urls = extractUrls(v);
  if (urls.length === 0) return [];
  const found: Candidate[] = [];
  for (const u of urls) {
    const hit = INDEX.url.get(normaliseUrl(u));
    if (hit) found.push({ target: hit, field });
  }
  const rest = lookupText(withoutUrls(v));
  if (rest) found.push({ target: rest, field });
  return found;
}

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

const conflict = (keys: string[]): LicenceResolution => ({
  key: null,
  versionAssumed: false,
  matchedBy: null,
  conflicting: keys,
});

/**
 * The catalogue licence a portal's published id, title and URL name, by exact lookups only. A URL that names
 * a version settles a versionless title (a « Licence Ouverte (Etalab) » linking to the 2014 PDF is 1.0);
 * fields naming different licences give null rather than a guess, and so does anything vague.
 */
export function resolveLicence(published: PublishedFields): LicenceResolution {
  const named = [...candidatesFrom(published.id, 'id'), ...candidatesFrom(published.title, 'title')];
  const registerUrls = named.flatMap((c) =>
    c.target.kind === 'vague' ? (c.target.vague.registerUrls ?? []).map(normaliseUrl) : [],
  );
  const url = published.url?.trim();
  const urlSaysNothing = url ? registerUrls.includes(normaliseUrl(url)) : false;
  const candidates = [...named, ...(urlSaysNothing ? [] : candidatesFrom(published.url, 'url'))];
  const licences = candidates.filter(
    (c): c is Candidate & { target: { kind: 'licence'; key: string } } => c.target.kind === 'licence',
  );
  const specific = licences.filter((c) => !GENERIC_KEYS.has(c.target.key));
  const generic = licences.filter((c) => GENERIC_KEYS.has(c.target.key));
  const families = candidates.flatMap((c) =>
    c.target.kind === 'family' ? [{ family: c.target.family, field: c.field }] : [],
  );

  const specificKeys = unique(specific.map((c) => c.target.key));
  if (specificKeys.length > 1) return conflict(specificKeys);
  const [key] = specificKeys;
  if (key !== undefined) {
    const outside = unique(families.filter((f) => !f.family.members.includes(key)).map((f) => f.family.assumed));
    if (outside.length > 0) return conflict([key, ...outside]);
    return { key, versionAssumed: false, matchedBy: specific[0]!.field };
  }
  const familyKeys = unique(families.map((f) => f.family.assumed));
  if (familyKeys.length > 1) return conflict(familyKeys);
  const [assumed] = familyKeys;
  if (assumed !== undefined) return { key: assumed, versionAssumed: true, matchedBy: families[0]!.field };
  // A generic id (`notspecified`, `other-at`) only says what kind of terms: any real licence named above wins.
  const [first] = generic;
  if (first) return { key: first.target.key, versionAssumed: false, matchedBy: first.field };
  const [vague] = candidates.flatMap((c) => (c.target.kind === 'vague' ? [c.target.vague] : []));
  if (vague) return { key: null, versionAssumed: false, matchedBy: null, reason: vague.reason };
  return { key: null, versionAssumed: false, matchedBy: null };
}
