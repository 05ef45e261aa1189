import { type Lang, t } from '../i18n';
import { lookupLicence } from './catalogue';
import { CC_GENERIC_LICENCES } from './catalogue/cc-generic';
import { GENERIC_KEYS } from './catalogue/generic';
import { licenceName } from './display-name';
import { CRPA_CONDITIONS } from './public-sector';
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
 * One dataset's licence as the combination needs it: the key, whether its version was only assumed (then the
 * licence is named without one), and whether CRPA's default conditions apply instead (French public
 * information published without a licence).
 */
export interface LicenceUse {
  key: string | null;
  versionAssumed?: boolean;
  crpa?: boolean;
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
  // 2.0 and 2.5 allow a later version with the same elements (§4(b)); 1.0 only itself.
  'CC-BY-SA-2.5': 'cc-by-sa',
  'CC-BY-SA-2.0': 'cc-by-sa',
  'CC-BY-SA-1.0': 'cc-by-sa-1.0',
  'CC-BY-NC-SA-4.0': 'cc-by-nc-sa',
  'CC-BY-NC-SA-3.0': 'cc-by-nc-sa',
  'CC-BY-NC-SA-2.5': 'cc-by-nc-sa',
  'CC-BY-NC-SA-2.0': 'cc-by-nc-sa',
  'CC-BY-NC-SA-1.0': 'cc-by-nc-sa-1.0',
};

/** CC 1.0–3.0 NC and ND licences: the clause is the one their catalogue entry cites for the prohibition. */
function legacyRestrictions(): Record<string, Array<{ messageKey: string; source: string }>> {
  const out: Record<string, Array<{ messageKey: string; source: string }>> = {};
  for (const entry of CC_GENERIC_LICENCES) {
    const items: Array<{ messageKey: string; source: string }> = [];
    const nc = entry.prohibitions.find((p) => /commercial/i.test(p.text.en));
    const nd = entry.prohibitions.find((p) => /derivative works/i.test(p.text.en));
    if (nc) items.push({ messageKey: 'licences.combine.nonCommercial', source: nc.source });
    if (nd) items.push({ messageKey: 'licences.combine.noDerivatives', source: nd.source });
    if (items.length) out[entry.key] = items;
  }
  return out;
}

/** The clause behind each restriction a combined work inherits. */
const RESTRICTIONS: Record<string, Array<{ messageKey: string; source: string }>> = {
  'CC-BY-NC-4.0': [{ messageKey: 'licences.combine.nonCommercial', source: 'CC BY-NC 4.0 §1(i), §2(a)(1)' }],
  'CC-BY-NC-SA-4.0': [{ messageKey: 'licences.combine.nonCommercial', source: 'CC BY-NC-SA 4.0 §1(k), §2(a)(1)' }],
  'CC-BY-ND-4.0': [{ messageKey: 'licences.combine.noDerivatives', source: 'CC BY-ND 4.0 §2(a)(1)(B)' }],
  'CC-BY-NC-ND-4.0': [
    { messageKey: 'licences.combine.nonCommercial', source: 'CC BY-NC-ND 4.0 §1(h), §2(a)(1)' },
    { messageKey: 'licences.combine.noDerivatives', source: 'CC BY-NC-ND 4.0 §2(a)(1)(B)' },
  ],
  ...legacyRestrictions(),
  'other-nc': [{ messageKey: 'licences.combine.nonCommercial', source: 'CKAN/udata licence list: other-nc' }],
  'other-closed': [{ messageKey: 'licences.combine.notOpen', source: 'CKAN/udata licence list: other-closed' }],
};

/** Generic ids that name a kind of terms: their real text is the producer's, so they stay "unknown". */
const TERMS_UNKNOWN = new Set([...GENERIC_KEYS].filter((k) => k !== 'other-pd'));

