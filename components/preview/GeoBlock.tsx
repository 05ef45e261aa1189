import { formatNumber } from '../../lib/i18n';
import type { GeoSummary, MapData } from '../../lib/preview/formats/types';
import { useLang, useT } from '../i18n-context';
import { MapView } from './MapView';

export interface GeoBlockProps {
  geo: GeoSummary;
  map: MapData | null;
  /** Where the figures come from (a locale key), when not from the file shown. */
  provenance?: string;
  /** Only the extent is known (a tile archive's header): no feature count. */
  extentOnly?: boolean;
}

/** Feature count, geometry types, extent and the map of a file, or of a portal's copy of it. */
export function GeoBlock({ geo, map, provenance, extentOnly = false }: GeoBlockProps) {
  const t = useT();
  const lang = useLang();
  const round = (n: number) => formatNumber(Math.round(n * 1e4) / 1e4, lang);
  return (
    <div class="pv-geo" data-geo-provenance={provenance}>
      {!extentOnly && (
        <p>
          {t(geo.complete ? 'formats.view.features' : 'formats.view.featuresAtLeast', { count: geo.features })}
          {geo.geometryTypes.length > 0 && ` · ${geo.geometryTypes.join(', ')}`}
        </p>
      )}
      {geo.bbox && <p class="pv-muted">{t('formats.view.bbox', { bbox: geo.bbox.map(round).join(' ; ') })}</p>}
      {map && geo.bbox && <MapView map={map} bbox={geo.bbox} />}
      {provenance && <p class="pv-muted">{t(provenance)}</p>}
    </div>
  );
}
