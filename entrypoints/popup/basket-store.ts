import { useEffect, useState } from 'preact/hooks';
import { type Basket, emptyBasket } from '../../lib/attribution/basket';
import { readBasket, writeBasket } from './storage-items';

/**
 * The credits basket in `storage.local`, shared by every popup and kept across restarts. Items that no longer
 * parse are dropped one by one (and counted) rather than losing the whole basket.
 */
export function useBasket(): { basket: Basket; dropped: number; save: (next: Basket) => void } {
  const [basket, setBasket] = useState<Basket>(emptyBasket());
  const [dropped, setDropped] = useState(0);
  useEffect(() => {
    void readBasket().then((read) => {
      setBasket(read.basket);
      setDropped(read.dropped);
    });
  }, []);
  const save = (next: Basket) => {
    setBasket(next);
    void writeBasket(next);
  };
  return { basket, dropped, save };
}
