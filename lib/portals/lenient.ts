import { z } from 'zod';

/** A string field a portal may leave out, set to null or fill with something else: null then, never a failure. */
export const lenientString = z.string().nullish().catch(null);

/** The lower-case extension of a file name (`data.CSV` → `csv`), up to eight characters; null when none. */
export function extension(name: string | null | undefined): string | null {
  const m = name ? /\.([a-z0-9]{1,8})$/i.exec(name) : null;
  return m?.[1] ? m[1].toLowerCase() : null;
}
