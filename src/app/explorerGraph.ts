import { MultiUndirectedGraph } from 'graphology';
import { edgeKey, forEachEdgeOf, hubNodeOf, type ActorNodeAttributes, type InteractionEdgeAttributes } from '../model/graph.ts';
import type { Positions } from '../model/layout.ts';
import { parallelCurvature } from '../model/style.ts';
import type { Dataset, InteractionEvent } from '../model/types.ts';
import type { Participation } from '../model/participation.ts';
import { ViewTracker } from '../model/viewTracker.ts';
import { endsOfPair, pairIndexSteps, type PairIndex } from './pairIndex.ts';

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
  /** The page's tracker, whose time index and participation the build reuses. */
  tracker: Pick<ViewTracker, 'index' | 'participation'> = new ViewTracker(dataset),
  perPairAbove = PER_PAIR_EDGES_ABOVE,
): BuiltScene {
  const steps = sceneGraphSteps(dataset, positions, eventNodes, tracker, perPairAbove);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Graph edges added between two yields of sceneGraphSteps: a few milliseconds of work. */
const EDGES_PER_STEP = 4096;
/** The share of the build that the pair index takes, for the progress figure. */
const PAIR_INDEX_SHARE = 0.3;

/**
 * buildSceneGraph in steps, yielding the fraction done every few thousand edges, so a page can
 * build a million interactions in slices and show its progress instead of freezing.
 */
export function* sceneGraphSteps(
  dataset: Dataset,
  positions: Positions,
  eventNodes: boolean,
  tracker: Pick<ViewTracker, 'index' | 'participation'>,
  perPairAbove = PER_PAIR_EDGES_ABOVE,
): Generator<number, BuiltScene, void> {
  const { events } = dataset;
  const { order } = tracker.index;
  const indexing = pairIndexSteps(events, tracker.participation, eventNodes, order);
  let step = indexing.next();
  for (; !step.done; step = indexing.next()) yield PAIR_INDEX_SHARE * step.value;
  const pairs = step.value;
  const perPair = pairs.edgeOfSlot.length > perPairAbove;
  const graph: SceneGraph = new MultiUndirectedGraph();
  addActors(graph, dataset, tracker.participation, positions);
  for (const e of order) {
    const hub = hubNodeOf(events[e]!, eventNodes);
    if (hub) addHub(graph, hub, events[e]!, positions);
  }
  // Edges go in in date order (per pair: of the pair's first interaction), which the windowed
  // edge programs rely on (see EdgeRuns).
  const total = perPair ? pairs.pairCount : pairs.edgeOfSlot.length;
  let added = 0;
  let nextYield = EDGES_PER_STEP;
  const progress = () => PAIR_INDEX_SHARE + ((1 - PAIR_INDEX_SHARE) * added) / total;
  const add = (edge: number, key: string, [source, target]: readonly [string, string], curvature: number) => {
    const slot = pairs.slotOfEdge[edge]!;
    const pair = pairs.pairOfEdge[edge]!;
    const event = events[pairs.eventOfSlot[slot]!]!;
    graph.addEdgeWithKey(key, source, target, {
      event: event.id, type: event.type, status: event.status, date: event.date, curvature, pair, rank: slot - pairs.pairStart[pair]!,
    });
  };
  if (perPair) {
    for (let pair = 0; pair < pairs.pairCount; pair++) {
      add(pairs.edgeOfSlot[pairs.pairStart[pair]!]!, pairEdgeKey(pair), endsOfPair(pairs, pair), 0);
      if (++added >= nextYield) {
        nextYield += EDGES_PER_STEP;
        yield progress();
      }
    }
    return { graph, pairs, perPair };
  }
  for (const e of order) {
    const event = events[e]!;
    forEachEdgeOf(event, eventNodes, (k, source, target) => {
      const edge = pairs.edgeStart[e]! + k;
      const pair = pairs.pairOfEdge[edge]!;
      const rank = pairs.slotOfEdge[edge]! - pairs.pairStart[pair]!;
      // Curvature bends to one side of the edge's direction; flip reversed edges so the fan stays symmetric.
      const sign = source < target ? 1 : -1;
      add(edge, edgeKey(event, k), [source, target], sign * parallelCurvature(rank, pairs.pairStart[pair + 1]! - pairs.pairStart[pair]!));
    });
    added += pairs.edgeStart[e + 1]! - pairs.edgeStart[e]!;
    if (added >= nextYield) {
      nextYield = added + EDGES_PER_STEP;
      yield progress();
    }
  }
  return { graph, pairs, perPair };
}

function addActors(graph: SceneGraph, dataset: Dataset, participation: Participation, positions: Positions): void {
  const interactions = new Uint32Array(dataset.actors.length);
  for (const a of participation.actor) interactions[a]!++;
  dataset.actors.forEach((actor, a) => {
    if (!interactions[a]) return;
    const at = positions[actor.id];
    graph.addNode(actor.id, { label: actor.name, kind: actor.kind, interactions: interactions[a]!, x: at?.x ?? 0, y: at?.y ?? 0 });
  });
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
