import { fail, failure, ok, type Result } from '../../model/failure';
import type { ByteReader } from './byte-reader';
import type { BBox } from './types';

/** A PMTiles v3 archive opens on a fixed-size header: one Range read gives its extent. */
export const PMTILES_HEADER_BYTES = 127;

export interface PmtilesHeader {
  /** [minLon, minLat, maxLon, maxLat] in degrees. */
  bbox: BBox;
  minZoom: number;
  maxZoom: number;
}

const MAGIC = [0x50, 0x4d, 0x54, 0x69, 0x6c, 0x65, 0x73]; // "PMTiles"

/**
 * The extent and zoom range of a PMTiles v3 header (protomaps/PMTiles `spec/v3/spec.md`): the bounds are int32
 * little-endian degrees × 10^7 at bytes 102–117, zooms are bytes 100 and 101. Values outside WGS84 make the
 * header a damaged one, not a map of another planet.
 */
export function readPmtilesHeader(bytes: Uint8Array): Result<PmtilesHeader> {
  const damaged = fail(failure('malformed', 'formats.pmtilesDamaged'));
  if (bytes.length < PMTILES_HEADER_BYTES || MAGIC.some((b, i) => bytes[i] !== b)) return damaged;
  if (bytes[7] !== 3) return fail(failure('unsupported', 'formats.pmtilesVersion', { params: { version: bytes[7]! } }));
  const v = new DataView(bytes.buffer, bytes.byteOffset, PMTILES_HEADER_BYTES);
  const deg = (at: number) => v.getInt32(at, true) / 1e7;
  const bbox: BBox = [deg(102), deg(106), deg(110), deg(114)];
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const inRange =
    Math.abs(minLon) <= 180 && Math.abs(maxLon) <= 180 && Math.abs(minLat) <= 90 && Math.abs(maxLat) <= 90;
  if (!inRange || minLon > maxLon || minLat > maxLat) return damaged;
  return ok({ bbox, minZoom: bytes[100]!, maxZoom: bytes[101]! });
}

/** The header of a PMTiles archive behind a budgeted reader: 127 bytes, whatever the archive's size. */
export async function readPmtilesExtent(reader: ByteReader): Promise<Result<PmtilesHeader>> {
  const head = await reader.head(PMTILES_HEADER_BYTES);
  if (!head.ok) return head;
  return readPmtilesHeader(head.value);
}
