import type { Dataset } from '../../model/types.ts';
import { DatasetError } from '../../model/validate.ts';
import { sourceName, type DatasetSource, type LoadProgress } from './loadDataset.ts';

export type WorkerReply = { kind: 'progress'; progress: LoadProgress } | { kind: 'done'; dataset: Dataset } | { kind: 'error'; message: string };

/** Loads a dataset in a web worker of its own, reporting progress; `cancel` stops it and the promise never settles. */
export function loadInWorker(source: DatasetSource, onProgress: (progress: LoadProgress) => void): { done: Promise<Dataset>; cancel(): void } {
  const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
  const done = new Promise<Dataset>((resolve, reject) => {
    worker.onmessage = (message: MessageEvent<WorkerReply>) => {
      const reply = message.data;
      if (reply.kind === 'progress') return onProgress(reply.progress);
      worker.terminate();
      if (reply.kind === 'done') resolve(reply.dataset);
      // The worker's message already names the source and the problem.
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new DatasetError(sourceName(source), `could not be loaded (${event.message || 'the loader stopped'})`));
    };
  });
  worker.postMessage(source);
  return { done, cancel: () => worker.terminate() };
}
