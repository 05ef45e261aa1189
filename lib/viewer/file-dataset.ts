import type { Dataset } from '../model/dataset';

/** The last path segment, decoded when it can be; the host when the path has none. */
function fileName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  if (!last) return url.host;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** `data.csv.gz` → `csv.gz`, `export.CSV` → `csv`; null without an extension. */
function formatOf(name: string): string | null {
  const match = /\.([a-z0-9]{1,8}(?:\.gz)?)$/i.exec(name);
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * A file opened on its own (a link, a pasted address) as a dataset of one file, so that the preview, which works
 * on datasets, reads it exactly as a portal's file. What a portal would say (producer, licence, dates) is marked
 * missing, never made up.
 */
export function fileDataset(address: string): Dataset {
  const url = new URL(address);
  const name = fileName(url);
  return {
    portal: 'jsonld',
    origin: url.origin,
    id: url.href,
    slug: null,
    pageUrl: url.href,
    permalink: url.href,
    title: name,
    description: null,
    publisher: { name: null, url: null },
    licence: {
      id: null,
      title: null,
      url: null,
      versionAssumed: false,
      published: { id: null, title: null, url: null },
    },
    dates: { created: null, metadataModified: null, dataUpdated: null },
    frequency: null,
    resources: [
      {
        id: 'file',
        title: name,
        url: url.href,
        format: formatOf(name),
        mime: null,
        size: null,
        lastModified: null,
        kind: 'main',
        hints: {},
        sources: [],
      },
    ],
    tags: [],
    sourceUrl: null,
    doi: null,
    status: { archived: false, deleted: false, private: false },
    publicSector: null,
    missing: ['publisher', 'licence', 'dates.dataUpdated'],
  };
}
