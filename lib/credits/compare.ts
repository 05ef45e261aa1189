import type { BasketItem } from '../attribution/basket';
import type { DatasetLicence } from '../model/dataset';
import type { Failure } from '../model/failure';
import { type LicenceDiff, licenceDiff } from './licence-diff';

/**
 * What the basket says about one item: the credited state against the latest known one. Both flags may hold at
 * once (a new date and a new licence), and "could not check" comes beside them: what was learnt before stays.
 */
export interface CreditStatus {
  /** The data changed since it was credited: the new last-update date. */
  updated: { from: string | null; to: string } | null;
  licenceChanged: { from: DatasetLicence; to: DatasetLicence; diff: LicenceDiff } | null;
  /** Why the last check could not reach an answer. */
  couldNotCheck: Failure | null;
}

const norm = (s: string | null) => s?.trim().toLowerCase() ?? null;

/**
 * The same licence when the portal published exactly the same thing, or when both resolve to one catalogue
 * key (a portal relabelling « lov2 » as « Licence Ouverte v2.0 » changes nothing for the reuser).
 */
export function sameLicence(a: DatasetLicence, b: DatasetLicence): boolean {
  const p = a.published;
  const q = b.published;
  if (norm(p.id) === norm(q.id) && norm(p.title) === norm(q.title) && norm(p.url) === norm(q.url)) return true;
  return a.id !== null && a.id === b.id;
}

const time = (iso: string) => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
};

/** A later date than the credited one (or a date where there was none); an earlier one is the portal's fix. */
export function isNewer(to: string | null, from: string | null): to is string {
  if (to === null || to === from) return false;
  if (from === null) return true;
  const [a, b] = [time(to), time(from)];
  return a !== null && b !== null ? a > b : to > from;
}

export function creditStatus(item: BasketItem): CreditStatus {
  const { recorded, dataset } = item;
  const updated =
    recorded && isNewer(dataset.dates.dataUpdated, recorded.dataUpdated)
      ? { from: recorded.dataUpdated, to: dataset.dates.dataUpdated as string }
      : null;
  const licenceChanged =
    recorded && !sameLicence(recorded.licence, dataset.licence)
      ? { from: recorded.licence, to: dataset.licence, diff: licenceDiff(recorded.licence, dataset.licence) }
      : null;
  return { updated, licenceChanged, couldNotCheck: item.check.failure };
}

/** The user accepts the dataset as it is now: it becomes what is credited, and the flags go. */
export function acknowledge(item: BasketItem, at: string): BasketItem {
  return {
    ...item,
    recorded: { dataUpdated: item.dataset.dates.dataUpdated, licence: item.dataset.licence, at },
  };
}
