import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createByteReader, memoryTransport, type Transport } from '../../../lib/preview/formats/byte-reader';

export const formatFixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(__dirname, '../../fixtures/formats', name)));

/** A reader over fixture bytes that records every range asked for. */
export function countingReader(
  bytes: Uint8Array,
  options: { budget: number; rangeSupported?: boolean; limit?: number },
) {
  const ranges: [number, number][] = [];
  const inner = memoryTransport(bytes, { rangeSupported: options.rangeSupported });
  const transport: Transport = (offset, length) => {
    ranges.push([offset, length]);
    return inner(offset, length);
  };
  const reader = createByteReader(transport, { budget: options.budget, limit: options.limit });
  return { reader, ranges };
}
