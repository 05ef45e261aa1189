import type { PageSignals } from '../detect/page-signals';
import type { DatasetRef, PortalFamily } from '../model/dataset';
import type { AnyAdapter, PortalAdapter } from './adapter';
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
export const ADAPTERS: readonly AnyAdapter[] = [udata, ckan, opendatasoft, socrata, arcgis, jsonld];

/** One adapter per family: a family without one does not type-check. */
const BY_FAMILY: { [F in PortalFamily]: PortalAdapter<F> } = { udata, ckan, opendatasoft, socrata, arcgis, jsonld };

/** The adapter of a family, typed for that family's refs. */
export function adapterFor<F extends PortalFamily>(family: F): PortalAdapter<F> {
  return BY_FAMILY[family];
}

export function detectDataset(signals: PageSignals): DatasetRef | null {
  for (const adapter of ADAPTERS) {
    const ref = adapter.detect(signals);
    if (ref) return ref;
  }
  return null;
}

/** The origins reading a ref's metadata needs: what the extension must hold a permission for. */
export function originsFor(ref: DatasetRef): string[] {
  return adapterFor(ref.portal).origins(ref);
}
