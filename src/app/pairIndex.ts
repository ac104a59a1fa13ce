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
