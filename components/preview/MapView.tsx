import { useState } from 'preact/hooks';
import { formatNumber } from '../../lib/i18n';
import { projectMap } from '../../lib/preview/formats/map-projection';
import type { BBox, MapData } from '../../lib/preview/formats/types';
import { useLang, useT } from '../i18n-context';

/** Past this many vertices the map waits for an explicit "draw anyway": a popup should not freeze on its own. */
export const DRAW_GUARD = 20_000;

/** A small SVG map of the geometries, no tiles and no network. */
export function MapView({ map, bbox }: { map: MapData; bbox: BBox }) {
  const t = useT();
  const lang = useLang();
  const [forced, setForced] = useState(false);
  if (map.vertices > DRAW_GUARD && !forced) {
    return (
      <div class="pv-map-guard" role="status">
        <p>{t('formats.view.mapGuard', { count: formatNumber(map.vertices, lang) })}</p>
        <button type="button" class="pv-button" onClick={() => setForced(true)}>
          {t('formats.view.drawAnyway')}
        </button>
      </div>
    );
  }
  const m = projectMap(map, bbox, 360, 240);
  return (
    <figure class="pv-map">
      <svg
        role="img"
        aria-label={t('formats.view.mapLabel', { count: map.shapes.length })}
        width={m.width}
        height={m.height}
        viewBox={`0 0 ${m.width} ${m.height}`}
      >
        {m.paths.map((p, i) => (
          <path key={i} d={p.d} class={`pv-map-${p.kind}`} fill-rule="evenodd" />
        ))}
        {m.points.map(([x, y], i) => (
          <circle key={`p${i}`} cx={x} cy={y} r={2.5} class="pv-map-point" />
        ))}
      </svg>
      {map.capped && <figcaption class="pv-muted">{t('formats.view.mapCapped')}</figcaption>}
    </figure>
  );
}
