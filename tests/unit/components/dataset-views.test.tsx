// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetHeader } from '../../../components/dataset/DatasetHeader';
import { DatasetOverview } from '../../../components/dataset/DatasetOverview';
import { LangContext } from '../../../components/i18n-context';
import { SectionTabs } from '../../../components/shell/SectionTabs';
import { ErrorState } from '../../../components/states/ErrorState';
import { NoDatasetState } from '../../../components/states/NoDatasetState';
import { PermissionState } from '../../../components/states/PermissionState';
import type { Lang } from '../../../lib/i18n';
import { lookupLicence } from '../../../lib/licences/catalogue';
import type { Dataset } from '../../../lib/model/dataset';
import { failure } from '../../../lib/model/failure';
import { parseDataset } from '../../../lib/pipeline/load-dataset';
import { parseUdata } from '../../../lib/portals/udata';
import raw from '../../fixtures/portals/udata/data.gouv.fr_api1_dataset_catalogue_lov2.json';

afterEach(cleanup);

const parsed = parseUdata(raw, {
  portal: 'udata',
  origin: 'https://www.data.gouv.fr',
  id: 'x',
  pageUrl: 'https://x',
  apiBase: 'https://www.data.gouv.fr',
});
if (!parsed.ok) throw new Error('fixture must parse');
const dataset = parsed.value;

const inLang = (lang: Lang, node: preact.ComponentChildren) => (
  <LangContext.Provider value={lang}>{node}</LangContext.Provider>
);

const NOW = new Date('2025-04-20T12:00:00Z');
/** The header reads the licence as the pipeline resolved it; `parseUdata` alone leaves it unresolved. */
const resolved = parseDataset(
  {
    portal: 'udata',
    origin: 'https://www.data.gouv.fr',
    apiBase: 'https://www.data.gouv.fr',
    id: 'x',
    pageUrl: 'https://x',
  },
  raw,
  { lang: 'fr' },
);
if (!resolved.ok) throw new Error('fixture must parse');
const header = (d: typeof dataset, extra: Partial<Parameters<typeof DatasetHeader>[0]> = {}) => (
  <DatasetHeader
    dataset={d}
    entry={(d.licence.id && lookupLicence(d.licence.id)) || null}
    now={NOW}
    copyStatus="idle"
    onCopy={() => {}}
    onReadLicence={() => {}}
    {...extra}
  />
);

