import { buildGraph, type ActorNodeAttributes, type InteractionEdgeAttributes } from '../model/graph.ts';
import type { Positions } from '../model/layout.ts';
import { parallelCurvature } from '../model/style.ts';
import type { Dataset, InteractionEvent } from '../model/types.ts';
import { SHOW_ALL, selectSnapshot } from '../model/view.ts';
import type { MultiUndirectedGraph } from 'graphology';

export type SceneNodeAttributes = ActorNodeAttributes & { x: number; y: number };
/** `pair` numbers the node pair the edge joins, the same for all its parallel edges (see LevelOfDetail). */
export type SceneEdgeAttributes = InteractionEdgeAttributes & { curvature: number; pair: number };
export type SceneGraph = MultiUndirectedGraph<SceneNodeAttributes, SceneEdgeAttributes>;

export const EVENT_NODE_PREFIX = 'event:';

/** The graph keys of an event's edges, as buildGraph names them. */
export function edgeKeysOf(event: InteractionEvent, eventNodes: boolean): string[] {
  const p = event.participants.length;
  const count = eventNodes && p > 2 ? p : (p * (p - 1)) / 2;
  return Array.from({ length: count }, (_, n) => `${event.id}#${n}`);
}

export function hubNodeOf(event: InteractionEvent, eventNodes: boolean): string | undefined {
  return eventNodes && event.participants.length > 2 ? `${EVENT_NODE_PREFIX}${event.id}` : undefined;
}

/** A small stable offset, so hubs of events with the same participants do not sit on top of each other. */
function jitter(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1000) / 1000 - 0.5;
}

/**
 * The whole dataset as one multigraph, built once: every interaction is there, and the time
 * window only toggles visibility. Actors take their precomputed positions; event hubs sit at the
 * centre of their participants; parallel edges between a pair fan out by date order.
 */
export function buildSceneGraph(dataset: Dataset, positions: Positions, eventNodes: boolean): SceneGraph {
  const graph = buildGraph(selectSnapshot(dataset, SHOW_ALL), { multiPartyAsNode: eventNodes }) as unknown as SceneGraph;
  graph.updateEachNodeAttributes((node, attrs) => {
    const at = positions[node];
    return { ...attrs, x: at?.x ?? 0, y: at?.y ?? 0 };
  });
  if (eventNodes) {
    for (const event of dataset.events) {
      const hub = hubNodeOf(event, true);
      if (!hub) continue;
      let x = 0;
      let y = 0;
      for (const p of event.participants) {
        x += positions[p]?.x ?? 0;
        y += positions[p]?.y ?? 0;
      }
      const n = event.participants.length;
      graph.mergeNodeAttributes(hub, { x: x / n + jitter(event.id) * 4, y: y / n + jitter(`${event.id}~`) * 4 });
    }
  }
  assignCurvatures(graph);
  return graph;
}

/** Numbers the node pairs, numbers each pair's parallel edges in order and gives each its place in the fan. */
function assignCurvatures(graph: SceneGraph): void {
  const pairs = new Map<string, { pair: number; edges: number }>();
  const pairKey = (s: string, t: string) => (s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`);
  graph.forEachEdge((_edge, _attrs, source, target) => {
    const key = pairKey(source, target);
    const seen = pairs.get(key);
    if (seen) seen.edges++;
    else pairs.set(key, { pair: pairs.size, edges: 1 });
  });
  const next = new Map<string, number>();
  graph.updateEachEdgeAttributes((_edge, attrs, source, target) => {
    const key = pairKey(source, target);
    const k = next.get(key) ?? 0;
    next.set(key, k + 1);
    const { pair, edges } = pairs.get(key)!;
    // Curvature bends to one side of the edge's direction; flip reversed edges so the fan stays symmetric.
    const sign = source < target ? 1 : -1;
    return { ...attrs, curvature: sign * parallelCurvature(k, edges), pair };
  });
}
