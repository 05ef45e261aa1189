/**
 * French typography in UI strings: a narrow no-break space (U+202F) before « ? ! : ; » and inside « », so that a
 * line never breaks before the mark and the gap has the width French printing gives it.
 */
export const NNBSP = '\u202F';

/** Places the narrow no-break space where French wants it; everything else is left as it is. */
export function fixFrenchTypography(text: string): string {
  return (
    text
      // A plain or wide no-break space before a high mark, or none after a word (`mot?`), becomes the narrow one.
      .replace(/[ \u00A0]+([?!:;»])/g, `${NNBSP}$1`)
      .replace(/([\p{L}\p{N})’])([?!;])(?=\s|$)/gu, `$1${NNBSP}$2`)
      // A colon only at the end of a phrase: `https://`, `10:30` and `{a}:{b}` keep theirs.
      .replace(/([\p{L})’])(:)(?=\s|$)/gu, `$1${NNBSP}$2`)
      .replace(/«[ \u00A0\u202F]*/g, `«${NNBSP}`)
      .replace(/(\S)»/gu, `$1${NNBSP}»`)
  );
}

/** The places a string breaks the rule, as short excerpts around each; empty when it is right. */
export function frenchTypographyProblems(text: string): string[] {
  const fixed = fixFrenchTypography(text);
  if (fixed === text) return [];
  const problems: string[] = [];
  for (let i = 0, j = 0; i < text.length || j < fixed.length; i++, j++) {
    if (text[i] === fixed[j]) continue;
    problems.push(JSON.stringify(text.slice(Math.max(0, i - 12), i + 6)));
    // Realign: skip the inserted or replaced character in the fixed text.
    if (fixed[j] === NNBSP && text[i] !== ' ' && text[i] !== '\u00A0') i--;
  }
  return problems;
}