describe('DatasetHeader and DatasetOverview', () => {
  it('shows title, producer, licence link, date, freshness, verdict and files in French', () => {
    const { container } = render(
      inLang(
        'fr',
        <>
          {header({ ...resolved.value, frequency: 'monthly' })}
          <DatasetOverview dataset={dataset} />
        </>,
      ),
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Catalogue des données de data.gouv.fr');
    expect(container.querySelector('[data-field="publisher"]')?.textContent).toBe('data.gouv.fr');
    const licence = container.querySelector<HTMLAnchorElement>('[data-field="licence"] a');
    expect(licence?.textContent).toBe('Licence Ouverte / Open Licence version 2.0');
    expect(licence?.getAttribute('rel')).toContain('license');
    expect(container.querySelector('[data-field="updated"]')?.textContent).toBe('7 avril 2025');
    expect(container.querySelector('[data-field="freshness"]')?.textContent).toBe(
      'il y a 13 jours, à jour (chaque mois)',
    );
    expect([...container.querySelectorAll('[data-chip]')].map((c) => c.textContent)).toEqual([
      'Réutilisation libre',
      'Mention obligatoire',
    ]);
    const files = container.querySelectorAll('[data-field="files"] li');
    expect(files).toHaveLength(8);
    expect(files[0]?.textContent).toContain('CSV');
    expect(files[0]?.textContent).toContain('176,7 Mo');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('8 fichiers');
  });

  it('says a file is overdue against the declared frequency', () => {
    const { container } = render(inLang('en', header({ ...dataset, frequency: 'weekly' })));
    expect(container.querySelector('[data-freshness]')?.getAttribute('data-freshness')).toBe('late');
    expect(container.querySelector('[data-field="freshness"]')?.textContent).toBe(
      '13 days ago, overdue: expected weekly',
    );
  });

  it('opens each chip’s explanation, and links to the licence', () => {
    const onReadLicence = vi.fn();
    render(inLang('en', header(resolved.value, { onReadLicence })));
    const credit = screen.getByRole('button', { name: 'Credit required' });
    expect(credit.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(credit);
    expect(credit.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(credit.getAttribute('aria-controls') ?? '');
    expect(panel?.hidden).toBe(false);
    expect(panel?.textContent).toContain('You must credit the source');
    expect(panel?.textContent).toContain(lookupLicence('etalab-2.0')?.attribution.summary.en);
    fireEvent.click(screen.getByRole('button', { name: 'Read the licence in plain words' }));
    expect(onReadLicence).toHaveBeenCalledOnce();
    fireEvent.click(credit);
    expect(panel?.hidden).toBe(true);
  });

  it('copies from the header and announces it politely', () => {
    const onCopy = vi.fn();
    const { container, rerender } = render(inLang('en', header(dataset, { onCopy })));
    fireEvent.click(screen.getByRole('button', { name: 'Copy attribution' }));
    expect(onCopy).toHaveBeenCalledOnce();
    const live = container.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('');
    rerender(inLang('en', header(dataset, { onCopy, copyStatus: 'copied' })));
    expect(live?.textContent).toBe('Attribution copied to the clipboard.');
  });

  it('says what the portal did not give instead of inventing it', () => {
    const bare: Dataset = {
      ...dataset,
      publisher: { name: null, url: null },
      dates: { ...dataset.dates, dataUpdated: null },
      licence: {
        ...dataset.licence,
        id: null,
        title: null,
        url: null,
        published: { id: null, title: null, url: null },
      },
      resources: [],
      missing: ['licence', 'publisher'],
      status: { archived: true, deleted: false, private: false },
    };
    const { container } = render(
      inLang(
        'en',
        <>
          {header(bare)}
          <DatasetOverview dataset={bare} />
        </>,
      ),
    );
    expect(container.querySelector('[data-field="publisher"]')?.textContent).toBe('Producer not given');
    expect(container.querySelector('[data-field="licence"]')?.textContent).toBe('No licence given');
    expect(container.querySelector('[data-field="updated"]')?.textContent).toBe('Date not given');
    expect([...container.querySelectorAll('[data-chip]')].map((c) => c.textContent)).toEqual(['Licence unknown']);
    expect(container.textContent).toContain('This dataset has no files.');
    expect(container.textContent).toContain('lacks: licence, producer');
    const unlisted = render(inLang('en', <DatasetOverview dataset={{ ...bare, missing: ['resources'] }} />));
    expect(unlisted.container.textContent).toContain('The portal’s answer did not list the files.');
    expect(unlisted.container.textContent).not.toContain('no files');
    expect(container.textContent).toContain('This dataset is archived');
  });

  it('links each file to the full-tab viewer when the shell gives the address', () => {
    render(inLang('en', <DatasetOverview dataset={dataset} previewHref={(r) => `viewer.html?resource=${r.id}`} />));
    const first = dataset.resources[0]!;
    const link = screen.getByRole('link', { name: `Preview in a full tab: ${first.title}` });
    expect(link.getAttribute('href')).toBe(`viewer.html?resource=${first.id}`);
  });
});

describe('ErrorState', () => {
  it('shows the message in an alert and retries on click', () => {
    const onRetry = vi.fn();
    render(
      inLang(
        'en',
        <ErrorState
          error={failure('server', 'errors.server', { params: { status: 500, host: 'x.fr' } })}
          onRetry={onRetry}
        />,
      ),
    );
    expect(screen.getByRole('alert').textContent).toBe('x.fr had an internal error (HTTP 500). Try again later.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('waits out Retry-After before allowing a retry', async () => {
    vi.useFakeTimers();
    const error = failure('rate-limited', 'errors.rate-limited-wait', {
      params: { host: 'x.fr', seconds: 2 },
      retryAfter: 2,
    });
    render(inLang('fr', <ErrorState error={error} onRetry={() => {}} />));
    const button = screen.getByRole('button');
    expect(button.textContent).toBe('Réessayer dans 2 s');
    expect((button as HTMLButtonElement).disabled).toBe(true);
    await vi.advanceTimersByTimeAsync(2100);
    expect(button.textContent).toBe('Réessayer');
    expect((button as HTMLButtonElement).disabled).toBe(false);
    vi.useRealTimers();
  });
});

describe('NoDatasetState and PermissionState', () => {
  it('lists supported portals', () => {
    render(inLang('en', <NoDatasetState families={['udata', 'ckan', 'jsonld']} />));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('heading').textContent).toBe('No dataset on this page');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'udata (data.gouv.fr and other udata portals)',
      'CKAN',
    ]);
  });

  it('takes a pasted address and says why it could not open it', () => {
    const onOpenUrl = vi.fn();
    const { rerender } = render(inLang('en', <NoDatasetState families={['udata']} onOpenUrl={onOpenUrl} />));
    const input = screen.getByRole('textbox', { name: 'Open a dataset page or a file' });
    fireEvent.input(input, { target: { value: '  https://www.data.gouv.fr/datasets/x/ ' } });
    fireEvent.submit(input.closest('form')!);
    expect(onOpenUrl).toHaveBeenCalledWith('https://www.data.gouv.fr/datasets/x/');
    rerender(inLang('en', <NoDatasetState families={['udata']} onOpenUrl={onOpenUrl} problem="unrecognised" />));
    expect(screen.getByRole('alert').textContent).toBe(
      'No supported portal recognises this address as a dataset page.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('explains the permission and asks only on click', () => {
    const onGrant = vi.fn();
    render(inLang('fr', <PermissionState host="data.example.org" denied={false} onGrant={onGrant} />));
    expect(screen.getByText(/l’API publique du portail sur data\.example\.org/)).toBeTruthy();
    expect(onGrant).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Autoriser l’accès à data.example.org' }));
    expect(onGrant).toHaveBeenCalledOnce();
  });
});

describe('SectionTabs', () => {
  it('moves between sections with the arrow keys', () => {
    const onSelect = vi.fn();
    render(
      inLang(
        'en',
        <SectionTabs
          sections={[
            { id: 'a', label: 'A', content: 'panel A' },
            { id: 'b', label: 'B', content: 'panel B' },
          ]}
          selected="a"
          onSelect={onSelect}
        />,
      ),
    );
    expect(screen.getByRole('tabpanel').textContent).toBe('panel A');
    expect(screen.getByRole('tab', { name: 'A' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByRole('tablist'), { key: 'ArrowLeft' });
    expect(onSelect).toHaveBeenCalledWith('b');
  });
});
