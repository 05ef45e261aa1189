import { z } from 'zod';
import type { Resource } from '../model/dataset';
import { fail, failure, ok, type Result } from '../model/failure';
import type { JsonFetcher } from '../portals/adapter';
import { malformedFrom } from '../portals/zod-failure';
import { DEFAULT_PREVIEW_ROWS, type PreviewOptions, type ProgressiveOptions, previewUrl } from './csv-preview';
import type { ReadUrlOptions } from './read-bytes';
import {
  CodeFormatSchema,
  type Column,
  type ColumnFormat,
  type ColumnProfile,
  type ColumnType,
  type CsvPreview,
  DelimiterSchema,
  type Encoding,
} from './types';

/** data.gouv.fr's tabular API: files its crawler already parsed (csv-detective), served as JSON pages. */
export const TABULAR_API_ROOT = 'https://tabular-api.data.gouv.fr/api/resources';
const TABULAR_HOST = 'tabular-api.data.gouv.fr';
/** The API refuses larger pages (`Page size exceeds allowed maximum: 50`). */
export const TABULAR_PAGE_MAX = 50;

const ProfileEntrySchema = z.object({
  tops: z.array(z.object({ value: z.unknown(), count: z.number() })).default([]),
  nb_distinct: z.number().optional(),
  nb_missing_values: z.number().optional(),
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
  mean: z.number().nullable().optional(),
});

const TabularProfileSchema = z.object({
  profile: z.object({
    header: z.array(z.string()),
    columns: z.record(z.string(), z.object({ format: z.string(), python_type: z.string() })),
    profile: z.record(z.string(), ProfileEntrySchema).nullable().optional(),
    encoding: z.string(),
    separator: z.string(),
    total_lines: z.number().nullable().optional(),
  }),
});
type TabularProfile = z.infer<typeof TabularProfileSchema>['profile'];

const TabularPageSchema = z.object({
  data: z.array(z.record(z.string(), z.unknown())),
  links: z.object({ next: z.string().nullable().optional() }).optional(),
  meta: z.object({ total: z.number().optional() }).optional(),
});

/** csv-detective's encoding names (Python codec names) → WHATWG labels; null for one we cannot name. */
export function encodingFromPortal(name: string): Encoding | null {
  const key = name.toLowerCase().replace(/[-_\s]/g, '');
  if (key === 'utf8' || key === 'utf8sig' || key === 'ascii') return 'utf-8';
  if (['iso88591', 'latin1', 'l1', 'cp1252', 'windows1252', 'cp819'].includes(key)) return 'windows-1252';
  if (key === 'iso885915' || key === 'latin9') return 'iso-8859-15';
  if (key === 'utf16' || key === 'utf16le') return 'utf-16le';
  if (key === 'utf16be') return 'utf-16be';
  return null;
}

const TYPE_FROM_PYTHON: Record<string, ColumnType> = {
  int: 'integer',
  float: 'decimal',
  bool: 'boolean',
  date: 'date',
  datetime: 'datetime',
};

/** csv-detective format names that match ours (it has 56; the others have no equivalent here). */
const FORMAT_FROM_DETECTIVE: Record<string, ColumnFormat> = {
  code_commune_insee: 'code_commune_insee',
  code_postal: 'code_postal',
  code_departement: 'code_departement',
  code_region: 'code_region',
  siren: 'siren',
  siret: 'siret',
  latitude_wgs: 'latitude',
  latitude_wgs_fr_metropole: 'latitude',
  longitude_wgs: 'longitude',
  longitude_wgs_fr_metropole: 'longitude',
  email: 'email',
  url: 'url',
  year: 'year',
  percent: 'percent',
};
const CODE_FORMATS: ReadonlySet<ColumnFormat> = new Set(CodeFormatSchema.options);

/** Cells arrive typed (numbers, booleans, null, JSON objects); the preview shows them as strings. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function columnFrom(name: string, profile: TabularProfile): Column {
  const detected = profile.columns[name];
  const format = detected ? (FORMAT_FROM_DETECTIVE[detected.format] ?? null) : null;
  // Codes are text even when csv-detective's python type says int (a code is never a number).
  const type: ColumnType =
    format && CODE_FORMATS.has(format) ? 'text' : (TYPE_FROM_PYTHON[detected?.python_type ?? ''] ?? 'text');
  const stats = profile.profile?.[name];
  const total = profile.total_lines ?? 0;
  const columnProfile: ColumnProfile | undefined = stats && {
    count: total,
    missing: stats.nb_missing_values ?? 0,
    distinct: stats.nb_distinct ?? 0,
    // csv-detective counts over the whole file (pandas nunique): exact.
    distinctApproximate: false,
    min: stats.min ?? null,
    max: stats.max ?? null,
    mean: stats.mean ?? null,
    top: stats.tops.map((t) => ({ value: cellText(t.value), count: t.count })),
    histogram: [],
  };
  return {
    name,
    type,
    format,
    // Numbers come as JSON numbers, shown with a dot whatever the file used.
    decimalSeparator: type === 'decimal' ? '.' : null,
    ...(columnProfile ? { profile: columnProfile } : {}),
  };
}

export interface TabularOptions {
  fetchJson: JsonFetcher;
  rows?: number;
  /** The file's size from the portal's metadata, to show next to the row count. */
  totalBytes?: number | null;
}

