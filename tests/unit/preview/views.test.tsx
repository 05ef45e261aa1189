// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangContext } from '../../../components/i18n-context';
import { ColumnProfiles } from '../../../components/preview/ColumnProfiles';
import { PreviewMessage } from '../../../components/preview/PreviewMessage';
import { PreviewSummary, type ProfileRun } from '../../../components/preview/PreviewSummary';
import { PreviewTable } from '../../../components/preview/PreviewTable';
import { ResourcePicker } from '../../../components/preview/ResourcePicker';
import type { Lang } from '../../../lib/i18n';
import { failure } from '../../../lib/model/failure';
import { profileSample } from '../../../lib/preview/profile';
import type { Column, CsvPreview } from '../../../lib/preview/types';

afterEach(cleanup);

const inLang = (lang: Lang, node: preact.ComponentChildren) => (
  <LangContext.Provider value={lang}>{node}</LangContext.Provider>
);

const rows = [
  ['01053', 'Bourg-en-Bresse', '1234567,5', '05/10/2023'],
  ['2A004', 'Ajaccio', '', '01/02/2021'],
  ['07186', 'Privas', '12,25', '31/12/2024'],
];
const shapes: Column[] = [
  { name: 'code', type: 'text', format: 'code_commune_insee', decimalSeparator: null },
  { name: 'commune', type: 'text', format: null, decimalSeparator: null },
  { name: 'valeur', type: 'decimal', format: null, decimalSeparator: ',' },
  { name: 'date', type: 'date', format: null, decimalSeparator: null },
];
const columns: Column[] = shapes.map((c, i) => ({
  ...c,
  profile: profileSample(
    rows.map((r) => r[i]!),
    c,
  ),
}));

const preview: CsvPreview = {
  source: 'file',
  encoding: 'windows-1252',
  encodingOverridden: false,
  encodingEvidence: 'fallback',
  delimiter: ';',
  delimiterOverridden: false,
  preamble: ['Source : DVF'],
  columns,
  rows,
  raggedRows: 0,
  bytesRead: 1_048_576,
  totalBytes: 777_454_664,
  totalRows: null,
  truncated: true,
};

const noop = () => {};
const summary = (lang: Lang, run: ProfileRun, handlers: Partial<Parameters<typeof PreviewSummary>[0]> = {}) =>
  render(
    inLang(
      lang,
      <PreviewSummary
        preview={preview}
        run={run}
        onEncodingChange={noop}
        onDelimiterChange={noop}
        onProfile={noop}
        onCancel={noop}
        {...handlers}
      />,
    ),
  );

describe('PreviewTable', () => {
  it('has a sticky header with a type badge per column and a labelled, focusable scroll region', () => {
    const { container } = render(inLang('en', <PreviewTable columns={columns} rows={rows} />));
    const region = screen.getByRole('region', { name: 'First rows of the file (scrollable table)' });
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(container.querySelector('thead')?.classList.contains('pv-sticky')).toBe(true);
    const badges = [...container.querySelectorAll('th .pv-badge')].map((b) => b.textContent);
    expect(badges).toEqual(['INSEE commune code', 'text', 'decimal', 'date']);
  });

  it('right-aligns numbers and writes them the reader’s way, leaving codes as they are', () => {
    const fr = render(inLang('fr', <PreviewTable columns={columns} rows={rows} />));
    const cells = fr.container.querySelectorAll('tbody tr:first-child td');
    expect(cells[0]?.textContent).toBe('01053');
    expect(cells[0]?.classList.contains('pv-num')).toBe(false);
    expect(cells[2]?.classList.contains('pv-num')).toBe(true);
    expect(cells[2]?.textContent?.replace(/\s/g, ' ')).toBe('1 234 567,5');
    cleanup();
    const en = render(inLang('en', <PreviewTable columns={columns} rows={rows} />));
    expect(en.container.querySelectorAll('tbody tr:first-child td')[2]?.textContent).toBe('1,234,567.5');
  });
});

describe('ColumnProfiles', () => {
  it('draws one bar per top value for text and one per bin for numbers, with titles and a text alternative', () => {
    const { container } = render(inLang('en', <ColumnProfiles columns={columns} wholeFile={false} />));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Columns, over the 3 rows read');
    const code = container.querySelector('[data-column="code"]')!;
    const svg = code.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).toBe('Most frequent values of code');
    expect(svg.querySelectorAll('rect')).toHaveLength(3);
    expect(code.querySelector('.pv-sr-only')?.textContent).toContain('01053: 1');
    const valeur = container.querySelector('[data-column="valeur"]')!;
    const bins = columns[2]!.profile!.histogram;
    expect(valeur.querySelectorAll('svg rect')).toHaveLength(bins.length);
    expect(valeur.querySelector('svg title')?.textContent).toBe('Distribution of valeur');
    expect(valeur.querySelector('dl')?.textContent).toContain('1 (33.3%)');
  });

  it('marks whole-file distinct counts as approximate and says when no value repeats', () => {
    const whole: Column = {
      ...shapes[1]!,
      profile: {
        ...columns[1]!.profile!,
        count: 2_000_000,
        distinct: 1_999_000,
        distinctApproximate: true,
        top: [],
        histogram: [],
      },
    };
    const { container } = render(inLang('fr', <ColumnProfiles columns={[whole]} wholeFile />));
    const heading = screen.getByRole('heading', { level: 2 }).textContent?.replace(/[\u202f\u00a0]/g, ' ');
    expect(heading).toBe('Colonnes, sur le fichier entier (2 000 000 lignes)');
    expect(container.querySelector('dl')?.textContent).toContain('≈');
    expect(container.textContent).toContain('Aucune valeur ne revient assez souvent');
  });
});

