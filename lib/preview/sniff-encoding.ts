import { textDecoder } from './text-decoder';
import type { Encoding } from './types';

export type EncodingEvidence = 'bom' | 'valid-utf8' | 'fallback' | 'user';

export interface EncodingDecision {
  encoding: Encoding;
  evidence: EncodingEvidence;
  /** Length of the byte order mark at the start of the sample, skipped when decoding. */
  bomLength: number;
}

const BOMS: { bytes: number[]; encoding: Encoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function bomOf(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

/** How many continuation bytes follow a lead byte, or -1 when the byte cannot start a character. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 0;
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return -1;
}

/**
 * Strict UTF-8 validation over every byte (overlongs, surrogates and code points past U+10FFFF refused).
 * With `cutAtEnd`, a character left incomplete by the end of the buffer is allowed: the sample was cut
 * there, not the file.
 */
export function isValidUtf8(bytes: Uint8Array, cutAtEnd: boolean): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const extra = sequenceLength(lead);
    if (extra < 0) return false;
    if (i + extra >= n) {
      // Too few bytes left: fine only if what is there is a valid start of a character.
      if (!cutAtEnd) return false;
      for (let k = i + 1; k < n; k++) if ((bytes[k]! & 0xc0) !== 0x80) return false;
      return n - i < 2 || secondByteOk(lead, bytes[i + 1]!);
    }
    if (!secondByteOk(lead, bytes[i + 1]!)) return false;
    for (let k = 2; k <= extra; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    i += extra + 1;
  }
  return true;
}

// The second byte's allowed range depends on the lead (Unicode Table 3-7): this is what refuses
// overlong forms, UTF-16 surrogates and code points above U+10FFFF.
function secondByteOk(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0 && second <= 0xbf;
  if (lead === 0xed) return second >= 0x80 && second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90 && second <= 0xbf;
  if (lead === 0xf4) return second >= 0x80 && second <= 0x8f;
  return (second & 0xc0) === 0x80;
}

/**
 * The encoding of a sample: a BOM says it outright; otherwise valid UTF-8 over the WHOLE sample (a first
 * accent 300 KB in still counts, unlike detectors that look at the first chunk: ckan/ckan#5434); otherwise
 * windows-1252, the superset of ISO-8859-1 that French spreadsheets write. The user's choice wins over all.
 */
export function sniffEncoding(
  bytes: Uint8Array,
  options: { override?: Encoding; truncated: boolean },
): EncodingDecision {
  const bom = bomOf(bytes);
  if (options.override) {
    return {
      encoding: options.override,
      evidence: 'user',
      bomLength: bom && bom.encoding === options.override ? bom.length : 0,
    };
  }
  if (bom) return { encoding: bom.encoding, evidence: 'bom', bomLength: bom.length };
  if (isValidUtf8(bytes, options.truncated)) return { encoding: 'utf-8', evidence: 'valid-utf8', bomLength: 0 };
  return { encoding: 'windows-1252', evidence: 'fallback', bomLength: 0 };
}

/** The sample as text; a character cut by the end of the sample is left out rather than shown as �. */
export function decodeSample(bytes: Uint8Array, decision: EncodingDecision): string {
  const decoder = textDecoder(decision.encoding, { ignoreBOM: true });
  return decoder.decode(bytes.subarray(decision.bomLength), { stream: true });
}
