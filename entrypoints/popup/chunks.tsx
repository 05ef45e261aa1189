import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../components/i18n-context';

/**
 * A part of the popup loaded with `import()` (a separate extension file, CSP-safe) so that the first chunk holds
 * only what the dataset header needs. Loaded once; `loaded()` answers synchronously afterwards so that a section
 * shown again renders at once, without a skeleton.
 */
export interface Chunk<M> {
  load(): Promise<M>;
  loaded(): M | null;
}

export function chunk<M>(importer: () => Promise<M>): Chunk<M> {
  let pending: Promise<M> | null = null;
  let value: M | null = null;
  return {
    load() {
      pending ??= importer().then(
        (module) => (value = module),
        (error: unknown) => {
          // A failed load (the extension was updated under an open popup) may be retried.
          pending = null;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => value,
  };
}

export const licenceCatalogue = chunk(() => import('../../lib/licences/catalogue'));
export const licenceCardChunk = chunk(() => import('../../components/licence/LicenceCard'));
export const previewChunk = chunk(() => import('./PreviewSection'));
export const attributionChunk = chunk(() => import('./AttributionSection'));
export const creditsChunk = chunk(() => import('./CreditsSection'));
/** The header's one-click copy: the notice model and its formats. */
export const noticeChunk = chunk(async () => {
  const [input, render] = await Promise.all([
    import('../../lib/attribution/input'),
    import('../../lib/attribution/render'),
  ]);
  return { noticeInputOf: input.noticeInputOf, renderAttribution: render.renderAttribution };
});

/** Once the header is painted, the sections load while the user reads it, so that opening one is instant. */
export function preloadSections(): void {
  for (const c of [licenceCardChunk, previewChunk, attributionChunk, creditsChunk, noticeChunk]) {
    c.load().catch(() => undefined);
  }
}

/** The module of a chunk: at once when loaded, else null until it is, or the load's error. */
export function useChunk<M>(c: Chunk<M>): { module: M | null; failed: boolean; retry: () => void } {
  const [, setLoaded] = useState<M | null>(c.loaded());
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (c.loaded()) return;
    let live = true;
    c.load().then(
      (module) => live && setLoaded(module),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [c, attempt]);
  return {
    module: c.loaded(),
    failed,
    retry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
  };
}

/** A section whose code is a chunk: a skeleton of the panel while it loads, a retry when it cannot. */
export function LazySection<M>({ chunk: c, render }: { chunk: Chunk<M>; render: (module: M) => ComponentChildren }) {
  const t = useT();
  const { module, failed, retry } = useChunk(c);
  if (module) return <>{render(module)}</>;
  if (failed) {
    return (
      <div class="pv-state pv-state--error" role="alert">
        <p>{t('shell.sectionUnavailable')}</p>
        <button type="button" class="pv-button" onClick={retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return (
    <div class="pv-skeleton pv-skeleton--section" aria-busy="true">
      <p role="status" class="pv-skeleton__label">
        <span class="pv-spinner" aria-hidden="true" />
        {t('shell.sectionLoading')}
      </p>
      <div aria-hidden="true">
        <div class="pv-skeleton__bar" />
        <div class="pv-skeleton__bar pv-skeleton__bar--short" />
        <div class="pv-skeleton__bar" />
      </div>
    </div>
  );
}
