import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { runCli } from '../cli/harness';

const fixture = fileURLToPath(
  new URL('../../fixtures/portals/udata/data.gouv.fr_api1_dataset_catalogue_lov2.json', import.meta.url),
);

async function licence(...args: string[]) {
  const r = await runCli(main, ['licence', ...args]);
  return { ...r, json: r.code === 0 ? JSON.parse(r.stdout) : null };
}

describe('provenance licence', () => {
  it('explains a udata id, offline, in English by default here', async () => {
    const r = await licence('lov2');
    expect(r.code).toBe(0);
    expect(r.requests).toEqual([]);
    expect(r.json).toMatchObject({
      id: 'etalab-2.0',
      spdx: 'etalab-2.0',
      open: true,
      versionAssumed: false,
      attribution: { elements: ['producer', 'date'] },
      shareAlike: null,
      published: { title: 'lov2', url: null },
    });
    expect(r.json.conditions[0]).toEqual({
      text: 'Acknowledge the authorship of the data: their source (at least the name of the “Grantor”) and the date of their most recent update.',
      source: 'LO 2.0, « Réutilisation de l’Information sous cette licence »',
    });
  });

  it('reads an OpenDataSoft title, in French', async () => {
    const r = await licence('ODBl Paris', '--lang', 'fr');
    expect(r.json).toMatchObject({ id: 'ODbL-1.0', name: 'Open Database License (ODbL) version 1.0', open: true });
    expect(r.json.shareAlike.source).toBe('ODbL 1.0 §4.4–4.5');
    expect(r.json.permissions[0].text).toMatch(/^Extraire et réutiliser/);
  });

  it('assumes the latest version of a versionless CC title and says so', async () => {
    const r = await licence('Creative Commons Attribution', '--url', 'http://www.opendefinition.org/licenses/cc-by');
    expect(r.json).toMatchObject({
      id: 'CC-BY-4.0',
      versionAssumed: true,
      published: { title: 'Creative Commons Attribution', url: 'http://www.opendefinition.org/licenses/cc-by' },
    });
  });

  it('takes a URL alone', async () => {
    const r = await licence('https://creativecommons.org/licenses/by-nc/4.0/deed.fr');
    expect(r.json).toMatchObject({ id: 'CC-BY-NC-4.0', open: false, published: { title: null } });
    expect(r.json.prohibitions.map((p: { source: string }) => p.source)).toContain('CC BY-NC 4.0 §1(i), §2(a)(1)');
  });

  it('prints id null with exit 0 for a licence it does not know', async () => {
    const r = await licence('See Terms of Use');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({
      id: null,
      name: null,
      versionAssumed: false,
      permissions: [],
      attribution: null,
      published: { title: 'See Terms of Use', url: null },
    });
  });

  it('is a usage error without an argument', async () => {
    const r = await runCli(main, ['licence']);
    expect(r.code).toBe(2);
  });

  it('makes inspect show the canonical key', async () => {
    const r = await runCli(main, ['inspect', 'https://www.data.gouv.fr/datasets/x', '--metadata', fixture]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).licence).toMatchObject({ id: 'etalab-2.0', published: { id: 'lov2' } });
  });
});
