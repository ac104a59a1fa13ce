import type { Dataset, InteractionEvent } from '../../model/types.ts';
import { DatasetError } from '../../model/validate.ts';
import { sourceName, type DatasetSource, type LoadProgress } from './loadDataset.ts';

/** The events come in parts (`total` in all), then the rest of the dataset with its events empty. */
export type WorkerReply =
  | { kind: 'progress'; progress: LoadProgress }
  | { kind: 'events'; events: InteractionEvent[]; total: number }
  | { kind: 'done'; dataset: Dataset }
  | { kind: 'error'; message: string };

/**
 * Events per message to the page. The page decodes each message in one task: a million events in
 * one message froze it for about 9 s; in parts, each takes a fraction of a second.
 */
const EVENTS_PER_MESSAGE = 16_384;

/** The messages that carry a loaded dataset to the page: its events in parts, then the rest of it. */
export function* datasetReplies(dataset: Dataset, perMessage = EVENTS_PER_MESSAGE): Generator<WorkerReply, void, void> {
  const { events } = dataset;
  for (let at = 0; at < events.length; at += perMessage) yield { kind: 'events', events: events.slice(at, at + perMessage), total: events.length };
  yield { kind: 'done', dataset: { ...dataset, events: [] } };
}

/** Puts a dataset back together from datasetReplies' messages: `take` returns it at the last one. */
export function datasetReceiver(onProgress: (progress: LoadProgress) => void): { take(reply: WorkerReply): Dataset | undefined } {
  const events: InteractionEvent[] = [];
  return {
    take(reply) {
      if (reply.kind === 'events') {
        for (const event of reply.events) events.push(event);
        onProgress({ phase: 'receiving', loaded: events.length, total: reply.total });
      }
      return reply.kind === 'done' ? { ...reply.dataset, events } : undefined;
    },
  };
}

/** Loads a dataset in a web worker of its own, reporting progress; `cancel` stops it and the promise never settles. */
export function loadInWorker(source: DatasetSource, onProgress: (progress: LoadProgress) => void): { done: Promise<Dataset>; cancel(): void } {
  const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
  const receiver = datasetReceiver(onProgress);
  const done = new Promise<Dataset>((resolve, reject) => {
    worker.onmessage = (message: MessageEvent<WorkerReply>) => {
      const reply = message.data;
      if (reply.kind === 'progress') return onProgress(reply.progress);
      if (reply.kind === 'events') return void receiver.take(reply);
      worker.terminate();
      if (reply.kind === 'done') resolve(receiver.take(reply)!);
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
