import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { displayWidth, fitCell } from '../../../cli/commands/preview';
import type { CliIo } from '../../../cli/io';
import { main } from '../../../cli/main';
import { fail, failure } from '../../../lib/model/failure';
import { CsvPreviewSchema } from '../../../lib/preview/types';
import { fixtureBytes, fixturePath } from './fixtures';

/** Runs `provenance` in-process; `fetch` is the given fake, or refuses. */
async function cli(argv: string[], fetchImpl?: typeof fetch) {
  const out = { code: 0, stdout: '', stderr: '', requests: [] as string[] };
  const io: CliIo = {
    stdout: (s) => {
      out.stdout += s;
    },
    stderr: (s) => {
      out.stderr += s;
    },
    fetchJson: async () => fail(failure('network', 'errors.network', { params: { host: 'offline' } })),
    fetch: async (input, init) => {
      out.requests.push(String(input));
      if (!fetchImpl) throw new TypeError('network disabled in tests');
      return fetchImpl(input, init);
    },
    readText: (path) => readFile(path, 'utf8'),
    env: { LANG: 'en_GB.UTF-8' },
  };
  out.code = await main(argv, io);
  return out;
}

const W1252 = fixturePath('w1252-semicolon-decimal-comma.csv');

describe('provenance preview --json', () => {
  it('describes the Windows-1252 fixture', async () => {
    const r = await cli(['preview', W1252, '--json']);
    expect(r.code).toBe(0);
    const p = CsvPreviewSchema.parse(JSON.parse(r.stdout));
    expect(p).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      bytesRead: 1204,
      totalBytes: 1204,
      truncated: false,
    });
    expect(p.columns.map((c) => [c.name, c.type, c.format])).toEqual([
      ['code_commune', 'text', 'code_commune_insee'],
      ['nom_commune', 'text', null],
      ['code_postal', 'text', 'code_postal'],
      ['population', 'integer', null],
      ['superficie_km2', 'decimal', null],
      ['part_moins_25_ans', 'decimal', 'percent'],
      ['date_maj', 'date', null],
      ['est_prefecture', 'boolean', null],
      ['commentaire', 'text', null],
    ]);
    expect(p.columns[3]!.profile).toMatchObject({ count: 15, missing: 0, distinct: 15, min: 779, max: 2_133_111 });
    expect(p.rows).toHaveLength(15);
    expect(p.rows[4]).toEqual([
      '02691',
      'Saint-Quentin',
      '02100',
      '52 883',
      '22,56',
      '30,1 %',
      '15/02/2024',
      '0',
      'Cœur de ville',
    ]);
  });

  it('follows --rows, --budget, --encoding and --delimiter', async () => {
    const r = await cli([
      'preview',
      W1252,
      '--json',
      '--rows',
      '2',
      '--budget',
      '300',
      '--encoding',
      'latin1',
      '--delimiter',
      ';',
    ]);
    const p = CsvPreviewSchema.parse(JSON.parse(r.stdout));
    expect(p.rows).toHaveLength(2);
    expect(p).toMatchObject({
      bytesRead: 300,
      totalBytes: 1204,
      truncated: true,
      totalRows: null,
      encoding: 'windows-1252',
      encodingEvidence: 'user',
      delimiterOverridden: true,
    });
  });

  it.each([
    ['tab', '\t'],
    ['\\t', '\t'],
    ['|', '|'],
    [',', ','],
  ])('reads --delimiter %s', async (arg, delimiter) => {
    const r = await cli(['preview', fixturePath('utf16le-bom-tab.txt'), '--json', '--delimiter', arg]);
    expect(JSON.parse(r.stdout).delimiter).toBe(delimiter);
  });

  it('reads a URL with a Range request', async () => {
    const file = fixtureBytes('w1252-semicolon-decimal-comma.csv');
    const ranges: (string | null)[] = [];
    const fake = (async (_url: string, init?: RequestInit) => {
      ranges.push(new Headers(init?.headers).get('range'));
      return new Response(file.slice(0, 500), {
        status: 206,
        headers: { 'Content-Range': `bytes 0-499/${file.length}` },
      });
    }) as typeof fetch;
    const r = await cli(
      ['preview', 'https://static.data.gouv.fr/resources/x/communes.csv', '--json', '--budget', '500'],
      fake,
    );
    expect(r.code).toBe(0);
    expect(ranges).toEqual(['bytes=0-499']);
    expect(JSON.parse(r.stdout)).toMatchObject({ bytesRead: 500, totalBytes: 1204, truncated: true, delimiter: ';' });
  });

  it('profiles the whole file with --all, past the budget', async () => {
    const r = await cli([
      'preview',
      fixturePath('late-accent-utf8.csv'),
      '--json',
      '--all',
      '--budget',
      '65536',
      '--rows',
      '3',
    ]);
    expect(r.code).toBe(0);
    const p = CsvPreviewSchema.parse(JSON.parse(r.stdout));
    expect(p.bytesRead).toBe(65_536);
    expect(p.truncated).toBe(true);
    expect(p.totalRows).toBe(10_002);
    expect(p.rows).toHaveLength(3);
    expect(p.columns[0]!.profile).toMatchObject({ count: 10_002, min: 1, max: 10_002 });
  });

  it('profiles a whole gzip file with --all', async () => {
    const r = await cli(['preview', fixturePath('w1252-semicolon-decimal-comma.csv.gz'), '--json', '--all']);
    const p = CsvPreviewSchema.parse(JSON.parse(r.stdout));
    expect(p.totalRows).toBe(15);
    expect(p.columns[3]!.profile).toMatchObject({ count: 15, min: 779, max: 2_133_111 });
  });
});

