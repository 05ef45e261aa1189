import { useEffect, useState } from 'preact/hooks';
import { type Basket, emptyBasket } from '../../lib/attribution/basket';
import type { Lang } from '../../lib/i18n';
import { CreditsCheckSummarySchema } from '../../lib/messaging/protocol';
import { readBasket, watchBasket, writeBasket } from './storage-items';

/**
 * The credits basket in `storage.local`, shared by every popup and kept across restarts. Items that no longer
 * parse are dropped one by one (and counted) rather than losing the whole basket. Writes made elsewhere (another
 * popup, the background's credits check) show up here as they land.
 */
export function useBasket(): { basket: Basket; dropped: number; save: (next: Basket) => void } {
  const [basket, setBasket] = useState<Basket>(emptyBasket());
  const [dropped, setDropped] = useState(0);
  useEffect(() => {
    void readBasket().then((read) => {
      setBasket(read.basket);
      setDropped(read.dropped);
    });
    return watchBasket(setBasket);
  }, []);
  const save = (next: Basket) => {
    setBasket(next);
    void writeBasket(next);
  };
  return { basket, dropped, save };
}

/**
 * Asks the background to check the basket's datasets against their portals (it skips those checked today) and
 * says while it runs; the results arrive through the basket's storage.
 */
export function useCreditsCheck(lang: Lang): boolean {
  const [checking, setChecking] = useState(true);
  useEffect(() => {
    let live = true;
    browser.runtime
      .sendMessage({ type: 'check-credits', lang })
      .then((answer: unknown) => {
        if (!CreditsCheckSummarySchema.safeParse(answer).success) {
          console.warn('Provenance: the credits check gave no readable answer');
        }
      })
      // A background that cannot answer leaves the basket as it was: there is nothing more to say.
      .catch(() => undefined)
      .finally(() => {
        if (live) setChecking(false);
      });
    return () => {
      live = false;
    };
  }, [lang]);
  return checking;
}
