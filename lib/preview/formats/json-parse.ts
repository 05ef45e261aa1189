/** An integer too large for a double: kept as written, since `JSON.parse` would silently change it. */
export class LosslessNumber {
  constructor(readonly raw: string) {}
}

export type JsonValue = null | boolean | number | string | LosslessNumber | JsonValue[] | { [key: string]: JsonValue };

export interface ParsedJson {
  value: JsonValue | undefined;
  /** The text held one whole JSON value (nothing cut, no syntax error). */
  complete: boolean;
  /** Containers the text stops inside of: their last child may be missing or partial. */
  incomplete: ReadonlySet<object>;
  /** Integers beyond 2^53 seen. */
  bigIntegers: number;
  /** Deepest nesting seen. */
  depth: number;
  /** Where a syntax error stopped the parse (a byte offset in the text), or null. */
  errorAt: number | null;
}

type Frame = { container: JsonValue[] | { [key: string]: JsonValue }; key: string | null; isArray: boolean };

const WS = new Set([0x20, 0x0a, 0x0d, 0x09]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * A JSON parser with its own stack (100,000 levels of nesting cost memory, not the call stack), that keeps
 * what it read when the text stops early (a file cut at the byte budget), keeps integers beyond 2^53 as
 * written, and builds objects without a prototype so that a `__proto__` key is only a key.
 */
export function parseJsonPrefix(text: string): ParsedJson {
  const stack: Frame[] = [];
  const incomplete = new Set<object>();
  let root: JsonValue | undefined;
  let bigIntegers = 0;
  let depth = 0;
  let i = 0;
  const n = text.length;
  let errorAt: number | null = null;
  // After a value inside a container, a comma or the closing bracket must come.
  let expectValue = true;

  const attach = (value: JsonValue) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = value;
      return;
    }
    if (top.isArray) (top.container as JsonValue[]).push(value);
    else (top.container as Record<string, JsonValue>)[top.key!] = value;
  };

  const skipWs = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };

  /** A string starting at the quote at `i`; null when the text stops inside it. */
  const readString = (): string | null => {
    let j = i + 1;
    let escaped = false;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x5c) {
        escaped = true;
        j++;
      } else if (c === 0x22) break;
    }
    if (j >= n) return null;
    const raw = text.slice(i + 1, j);
    i = j + 1;
    if (!escaped) return raw;
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      errorAt = i;
      return null;
    }
  };

  outer: while (errorAt === null) {
    skipWs();
    if (i >= n) break;
    const top = stack[stack.length - 1];
    const c = text.charCodeAt(i);
    if (!expectValue) {
      if (!top) {
        errorAt = i;
        break;
      }
      if (c === 0x2c) {
        i++;
        expectValue = true;
        if (!top.isArray) {
          skipWs();
          if (i >= n) break;
          if (text.charCodeAt(i) !== 0x22) {
            errorAt = i;
            break;
          }
          const key = readString();
          if (key === null) break;
          skipWs();
          if (i >= n) break;
          if (text.charCodeAt(i) !== 0x3a) {
            errorAt = i;
            break;
          }
          i++;
          top.key = key;
        }
        continue;
      }
      if ((c === 0x5d && top.isArray) || (c === 0x7d && !top.isArray)) {
        i++;
        incomplete.delete(top.container);
        stack.pop();
        continue;
      }
      errorAt = i;
      break;
    }
    switch (c) {
      case 0x7b:
      case 0x5b: {
        const isArray = c === 0x5b;
        const container: Frame['container'] = isArray ? [] : (Object.create(null) as Record<string, JsonValue>);
        attach(container);
        incomplete.add(container);
        stack.push({ container, key: null, isArray });
        if (stack.length > depth) depth = stack.length;
        i++;
        skipWs();
        if (i >= n) break outer;
        const next = text.charCodeAt(i);
        if (next === (isArray ? 0x5d : 0x7d)) {
          i++;
          incomplete.delete(container);
          stack.pop();
          expectValue = false;
          continue;
        }
        if (!isArray) {
          if (next !== 0x22) {
            errorAt = i;
            break outer;
          }
          const key = readString();
          if (key === null) break outer;
          skipWs();
          if (i >= n) break outer;
          if (text.charCodeAt(i) !== 0x3a) {
            errorAt = i;
            break outer;
          }
          i++;
          stack[stack.length - 1]!.key = key;
        }
        expectValue = true;
        continue;
      }
      case 0x22: {
        const s = readString();
        if (s === null) break outer;
        attach(s);
        break;
      }
      case 0x74:
      case 0x66:
      case 0x6e: {
        const word = c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null';
        if (i + word.length > n) {
          if (!word.startsWith(text.slice(i))) errorAt = i;
          break outer;
        }
        if (text.slice(i, i + word.length) !== word) {
          errorAt = i;
          break outer;
        }
        i += word.length;
        attach(c === 0x74 ? true : c === 0x66 ? false : null);
        break;
      }
      default: {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (!m) {
          errorAt = i;
          break outer;
        }
        // A number touching the end of the text may continue beyond it.
        if (i + m[0].length >= n && stack.length > 0) break outer;
        i += m[0].length;
        const raw = m[0];
        const value = Number(raw);
        if (!/[.eE]/.test(raw) && !Number.isSafeInteger(value)) {
          bigIntegers++;
          attach(new LosslessNumber(raw));
        } else attach(value);
      }
    }
    expectValue = false;
  }
  const complete = errorAt === null && stack.length === 0 && root !== undefined;
  return { value: root, complete, incomplete, bigIntegers, depth, errorAt };
}
