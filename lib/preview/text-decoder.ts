/**
 * A `TextDecoder` that decodes Windows-1252 as the Encoding Standard says everywhere. Browsers map the bytes
 * 0x80–0x9F to `€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ`; Node builds with small ICU give the C1
 * control characters instead, which would turn every French apostrophe (’, 0x92) and euro sign of the CLI's
 * previews into invisible characters. Where the runtime is right, this is the plain decoder.
 */
const WINDOWS_1252_HIGH: Record<number, string> = {
  128: '€',
  130: '‚',
  131: 'ƒ',
  132: '„',
  133: '…',
  134: '†',
  135: '‡',
  136: 'ˆ',
  137: '‰',
  138: 'Š',
  139: '‹',
  140: 'Œ',
  142: 'Ž',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  152: '˜',
  153: '™',
  154: 'š',
  155: '›',
  156: 'œ',
  158: 'ž',
  159: 'Ÿ',
};

let runtimeDecodesC1Right: boolean | null = null;

function runtimeIsRight(): boolean {
  runtimeDecodesC1Right ??= new TextDecoder('windows-1252').decode(Uint8Array.of(0x80, 0x92)) === '€’';
  return runtimeDecodesC1Right;
}

/** Only Windows-1252 bytes 0x80–0x9F decode to U+0080–U+009F, so the mapping back is exact. */
function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0)] ?? c);
}

export type TextDecoderLike = Pick<TextDecoder, 'decode' | 'encoding'>;

export function textDecoder(label: string, options?: TextDecoderOptions): TextDecoderLike {
  const decoder = new TextDecoder(label, options);
  if (decoder.encoding !== 'windows-1252' || runtimeIsRight()) return decoder;
  return {
    encoding: decoder.encoding,
    decode: (input, decodeOptions) => fixC1(decoder.decode(input, decodeOptions)),
  };
}
