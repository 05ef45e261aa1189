import { describe, expect, it } from 'vitest';
import { startsWithGzip } from '../../../lib/preview/gzip-magic';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('startsWithGzip', () => {
  it('is true for a body that starts with 1f 8b, in one chunk or split across several', () => {
    expect(startsWithGzip([bytes(0x1f, 0x8b, 0x08, 0x00)])).toBe(true);
    expect(startsWithGzip([bytes(0x1f), bytes(0x8b), bytes(0x08)])).toBe(true);
    expect(startsWithGzip([new Uint8Array(0), bytes(0x1f), new Uint8Array(0), bytes(0x8b)])).toBe(true);
  });

  it('is false for other bodies, for a body shorter than the magic number and for an empty one', () => {
    expect(startsWithGzip([new TextEncoder().encode('code;valeur\r\n')])).toBe(false);
    expect(startsWithGzip([bytes(0x8b, 0x1f)])).toBe(false);
    expect(startsWithGzip([bytes(0x1f), bytes(0x00)])).toBe(false);
    expect(startsWithGzip([bytes(0x1f)])).toBe(false);
    expect(startsWithGzip([])).toBe(false);
  });
});
