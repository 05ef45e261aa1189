import type { DatasetLicence, PublishedLicence } from '../model/dataset';

const NONE: PublishedLicence = { id: null, title: null, url: null };

/**
 * The licence an adapter reports: exactly what the portal published (nothing at all when `published` is null),
 * not resolved yet. `withResolvedLicence` later replaces id, title and URL with the catalogue's.
 */
export function asPublished(published: PublishedLicence | null): DatasetLicence {
  const licence = published ?? NONE;
  return { id: licence.id, title: licence.title, url: licence.url, versionAssumed: false, published: licence };
}

/** The same licence as published: the three fields alike. */
export const sameLicence = (a: PublishedLicence, b: PublishedLicence): boolean =>
  a.id === b.id && a.title === b.title && a.url === b.url;
