import { describe, expect, it } from 'vitest';
import { type PublishedFields, resolveLicence } from '../../../lib/licences/resolve';
import corpus from '../../fixtures/licences/corpus.json';

/*
 * Issue 11's recall corpus: the licence vocabularies portals publish (SPDX ids and names, CKAN's register and
 * national CKANs, data.gouv.fr's licence list, Socrata's licenseId values, OpenDataSoft labels, Creative Commons
 * and Open Data Commons URLs in every published form, Etalab names and PDFs, ArcGIS licenseInfo sentences), each
 * string with the licence it names or null when it names none Provenance describes (corpus.source.txt).
 * Zero wrong: no string may resolve to another licence, nor claim a version its producer did not give.
 */
interface Case {
  value: string;
  url?: string;
  field: string;
  expect: string | null;
  assumed?: boolean;
  reason?: string;
  source: string;
}
const cases = corpus.cases as Case[];

function fieldsOf(c: Case): PublishedFields {
  if (c.field === 'title+url') return { title: c.value, url: c.url ?? null };
  return { [c.field]: c.value };
}

const results = cases.map((c) => ({ c, r: resolveLicence(fieldsOf(c)) }));
const wrong = results.filter(
  ({ c, r }) => r.key !== null && (r.key !== c.expect || (r.versionAssumed === false && c.assumed === true)),
);
const right = results.filter(({ c, r }) => c.expect !== null && r.key === c.expect && r.versionAssumed === !!c.assumed);
const leftUnknown = results.filter(({ r }) => r.key === null);
const missed = leftUnknown.filter(({ c }) => c.expect !== null);

describe('licence corpus', () => {
  it('holds at least 500 strings from the portals’ vocabularies', () => {
    expect(cases.length).toBeGreaterThanOrEqual(500);
    expect(new Set(cases.map((c) => c.source.split(':')[0])).size).toBeGreaterThanOrEqual(10);
  });

  it('resolves with 0 wrong, and lists every string it leaves unknown', () => {
    const byReason = new Map<string, number>();
    for (const { r } of leftUnknown)
      byReason.set(
        r.reason ?? 'no licence Provenance describes',
        (byReason.get(r.reason ?? 'no licence Provenance describes') ?? 0) + 1,
      );
    console.log(
      [
        `licence corpus: ${cases.length} strings, ${right.length} resolved right, ${leftUnknown.length} left unknown (${missed.length} of them name a catalogue licence), ${wrong.length} wrong`,
        ...[...byReason].map(([reason, n]) => `  unknown, ${reason}: ${n}`),
        ...leftUnknown.map(
          ({ c, r }) => `  unknown: ${JSON.stringify(c.value)} [${c.source}]${r.reason ? ` (${r.reason})` : ''}`,
        ),
      ].join('\n'),
    );
    expect(
      wrong.map(({ c, r }) => `${c.value} → ${r.key}${r.versionAssumed ? ' (assumed)' : ''}, expected ${c.expect}`),
    ).toEqual([]);
  });

  it('recognises every string that names a catalogue licence, with the version as given', () => {
    expect(missed.map(({ c }) => c.value)).toEqual([]);
    expect(
      results
        .filter(({ c, r }) => c.expect !== null && r.key === c.expect && r.versionAssumed !== !!c.assumed)
        .map(({ c }) => c.value),
    ).toEqual([]);
  });

  it('gives the reason for the names it leaves unknown on purpose', () => {
    for (const { c, r } of results.filter(({ c }) => c.reason)) expect(r.reason, c.value).toBe(c.reason);
  });
});
