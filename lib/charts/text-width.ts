/**
 * Text measured without a DOM (the CLI has none, the service worker neither): average advance widths of a
 * sans-serif face, in ems. Generous on purpose, so that wrapped lines never overflow the picture.
 */
const NARROW = /[ijlI.,:;'|!()[\]\u00a0\u202f ]/;
const SEMI = /[frt\-"/\\]/;
const WIDE = /[mwMW@%]/;
const CAPS = /[A-Z0-9#&?$€]/;

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) {
    if (NARROW.test(c)) em += 0.3;
    else if (SEMI.test(c)) em += 0.4;
    else if (WIDE.test(c)) em += 0.88;
    else if (CAPS.test(c)) em += 0.68;
    else if (c.charCodeAt(0) > 0x2e80) em += 1;
    else em += 0.58;
  }
  return em * fontSize;
}

/** Cuts `text` to `max` pixels with an ellipsis. */
export function fitText(text: string, max: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= max) return text;
  let out = '';
  for (const c of text) {
    if (textWidth(`${out}${c}…`, fontSize) > max) break;
    out += c;
  }
  return `${out}…`;
}

/** Splits a word wider than a line (a long URL) after its slashes or, failing that, anywhere. */
function splitLong(word: string, max: number, fontSize: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (textWidth(rest, fontSize) > max) {
    let cut = 0;
    let lastSlash = 0;
    for (let i = 1; i <= rest.length; i++) {
      if (textWidth(rest.slice(0, i), fontSize) > max) break;
      cut = i;
      if ('/?&-_.'.includes(rest[i - 1]!)) lastSlash = i;
    }
    const at = lastSlash > cut / 2 ? lastSlash : Math.max(1, cut);
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * Greedy wrapping at spaces into lines of at most `max` pixels. Joining the lines with a space gives the text
 * back, except inside a word split because it was wider than a line.
 */
export function wrapText(text: string, max: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    for (const piece of splitLong(word, max, fontSize)) {
      const candidate = line ? `${line} ${piece}` : piece;
      if (line && textWidth(candidate, fontSize) > max) {
        lines.push(line);
        line = piece;
      } else line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
