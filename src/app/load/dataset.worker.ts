import { DatasetError } from '../../model/validate.ts';
import { loadDataset, sourceName, type DatasetSource, type LoadProgress } from './loadDataset.ts';
import { datasetReplies, type WorkerReply } from './loadInWorker.ts';

/** Progress is posted at most this often, so messages never flood the page. */
const PROGRESS_EVERY_MS = 100;

// Reading, gunzipping, parsing and validating a large dataset happen here, so the page never freezes.
self.onmessage = (message: MessageEvent<DatasetSource>) => {
  const post = (reply: WorkerReply) => self.postMessage(reply);
  let lastPosted = 0;
  const onProgress = (progress: LoadProgress) => {
    const now = performance.now();
    if (progress.phase === 'reading' && now - lastPosted < PROGRESS_EVERY_MS) return;
    lastPosted = now;
    post({ kind: 'progress', progress });
  };
  loadDataset(message.data, onProgress).then(
    (dataset) => {
      for (const reply of datasetReplies(dataset)) post(reply);
    },
    (err: unknown) => post({ kind: 'error', message: err instanceof DatasetError ? err.message : `${sourceName(message.data)}: ${(err as Error).message}` }),
  );
};
