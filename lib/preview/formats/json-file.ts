import { fail, failure, ok, type Result } from '../../model/failure';
import { DEFAULT_PREVIEW_ROWS } from '../csv-preview';
import { type ByteReader, headOfBudget } from './byte-reader';
import { isGeoJson, readGeoJson } from './geojson';
import { parseJsonPrefix } from './json-parse';
import { flatTable, jsonTree } from './json-view';
import type { FilePreview } from './types';

/** JSON or GeoJSON from bytes in hand (a file's first budget, or an archive entry's). */
export function jsonFromBytes(
  bytes: Uint8Array,
  info: { bytesRead: number; totalBytes: number | null; truncated: boolean; rows?: number },
): Result<FilePreview> {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const parsed = parseJsonPrefix(text);
  if (parsed.value === undefined || (parsed.errorAt !== null && !info.truncated && parsed.errorAt < 16)) {
    return fail(
      failure('malformed', 'formats.jsonInvalid', {
        params: { offset: parsed.errorAt ?? 0 },
        detail: text.slice(parsed.errorAt ?? 0, (parsed.errorAt ?? 0) + 40),
      }),
    );
  }
  // Cut at the budget, or broken further on: either way what came before is shown and marked partial.
  const truncated = info.truncated || !parsed.complete;
  const base = {
    bytesRead: info.bytesRead,
    totalBytes: info.totalBytes,
    truncated,
    container: null,
    entries: null,
    entriesPartial: false,
  };
  const rowsShown = info.rows ?? DEFAULT_PREVIEW_ROWS;
  if (isGeoJson(parsed.value)) {
    const view = readGeoJson(parsed.value, parsed.incomplete, { complete: !truncated, rowsShown });
    return ok({ ...base, format: 'geojson', ...view });
  }
  const { root, capped } = jsonTree(parsed.value, parsed.incomplete);
  return ok({
    ...base,
    format: 'json',
    tree: root,
    treeCapped: capped,
    table: flatTable(parsed.value, parsed.incomplete, { complete: !truncated, rowsShown }),
    bigIntegers: parsed.bigIntegers,
    depth: parsed.depth,
  });
}

/** The first budget of a JSON file, parsed as far as it goes. */
export async function previewJson(reader: ByteReader, rows: number | undefined): Promise<Result<FilePreview>> {
  const head = await headOfBudget(reader);
  if (!head.ok) return head;
  const { bytes, truncated } = head.value;
  return jsonFromBytes(bytes, { bytesRead: reader.bytesRead(), totalBytes: reader.size(), truncated, rows });
}
