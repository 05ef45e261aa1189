import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeSample } from '../../../lib/preview/sniff-encoding';
import { textDecoder } from '../../../lib/preview/text-decoder';

// « L’école coûte 5 € », as a French spreadsheet saves it in Windows-1252: ’ is 0x92, € is 0x80, œ is 0x9C.
const BYTES = Uint8Array.of(0x4c, 0x92, 0xe9, 0x63, 0x6f, 0x6c, 0x65, 0x20, 0x35, 0x20, 0x80, 0x20, 0x9c);

describe('Windows-1252 as the Encoding Standard decodes it, in every runtime', () => {
  it('decodes 0x80–0x9F to the letters and signs, not to C1 controls', () => {
    expect(textDecoder('windows-1252').decode(BYTES)).toBe('L’école 5 € œ');
  });

  it('keeps the five bytes the standard leaves undefined as they are', () => {
    expect(textDecoder('windows-1252').decode(Uint8Array.of(0x81, 0x8d, 0x8f, 0x90, 0x9d))).toBe(
      '\u0081\u008d\u008f\u0090\u009d',
    );
  });

  it('gives the same text when the bytes arrive in pieces', () => {
    const decoder = textDecoder('windows-1252');
    const text = decoder.decode(BYTES.subarray(0, 2), { stream: true }) + decoder.decode(BYTES.subarray(2));
    expect(text).toBe('L’école 5 € œ');
  });

  it('is what the CSV sample reader uses', () => {
    expect(decodeSample(BYTES, { encoding: 'windows-1252', evidence: 'fallback', bomLength: 0 })).toBe('L’école 5 € œ');
  });

  it('leaves other encodings to the runtime', () => {
    expect(textDecoder('utf-8').decode(new TextEncoder().encode('L’école'))).toBe('L’école');
  });

  // Node decodes Windows-1252 in one piece as Latin-1 (C1 controls), in pieces right; Vitest's workers hide it.
  // The CLI's whole-file profile ends in one piece and shapefiles decode in one: check in a plain Node process.
  it('gives the CLI the letters in a plain Node process, in one piece', () => {
    const module = fileURLToPath(new URL('../../../lib/preview/text-decoder.ts', import.meta.url));
    const script = `import(${JSON.stringify(module)}).then((m) => process.stdout.write(
      m.textDecoder('windows-1252').decode(Uint8Array.of(0x4c, 0x92, 0x80, 0x9c))))`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe('L’€œ');
  });
});
