import type { Resource } from '../../model/dataset';
import { PROVENANCE, type PreviewSource } from './source';

/** The ways to read a resource's rows in the order to try: what its adapter listed, then the file itself. */
export function sourcesFor(resource: Resource): PreviewSource[] {
  return [
    ...resource.sources,
    {
      kind: 'file',
      url: resource.url,
      format: resource.format,
      mime: resource.mime ?? resource.hints.contentType ?? null,
      size: resource.size ?? resource.hints.measuredSize ?? null,
      provenance: PROVENANCE.file,
    },
  ];
}
