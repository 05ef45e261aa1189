import type { Lang } from '../i18n';
import { lookupLicence } from './catalogue';
import { GENERIC_KEYS } from './catalogue/generic';
import type { LicenceEntry } from './schema';

/** One sentence for the reader: a locale key, its parameters, and the clause that makes it so. */
export interface CombinationItem {
  messageKey: string;
  params: Record<string, string>;
  source: string;
}

export interface Combination {
  /** What a work combining the datasets must do. */
  obligations: CombinationItem[];
  /** What the texts forbid or make impossible for such a work. */
  conflicts: CombinationItem[];
  /** Keys whose terms Provenance cannot assess: not in the catalogue, generic ids, and `unknown` for null. */
  unknown: string[];
}

/**
 * Which share-alike regime a licence imposes on adaptations: licences in the same group can share one adapted
 * work (CC BY-SA 3.0 adaptations may move to 4.0, §4(b)(ii); DbCL contents follow the ODbL, DbCL §2.2).
 */
const SHARE_ALIKE_GROUP: Record<string, string> = {
  'ODbL-1.0': 'odbl',
  'dbcl-1.0': 'odbl',
  'CC-BY-SA-4.0': 'cc-by-sa',
  'CC-BY-SA-3.0': 'cc-by-sa',
  'CC-BY-NC-SA-4.0': 'cc-by-nc-sa',
};

/** The clause behind each restriction a combined work inherits. */
const RESTRICTIONS: Record<string, Array<{ messageKey: string; source: string }>> = {
  'CC-BY-NC-4.0': [{ messageKey: 'licences.combine.nonCommercial', source: 'CC BY-NC 4.0 §1(i), §2(a)(1)' }],
  'CC-BY-NC-SA-4.0': [{ messageKey: 'licences.combine.nonCommercial', source: 'CC BY-NC-SA 4.0 §1(k), §2(a)(1)' }],
  'CC-BY-ND-4.0': [{ messageKey: 'licences.combine.noDerivatives', source: 'CC BY-ND 4.0 §2(a)(1)(B)' }],
  'CC-BY-NC-ND-4.0': [
    { messageKey: 'licences.combine.nonCommercial', source: 'CC BY-NC-ND 4.0 §1(h), §2(a)(1)' },
    { messageKey: 'licences.combine.noDerivatives', source: 'CC BY-NC-ND 4.0 §2(a)(1)(B)' },
  ],
  'other-nc': [{ messageKey: 'licences.combine.nonCommercial', source: 'CKAN/udata licence list: other-nc' }],
  'other-closed': [{ messageKey: 'licences.combine.notOpen', source: 'CKAN/udata licence list: other-closed' }],
};

/** Generic ids that name a kind of terms: their real text is the producer's, so they stay "unknown". */
const TERMS_UNKNOWN = new Set([...GENERIC_KEYS].filter((k) => k !== 'other-pd'));

function shareAlikeItems(entry: LicenceEntry, lang: Lang): CombinationItem[] {
  const group = SHARE_ALIKE_GROUP[entry.key];
  const licence = entry.names[lang];
  if (group === 'odbl') {
    return [
      {
        messageKey: 'licences.combine.shareAlikeOdbl',
        params: { licence, key: entry.key },
        source: 'ODbL 1.0 §4.4–4.5',
      },
      { messageKey: 'licences.combine.odblAccess', params: { licence, key: entry.key }, source: 'ODbL 1.0 §4.6' },
    ];
  }
  if (group && entry.shareAlike) {
    return [
      {
        messageKey: 'licences.combine.shareAlikeCc',
        params: { licence, key: entry.key },
        source: entry.shareAlike.source,
      },
    ];
  }
  return [];
}

const itemId = (i: CombinationItem) => `${i.messageKey}|${i.params.key ?? ''}|${i.params.secondKey ?? ''}`;

function dedupe(items: CombinationItem[]): CombinationItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const id = itemId(i);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * What a work combining datasets under these licences must do, and what the licence texts make impossible
 * for it (only what the licence texts themselves say). `lang` localizes the licence names passed as params;
 * every item also carries `params.key`, the catalogue key it is about.
 */
export function combineLicences(keys: (string | null)[], lang: Lang = 'en'): Combination {
  const obligations: CombinationItem[] = [];
  const conflicts: CombinationItem[] = [];
  const unknown: string[] = [];
  const entries: LicenceEntry[] = [];

  for (const key of new Set(keys)) {
    const entry = key ? lookupLicence(key) : undefined;
    if (!key || !entry) {
      unknown.push(key ?? 'unknown');
      continue;
    }
    if (TERMS_UNKNOWN.has(entry.key)) unknown.push(entry.key);
    entries.push(entry);
  }

  for (const entry of entries) {
    const licence = entry.names[lang];
    const requiresCredit = entry.attribution.style !== 'public-domain' && entry.key !== 'notspecified';
    if (requiresCredit && entry.conditions.length > 0) {
      obligations.push({
        messageKey: 'licences.combine.attribution',
        params: { licence, key: entry.key, summary: entry.attribution.summary[lang] },
        source: entry.attribution.source,
      });
    }
    obligations.push(...shareAlikeItems(entry, lang));
    for (const r of RESTRICTIONS[entry.key] ?? []) {
      conflicts.push({ messageKey: r.messageKey, params: { licence, key: entry.key }, source: r.source });
    }
  }

  // Two share-alike regimes: each text requires adaptations under itself (or what it calls compatible) and
  // neither names the other, so no single adapted work satisfies both (ODbL §4.4; CC BY-SA §3(b)(1)).
  const byGroup = new Map<string, LicenceEntry>();
  for (const entry of entries) {
    const group = SHARE_ALIKE_GROUP[entry.key];
    if (group && !byGroup.has(group)) byGroup.set(group, entry);
  }
  const groups = [...byGroup.values()];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i]!;
      const b = groups[j]!;
      conflicts.push({
        messageKey: 'licences.combine.shareAlikeClash',
        params: { first: a.names[lang], second: b.names[lang], key: a.key, secondKey: b.key },
        source: `${a.shareAlike?.source ?? a.key}; ${b.shareAlike?.source ?? b.key}`,
      });
    }
  }

  return { obligations: dedupe(obligations), conflicts: dedupe(conflicts), unknown };
}
