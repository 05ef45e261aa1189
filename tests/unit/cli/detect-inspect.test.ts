import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { ok } from '../../../lib/model/failure';
import { runCli } from './harness';

const fixture = fileURLToPath(
  new URL('../../fixtures/portals/udata/data.gouv.fr_api1_dataset_catalogue_lov2.json', import.meta.url),
);

describe('provenance detect', () => {
  it('gives the same portal and id for both data.gouv.fr URL forms', async () => {
    const a = await runCli(main, [
      'detect',
      'https://www.data.gouv.fr/fr/datasets/catalogue-des-donnees-de-data-gouv-fr/',
    ]);
    const b = await runCli(main, ['detect', 'https://www.data.gouv.fr/datasets/catalogue-des-donnees-de-data-gouv-fr']);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout)).toMatchObject({ portal: 'udata', id: 'catalogue-des-donnees-de-data-gouv-fr' });
    expect(JSON.parse(b.stdout)).toMatchObject({ portal: 'udata', id: 'catalogue-des-donnees-de-data-gouv-fr' });
  });

  it.each([
    'https://www.data.gouv.fr/',
    'https://www.data.gouv.fr/datasets/search?q=eau',
    'https://www.data.gouv.fr/organizations/data-gouv-fr',
    'https://www.data.gouv.fr/reuses/x',
    'https://www.data.gouv.fr/posts/x',
    'https://www.data.gouv.fr/dataservices/x',
    'https://www.data.gouv.fr/datasets/r/f868cca6-8da1-4369-a78d-47463f19a9a3',
  ])('says portal null for %s', async (url) => {
    const r = await runCli(main, ['detect', url]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ portal: null, id: null });
  });

  it('is a usage error without a URL', async () => {
    const r = await runCli(main, ['detect']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/exactly one URL/);
  });
});

describe('provenance inspect', () => {
  it('prints the normalized dataset from a saved answer, offline', async () => {
    const r = await runCli(main, [
      'inspect',
      'https://www.data.gouv.fr/datasets/catalogue-des-donnees-de-data-gouv-fr',
      '--metadata',
      fixture,
    ]);
    expect(r.code).toBe(0);
    expect(r.requests).toEqual([]);
    const d = JSON.parse(r.stdout);
    expect(d.title).toBe('Catalogue des données de data.gouv.fr');
    expect(d.publisher.name).toBe('data.gouv.fr');
    expect(d.licence.published.id).toBe('lov2');
    expect(d.dates.dataUpdated).toBe('2025-04-07T08:15:30.581000+00:00');
    expect(d.resources).toHaveLength(8);
  });

  it('reads the API when no saved answer is given', async () => {
    const raw = JSON.parse(await readFile(fixture, 'utf8'));
    const r = await runCli(main, ['inspect', 'https://www.data.gouv.fr/datasets/x'], async (url) =>
      url.endsWith('/licenses/') ? ok([]) : ok(raw),
    );
    expect(r.code).toBe(0);
    expect(r.requests).toContain('https://www.data.gouv.fr/api/2/datasets/x/');
  });

  it('prints a localized error on stderr and exits 1 when the portal fails', async () => {
    const r = await runCli(main, ['inspect', 'https://www.data.gouv.fr/datasets/x', '--lang', 'fr']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^provenance: Impossible de joindre/);
  });

  it('rejects a page that is not a dataset and a missing metadata file', async () => {
    expect((await runCli(main, ['inspect', 'https://www.data.gouv.fr/'])).code).toBe(2);
    const missing = await runCli(main, ['inspect', 'https://www.data.gouv.fr/datasets/x', '--metadata', '/nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read \/nope\.json/);
  });
});

describe('provenance --help', () => {
  it('lists the commands', async () => {
    const r = await runCli(main, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/detect <url>/);
    expect(r.stdout).toMatch(/inspect <url>/);
  });

  it('rejects unknown commands and options', async () => {
    expect((await runCli(main, ['frobnicate'])).code).toBe(2);
    const r = await runCli(main, ['detect', 'https://x', '--nope']);
    expect(r.code).toBe(2);
  });
});
