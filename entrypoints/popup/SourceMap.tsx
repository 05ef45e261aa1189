import { useEffect, useState } from 'preact/hooks';
import { GeoBlock } from '../../components/preview/GeoBlock';
import type { Resource } from '../../lib/model/dataset';
import { pointsFromTable } from '../../lib/preview/formats/table-geo';
import { geoFromSources, type SourceGeo } from '../../lib/preview/sources/conversions';
import { sourcesFor } from '../../lib/preview/sources/list';
import type { CsvPreview } from '../../lib/preview/types';

/**
 * The map under a table: from the portal's geographic copies of the file when it made some (they cover the whole
 * file), else from the latitude and longitude columns of the rows shown. Nothing while the copies are read or when
 * there is nothing to draw: the table above is the preview, the map an extra.
 */
export function SourceMap({
  resource,
  preview,
  mayRead,
}: {
  resource: Resource;
  preview: CsvPreview;
  mayRead: (url: string) => Promise<boolean>;
}) {
  const [fromCopies, setFromCopies] = useState<{ url: string; geo: SourceGeo | null } | null>(null);
  const hasCopies = resource.sources.some((s) => s.kind === 'conversion' && s.format !== 'parquet');

  useEffect(() => {
    if (!hasCopies) return;
    let current = true;
    void geoFromSources(sourcesFor(resource), { mayRead }).then((geo) => {
      if (current) setFromCopies({ url: resource.url, geo });
    });
    return () => {
      current = false;
    };
  }, [resource.url, hasCopies]);

  const copies = fromCopies?.url === resource.url ? fromCopies.geo : null;
  if (copies) return <GeoBlock {...copies} />;
  if (hasCopies && fromCopies?.url !== resource.url) return null;
  const complete = !preview.truncated && preview.rows.length === (preview.totalRows ?? preview.rows.length);
  const points = pointsFromTable(preview.columns, preview.rows, complete);
  return points ? <GeoBlock geo={points.geo} map={points.map} provenance="sources.tablePoints" /> : null;
}
