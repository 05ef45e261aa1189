import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attribution, normalizeModifiedFlag } from '../../../cli/commands/attribution';
import { credits, parseCreditsList } from '../../../cli/commands/credits';
import { main } from '../../../cli/main';
import { runCli } from '../cli/harness';

const URL_LO = 'https://www.data.gouv.fr/datasets/catalogue-des-donnees-de-data-gouv-fr';
const META_LO = 'tests/fixtures/portals/udata/data.gouv.fr_api1_dataset_catalogue_lov2.json';
const URL_ODBL =
  'https://opendata.paris.fr/explore/dataset/les_1000_titres_les_plus_empruntes_2012_par_bibliotheque/table/';
const META_ODBL = 'tests/fixtures/portals/opendatasoft/ods_api-v2.1_dataset_parisdata_odbl-paris.built.json';
const PERMALINK = 'https://www.data.gouv.fr/datasets/5d13a8b6634f41070a43dff3';

const run = (argv: string[]) => runCli(attribution.run.bind(attribution), argv);

describe('provenance attribution', () => {
  it('prints the Licence Ouverte 2.0 notice for the data.gouv.fr catalogue, as text, offline', async () => {
    const out = await run([URL_LO, '--metadata', META_LO, '--lang', 'fr']);
    expect(out.code).toBe(0);
    expect(out.requests).toEqual([]);
    expect(out.stdout).toMatch(
      new RegExp(
        `^data\\.gouv\\.fr – Catalogue des données de data\\.gouv\\.fr – Données originales téléchargées sur ${PERMALINK.replace(/\./g, '\\.')}, mise à jour du 7 avril 2025\\. Licence : Licence Ouverte / Open Licence version 2\\.0 \\(https://[^)]+\\)\\.\\n$`,
      ),
    );
    expect(out.stderr).toBe('');
  });
  it('prints every format, none of them JSON', async () => {
    for (const format of ['text', 'html', 'markdown', 'bibtex', 'ris', 'apa', 'iso690']) {
      const out = await run([
        URL_LO,
        '--metadata',
        META_LO,
        '--lang',
        'en',
        '--format',
        format,
        '--accessed',
        '2026-11-26',
      ]);
      expect(out.code, format).toBe(0);
      expect(() => JSON.parse(out.stdout), format).toThrow();
      expect(out.stdout, format).toContain('Catalogue des données de data.gouv.fr');
    }
    const apa = await run([URL_LO, '--metadata', META_LO, '--lang', 'en', '--format', 'apa']);
    expect(apa.stdout).toBe(
      `data.gouv.fr. (2025, April 7). Catalogue des données de data.gouv.fr [Data set]. ${PERMALINK}\n`,
    );
    expect(apa.stderr).toContain('note: A bibliographic reference does not replace');
  });
  it('takes --modified with a name, without one at the end, or before another option', async () => {
    const named = await run([URL_LO, '--modified', 'Jeanne Martin', '--metadata', META_LO, '--lang', 'fr']);
    expect(named.stdout).toMatch(/ Données modifiées par Jeanne Martin\.\n$/);
    const last = await run([URL_LO, '--metadata', META_LO, '--lang', 'en', '--modified']);
    expect(last.stdout).toMatch(/ Data modified\.\n$/);
    const beforeFlag = await run(['--modified', '--lang', 'en', URL_LO, '--metadata', META_LO]);
    expect(beforeFlag.stdout).toMatch(/ Data modified\.\n$/);
    const beforeUrl = await run(['--modified', URL_LO, '--metadata', META_LO, '--lang', 'en']);
    expect(beforeUrl.code).toBe(0);
    expect(beforeUrl.stdout).toMatch(/ Data modified\.\n$/);
    const equals = await run([URL_LO, '--metadata', META_LO, '--lang', 'en', '--modified=-dash-']);
    expect(equals.stdout).toMatch(/ Modified by -dash-\.\n$/);
  });
  it('rejects an unknown format or a malformed date as usage errors', async () => {
    expect((await run([URL_LO, '--metadata', META_LO, '--format', 'json'])).code).toBe(2);
    expect((await run([URL_LO, '--metadata', META_LO, '--accessed', 'yesterday'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });
  it('reports a portal failure with exit 1', async () => {
    const out = await run([URL_LO, '--lang', 'en']);
    expect(out.code).toBe(1);
    expect(out.requests.length).toBeGreaterThan(0);
    expect(out.stdout).toBe('');
  });
  it('is listed in the help', async () => {
    const out = await runCli(main, ['--help']);
    expect(out.stdout).toContain('attribution <url>');
    expect(out.stdout).toContain('credits <url>...');
  });
});

describe('normalizeModifiedFlag', () => {
  it('rewrites the optional value for parseArgs', () => {
    expect(normalizeModifiedFlag(['--modified'])).toEqual(['--modified=']);
    expect(normalizeModifiedFlag(['--modified', 'Me', 'x'])).toEqual(['--modified=Me', 'x']);
    expect(normalizeModifiedFlag(['--modified', '--lang', 'fr'])).toEqual(['--modified=', '--lang', 'fr']);
    expect(normalizeModifiedFlag(['--modified', 'http://x'])).toEqual(['--modified=', 'http://x']);
    expect(normalizeModifiedFlag(['--', '--modified'])).toEqual(['--', '--modified']);
  });
});

describe('provenance credits', () => {
  const runCredits = (argv: string[]) => runCli(credits.run.bind(credits), argv);
  async function listFile(body: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'provenance-credits-'));
    const path = join(dir, 'sources.txt');
    await writeFile(path, body);
    return path;
  }

  it('prints one block headed by the combined obligations, one notice per dataset, duplicates merged', async () => {
    const list = await listFile(
      [
        '# Sources of my map',
        `${URL_LO} ${resolve(META_LO)}`,
        '',
        `${URL_ODBL} ${resolve(META_ODBL)}   # ODbL`,
        `${URL_LO} ${resolve(META_LO)}`,
      ].join('\n'),
    );
    const out = await runCredits(['--file', list, '--lang', 'en']);
    expect(out.code).toBe(0);
    expect(out.requests).toEqual([]);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Data sources');
    expect(out.stdout).toContain('Combined licence obligations:');
    expect(out.stdout).toMatch(/- A derived database .* must itself be under the ODbL/);
    expect(lines.filter((l) => l.startsWith('- data.gouv.fr – Catalogue'))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^- Contains information from les 1000 titres/);
    expect(out.stdout.indexOf('Combined licence obligations:')).toBeLessThan(out.stdout.indexOf('Datasets:'));
  });
  it('keeps RIS pure records and puts the obligations on stderr', async () => {
    const list = await listFile(`${URL_LO} ${resolve(META_LO)}\n${URL_ODBL} ${resolve(META_ODBL)}\n`);
    const out = await runCredits(['--file', list, '--format', 'ris', '--lang', 'en']);
    const lines = out.stdout.replace(/\n$/, '').split('\n');
    expect(lines.every((l) => /^[A-Z0-9]{2} {2}- /.test(l))).toBe(true);
    expect(lines.filter((l) => l === 'TY  - DATA')).toHaveLength(2);
    expect(out.stderr).toContain('note: A derived database');
  });
  it('resolves metadata paths against the list file and rejects malformed lines', () => {
    expect(parseCreditsList('https://a.example/x meta.json\n# c\n', '/data/list.txt')).toEqual([
      { url: 'https://a.example/x', metadata: '/data/meta.json', origin: '/data/list.txt:1' },
    ]);
    expect(parseCreditsList('a b c', 'l.txt')).toBe("l.txt:1: expected '<url> [<metadata-file>]'");
  });
  it('fails the whole block when one dataset cannot be read', async () => {
    const list = await listFile(`${URL_LO} ${resolve(META_LO)}\n${URL_ODBL}\n`);
    const out = await runCredits(['--file', list, '--lang', 'en']);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('sources.txt:2');
  });
  it('needs at least one source', async () => {
    expect((await runCredits([])).code).toBe(2);
  });
});
