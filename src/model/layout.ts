import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Dataset } from './types.ts';

export type Positions = Record<string, { x: number; y: number }>;

/** A stable pseudo-random number in [0, 1) from a string, so layouts do not change between runs. */
function hashUnit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1_000_003) / 1_000_003;
}

/**
 * Positions for every actor of the whole dataset, so nodes keep their place while the user scrubs.
 * ForceAtlas2 runs on the simple graph of pairs weighted by how often they interact.
 */
export function computeLayout(dataset: Dataset, iterations = 200): Positions {
  const graph = new Graph({ type: 'undirected' });
  for (const actor of dataset.actors) {
    graph.addNode(actor.id, { x: hashUnit(actor.id) * 100, y: hashUnit(`${actor.id}~`) * 100 });
  }
  for (const event of dataset.events) {
    const ps = event.participants;
    for (let i = 0; i < ps.length; i++) {
      for (let j = i + 1; j < ps.length; j++) {
        const [a, b] = [ps[i]!, ps[j]!];
        if (graph.hasEdge(a, b)) graph.updateEdgeAttribute(a, b, 'weight', (w: number) => w + 1);
        else graph.addEdge(a, b, { weight: 1 });
      }
    }
  }
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
