import { useEffect, useRef } from 'preact/hooks';
import { fail, failure, type Result } from '../../lib/model/failure';
import AnalysisWorker from '../../lib/preview/analysis.worker.ts?worker';
import { AnalysisMessageSchema, analyzeMessage } from '../../lib/preview/analysis-protocol';
import { analyzeSample, type PreviewOptions, type SampleAnalysis } from '../../lib/preview/csv-preview';
import type { ByteSample } from '../../lib/preview/read-bytes';

export interface SampleAnalyzer {
  analyze(sample: ByteSample, options: PreviewOptions): Promise<Result<SampleAnalysis>>;
  dispose(): void;
}

/**
 * The popup's analysis worker, started as soon as the preview section is, so that it is ready (its script
 * loaded and compiled) by the time the sample has arrived. One worker for every preview of the popup's life;
 * answers are matched to requests by id, so that a preview that was replaced simply gets an answer nobody reads.
 */
export function createSampleAnalyzer(): SampleAnalyzer {
  const worker = new AnalysisWorker();
  const waiting = new Map<number, (result: Result<SampleAnalysis>) => void>();
  let nextId = 0;
  worker.onmessage = (event: MessageEvent) => {
    const answer = AnalysisMessageSchema.safeParse(event.data);
    if (!answer.success) return;
    waiting.get(answer.data.id)?.(answer.data.result);
    waiting.delete(answer.data.id);
  };
  worker.onerror = (event) => {
    const error = failure('malformed', 'preview.view.analysisFailed', { detail: event.message });
    for (const resolve of waiting.values()) resolve(fail(error));
    waiting.clear();
  };
  return {
    analyze(sample, options) {
      const id = nextId++;
      const { message, transfer } = analyzeMessage(id, sample, options);
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage(message, transfer);
      });
    },
    dispose() {
      worker.terminate();
      waiting.clear();
    },
  };
}

/**
 * The popup's analyzer for the life of the component: the worker starts with the first render, not when the
 * sample arrives. Where workers do not exist (component tests), the analysis runs in place.
 */
export function useSampleAnalyzer(): SampleAnalyzer['analyze'] {
  const analyzer = useRef<SampleAnalyzer | null>(null);
  if (analyzer.current === null) {
    analyzer.current =
      typeof Worker === 'undefined'
        ? { analyze: async (sample, options) => analyzeSample(sample, options), dispose: () => {} }
        : createSampleAnalyzer();
  }
  useEffect(() => () => analyzer.current?.dispose(), []);
  return analyzer.current.analyze;
}
