import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../lib/model/dataset';
import { fileDataset } from '../../../lib/viewer/file-dataset';
import { looksLikeDataFile } from '../../../lib/viewer/file-link';
import { parseViewerQuery, viewerSearch } from '../../../lib/viewer/query';

describe('viewer address', () => {
  it('round-trips a page, a file, a resource and a language', () => {
    const query = {
      page: 'https://www.data.gouv.fr/datasets/x/',
      file: 'https://static.data.gouv.fr/a b.csv?x=1&y=2',
      resource: 'r-1',
      lang: 'fr' as const,
    };
    expect(parseViewerQuery(new URLSearchParams(viewerSearch(query)))).toEqual(query);
  });

  it('refuses an address with neither page nor file, and drops what is not a web address', () => {
    expect(parseViewerQuery(new URLSearchParams(''))).toBeNull();
    expect(parseViewerQuery(new URLSearchParams('file=javascript:alert(1)'))).toBeNull();
    expect(parseViewerQuery(new URLSearchParams('page=file:///etc/passwd&file=https://x.fr/a.csv&lang=de'))).toEqual({
      file: 'https://x.fr/a.csv',
    });
  });
});

describe('fileDataset', () => {
  it('makes a valid one-file dataset that invents no producer or licence', () => {
    const dataset = fileDataset('https://files.example.org/exports/Donn%C3%A9es%202024.csv.gz?download=1');
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.title).toBe('Données 2024.csv.gz');
    expect(dataset.resources[0]).toMatchObject({ format: 'csv.gz', url: dataset.pageUrl });
    expect(dataset.publisher.name).toBeNull();
    expect(dataset.licence.id).toBeNull();
    expect(dataset.missing).toContain('licence');
  });
});

describe('looksLikeDataFile', () => {
  it('takes web addresses of data files, with or without a query, and nothing else', () => {
    expect(looksLikeDataFile('https://static.data.gouv.fr/resources/x/export.CSV')).toBe(true);
    expect(looksLikeDataFile('https://x.fr/a.csv.gz?token=1')).toBe(true);
    expect(looksLikeDataFile('http://x.fr/data/communes.geojson')).toBe(true);
    expect(looksLikeDataFile('https://www.data.gouv.fr/organizations/x/')).toBe(false);
    expect(looksLikeDataFile('file:///home/me/a.csv')).toBe(false);
    expect(looksLikeDataFile('not a url.csv')).toBe(false);
  });
});
