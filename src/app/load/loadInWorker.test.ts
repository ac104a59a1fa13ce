import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../model/synthetic.ts';
import type { LoadProgress } from './loadDataset.ts';
import { datasetReceiver, datasetReplies } from './loadInWorker.ts';

describe('carrying a dataset from the worker to the page', () => {
  it('sends the events in parts and puts the dataset back together, in order, counting what arrived', () => {
    const dataset = generateDataset({ events: 2_500, actors: 40, seed: 6 });
    const replies = [...datasetReplies(dataset, 1_000)];
    expect(replies.map((r) => r.kind)).toEqual(['events', 'events', 'events', 'done']);
    const seen: LoadProgress[] = [];
    const receiver = datasetReceiver((progress) => seen.push(progress));
    const taken = replies.map((reply) => receiver.take(reply));
    expect(taken.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect(taken[3]).toEqual(dataset);
    expect(seen.map((p) => [p.phase, p.loaded, p.total])).toEqual([
      ['receiving', 1_000, 2_500],
      ['receiving', 2_000, 2_500],
      ['receiving', 2_500, 2_500],
    ]);
  });

  it('carries a dataset without events in one message', () => {
    const empty = { ...generateDataset({ events: 10, actors: 4, seed: 1 }), events: [] };
    const replies = [...datasetReplies(empty)];
    expect(replies).toHaveLength(1);
    expect(datasetReceiver(() => undefined).take(replies[0]!)).toEqual(empty);
  });
});