describe('provenance preview as a table', () => {
  it('prints a header line, an aligned table and one line per column', async () => {
    const r = await cli(['preview', W1252]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      'Encoding: windows-1252 (the sample is not valid UTF-8: read as Windows-1252) · Delimiter: ; (semicolon) · 1.2 kB read of 1.2 kB · 15 rows shown of 15',
    );
    const table = lines.filter((l) => l.includes('│'));
    expect(table).toHaveLength(16);
    // Aligned: every separator at the same display column on every line.
    const bars = (l: string) =>
      [...l].flatMap((c, i, all) => (c === '│' ? [displayWidth(all.slice(0, i).join(''))] : []));
    for (const l of table) expect(bars(l)).toEqual(bars(table[0]!));
    expect(r.stdout).toContain('Préfecture de Corse-du-…');
    expect(r.stdout).toContain('  code_commune       text · INSEE commune code');
    expect(r.stdout).toContain('  part_moins_25_ans  decimal · percentage · decimal comma');
  });

  it('speaks French with --lang fr', async () => {
    const r = await cli(['preview', fixturePath('preamble-title.csv'), '--lang', 'fr']);
    expect(r.stdout).toContain('Séparateur : ; (point-virgule)');
    expect(r.stdout).toContain('Lignes au-dessus de l’en-tête, ignorées :\n  Population légale des communes en 2021');
  });
});

describe('provenance preview failures', () => {
  it.each([
    ['html-served-as-csv.csv', 'the server sent a web page (HTML) instead'],
    // Read by its magic bytes as the workbook it is; this one has no sheet, which is said.
    ['xlsx-served-as-csv.csv', 'This spreadsheet is damaged or not what it claims to be'],
  ])('%s → exit 1 with a message on stderr', async (file, message) => {
    const r = await cli(['preview', fixturePath(file)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('localizes the failure', async () => {
    const r = await cli(['preview', fixturePath('html-served-as-csv.csv'), '--lang', 'fr']);
    expect(r.stderr).toContain('le serveur a renvoyé une page web (HTML)');
  });

  it('says when a file cannot be read', async () => {
    const r = await cli(['preview', 'no-such-file.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Cannot read “no-such-file.csv” (ENOENT)');
  });

  it('says when a URL is not found', async () => {
    const fake = (async () => new Response('', { status: 404 })) as unknown as typeof fetch;
    const r = await cli(['preview', 'https://static.data.gouv.fr/x.csv'], fake);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('This file was not found on static.data.gouv.fr (HTTP 404)');
  });

  it.each([
    [['preview']],
    [['preview', 'a.csv', 'b.csv']],
    [['preview', 'a.csv', '--rows', '0']],
    [['preview', 'a.csv', '--budget', 'lots']],
    [['preview', 'a.csv', '--encoding', 'klingon']],
    [['preview', 'a.csv', '--delimiter', ':']],
    [['preview', 'a.csv', '--frobnicate']],
  ])('%j is a usage error', async (argv) => {
    expect((await cli(argv)).code).toBe(2);
  });
});

describe('terminal widths', () => {
  it.each([
    ['abc', 3],
    ['été', 3],
    ['e\u0301te\u0301', 3],
    ['東京', 4],
    ['😀!', 3],
  ])('%s takes %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('cuts long cells with an ellipsis and flattens line breaks', () => {
    expect(fitCell('Provence-Alpes-Côte d’Azur', 10)).toBe('Provence-…');
    expect(fitCell('東京都庁舎', 6)).toBe('東京…');
    expect(fitCell('deux\nlignes', 20)).toBe('deux lignes');
  });
});