function shareAlikeItems(entry: LicenceEntry, licence: string): CombinationItem[] {
  const group = SHARE_ALIKE_GROUP[entry.key];
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
 * for it (only what the texts themselves say). `lang` localizes the licence names passed as params;
 * every item also carries `params.key`, the catalogue key it is about.
 */
export function combineLicences(uses: readonly (string | null | LicenceUse)[], lang: Lang = 'en'): Combination {
  const obligations: CombinationItem[] = [];
  const conflicts: CombinationItem[] = [];
  const unknown: string[] = [];
  const entries: LicenceEntry[] = [];
  const names = new Map<string, string>();
  const nameOf = (entry: LicenceEntry) => names.get(entry.key) ?? entry.names[lang];

  for (const raw of uses) {
    const use: LicenceUse = typeof raw === 'object' && raw !== null ? raw : { key: raw };
    if (use.crpa) {
      // Not "unrecognised": without a licence, the law sets the conditions (CRPA L321-2, L322-1, L322-2).
      for (const c of CRPA_CONDITIONS) {
        obligations.push({
          messageKey: 'licences.combine.crpa',
          params: { condition: t(lang, c.messageKey), key: c.messageKey },
          source: c.source,
        });
      }
      continue;
    }
    const { key } = use;
    const entry = key ? lookupLicence(key) : undefined;
    if (!key || !entry) {
      if (!unknown.includes(key ?? 'unknown')) unknown.push(key ?? 'unknown');
      continue;
    }
    // The same licence once with a version and once without: the versionless name says less, and is kept.
    if (use.versionAssumed) names.set(entry.key, licenceName(entry, true, lang));
    if (entries.includes(entry)) continue;
    if (TERMS_UNKNOWN.has(entry.key)) unknown.push(entry.key);
    entries.push(entry);
  }

  for (const entry of entries) {
    const licence = nameOf(entry);
    const requiresCredit = entry.attribution.style !== 'public-domain' && entry.key !== 'notspecified';
    if (requiresCredit && entry.conditions.length > 0) {
      obligations.push({
        messageKey: 'licences.combine.attribution',
        params: { licence, key: entry.key, summary: entry.attribution.summary[lang] },
        source: entry.attribution.source,
      });
    }
    obligations.push(...shareAlikeItems(entry, licence));
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
      const odbl = SHARE_ALIKE_GROUP[a.key] === 'odbl' ? a : SHARE_ALIKE_GROUP[b.key] === 'odbl' ? b : null;
      if (odbl) {
        // ODbL §4.5(b): a Produced Work (a map, a chart) is not a Derivative Database, so only a merged
        // database meets both share-alike clauses.
        const other = odbl === a ? b : a;
        conflicts.push({
          messageKey: 'licences.combine.shareAlikeClashOdbl',
          params: { odbl: nameOf(odbl), other: nameOf(other), key: odbl.key, secondKey: other.key },
          source: `ODbL 1.0 §4.4, §4.5(b); ${other.shareAlike?.source ?? other.key}`,
        });
        continue;
      }
      conflicts.push({
        messageKey: 'licences.combine.shareAlikeClash',
        params: { first: nameOf(a), second: nameOf(b), key: a.key, secondKey: b.key },
        source: `${a.shareAlike?.source ?? a.key}; ${b.shareAlike?.source ?? b.key}`,
      });
    }
  }

  // ODC-By §4.2(a): a publicly conveyed derivative database goes "only under the terms of this License",
  // while ODbL §4.4 wants it under the ODbL: a merged database cannot obviously be both.
  const odcBy = entries.find((e) => e.key === 'ODC-By-1.0');
  const odblEntry = entries.find((e) => SHARE_ALIKE_GROUP[e.key] === 'odbl');
  if (odcBy && odblEntry) {
    conflicts.push({
      messageKey: 'licences.combine.odcByOdbl',
      params: { odcBy: nameOf(odcBy), odbl: nameOf(odblEntry), key: odcBy.key, secondKey: odblEntry.key },
      source: 'ODC-By 1.0 §4.2(a); ODbL 1.0 §4.4',
    });
  }

  return { obligations: dedupe(obligations), conflicts: dedupe(conflicts), unknown };
}
