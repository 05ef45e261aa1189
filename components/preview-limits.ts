import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_BUDGET, DEFAULT_PREVIEW_ROWS } from '../lib/preview/defaults';

/** Bytes a preview may read and rows it shows: the user's settings, set once by the shell. */
export interface PreviewLimits {
  budget: number;
  rows: number;
}

export const PreviewLimitsContext = createContext<PreviewLimits>({
  budget: DEFAULT_BUDGET,
  rows: DEFAULT_PREVIEW_ROWS,
});

export function usePreviewLimits(): PreviewLimits {
  return useContext(PreviewLimitsContext);
}
