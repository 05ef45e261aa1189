import fc from 'fast-check';
import { expect } from 'vitest';
import { FailureSchema } from '../../lib/model/failure';

/**
 * The fuzz suite's one seed (a failure prints it with the path to the counterexample; FUZZ_SEED replays another
 * run) and its budget: runs per property, sized so that the whole suite adds well under a minute to `npm test`.
 * FUZZ_RUNS raises it for a longer hunt.
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS_SCALE = Number(process.env.FUZZ_RUNS_SCALE ?? 1);

export function params(numRuns: number): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(numRuns * RUNS_SCALE)), endOnFailure: true };
}

/**
 * A hang guard, not a speed target (those live in `npm run bench`): one call on one generated input that takes
 * longer than this is stuck (catastrophic backtracking, a loop that does not advance), not slow.
 */
export const HANG_MS = 2_000;

/** Runs `fn`, failing the property if it throws or hangs; returns its value. */
export function bounded<T>(fn: () => T): T {
  const start = performance.now();
  const value = fn();
  const took = performance.now() - start;
  if (took > HANG_MS) throw new Error(`took ${Math.round(took)} ms on one input (limit ${HANG_MS} ms)`);
  return value;
}

/** A `Result`: a value, or a failure with a known code and a message key, nothing else. */
export function expectResult(result: unknown): asserts result is { ok: boolean } {
  expect(result).toBeTypeOf('object');
  const r = result as { ok: unknown; value?: unknown; error?: unknown };
  expect(typeof r.ok).toBe('boolean');
  if (r.ok === false) expect(FailureSchema.safeParse(r.error).success, JSON.stringify(r.error)).toBe(true);
}

/** Pieces of markup and text that parsers of pages, licences and notices trip on. */
const NASTY = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '`',
  '\\',
  '\u0000',
  '\u2028',
  '\ufeff',
  '\ud800',
  '&amp;',
  '&#99999999;',
  '&#x110000;',
  '&#xD800;',
  '&#0;',
  '&#;',
  '&nbsp;',
  '&#x1F600;',
  '<script>window.__pwned=1</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'data:text/html,<b>',
  'https://',
  'http://example.org/a?b=1&c=2#d',
  '//evil.example',
  '{{',
  '}}',
  '$' + '{x}',
  '%s',
  '\r\n',
  '\t',
  ' ',
  'é',
  '日本',
  '🙂',
  'CC-BY-4.0',
  'Licence Ouverte',
  'ODbL',
  'https://creativecommons.org/licenses/by/4.0/',
];

/** Strings mixing arbitrary text with the pieces above. */
export const nastyString = (maxPieces = 12): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string()), {
      maxLength: maxPieces,
    })
    .map((parts) => parts.join(''));

/** JSON values of any shape, strings included from the nasty pieces. */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    nastyString(4),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.oneof(nastyString(2), fc.constantFrom('id', 'title', 'license', 'url', '@type', '@graph')),
      tie('value'),
      {
        maxKeys: 5,
      },
    ),
  ),
})).value;

/** Every place in a JSON tree a value can be put: [container, key]. */
function slots(root: unknown): [Record<string, unknown> | unknown[], string | number][] {
  const out: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        out.push([node, i]);
        walk(child);
      });
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        out.push([node as Record<string, unknown>, key]);
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

/** A recorded answer with a few of its values replaced by arbitrary JSON: close enough to pass the first checks. */
export function mutated(recorded: unknown): fc.Arbitrary<unknown> {
  return fc.array(fc.tuple(fc.nat(), anyJson), { minLength: 1, maxLength: 6 }).map((edits) => {
    const copy = structuredClone(recorded);
    for (const [where, value] of edits) {
      const all = slots(copy);
      if (all.length === 0) return value;
      const [container, key] = all[where % all.length]!;
      (container as Record<string | number, unknown>)[key] = value;
    }
    return copy;
  });
}
