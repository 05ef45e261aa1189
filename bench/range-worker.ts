import { parentPort, workerData } from 'node:worker_threads';
import { profileTail, type TailJob } from '../lib/preview/profile-ranges';
import { fileFetch } from './file-fetch';
import { threadCpuMs } from './thread-cpu';

/** The second worker of `profileInTwoRanges` in the bench: a worker thread, as a Web Worker in the extension. */
const { job, path } = workerData as { job: TailJob; path: string };
profileTail(job, { fetchImpl: fileFetch(path) }).then(
  (result) => parentPort?.postMessage({ result, threadCpuMs: threadCpuMs() }),
  (error) => parentPort?.postMessage({ result: { ok: false, error: String(error) }, threadCpuMs: null }),
);
