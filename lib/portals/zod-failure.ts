import type { z } from 'zod';
import { type Failure, failure } from '../model/failure';

/** A schema mismatch as a `malformed` failure naming the first paths that broke, for the curious. */
export function malformedFrom(error: z.ZodError, host: string): Failure {
  const paths = error.issues
    .slice(0, 3)
    .map((i) => i.path.join('.') || '(root)')
    .join(', ');
  return failure('malformed', 'errors.malformed', {
    params: { host, detail: paths },
    detail: error.message.slice(0, 500),
  });
}