/**
 * A preview built from the tabular API: the profile (encoding, separator, column formats, whole-file
 * figures) and the first rows, page by page. No byte of the file itself is read.
 */
export async function previewFromTabularApi(resourceId: string, options: TabularOptions): Promise<Result<CsvPreview>> {
  const base = `${TABULAR_API_ROOT}/${encodeURIComponent(resourceId)}`;
  const rawProfile = await options.fetchJson(`${base}/profile/`);
  if (!rawProfile.ok) return rawProfile;
  const parsedProfile = TabularProfileSchema.safeParse(rawProfile.value);
  if (!parsedProfile.success) return fail(malformedFrom(parsedProfile.error, TABULAR_HOST));
  const profile = parsedProfile.data.profile;
  const encoding = encodingFromPortal(profile.encoding);
  const delimiter = DelimiterSchema.safeParse(profile.separator);
  if (!encoding || !delimiter.success) {
    const field = encoding ? 'separator' : 'encoding';
    return fail(
      failure('malformed', 'errors.malformed', {
        params: { host: TABULAR_HOST, detail: field },
        detail: `${field}: ${encoding ? profile.separator : profile.encoding}`,
      }),
    );
  }

  const wanted = options.rows ?? DEFAULT_PREVIEW_ROWS;
  const pageSize = Math.min(TABULAR_PAGE_MAX, Math.max(1, wanted));
  const rows: string[][] = [];
  let total: number | null = profile.total_lines ?? null;
  for (let page = 1; rows.length < wanted; page++) {
    const raw = await options.fetchJson(`${base}/data/?page=${page}&page_size=${pageSize}`);
    if (!raw.ok) return raw;
    const parsed = TabularPageSchema.safeParse(raw.value);
    if (!parsed.success) return fail(malformedFrom(parsed.error, TABULAR_HOST));
    total ??= parsed.data.meta?.total ?? null;
    // Header order, not the JSON object's; `__id` is the API's row number, not a column of the file.
    for (const record of parsed.data.data.slice(0, wanted - rows.length)) {
      rows.push(profile.header.map((h) => cellText(record[h])));
    }
    if (parsed.data.data.length < pageSize || !parsed.data.links?.next) break;
  }

  return ok({
    source: 'tabular-api',
    encoding,
    encodingOverridden: false,
    encodingEvidence: 'portal',
    delimiter: delimiter.data,
    delimiterOverridden: false,
    preamble: [],
    columns: profile.header.map((name) => columnFrom(name, profile)),
    rows,
    raggedRows: 0,
    bytesRead: 0,
    totalBytes: options.totalBytes ?? null,
    totalRows: total,
    truncated: total === null ? false : rows.length < total,
  });
}

export interface ResourcePreviewOptions
  extends PreviewOptions,
    ProgressiveOptions,
    Omit<ReadUrlOptions, 'budget' | 'totalBytes' | 'onBytes'> {
  fetchJson: JsonFetcher;
  /** The portal the resource comes from: the tabular API only knows data.gouv.fr's files. */
  origin: string;
}

function onDataGouvFr(origin: string): boolean {
  try {
    const host = new URL(origin).host;
    return host === 'data.gouv.fr' || host.endsWith('.data.gouv.fr');
  } catch {
    return false;
  }
}

/**
 * The preview of one resource: data.gouv.fr's tabular API first (already parsed, whole-file figures),
 * tried for every data.gouv.fr resource since `hints.tabularApi` is only a hint; the file itself
 * otherwise, or when the API has nothing (404 when not indexed, 410 when deleted) or fails in any way. A user's encoding or delimiter choice goes straight to the file: it is about bytes.
 */
export async function previewResource(
  resource: Resource,
  options: ResourcePreviewOptions,
): Promise<Result<CsvPreview>> {
  const totalBytes = resource.size ?? resource.hints.measuredSize ?? null;
  const overridden = options.encoding !== undefined || options.delimiter !== undefined;
  // Only data.gouv.fr's own files: asking its API about another portal's files would tell it what you read.
  if (!overridden && onDataGouvFr(options.origin)) {
    const viaApi = await previewFromTabularApi(resource.id, {
      fetchJson: options.fetchJson,
      rows: options.rows,
      totalBytes,
    });
    if (viaApi.ok) return viaApi;
  }
  return previewUrl(resource.url, { ...options, totalBytes });
}
