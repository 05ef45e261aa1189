import { z } from 'zod';
import { FailureSchema, type Result } from '../model/failure';
import { analyzeSample, type PreviewOptions, type SampleAnalysis } from './csv-preview';
import type { ByteSample } from './read-bytes';
import { CsvPreviewSchema, DelimiterSchema, EncodingSchema } from './types';

/**
 * The sample's analysis (types, formats, profiles: the heavy part of a preview) in a worker, so that the
 * popup's thread stays free to paint the first rows: page → worker `analyze` with the sample's bytes
 * (transferred, not copied), worker → page `analysis` with the same `id`.
 */

export const AnalyzeMessageSchema = z.object({
  type: z.literal('analyze'),
  id: z.number().int(),
  sample: z.object({
    bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
    bytesRead: z.number(),
    totalBytes: z.number().nullable(),
    truncated: z.boolean(),
    gunzipped: z.boolean(),
  }),
  options: z.object({
    encoding: EncodingSchema.optional(),
    delimiter: DelimiterSchema.optional(),
    rows: z.number().int().positive().optional(),
  }),
});
export type AnalyzeMessage = z.infer<typeof AnalyzeMessageSchema>;

export const AnalysisMessageSchema = z.object({
  type: z.literal('analysis'),
  id: z.number().int(),
  result: z.discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      value: z.object({ preview: CsvPreviewSchema, linesBeforeData: z.number().int().min(0) }),
    }),
    z.object({ ok: z.literal(false), error: FailureSchema }),
  ]),
});
export type AnalysisMessage = z.infer<typeof AnalysisMessageSchema>;

/** The message that asks for the analysis of `sample`, and what to transfer with it. */
export function analyzeMessage(
  id: number,
  sample: ByteSample,
  options: PreviewOptions,
): { message: AnalyzeMessage; transfer: Transferable[] } {
  const { encoding, delimiter, rows } = options;
  return {
    message: { type: 'analyze', id, sample, options: { encoding, delimiter, rows } },
    transfer: [sample.bytes.buffer as ArrayBuffer],
  };
}

/** The worker's side: the answer to one message, or null for a message that is not an `analyze`. */
export function answerAnalyze(data: unknown): AnalysisMessage | null {
  const message = AnalyzeMessageSchema.safeParse(data);
  if (!message.success) return null;
  const { id, sample, options } = message.data;
  const result: Result<SampleAnalysis> = analyzeSample(sample, options);
  return { type: 'analysis', id, result };
}
