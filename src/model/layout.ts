import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { participationOf, type Participation } from './participation.ts';
import type { Dataset } from './types.ts';

export type Positions = Record<string, { x: number; y: number }>;

/** A stable pseudo-random number in [0, 1) from a string, so layouts do not change between runs. */
function hashUnit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1_000_003) / 1_000_003;
}

/**
 * What ForceAtlas2 needs of a dataset: the actors and the simple graph of pairs weighted by how
 * often they interact. Small and made of typed arrays, so it crosses to a web worker cheaply
 * where the dataset itself (with every evidence sentence) would take seconds to copy.
 */
export interface LayoutInput {
  ids: string[];
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
}

export function layoutInput(participation: Participation): LayoutInput {
  const { actorIds: ids, start, actor } = participation;
  const weightOf = new Map<number, number>();
  for (let e = 0; e + 1 < start.length; e++) {
    for (let i = start[e]!; i < start[e + 1]!; i++) {
      for (let j = i + 1; j < start[e + 1]!; j++) {
        const key = Math.min(actor[i]!, actor[j]!) * ids.length + Math.max(actor[i]!, actor[j]!);
        weightOf.set(key, (weightOf.get(key) ?? 0) + 1);
      }
    }
  }
  const [sources, targets, weights] = [new Uint32Array(weightOf.size), new Uint32Array(weightOf.size), new Float64Array(weightOf.size)];
  let k = 0;
  for (const [key, weight] of weightOf) {
    sources[k] = Math.floor(key / ids.length);
    targets[k] = key % ids.length;
    weights[k++] = weight;
  }
  return { ids: [...ids], sources, targets, weights };
}

/**
 * Iterations enough for a readable layout: 200 up to 5,000 actors, fewer beyond, as each
 * Barnes-Hut iteration grows with the actors (about 3 s per iteration at 10^5 on two cores).
 */
export function iterationsFor(actors: number): number {
  return actors <= 5000 ? 200 : Math.max(20, Math.round((200 * 5000) / actors));
}

/** Positions for every actor, so nodes keep their place while the user scrubs. */
export function layoutFrom(input: LayoutInput, iterations = iterationsFor(input.ids.length)): Positions {
  const graph = new Graph({ type: 'undirected' });
  for (const id of input.ids) graph.addNode(id, { x: hashUnit(id) * 100, y: hashUnit(`${id}~`) * 100 });
  for (let k = 0; k < input.sources.length; k++) graph.addEdge(input.ids[input.sources[k]!]!, input.ids[input.targets[k]!]!, { weight: input.weights[k]! });
  if (graph.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
  }
  const positions: Positions = {};
  graph.forEachNode((id, attrs) => {
    positions[id] = { x: attrs.x as number, y: attrs.y as number };
  });
  return positions;
}

/** Positions for every actor of the whole dataset; the explorer and the SVG export share them. */
export function computeLayout(dataset: Dataset, iterations?: number): Positions {
  return layoutFrom(layoutInput(participationOf(dataset)), iterations);
}
