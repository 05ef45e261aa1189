import { z } from 'zod';
import { type JsonValue, LosslessNumber } from './json-parse';
import { cleanName } from './names';
import { tableFrom } from './table';
import type { Table } from './types';

/** A node of the JSON tree the view shows: capped in depth and count, long strings cut. */
export interface JsonNode {
  kind: 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';
  /** The property name, or the index in an array, or null for the root. */
  key: string | null;
  /** A scalar's text as the file has it (strings cut at 200 characters). */
  text: string | null;
  /** Children a container has in the file read, whether shown or not. */
  size: number;
  /** Children shown; null for scalars and for containers beyond the depth cap. */
  children: JsonNode[] | null;
  /** An integer beyond 2^53: `JSON.parse` and most tools would change it. */
  lossy: boolean;
  /** The file was cut inside this container. */
  cut: boolean;
}

export const JsonNodeSchema: z.ZodType<JsonNode> = z.lazy(() =>
  z.object({
    kind: z.enum(['object', 'array', 'string', 'number', 'boolean', 'null']),
    key: z.string().nullable(),
    text: z.string().nullable(),
    size: z.number(),
    children: z.array(JsonNodeSchema).nullable(),
    lossy: z.boolean(),
    cut: z.boolean(),
  }),
);

export const TREE_MAX_DEPTH = 12;
export const TREE_MAX_NODES = 2000;
/** Children shown per container before "… N more". */
const MAX_CHILDREN = 100;
const MAX_TEXT = 200;

const isContainer = (v: JsonValue): v is JsonValue[] | { [k: string]: JsonValue } =>
  v !== null && typeof v === 'object' && !(v instanceof LosslessNumber);

/** The tree of a parsed value within the caps; walks breadth-first so the caps keep the top of the tree. */
export function jsonTree(value: JsonValue, incomplete: ReadonlySet<object>): { root: JsonNode; capped: boolean } {
  let budget = TREE_MAX_NODES;
  let capped = false;
  const make = (v: JsonValue, key: string | null): JsonNode => {
    budget--;
    if (v === null) return { kind: 'null', key, text: 'null', size: 0, children: null, lossy: false, cut: false };
    if (v instanceof LosslessNumber)
      return { kind: 'number', key, text: v.raw, size: 0, children: null, lossy: true, cut: false };
    if (typeof v === 'string') {
      const text = v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT)}…` : v;
      return { kind: 'string', key, text, size: 0, children: null, lossy: false, cut: false };
    }
    if (typeof v === 'number')
      return { kind: 'number', key, text: String(v), size: 0, children: null, lossy: false, cut: false };
    if (typeof v === 'boolean')
      return { kind: 'boolean', key, text: String(v), size: 0, children: null, lossy: false, cut: false };
    const array = Array.isArray(v);
    const size = array ? v.length : Object.keys(v).length;
    return {
      kind: array ? 'array' : 'object',
      key,
      text: null,
      size,
      children: null,
      lossy: false,
      cut: incomplete.has(v),
    };
  };
  const root = make(value, null);
  const queue: { node: JsonNode; value: JsonValue; depth: number }[] = [{ node: root, value, depth: 0 }];
  for (let q = 0; q < queue.length; q++) {
    const { node, value: v, depth } = queue[q]!;
    if (!isContainer(v)) continue;
    if (depth >= TREE_MAX_DEPTH || budget <= 0) {
      capped = true;
      continue;
    }
    const entries: [string, JsonValue][] = Array.isArray(v)
      ? v.slice(0, MAX_CHILDREN).map((c, i) => [String(i), c])
      : Object.entries(v).slice(0, MAX_CHILDREN);
    if (node.size > entries.length) capped = true;
    node.children = [];
    for (const [k, child] of entries) {
      if (budget <= 0) {
        capped = true;
        break;
      }
      const c = make(child, cleanName(k));
      node.children.push(c);
      queue.push({ node: c, value: child, depth: depth + 1 });
    }
  }
  return { root, capped };
}

const MAX_CELL = 1000;

function cell(v: JsonValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (v instanceof LosslessNumber) return v.raw;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  // A nested value in a mostly flat record: shown as JSON, cut, never walked.
  const s = Array.isArray(v) ? `[${v.length}]` : `{${Object.keys(v).length}}`;
  return s.length > MAX_CELL ? s.slice(0, MAX_CELL) : s;
}

const isFlatObject = (v: JsonValue): v is { [k: string]: JsonValue } =>
  isContainer(v) &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => !isContainer(x) || (Array.isArray(x) ? x.length === 0 : Object.keys(x).length === 0));

/** The records of the value: the root array, or the one array property of a root object (`{"data": [...]}`). */
export function recordsOf(value: JsonValue | undefined): JsonValue[] | null {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value;
  if (!isContainer(value)) return null;
  const arrays = Object.values(value).filter((v): v is JsonValue[] => Array.isArray(v) && v.length > 0);
  return arrays.length === 1 ? arrays[0]! : null;
}

/** Rows of an array of flat objects, or null when the records are not (mostly) flat objects. */
export function objectsTable(
  records: readonly { [k: string]: JsonValue }[],
  options: { rowCount: number | null; rowsShown: number },
): Table {
  const keys = new Map<string, true>();
  for (const r of records.slice(0, 200)) for (const k of Object.keys(r)) keys.set(k, true);
  const header = [...keys.keys()];
  const rows = records.map((r) => header.map((k) => cell(r[k])));
  return tableFrom(header.map(cleanName), rows, options);
}

/** The records as a table when they are flat objects (the last one dropped when the file was cut inside it). */
export function flatTable(
  value: JsonValue | undefined,
  incomplete: ReadonlySet<object>,
  options: { complete: boolean; rowsShown: number },
): Table | null {
  const records = recordsOf(value);
  if (!records || records.length === 0) return null;
  const whole = records.filter((r) => !isContainer(r) || !incomplete.has(r));
  const flat = whole.filter(isFlatObject);
  if (flat.length === 0 || flat.length < whole.length * 0.9) return null;
  return objectsTable(flat, { rowCount: options.complete ? whole.length : null, rowsShown: options.rowsShown });
}
