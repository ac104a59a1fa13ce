import { MultiUndirectedGraph } from 'graphology';
import { edgeCountOf, edgeKey, forEachEdgeOf, hubNodeOf, type ActorNodeAttributes, type InteractionEdgeAttributes } from '../model/graph.ts';
import type { Positions } from '../model/layout.ts';
import { parallelCurvature } from '../model/style.ts';
import { buildTimeIndex } from '../model/timeIndex.ts';
import type { Dataset, InteractionEvent } from '../model/types.ts';
import type { PairIndex } from './pairIndex.ts';

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

/** Above this many interaction edges, the scene holds one edge per pair of nodes (see BuiltScene). */
export const PER_PAIR_EDGES_ABOVE = 500_000;

/** The key of a pair's one edge in a per-pair scene. */
export const pairEdgeKey = (pair: number): string => `pair:${pair}`;

/**
 * The scene graph and where each interaction's edges sit among their pair's (see PairIndex).
 * Up to PER_PAIR_EDGES_ABOVE edges, the graph holds every edge of every interaction, and a pair's
 * parallel edges fan out as curves. Above it, a graph of millions of edges is too slow to build and
 * for sigma to index, so the graph holds one straight edge per pair (`perPair`), keyed by
 * pairEdgeKey and carrying the attributes of the pair's first interaction; what it draws follows
 * the interactions of the pair in view (see LevelOfDetail).
 */
export interface BuiltScene {
  graph: SceneGraph;
  pairs: PairIndex;
  perPair: boolean;
}

/**
 * The whole dataset as one multigraph, built once: the time window only toggles visibility. Actors
 * take their precomputed positions; event hubs sit at the centre of their participants.
 */
export function buildSceneGraph(
  dataset: Dataset,
  positions: Positions,
  eventNodes: boolean,
  /** The events' date order, when the caller's time index already has it. */
  order: Uint32Array = buildTimeIndex(dataset.events).order,
  perPairAbove = PER_PAIR_EDGES_ABOVE,
): BuiltScene {
  const steps = sceneGraphSteps(dataset, positions, eventNodes, order, perPairAbove);
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
export function* sceneGraphSteps(
  dataset: Dataset,
  positions: Positions,
  eventNodes: boolean,
  order: Uint32Array,
  perPairAbove = PER_PAIR_EDGES_ABOVE,
): Generator<number, BuiltScene, void> {
  const graph: SceneGraph = new MultiUndirectedGraph();
  addActors(graph, dataset, positions);
  const { events } = dataset;
  const edgeStart = new Uint32Array(events.length + 1);
  for (let e = 0; e < events.length; e++) edgeStart[e + 1] = edgeStart[e]! + edgeCountOf(events[e]!, eventNodes);
  const edgeCount = edgeStart[events.length]!;
  const perPair = edgeCount > perPairAbove;
  // Two passes in date order: the first numbers node pairs by first appearance, the second ranks
  // each pair's edges and adds the graph's edges (most of the work).
  const place = new Map<string, number>();
  const placeOf = (node: string) => place.get(node) ?? place.set(node, place.size).size - 1;
  const pairsByLowerEnd: Map<number, number>[] = [];
  const ends = new Uint32Array(2 * edgeCount);
  let pairCount = 0;
  const pairOf = (source: string, target: string) => {
    const a = placeOf(source);
    const b = placeOf(target);
    const pairs = (pairsByLowerEnd[Math.min(a, b)] ??= new Map());
    const known = pairs.get(Math.max(a, b));
    if (known !== undefined) return known;
    pairs.set(Math.max(a, b), pairCount);
    ends[2 * pairCount] = a;
    ends[2 * pairCount + 1] = b;
    return pairCount++;
  };
  const pairOfEdge = new Uint32Array(edgeCount);
  const total = order.length;
  for (let n = 0; n < total; n++) {
    const e = order[n]!;
    forEachEdgeOf(events[e]!, eventNodes, (k, source, target) => {
      pairOfEdge[edgeStart[e]! + k] = pairOf(source, target);
    });
    if (n % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield (0.2 * n) / total;
  }
  const pairStart = new Uint32Array(pairCount + 1);
  for (const pair of pairOfEdge) pairStart[pair + 1]!++;
  for (let p = 0; p < pairCount; p++) pairStart[p + 1]! += pairStart[p]!;
  const slotOfEdge = new Uint32Array(edgeCount);
  const eventOfSlot = new Uint32Array(edgeCount);
  const edgeOfSlot = new Uint32Array(edgeCount);
  const ranked = new Uint32Array(pairCount);
  for (let n = 0; n < total; n++) {
    const e = order[n]!;
    const event = events[e]!;
    const hub = hubNodeOf(event, eventNodes);
    if (hub) addHub(graph, hub, event, positions);
    forEachEdgeOf(event, eventNodes, (k, source, target) => {
      const edge = edgeStart[e]! + k;
      const pair = pairOfEdge[edge]!;
      const rank = ranked[pair]!++;
      const slot = pairStart[pair]! + rank;
      slotOfEdge[edge] = slot;
      eventOfSlot[slot] = e;
      edgeOfSlot[slot] = edge;
      if (perPair && rank > 0) return;
      const parallel = perPair ? 1 : pairStart[pair + 1]! - pairStart[pair]!;
      // Curvature bends to one side of the edge's direction; flip reversed edges so the fan stays symmetric.
      const sign = source < target ? 1 : -1;
      graph.addEdgeWithKey(perPair ? pairEdgeKey(pair) : edgeKey(event, k), source, target, {
        event: event.id, type: event.type, status: event.status, date: event.date,
        curvature: sign * parallelCurvature(rank, parallel), pair, rank,
      });
    });
    if (n % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield 0.2 + (0.8 * n) / total;
  }
  const pairs: PairIndex = {
    pairCount, edgeStart, pairOfEdge, slotOfEdge, pairStart, eventOfSlot, edgeOfSlot,
    ends: ends.slice(0, 2 * pairCount), nodes: [...place.keys()],
  };
  return { graph, pairs, perPair };
}

function addActors(graph: SceneGraph, dataset: Dataset, positions: Positions): void {
  const interactions = new Map<string, number>();
  for (const event of dataset.events) for (const p of event.participants) interactions.set(p, (interactions.get(p) ?? 0) + 1);
  for (const actor of dataset.actors) {
    const count = interactions.get(actor.id);
    if (!count) continue;
    const at = positions[actor.id];
    graph.addNode(actor.id, { label: actor.name, kind: actor.kind, interactions: count, x: at?.x ?? 0, y: at?.y ?? 0 });
  }
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
