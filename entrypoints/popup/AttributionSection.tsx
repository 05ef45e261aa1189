import { useState } from 'preact/hooks';
import { AttributionPanel } from '../../components/attribution/AttributionPanel';
import { addToBasket, basketItemId } from '../../lib/attribution/basket';
import { noticeInputOf } from '../../lib/attribution/input';
import { type AttributionOptions, AttributionOptionsSchema } from '../../lib/attribution/options';
import { renderAttribution } from '../../lib/attribution/render';
import type { Dataset, DatasetRef } from '../../lib/model/dataset';
import { useBasket } from './basket-store';
import { copyText, useStored } from './stored';

/**
 * The attribution panel for one dataset: remembered choices (starting from the defaults of the options page),
 * clipboard, and "Add to my credits" (with the ref, so that the credits check can ask the portal again later).
 */
export function AttributionSection({
  dataset,
  datasetRef,
  defaults,
}: {
  dataset: Dataset;
  datasetRef: DatasetRef;
  defaults: AttributionOptions;
}) {
  const [options, setOptions] = useStored('attribution-options', AttributionOptionsSchema, defaults);
  const [copied, setCopied] = useState(false);
  const { basket, save } = useBasket();
  const input = noticeInputOf(dataset);
  const added = basket.items.some((i) => i.id === basketItemId(dataset));
  const today = new Date().toISOString().slice(0, 10);
  return (
    <AttributionPanel
      render={(o: AttributionOptions) => renderAttribution(input, { ...o, accessed: today })}
      options={{ ...options, modifiedBy: options.modifiedBy || defaults.modifiedBy }}
      onOptionsChange={(o) => {
        setOptions(o);
        setCopied(false);
      }}
      copied={copied}
      onCopy={async (text) => setCopied(await copyText(text))}
      added={added}
      onAddToCredits={() => save(addToBasket(basket, dataset, new Date().toISOString(), null, datasetRef))}
    />
  );
}
