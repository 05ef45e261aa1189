import { z } from 'zod';

/** Every way reading a portal or a file can go wrong. Views map the code to a localized message. */
export const FailureCodeSchema = z.enum([
  'network',
  'timeout',
  'not-found',
  'gone',
  'rate-limited',
  'server',
  'malformed',
  'unsupported',
  'permission',
  'auth-required',
]);
export type FailureCode = z.infer<typeof FailureCodeSchema>;

export const FailureSchema = z.object({
  code: FailureCodeSchema,
  /** A key in the locale files (`errors.*`), never a sentence. */
  messageKey: z.string(),
  /** Values interpolated into the message (`{status}`, `{seconds}`, `{host}`…). */
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  /** Technical detail for the curious (a Zod path, an HTTP status line); shown small, never translated. */
  detail: z.string().optional(),
  /** Seconds to wait before retrying, from `Retry-After`. */
  retryAfter: z.number().optional(),
  /** Whether trying again may help: false for a 404, true for a timeout. */
  retryable: z.boolean(),
});
export type Failure = z.infer<typeof FailureSchema>;

const RETRYABLE: ReadonlySet<FailureCode> = new Set(['network', 'timeout', 'rate-limited', 'server']);

export function failure(
  code: FailureCode,
  messageKey: string = `errors.${code}`,
  extra: Partial<Omit<Failure, 'code' | 'messageKey'>> = {},
): Failure {
  return { code, messageKey, params: {}, retryable: RETRYABLE.has(code), ...extra };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: Failure): Result<T> => ({ ok: false, error });
