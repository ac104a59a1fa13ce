import { edgeCountOf, hubNodeOf } from '../model/graph.ts';
import type { Participation } from '../model/participation.ts';
import type { InteractionEvent } from '../model/types.ts';

/**
 * Where every edge of every interaction sits among the parallel edges of its pair of nodes, as
 * typed arrays, so that a million interactions cost a few arrays rather than millions of objects.
 *
 * An event's n-th edge (the numbering of forEachEdgeOf) is edge `edgeStart[e] + n`, e being the
 * event's place in the dataset. Its pair's edges, oldest first, fill the slots
 * `pairStart[pair] .. pairStart[pair + 1]`; `slotOfEdge` says which slot is its own.
 */
export interface PairIndex {
  readonly pairCount: number;
  /** Per event in dataset order, plus one: where its edges start. */
  readonly edgeStart: Uint32Array;
  readonly pairOfEdge: Uint32Array;
  readonly slotOfEdge: Uint32Array;
  /** Per pair, plus one: where its slots start. */
  readonly pairStart: Uint32Array;
  /** The event (dataset index) and the edge of it that fill each slot. */
  readonly eventOfSlot: Uint32Array;
  readonly edgeOfSlot: Uint32Array;
  /** The pair's two nodes: ends[2 * pair] and ends[2 * pair + 1], as indices into `nodes`. */
  readonly ends: Uint32Array;
  readonly nodes: readonly string[];
}

/** The edges of event e, as global edge numbers. */
export function edgesOfEvent(index: PairIndex, e: number): { from: number; to: number } {
  return { from: index.edgeStart[e]!, to: index.edgeStart[e + 1]! };
}

/** The two nodes a pair joins. */
export function endsOfPair(index: PairIndex, pair: number): [string, string] {
  return [index.nodes[index.ends[2 * pair]!]!, index.nodes[index.ends[2 * pair + 1]!]!];
}

/** The number, within its event, of the edge that fills a slot (its key is edgeKey(event, n)). */
export function edgeNumberOfSlot(index: PairIndex, slot: number): number {
  return index.edgeOfSlot[slot]! - index.edgeStart[index.eventOfSlot[slot]!]!;
}

/** Events handled between two yields of pairIndexSteps. */
const EVENTS_PER_STEP = 16_384;

/**
 * Builds the PairIndex in two passes over the events in date order, yielding the fraction done
 * now and then so a page can run it in slices. Nodes are numbered as actors (the participation's
 * numbers), then one hub per multi-party event in event-node mode; pairs by first appearance.
 */
export function* pairIndexSteps(
  events: readonly InteractionEvent[],
  participation: Participation,
  eventNodes: boolean,
  order: Uint32Array,
): Generator<number, PairIndex, void> {
  const { start, actor } = participation;
  const edgeStart = new Uint32Array(events.length + 1);
  for (let e = 0; e < events.length; e++) edgeStart[e + 1] = edgeStart[e]! + edgeCountOf(events[e]!, eventNodes);
  const edgeCount = edgeStart[events.length]!;
  const nodes = [...participation.actorIds];
  const pairsByLowerEnd: Map<number, number>[] = [];
  const ends = new Uint32Array(2 * edgeCount);
  let pairCount = 0;
  const newPair = (a: number, b: number) => {
    ends[2 * pairCount] = a;
    ends[2 * pairCount + 1] = b;
    return pairCount++;
  };
  const pairOfEdge = new Uint32Array(edgeCount);
  for (let n = 0; n < order.length; n++) {
    const e = order[n]!;
    let edge = edgeStart[e]!;
    // The edges in forEachEdgeOf's order: a hub's spokes (each a pair of its own), or every pair of participants.
    const hub = hubNodeOf(events[e]!, eventNodes);
    if (hub) {
      const h = nodes.push(hub) - 1;
      for (let i = start[e]!; i < start[e + 1]!; i++) pairOfEdge[edge++] = newPair(h, actor[i]!);
    } else {
      for (let i = start[e]!; i < start[e + 1]!; i++) {
        for (let j = i + 1; j < start[e + 1]!; j++) {
          const [a, b] = [actor[i]!, actor[j]!];
          const partners = (pairsByLowerEnd[Math.min(a, b)] ??= new Map());
          let pair = partners.get(Math.max(a, b));
          if (pair === undefined) partners.set(Math.max(a, b), (pair = newPair(a, b)));
          pairOfEdge[edge++] = pair;
        }
      }
    }
    if (n % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield (0.7 * n) / order.length;
  }
  const pairStart = new Uint32Array(pairCount + 1);
  for (const pair of pairOfEdge) pairStart[pair + 1]!++;
  for (let p = 0; p < pairCount; p++) pairStart[p + 1]! += pairStart[p]!;
  const slotOfEdge = new Uint32Array(edgeCount);
  const eventOfSlot = new Uint32Array(edgeCount);
  const edgeOfSlot = new Uint32Array(edgeCount);
  const filled = pairStart.slice(0, pairCount);
  for (let n = 0; n < order.length; n++) {
    const e = order[n]!;
    for (let edge = edgeStart[e]!; edge < edgeStart[e + 1]!; edge++) {
      const slot = filled[pairOfEdge[edge]!]!++;
      slotOfEdge[edge] = slot;
      eventOfSlot[slot] = e;
      edgeOfSlot[slot] = edge;
    }
    if (n % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield 0.7 + (0.3 * n) / order.length;
  }
  return { pairCount, edgeStart, pairOfEdge, slotOfEdge, pairStart, eventOfSlot, edgeOfSlot, ends: ends.slice(0, 2 * pairCount), nodes };
}
