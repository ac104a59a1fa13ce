import { describe, expect, it } from 'vitest';
import { DATASET_FORMAT, type Dataset, type InteractionEvent } from '../model/types.ts';
import { edgeKeysOf, hubNodeOf } from '../model/graph.ts';
import { buildSceneGraph } from './explorerGraph.ts';

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
    const graph = buildSceneGraph(dataset, positions, false);
    expect(graph.size).toBe(3 + 3);
    expect(graph.getNodeAttributes('r')).toMatchObject({ x: 5, y: 9 });
    for (const event of dataset.events) for (const key of edgeKeysOf(event, false)) expect(graph.hasEdge(key)).toBe(true);
  });

  it('fans parallel edges between the same pair into distinct curves, whatever their direction', () => {
    const graph = buildSceneGraph(dataset, positions, false);
    const pq = graph.edges('p', 'q').map((e) => {
      const sign = graph.source(e) === 'p' ? 1 : -1;
      return sign * graph.getEdgeAttribute(e, 'curvature');
    });
    expect(pq).toHaveLength(4);
    expect(new Set(pq).size).toBe(4);
    expect(graph.getEdgeAttribute(graph.edges('q', 'r')[0]!, 'curvature')).toBe(0);
  });

  it('draws multi-party interactions as a hub at the centre of its participants in event-node mode', () => {
    const graph = buildSceneGraph(dataset, positions, true);
    const hub = hubNodeOf(dataset.events[3]!, true)!;
    expect(graph.neighbors(hub).sort()).toEqual(['p', 'q', 'r']);
    const { x, y } = graph.getNodeAttributes(hub);
    expect(Math.abs(x - 5)).toBeLessThan(3);
    expect(Math.abs(y - 3)).toBeLessThan(3);
    expect(edgeKeysOf(dataset.events[3]!, true)).toHaveLength(3);
    expect(hubNodeOf(dataset.events[0]!, true)).toBeUndefined();
  });
});
