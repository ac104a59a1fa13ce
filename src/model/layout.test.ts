import { describe, expect, it } from 'vitest';
import { computeLayout, iterationsFor, layoutInput } from './layout.ts';
import { participationOf } from './participation.ts';
import { DATASET_FORMAT, type Dataset, type InteractionEvent } from './types.ts';

const ev = (id: string, participants: string[]): InteractionEvent => ({
  id, date: '2025-01-01', participants, type: 'meeting', status: 'occurred', datePrecision: 'day', article: 'a', evidence: id,
});
const dataset: Dataset = {
  format: DATASET_FORMAT,
  articles: [{ id: 'a', file: 'a.txt', published: '2025-01-02' }],
  actors: ['p', 'q', 'r', 's'].map((id) => ({ id, name: id, kind: 'person' as const, aliases: [] })),
  events: [ev('e1', ['p', 'q']), ev('e2', ['q', 'p']), ev('e3', ['p', 'q', 'r'])],
};

describe('layout', () => {
  it('weighs each pair by its interactions, whichever way round the participants are listed', () => {
    const input = layoutInput(participationOf(dataset));
    const pairs = [...input.sources].map((s, k) => `${input.ids[s]}-${input.ids[input.targets[k]!]}:${input.weights[k]}`);
    expect(pairs.sort()).toEqual(['p-q:3', 'p-r:1', 'q-r:1']);
  });

  it('places every actor, the same way on every run, with partners closer than strangers', () => {
    const first = computeLayout(dataset, 50);
    expect(Object.keys(first).sort()).toEqual(['p', 'q', 'r', 's']);
    expect(computeLayout(dataset, 50)).toEqual(first);
    const distance = (a: string, b: string) => Math.hypot(first[a]!.x - first[b]!.x, first[a]!.y - first[b]!.y);
    expect(distance('p', 'q')).toBeLessThan(distance('p', 's'));
  });

  it('spends fewer iterations on very large graphs, never fewer than twenty', () => {
    expect(iterationsFor(500)).toBe(200);
    expect(iterationsFor(50_000)).toBeLessThan(200);
    expect(iterationsFor(10_000_000)).toBe(20);
  });
});
