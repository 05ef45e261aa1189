import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { attribution } from '../../../cli/commands/attribution';
import { chart } from '../../../cli/commands/chart';
import { pngSize } from '../../support/png-size';
import { runCli } from '../cli/harness';

const FILE = 'tests/fixtures/charts/communes.csv';
const URL_LO = 'https://www.data.gouv.fr/datasets/catalogue-des-donnees-de-data-gouv-fr';
const META_LO = 'tests/fixtures/portals/udata/data.gouv.fr_api1_dataset_catalogue_lov2.json';

const runChart = (argv: string[]) => runCli(chart.run.bind(chart), argv);

function visibleText(svg: string): string {
  const parts: string[] = [];
  let inText = false;
  const parser = new SaxesParser();
  parser.on('opentag', (t) => {
    inText = t.name === 'text';
  });
  parser.on('closetag', () => {
    inText = false;
  });
  parser.on('text', (s) => {
    if (inText) parts.push(s);
  });
  parser.write(svg).close();
  return parts.join(' ');
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'provenance-chart-'));
});

describe('provenance chart', () => {
  for (const lang of ['fr', 'en']) {
    it(`writes an SVG whose credit is the notice \`provenance attribution --modified\` prints (${lang})`, async () => {
      const out = join(dir, `regions-${lang}.svg`);
      const made = await runChart([
        FILE,
        '--x',
        'region',
        '--dataset',
        URL_LO,
        '--metadata',
        META_LO,
        '--lang',
        lang,
        '--out',
        out,
      ]);
      expect(made.stderr).toBe('');
      expect(made.code).toBe(0);
      expect(made.requests).toEqual([]);
      const notice = await runCli(attribution.run.bind(attribution), [
        URL_LO,
        '--metadata',
        META_LO,
        '--lang',
        lang,
        '--modified',
      ]);
      expect(notice.code).toBe(0);
      const svg = await readFile(out, 'utf8');
      expect(visibleText(svg)).toContain(notice.stdout.trim());
      expect(svg).toContain(lang === 'fr' ? 'Lignes par valeur de «\u202fregion\u202f»' : 'Rows per value of “region”');
    });
  }

  it('writes a PNG twice the size of the SVG', async () => {
    const svgPath = join(dir, 'pop.svg');
    const pngPath = join(dir, 'pop.png');
    const args = [FILE, '--x', 'population', '--lang', 'en'];
    expect((await runChart([...args, '--out', svgPath])).code).toBe(0);
    expect((await runChart([...args, '--out', pngPath])).code).toBe(0);
    const svg = await readFile(svgPath, 'utf8');
    const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(pngSize(new Uint8Array(await readFile(pngPath)))).toEqual({
      width: 2 * Number(width),
      height: 2 * Number(height),
    });
  });

  it('writes an HTML figure with the linked notice and the data table', async () => {
    const out = join(dir, 'time.html');
    const made = await runChart([
      FILE,
      '--x',
      'date_maj',
      '--y',
      'population',
      '--agg',
      'sum',
      '--dataset',
      URL_LO,
      '--metadata',
      META_LO,
      '--lang',
      'en',
      '--out',
      out,
    ]);
    expect(made.code).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toMatch(/^<figure lang="en">\n<svg /);
    expect(html).toMatch(
      /<figcaption><strong>Sum of “population” per month of “date_maj”<\/strong><br>.*rel="license".* Data modified\./,
    );
    expect(html).toContain('<th scope="col">date_maj</th><th scope="col">Sum of population</th>');
  });

  it('fails with one localized line: exit 1 for what cannot be drawn, exit 2 for a wrong command line', async () => {
    const missing = await runChart([FILE, '--x', 'nope', '--lang', 'fr', '--out', join(dir, 'x.svg')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('provenance: Aucune colonne ne s’appelle «\u202fnope\u202f».\n');
    const mean = await runChart([FILE, '--x', 'region', '--agg', 'mean', '--lang', 'en', '--out', join(dir, 'x.svg')]);
    expect(mean.code).toBe(1);
    expect(mean.stderr).toBe('provenance: A sum or a mean needs a column of numbers to add up (y).\n');
    const gone = await runChart([
      'tests/fixtures/charts/nope.csv',
      '--x',
      'a',
      '--lang',
      'en',
      '--out',
      join(dir, 'x.svg'),
    ]);
    expect(gone.code).toBe(1);
    expect(gone.stderr.split('\n')).toHaveLength(2);
    const cannotWrite = await runChart([FILE, '--x', 'region', '--lang', 'en', '--out', join(dir, 'no/such/dir.svg')]);
    expect(cannotWrite.code).toBe(1);
    expect(cannotWrite.stderr).toMatch(/^provenance: The file .* could not be written \(ENOENT\)\.\n$/);
    expect((await runChart([FILE, '--x', 'region'])).code).toBe(2);
    expect((await runChart([FILE, '--x', 'region', '--out', join(dir, 'a.gif')])).code).toBe(2);
    expect((await runChart([FILE, '--x', 'region', '--agg', 'median', '--out', join(dir, 'a.svg')])).code).toBe(2);
  });

  it('says on stderr that a chart without --dataset names no source', async () => {
    const made = await runChart([FILE, '--x', 'region', '--lang', 'en', '--out', join(dir, 'nosource.svg')]);
    expect(made.code).toBe(0);
    expect(made.stderr).toBe('note: Source not stated: the dataset this file comes from is not known.\n');
  });
});
