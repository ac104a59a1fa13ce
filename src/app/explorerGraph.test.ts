import { describe, expect, it } from 'vitest';
import { DATASET_FORMAT, type Dataset, type InteractionEvent } from '../model/types.ts';
import { edgeKeysOf, forEachEdgeOf, hubNodeOf } from '../model/graph.ts';
import { ViewTracker } from '../model/viewTracker.ts';
import { generateDataset } from '../model/synthetic.ts';
import { buildSceneGraph, sceneGraphSteps } from './explorerGraph.ts';
import { endsOfPair } from './pairIndex.ts';

const ev = (id: string, date: string, participants: string[]): InteractionEvent => ({
  id, date, participants, type: 'meeting', status: 'occurred', datePrecision: 'day', article: 'a', evidence: id,
});

const dataset: Dataset = {
  format: DATASET_FORMAT,
  articles: [{ id: 'a', file: 'a.txt', published: '2025-01-31' }],
  actors: ['p', 'q', 'r'].map((id) => ({ id, name: id.toUpperCase(), kind: 'person' as const, aliases: [] })),
  events: [ev('e1', '2025-01-01', ['p', 'q']), ev('e2', '2025-01-02', ['q', 'p']), ev('e3', '2025-01-03', ['p', 'q']), ev('e4', '2025-01-04', ['p', 'q', 'r'])],
};
const positions = { p: { x: 0, y: 0 }, q: { x: 10, y: 0 }, r: { x: 5, y: 9 } };

describe('buildSceneGraph', () => {
  it('holds every interaction, at the precomputed positions', () => {
    const { graph } = buildSceneGraph(dataset, positions, false);
    expect(graph.size).toBe(3 + 3);
    expect(graph.getNodeAttributes('r')).toMatchObject({ x: 5, y: 9 });
    for (const event of dataset.events) for (const key of edgeKeysOf(event, false)) expect(graph.hasEdge(key)).toBe(true);
  });

  it('fans parallel edges between the same pair into distinct curves, whatever their direction', () => {
    const { graph } = buildSceneGraph(dataset, positions, false);
    const pq = graph.edges('p', 'q').map((e) => {
      const sign = graph.source(e) === 'p' ? 1 : -1;
      return sign * graph.getEdgeAttribute(e, 'curvature');
    });
    expect(pq).toHaveLength(4);
    expect(new Set(pq).size).toBe(4);
    expect(graph.getEdgeAttribute(graph.edges('q', 'r')[0]!, 'curvature')).toBe(0);
  });

  it('draws multi-party interactions as a hub at the centre of its participants in event-node mode', () => {
    const { graph } = buildSceneGraph(dataset, positions, true);
    const hub = hubNodeOf(dataset.events[3]!, true)!;
    expect(graph.neighbors(hub).sort()).toEqual(['p', 'q', 'r']);
    const { x, y } = graph.getNodeAttributes(hub);
    expect(Math.abs(x - 5)).toBeLessThan(3);
    expect(Math.abs(y - 3)).toBeLessThan(3);
    expect(edgeKeysOf(dataset.events[3]!, true)).toHaveLength(3);
    expect(hubNodeOf(dataset.events[0]!, true)).toBeUndefined();
  });

  it('builds in steps that report growing progress and end in the same graph as one call', () => {
    const large = generateDataset({ events: 20_000, actors: 500, seed: 3 });
    const at = Object.fromEntries(large.actors.map((a, i) => [a.id, { x: i % 25, y: Math.floor(i / 25) }]));
    const tracker = new ViewTracker(large);
    const steps = sceneGraphSteps(large, at, false, tracker);
    const fractions: number[] = [];
    let step = steps.next();
    while (!step.done) {
      fractions.push(step.value);
      step = steps.next();
    }
    expect(fractions.length).toBeGreaterThan(5);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.every((f) => f >= 0 && f < 1)).toBe(true);
    const whole = buildSceneGraph(large, at, false, tracker).graph;
    expect(step.value.graph.size).toBe(whole.size);
    expect(step.value.graph.edges().slice(0, 50)).toEqual(whole.edges().slice(0, 50));
  });
});

describe('the pair index', () => {
  const large = generateDataset({ events: 3_000, actors: 80, seed: 4 });
  const at = Object.fromEntries(large.actors.map((a, i) => [a.id, { x: i % 9, y: Math.floor(i / 9) }]));

  it('places every edge of every interaction in its pair, oldest first, in both kinds of scene', () => {
    const perInteraction = buildSceneGraph(large, at, true);
    const perPair = buildSceneGraph(large, at, true, undefined, 0);
    expect(perInteraction.perPair).toBe(false);
    expect(perPair.perPair).toBe(true);
    expect(perPair.pairs).toEqual(perInteraction.pairs);
    const { pairs } = perPair;
    expect(perPair.graph.size).toBe(pairs.pairCount);
    large.events.forEach((event, e) => {
      forEachEdgeOf(event, true, (n, source, target) => {
        const edge = pairs.edgeStart[e]! + n;
        const slot = pairs.slotOfEdge[edge]!;
        const pair = pairs.pairOfEdge[edge]!;
        expect(pairs.eventOfSlot[slot]).toBe(e);
        expect(pairs.edgeOfSlot[slot]).toBe(edge);
        expect(slot >= pairs.pairStart[pair]! && slot < pairs.pairStart[pair + 1]!).toBe(true);
        expect(new Set(endsOfPair(pairs, pair))).toEqual(new Set([source, target]));
        expect(perPair.graph.hasEdge(source, target)).toBe(true);
      });
    });
    for (let pair = 0; pair < pairs.pairCount; pair++) {
      const dates = Array.from(pairs.eventOfSlot.subarray(pairs.pairStart[pair], pairs.pairStart[pair + 1]), (e) => large.events[e]!.date);
      expect(dates).toEqual([...dates].sort());
    }
  });
});
