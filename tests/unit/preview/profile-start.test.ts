import { describe, expect, it } from 'vitest';
import { profileStart } from '../../../entrypoints/popup/profile-start';
import type { Resource } from '../../../lib/model/dataset';
import { analyzeSample } from '../../../lib/preview/csv-preview';
import type { CsvPreview } from '../../../lib/preview/types';
import { fixtureBytes, sampleOf } from './fixtures';

const FILE = 'preamble-title.csv';

const resource: Resource = {
  id: 'r1',
  title: FILE,
  url: `https://static.data.gouv.fr/resources/x/${FILE}`,
  format: 'csv',
  mime: 'text/csv',
  size: null,
  lastModified: null,
  kind: 'main',
  hints: {},
  sources: [],
};

function fileServer() {
  const urls: string[] = [];
  const fetchImpl = async (url: string) => {
    urls.push(url);
    return new Response(fixtureBytes(FILE), { status: 200 });
  };
  return { urls, fetchImpl };
}

function previewOfFile(): CsvPreview {
  const analysis = analyzeSample(sampleOf(fixtureBytes(FILE)));
  if (!analysis.ok) throw new Error(analysis.error.messageKey);
  return analysis.value.preview;
}

describe('the whole-file profile reuses the preview it has (the sample is read once)', () => {
  it('a preview read from the file keeps where its data starts, and the start message is built from it', async () => {
    const preview = previewOfFile();
    expect(preview.linesBeforeData).toBeGreaterThan(1);
    const { urls, fetchImpl } = fileServer();
    const start = await profileStart(resource, preview, fetchImpl);
    if (!start.ok) throw new Error(start.error.messageKey);
    expect(urls).toEqual([]);
    expect(start.value).toMatchObject({
      type: 'start',
      url: resource.url,
      encoding: preview.encoding,
      delimiter: preview.delimiter,
      skipLines: preview.linesBeforeData,
    });
    if (start.value.type !== 'start') throw new Error(start.value.type);
    expect(start.value.columns.map((c) => c.name)).toEqual(preview.columns.map((c) => c.name));
    expect(start.value.columns.every((c) => c.profile === undefined)).toBe(true);
  });

  it('a portal-parsed preview (no linesBeforeData) reads the file once to find where the data starts', async () => {
    const { linesBeforeData, ...fromApi } = previewOfFile();
    const { urls, fetchImpl } = fileServer();
    const start = await profileStart(resource, { ...fromApi, source: 'tabular-api' }, fetchImpl);
    if (!start.ok) throw new Error(start.error.messageKey);
    expect(urls).toEqual([resource.url]);
    expect(start.value).toMatchObject({ skipLines: linesBeforeData });
  });

  it('sizes the file by its own answer before the portal’s metadata, which may be stale', async () => {
    const stale = { ...resource, size: 1_000 };
    const measured = await profileStart(stale, { ...previewOfFile(), totalBytes: 9_000_000 });
    if (!measured.ok) throw new Error(measured.error.messageKey);
    expect(measured.value.totalBytes).toBe(9_000_000);
    const unknown = await profileStart(stale, { ...previewOfFile(), totalBytes: null });
    if (!unknown.ok) throw new Error(unknown.error.messageKey);
    expect(unknown.value.totalBytes).toBe(1_000);
  });
});
