import { z } from 'zod';
import { AttributionFormatSchema } from '../attribution/options';
import { type Lang, pickLang } from '../i18n';
import { DEFAULT_BUDGET, DEFAULT_PREVIEW_ROWS } from '../preview/defaults';

/** The bounds the options page offers: a preview must stay quick, and a popup table readable. */
export const BUDGET_KIB = { min: 64, max: 16_384 } as const;
export const PREVIEW_ROWS = { min: 10, max: 1_000 } as const;
export const MODIFIED_BY_MAX = 200;

/**
 * What the user chose on the options page. Each field falls back on its own default (`catch`): storage is outside
 * data, and one unreadable field must not throw away the others.
 */
export const SettingsSchema = z.object({
  /** `browser` follows the browser's language. */
  uiLang: z.enum(['browser', 'fr', 'en']).catch('browser'),
  attribution: z
    .object({
      format: AttributionFormatSchema.catch('text'),
      /** `ui` writes notices in the interface language. */
      lang: z.enum(['ui', 'fr', 'en']).catch('ui'),
      /** Who modified the data, for the "modified by" clause; empty when the user gave no name. */
      modifiedBy: z.string().max(MODIFIED_BY_MAX).catch(''),
    })
    .catch({ format: 'text', lang: 'ui', modifiedBy: '' }),
  preview: z
    .object({
      budgetKiB: z
        .number()
        .int()
        .min(BUDGET_KIB.min)
        .max(BUDGET_KIB.max)
        .catch(DEFAULT_BUDGET / 1024),
      rows: z.number().int().min(PREVIEW_ROWS.min).max(PREVIEW_ROWS.max).catch(DEFAULT_PREVIEW_ROWS),
    })
    .catch({ budgetKiB: DEFAULT_BUDGET / 1024, rows: DEFAULT_PREVIEW_ROWS }),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Anything read from storage, made into settings: unknown keys dropped, bad fields back to their defaults. */
export function readSettings(raw: unknown): Settings {
  return SettingsSchema.parse(raw && typeof raw === 'object' ? raw : {});
}

/** The interface language: the user's choice, else the browser's. */
export function uiLangOf(settings: Settings, browserTag: string | null | undefined): Lang {
  return settings.uiLang === 'browser' ? pickLang(browserTag) : settings.uiLang;
}

/** The notice language: the user's choice, else the interface's. */
export function noticeLangOf(settings: Settings, uiLang: Lang): Lang {
  return settings.attribution.lang === 'ui' ? uiLang : settings.attribution.lang;
}

export function previewLimitsOf(settings: Settings): { budget: number; rows: number } {
  return { budget: settings.preview.budgetKiB * 1024, rows: settings.preview.rows };
}
