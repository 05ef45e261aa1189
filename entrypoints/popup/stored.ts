import { useEffect, useState } from 'preact/hooks';
import type { z } from 'zod';
import { readChoice, writeChoice } from './storage-items';

/**
 * A value kept in extension storage (`local`: it must survive a browser restart), read through its schema, since
 * storage is outside data too: an unreadable value gives the fallback, never a crash.
 */
export function useStored<S extends z.ZodType>(
  key: string,
  schema: S,
  fallback: z.infer<S>,
): [z.infer<S>, (value: z.infer<S>) => void, boolean] {
  const [value, setValue] = useState<z.infer<S>>(fallback);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void readChoice(key, schema, fallback).then((read) => {
      setValue(read.value);
      setLoaded(true);
    });
  }, [key]);
  const save = (next: z.infer<S>) => {
    setValue(next);
    void writeChoice(key, next);
  };
  return [value, save, loaded];
}

/** Writes to the clipboard from the click that asked for it; false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
