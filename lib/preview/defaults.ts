/**
 * The preview's defaults, on their own so that the settings (read by every extension page before it paints)
 * can name them without loading the readers, PapaParse and the decompressor.
 */

/** 1 MiB: enough rows to type columns well, small enough to stay instant on a slow connection. */
export const DEFAULT_BUDGET = 1_048_576;

/** Rows handed to the view: a screenful or three; typing uses every row of the sample regardless. */
export const DEFAULT_PREVIEW_ROWS = 100;
