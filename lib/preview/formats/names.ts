/**
 * Control characters and bidirectional overrides (which can make `evil‮fdp.exe` read as `evilexe.pdf`) removed
 * from a name that comes from a file, before it is shown anywhere.
 */
export function cleanName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}
