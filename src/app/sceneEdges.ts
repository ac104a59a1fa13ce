import { edgeKey, edgeKeysOf } from '../model/graph.ts';
import type { Dataset, InteractionEvent } from '../model/types.ts';
import { pairEdgeKey, type BuiltScene, type SceneEdgeAttributes } from './explorerGraph.ts';
import type { LevelOfDetail } from './lod.ts';
import { edgeNumberOfSlot, edgesOfEvent } from './pairIndex.ts';

/**
 * How the scene graph's edges stand for interactions, whether the graph holds an edge per
 * interaction or one per pair (see BuiltScene): the one place that knows the difference.
 */
export class SceneEdges {
  readonly perPair: boolean;

  constructor(
    private readonly dataset: Dataset,
    private readonly built: BuiltScene,
    private readonly eventNodes: boolean,
    private readonly lod: LevelOfDetail,
  ) {
    this.perPair = built.perPair;
  }

  /** The graph key of the edge that draws a slot: the interaction's own edge, or its pair's. */
  keyOfSlot(slot: number): string {
    const { pairs } = this.built;
    if (this.perPair) return pairEdgeKey(pairs.pairOfEdge[pairs.edgeOfSlot[slot]!]!);
    return edgeKey(this.dataset.events[pairs.eventOfSlot[slot]!]!, edgeNumberOfSlot(pairs, slot));
  }

  /** The graph keys that draw the edges of event e. */
  keysOfEvent(e: number): string[] {
    if (!this.perPair) return edgeKeysOf(this.dataset.events[e]!, this.eventNodes);
    const { from, to } = edgesOfEvent(this.built.pairs, e);
    return Array.from({ length: to - from }, (_, k) => pairEdgeKey(this.built.pairs.pairOfEdge[from + k]!));
  }

  /** The pairs of the edges of event e. */
  pairsOfEvent(e: number): number[] {
    const { from, to } = edgesOfEvent(this.built.pairs, e);
    return Array.from(this.built.pairs.pairOfEdge.subarray(from, to));
  }

  /** The slot an edge draws: its own, or for a pair's edge the slot standing for the pair (-1 when none is in view). */
  slotOf(attrs: SceneEdgeAttributes): number {
    return this.perPair ? this.lod.shownSlot(attrs.pair) : this.built.pairs.pairStart[attrs.pair]! + attrs.rank;
  }

  /** The interaction an edge stands for: its own, or the newest of its pair in view (the first when none is). */
  eventOf(attrs: SceneEdgeAttributes): InteractionEvent {
    const slot = this.slotOf(attrs);
    const { eventOfSlot, pairStart } = this.built.pairs;
    return this.dataset.events[eventOfSlot[slot >= 0 ? slot : pairStart[attrs.pair]!]!]!;
  }

  /** How many interactions in view the edge draws: its pair's count while merged, else 1. */
  countOf(attrs: SceneEdgeAttributes): number {
    return this.lod.merged ? this.lod.countOfPair(attrs.pair) : 1;
  }

  /** Whether the edge is the one that stands for its pair, which has edges in view. */
  standsForPair(attrs: SceneEdgeAttributes): boolean {
    const slot = this.slotOf(attrs);
    return slot >= 0 && this.lod.shownSlot(attrs.pair) === slot;
  }
}
