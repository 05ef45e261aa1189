import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPageSignals } from '../../lib/detect/page-signals';
import { LANGS } from '../../lib/i18n';
import { DatasetSchema } from '../../lib/model/dataset';
import { ADAPTERS, adapterFor } from '../../lib/portals/registry';
import { DETECTION_EXAMPLES } from '../fixtures/portals/detection-examples';
import { anyJson, bounded, expectResult, mutated, params } from './fuzz';

/**
 * Every adapter's `parse` on arbitrary JSON and on its own recorded answers with values swapped for arbitrary
 * ones. Written against the registry's public surface only (`ADAPTERS`, each adapter's `examples`, `detect` and
 * `parse`), with refs made by the adapter itself, so that it keeps working whatever shape a ref takes.
 */

const FIXTURES = fileURLToPath(new URL('../fixtures/portals/', import.meta.url));

function recordedAnswers(family: string): unknown[] {
  let names: string[];
  try {
    names = readdirSync(join(FIXTURES, family));
  } catch {
    return [];
  }
  return names
    .filter((n) => /\.(json|jsonld)$/.test(n))
    .map((n) => JSON.parse(readFileSync(join(FIXTURES, family, n), 'utf8')) as unknown);
}

const cases = ADAPTERS.map((adapter) => {
  const refs = DETECTION_EXAMPLES[adapter.family].datasets.flatMap((example) => {
    const ref = adapter.detect(extractPageSignals(example.url, example.html ?? ''));
    return ref ? [ref] : [];
  });
  return { adapter, refs, answers: recordedAnswers(adapter.family) };
});

function expectParsed(result: unknown): void {
  expectResult(result);
  const r = result as { ok: boolean; value?: unknown };
  if (r.ok) expect(DatasetSchema.safeParse(r.value).success, JSON.stringify(r.value).slice(0, 500)).toBe(true);
}

describe('fuzz: every adapter’s parse gives a dataset or a typed failure, never an exception', () => {
  it('each adapter has example refs to parse against', () => {
    for (const { adapter, refs } of cases) expect(refs.length, adapter.family).toBeGreaterThan(0);
  });

  for (const { adapter, refs, answers } of cases) {
    it(`${adapter.family}: arbitrary JSON`, () => {
      fc.assert(
        fc.property(anyJson, fc.constantFrom(...refs), fc.constantFrom(...LANGS), (raw, ref, lang) => {
          expectParsed(bounded(() => adapterFor(ref.portal).parse(raw, ref, { lang })));
        }),
        params(150),
      );
    });

    it.skipIf(answers.length === 0)(`${adapter.family}: recorded answers with arbitrary values swapped in`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...answers).chain((answer) => mutated(answer)),
          fc.constantFrom(...refs),
          fc.constantFrom(...LANGS),
          (raw, ref, lang) => {
            expectParsed(bounded(() => adapterFor(ref.portal).parse(raw, ref, { lang })));
          },
        ),
        params(150),
      );
    });
  }
});
