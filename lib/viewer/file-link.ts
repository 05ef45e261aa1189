/** Extensions of the files the preview reads (or names, for the ones it lists without reading). */
export const DATA_FILE_EXTENSIONS = [
  'csv',
  'tsv',
  'txt',
  'csv.gz',
  'json',
  'geojson',
  'xlsx',
  'xls',
  'ods',
  'parquet',
  'zip',
] as const;

/** Context-menu patterns for links to those files, a query string allowed (portals add download tokens). */
export const DATA_LINK_PATTERNS = DATA_FILE_EXTENSIONS.flatMap((ext) =>
  ['http', 'https'].flatMap((scheme) => [`${scheme}://*/*.${ext}`, `${scheme}://*/*.${ext}?*`]),
);

/** Whether a web address names a data file by its extension: what a pasted address is taken for when no portal claims it. */
export function looksLikeDataFile(address: string): boolean {
  try {
    const url = new URL(address);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
    const path = url.pathname.toLowerCase();
    return DATA_FILE_EXTENSIONS.some((ext) => path.endsWith(`.${ext}`));
  } catch {
    return false;
  }
}
