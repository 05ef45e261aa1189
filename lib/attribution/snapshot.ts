import type { z } from 'zod';
import { type Dataset, DatasetSchema } from '../model/dataset';

/**
 * The part of a dataset a notice or a citation is made of. A full `Dataset` is one; the credits basket stores
 * only this, so a saved item can be rendered again in any format and language without the portal.
 */
export const DatasetSnapshotSchema = DatasetSchema.pick({
  portal: true,
  origin: true,
  id: true,
  pageUrl: true,
  permalink: true,
  title: true,
  publisher: true,
  licence: true,
  dates: true,
  doi: true,
  publicSector: true,
});
export type DatasetSnapshot = z.infer<typeof DatasetSnapshotSchema>;

export function snapshotOf(dataset: Dataset): DatasetSnapshot {
  const { portal, origin, id, pageUrl, permalink, title, publisher, licence, dates, doi, publicSector } = dataset;
  return { portal, origin, id, pageUrl, permalink, title, publisher, licence, dates, doi, publicSector };
}
