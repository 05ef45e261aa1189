import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { fail, failure, ok, type Result } from '../../model/failure';
import type { ByteReader } from './byte-reader';
import { streamEntry, type ZipEntryRecord } from './zip';

export interface XmlHandlers {
  open?: (tag: SaxesTagPlain) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
  /** Checked after each chunk: true ends the read early (enough rows, the index wanted reached). */
  done?: () => boolean;
}

/**
 * Streams an archive entry through saxes, inflating as it goes, until the handlers have enough or `maxBytes` of
 * XML have been parsed. saxes does not expand entities declared in a DTD, so a "billion laughs" document is
 * an error, not a memory blow-up; any XML error ends the read with a message.
 */
export async function streamXml(
  reader: ByteReader,
  entry: ZipEntryRecord,
  maxBytes: number,
  handlers: XmlHandlers,
): Promise<Result<{ truncated: boolean }>> {
  const parser = new SaxesParser({ position: false });
  let error: string | null = null;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  if (handlers.open) parser.on('opentag', handlers.open as (tag: unknown) => void);
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(tag.name));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  const decoder = new TextDecoder('utf-8');
  let finished = false;
  const r = await streamEntry(reader, entry, maxBytes, (chunk) => {
    try {
      parser.write(decoder.decode(chunk, { stream: true }));
    } catch (e) {
      error ??= e instanceof Error ? e.message : String(e);
    }
    finished = handlers.done?.() ?? false;
    return error === null && !finished;
  });
  if (!r.ok) return r;
  if (error !== null)
    return fail(failure('malformed', 'formats.workbookDamaged', { params: { name: entry.name }, detail: error }));
  return ok({ truncated: r.value.truncated && !finished });
}

/** A tag name without its namespace prefix. */
export const local = (name: string) => name.slice(name.indexOf(':') + 1);
