import type { PageSignals } from '../detect/page-signals';
import type { DatasetRef, PortalFamily } from '../model/dataset';
import type { PortalAdapter } from './adapter';
import { arcgis } from './arcgis';
import { ckan } from './ckan';
import { jsonld } from './jsonld';
import { opendatasoft } from './opendatasoft';
import { socrata } from './socrata';
import { udata } from './udata';

/**
 * Every portal family, most specific first: a page that is both a udata page and carries schema.org markup
 * is read through udata's API, which says more than the markup.
 */
export const ADAPTERS: readonly PortalAdapter[] = [udata, ckan, opendatasoft, socrata, arcgis, jsonld];

export function adapterFor(family: PortalFamily): PortalAdapter | undefined {
  return ADAPTERS.find((a) => a.family === family);
}

export function detectDataset(signals: PageSignals): DatasetRef | null {
  for (const adapter of ADAPTERS) {
    const ref = adapter.detect(signals);
    if (ref) return ref;
  }
  return null;
}