describe('PreviewSummary', () => {
  it('says how many rows come from how much of the file, in French and in English', () => {
    summary('fr', { status: 'idle' });
    expect(screen.getByText(/lignes affichées/).textContent).toBe(
      '3 lignes affichées, lues dans les premiers 1 Mo sur 777,5 Mo',
    );
    cleanup();
    summary('en', { status: 'idle' });
    expect(screen.getByText(/rows shown/).textContent).toBe('3 rows shown, from the first 1 MB of 777.5 MB');
  });

  it('shows the preamble lines as skipped lines', () => {
    const { container } = summary('en', { status: 'idle' });
    expect(container.querySelector('.pv-preamble pre')?.textContent).toBe('Source : DVF');
  });

  it('calls back when the encoding or the delimiter is overridden', () => {
    const onEncodingChange = vi.fn();
    const onDelimiterChange = vi.fn();
    summary('en', { status: 'idle' }, { onEncodingChange, onDelimiterChange });
    fireEvent.change(screen.getByLabelText('Encoding'), { target: { value: 'utf-8' } });
    fireEvent.change(screen.getByLabelText('Delimiter'), { target: { value: ',' } });
    expect(onEncodingChange).toHaveBeenCalledWith('utf-8');
    expect(onDelimiterChange).toHaveBeenCalledWith(',');
  });

  it('starts the whole-file profile, shows its progress and lets it be cancelled', () => {
    const onProfile = vi.fn();
    summary('en', { status: 'idle' }, { onProfile });
    fireEvent.click(screen.getByRole('button', { name: 'Profile the whole file' }));
    expect(onProfile).toHaveBeenCalledOnce();
    cleanup();

    const onCancel = vi.fn();
    const { container } = summary(
      'en',
      { status: 'running', bytes: 388_727_332, totalBytes: 777_454_664, rows: 2_500_000 },
      { onCancel },
    );
    const progress = container.querySelector('progress')!;
    expect(progress.getAttribute('value')).toBe('388727332');
    expect(progress.getAttribute('max')).toBe('777454664');
    expect(screen.getByText(/388\.7 MB of 777\.5 MB read/).textContent).toBe(
      '388.7 MB of 777.5 MB read, 2,500,000 rows',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('says when the profile is done, cancelled or failed', () => {
    summary('fr', { status: 'done', rows: 7_000_000, bytes: 1_073_741_824 });
    expect(screen.getByRole('status').textContent?.replace(/\u202f/g, ' ')).toBe(
      'Fichier entier analysé : 7 000 000 lignes, 1,1 Go.',
    );
    cleanup();
    summary('en', { status: 'cancelled' });
    expect(screen.getByRole('status').textContent).toBe('Whole-file analysis cancelled.');
    cleanup();
    summary('en', {
      status: 'failed',
      error: failure('malformed', 'preview.profile.rowTooLong', { params: { chars: 16 } }),
    });
    expect(screen.getByRole('status').textContent).toContain('The whole-file profile failed: A row is longer than 16');
  });
});

describe('ResourcePicker and PreviewMessage', () => {
  it('lists files with title, format and size and calls back with the chosen one', () => {
    const onSelect = vi.fn();
    const resource = (id: string, title: string, format: string | null, size: number | null) => ({
      id,
      title,
      url: `https://example.org/${id}`,
      format,
      mime: null,
      size,
      lastModified: null,
      kind: 'main' as const,
      hints: {},
      sources: [],
    });
    render(
      inLang(
        'fr',
        <ResourcePicker
          resources={[resource('a', 'Valeurs 2024', 'csv', 777_454_664), resource('b', 'Notice', null, null)]}
          selectedId="a"
          onSelect={onSelect}
        />,
      ),
    );
    const select = screen.getByLabelText('Fichier à prévisualiser') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Valeurs 2024 — CSV, 777,5 Mo',
      'Notice — format inconnu, taille inconnue',
    ]);
    fireEvent.change(select, { target: { value: 'b' } });
    expect(onSelect).toHaveBeenCalledWith('b');
  });

  it('explains why there is no table, links the file and asks for the permission it needs', () => {
    const onGrant = vi.fn();
    render(
      inLang(
        'en',
        <PreviewMessage
          messageKey="errors.permission"
          params={{ host: 'files.example.org' }}
          downloadUrl="https://files.example.org/a.csv"
          permission={{ host: 'files.example.org', onGrant }}
        />,
      ),
    );
    expect(screen.getByRole('link', { name: 'Download the file' }).getAttribute('href')).toBe(
      'https://files.example.org/a.csv',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Grant access to files.example.org' }));
    expect(onGrant).toHaveBeenCalledOnce();
  });
});
