import enAttribution from './locales/en/attribution.json';
import enCharts from './locales/en/charts.json';
import enCommon from './locales/en/common.json';
import enCredits from './locales/en/credits.json';
import enErrors from './locales/en/errors.json';
import enFormats from './locales/en/formats.json';
import enGlance from './locales/en/glance.json';
import enLicences from './locales/en/licences.json';
import enOptions from './locales/en/options.json';
import enPortals from './locales/en/portals.json';
import enPreview from './locales/en/preview.json';
import enShell from './locales/en/shell.json';
import enSources from './locales/en/sources.json';
import frAttribution from './locales/fr/attribution.json';
import frCharts from './locales/fr/charts.json';
import frCommon from './locales/fr/common.json';
import frCredits from './locales/fr/credits.json';
import frErrors from './locales/fr/errors.json';
import frFormats from './locales/fr/formats.json';
import frGlance from './locales/fr/glance.json';
import frLicences from './locales/fr/licences.json';
import frOptions from './locales/fr/options.json';
import frPortals from './locales/fr/portals.json';
import frPreview from './locales/fr/preview.json';
import frShell from './locales/fr/shell.json';
import frSources from './locales/fr/sources.json';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

type Namespace = Record<string, string>;

/** One file per feature and language, so that features can add strings without touching each other. */
export const MESSAGES: Record<Lang, Record<string, Namespace>> = {
  en: {
    attribution: enAttribution,
    charts: enCharts,
    common: enCommon,
    credits: enCredits,
    errors: enErrors,
    formats: enFormats,
    glance: enGlance,
    licences: enLicences,
    options: enOptions,
    portals: enPortals,
    preview: enPreview,
    sources: enSources,
    shell: enShell,
  },
  fr: {
    attribution: frAttribution,
    charts: frCharts,
    common: frCommon,
    credits: frCredits,
    errors: frErrors,
    formats: frFormats,
    glance: frGlance,
    licences: frLicences,
    options: frOptions,
    portals: frPortals,
    preview: frPreview,
    sources: frSources,
    shell: frShell,
  },
};

export type Params = Record<string, string | number>;

/** Picks fr or en from a BCP 47 tag; anything else gets English. */
export function pickLang(tag: string | undefined | null): Lang {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function lookup(lang: Lang, key: string): string | undefined {
  const dot = key.indexOf('.');
  if (dot < 0) return undefined;
  return MESSAGES[lang][key.slice(0, dot)]?.[key.slice(dot + 1)];
}

export function hasMessage(lang: Lang, key: string): boolean {
  return lookup(lang, key) !== undefined;
}

/**
 * The message for `key` (`namespace.name`) with `{param}` placeholders filled. A numeric `count` param
 * selects `name_one`/`name_other` when they exist. A missing key shows itself, so it is seen and fixed.
 */
export function t(lang: Lang, key: string, params: Params = {}): string {
  let template: string | undefined;
  if (typeof params.count === 'number') {
    const category = new Intl.PluralRules(lang).select(params.count);
    template = lookup(lang, `${key}_${category}`) ?? lookup(lang, `${key}_other`);
  }
  template ??= lookup(lang, key) ?? lookup('en', key) ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    if (v === undefined) return m;
    return typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}

export function formatNumber(n: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', options).format(n);
}

/** « 6 octobre 2025 » / "6 October 2025"; null for missing or unparsable dates. */
export function formatDate(iso: string | null | undefined, lang: Lang): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(d);
}

const UNITS = { fr: ['o', 'ko', 'Mo', 'Go', 'To'], en: ['B', 'kB', 'MB', 'GB', 'TB'] } as const;

/** Decimal units, as file managers and portals show them: 777 454 664 → « 777,5 Mo ». */
export function formatBytes(bytes: number | null | undefined, lang: Lang): string | null {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return null;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS[lang].length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${formatNumber(Number(value.toFixed(digits)), lang, { maximumFractionDigits: digits })} ${UNITS[lang][unit]}`;
}
