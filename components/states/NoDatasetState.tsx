import type { PortalFamily } from '../../lib/model/dataset';
import { useT } from '../i18n-context';

/** Says what Provenance can do and where, instead of an empty popup. */
export function NoDatasetState({ families }: { families: readonly PortalFamily[] }) {
  const t = useT();
  return (
    <section class="pv-state pv-state--none" aria-labelledby="pv-none-title">
      <h1 id="pv-none-title" class="pv-state__title">
        {t('common.noDataset')}
      </h1>
      <p>{t('common.noDatasetHelp')}</p>
      <ul class="pv-portals" data-field="portals">
        {families
          .filter((f) => f !== 'jsonld')
          .map((f) => (
            <li key={f}>{t(`portals.${f}`)}</li>
          ))}
      </ul>
      <p class="pv-muted">{t('common.noDatasetOther')}</p>
    </section>
  );
}
