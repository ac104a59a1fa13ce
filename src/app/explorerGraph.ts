import { MultiUndirectedGraph } from 'graphology';
import { edgeCountOf, edgeKey, forEachEdgeOf, hubNodeOf, type ActorNodeAttributes, type InteractionEdgeAttributes } from '../model/graph.ts';
import type { Positions } from '../model/layout.ts';
import { parallelCurvature } from '../model/style.ts';
import { buildTimeIndex } from '../model/timeIndex.ts';
import type { Dataset, InteractionEvent } from '../model/types.ts';

export type SceneNodeAttributes = ActorNodeAttributes & { x: number; y: number };
/**
 * `pair` numbers the node pair the edge joins, the same for all its parallel edges; `rank` is the
 * edge's place among them in date order (see LevelOfDetail).
 */
export type SceneEdgeAttributes = InteractionEdgeAttributes & { curvature: number; pair: number; rank: number };
export type SceneGraph = MultiUndirectedGraph<SceneNodeAttributes, SceneEdgeAttributes>;

/**
 * The sigma program an edge is drawn with, for good: sigma files an edge under its program when it
 * indexes the graph, and partial refreshes write into that program, so hidden or merged, the type stays.
 */
export function edgeProgramType(attrs: SceneEdgeAttributes): 'curved' | 'straight' {
  return attrs.curvature ? 'curved' : 'straight';
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
 * centre of their participants. Each edge carries the number of its node pair and its rank among
 * the pair's parallel edges in date order, which places it in the pair's fan and lets the level of
 * detail find a pair's edges without an index of its own.
 */
export function buildSceneGraph(
  dataset: Dataset,
  positions: Positions,
  eventNodes: boolean,
  /** The events' date order, when the caller's time index already has it. */
  order: Uint32Array = buildTimeIndex(dataset.events).order,
): SceneGraph {
  const steps = sceneGraphSteps(dataset, positions, eventNodes, order);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Events handled between two yields of sceneGraphSteps: a few milliseconds of work. */
const EVENTS_PER_STEP = 4096;

/**
 * buildSceneGraph in steps, yielding the fraction done every few thousand events, so a page can
 * build a million interactions in slices and show its progress instead of freezing.
 */
export function* sceneGraphSteps(dataset: Dataset, positions: Positions, eventNodes: boolean, order: Uint32Array): Generator<number, SceneGraph, void> {
  const graph: SceneGraph = new MultiUndirectedGraph();
  const interactions = new Map<string, number>();
  for (const event of dataset.events) for (const p of event.participants) interactions.set(p, (interactions.get(p) ?? 0) + 1);
  for (const actor of dataset.actors) {
    const count = interactions.get(actor.id);
    if (!count) continue;
    const at = positions[actor.id];
    graph.addNode(actor.id, { label: actor.name, kind: actor.kind, interactions: count, x: at?.x ?? 0, y: at?.y ?? 0 });
  }
  // Two passes in date order: the first numbers node pairs by first appearance and counts their
  // edges, the second adds the edges (most of the work). Typed arrays and small per-node maps
  // keep a million interactions from costing millions of short-lived objects.
  const place = new Map<string, number>();
  const placeOf = (node: string) => place.get(node) ?? place.set(node, place.size).size - 1;
  const pairsByLowerEnd: Map<number, number>[] = [];
  let pairCount = 0;
  let edgeCount = 0;
  let edgesInAll = 0;
  for (const event of dataset.events) edgesInAll += edgeCountOf(event, eventNodes);
  const pairOfEdge = new Int32Array(edgesInAll);
  const pairOf = (source: string, target: string) => {
    const a = placeOf(source);
    const b = placeOf(target);
    const lower = Math.min(a, b);
    const pairs = (pairsByLowerEnd[lower] ??= new Map());
    const upper = Math.max(a, b);
    return pairs.get(upper) ?? pairs.set(upper, pairCount++).get(upper)!;
  };
  const total = order.length;
  for (let n = 0; n < total; n++) {
    forEachEdgeOf(dataset.events[order[n]!]!, eventNodes, (_n, source, target) => {
      pairOfEdge[edgeCount++] = pairOf(source, target);
    });
    if (n % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield (0.2 * n) / total;
  }
  const edgesOfPair = new Int32Array(pairCount);
  for (let i = 0; i < edgeCount; i++) edgesOfPair[pairOfEdge[i]!]!++;
  const ranked = new Int32Array(pairCount);
  let edgeIndex = 0;
  for (let n = 0; n < total; n++) {
    const event = dataset.events[order[n]!]!;
    const hub = hubNodeOf(event, eventNodes);
    if (hub) addHub(graph, hub, event, positions);
    forEachEdgeOf(event, eventNodes, (k, source, target) => {
      const pair = pairOfEdge[edgeIndex++]!;
      const rank = ranked[pair]!++;
      // Curvature bends to one side of the edge's direction; flip reversed edges so the fan stays symmetric.
      const sign = source < target ? 1 : -1;
      graph.addEdgeWithKey(edgeKey(event, k), source, target, {
        event: event.id, type: event.type, status: event.status, date: event.date,
        curvature: sign * parallelCurvature(rank, edgesOfPair[pair]!), pair, rank,
      });
    });
    if (n % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield 0.2 + (0.8 * n) / total;
  }
  return graph;
}

function addHub(graph: SceneGraph, hub: string, event: InteractionEvent, positions: Positions): void {
  let x = 0;
  let y = 0;
  for (const p of event.participants) {
    x += positions[p]?.x ?? 0;
    y += positions[p]?.y ?? 0;
  }
  const n = event.participants.length;
  graph.addNode(hub, {
    label: event.mode ?? event.type, kind: 'group', interactions: 1, isEvent: true,
    x: x / n + jitter(event.id) * 4, y: y / n + jitter(`${event.id}~`) * 4,
  });
}
