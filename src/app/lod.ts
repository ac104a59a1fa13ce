import type { SceneGraph } from './explorerGraph.ts';

/** How many merged pairs are drawn, of those in view. */
export interface PairCut {
  drawn: number;
  of: number;
}

/** Above this many edges in view, parallel interactions between a pair draw as one weighted edge. */
export const DEFAULT_EDGE_BUDGET = 50_000;

/** `?budget=N` overrides the edge budget (tests use a small one); anything else keeps the default. */
export function edgeBudgetFrom(search: string): number {
  const value = new URLSearchParams(search).get('budget') ?? '';
  return /^\d+$/.test(value) ? Number(value) : DEFAULT_EDGE_BUDGET;
}

/**
 * Level of detail: how many edges of each pair of nodes are in view, and which one of them stands
 * for the pair when parallel edges are merged. It holds only counts and positions derived from the
 * scene graph, whose edges carry their pair number (see buildSceneGraph); the edge that stands for a
 * pair is always one in view, so a click on it selects an interaction the user can see.
 */
export class LevelOfDetail {
  /** Edges of pair p are keys[start[p] .. start[p + 1]), oldest first: an edge's slot is start[pair] + rank. */
  private readonly start: Uint32Array;
  private readonly keys: string[];
  private readonly count: Uint32Array;
  /** Slot of the edge standing for each pair, -1 when none of its edges is in view. */
  private readonly shown: Int32Array;
  private readonly changed = new Set<string>();
  /** pairsWith[c]: pairs with c edges in view. */
  private readonly pairsWith: Uint32Array;
  edgesInView = 0;
  pairsInView = 0;
  /** While merged, only pairs with at least this many edges in view are drawn: the busiest that fit the budget. */
  private drawnFrom = 1;

  constructor(
    private readonly graph: SceneGraph,
    readonly budget = DEFAULT_EDGE_BUDGET,
  ) {
    let pairs = 0;
    graph.forEachEdge((_edge, attrs) => {
      pairs = Math.max(pairs, attrs.pair + 1);
    });
    this.start = new Uint32Array(pairs + 1);
    graph.forEachEdge((_edge, attrs) => {
      this.start[attrs.pair + 1]!++;
    });
    for (let p = 0; p < pairs; p++) this.start[p + 1]! += this.start[p]!;
    this.keys = new Array<string>(graph.size);
    graph.forEachEdge((edge, attrs) => {
      this.keys[this.start[attrs.pair]! + attrs.rank] = edge;
    });
    this.count = new Uint32Array(pairs);
    this.shown = new Int32Array(pairs).fill(-1);
    let largest = 0;
    for (let p = 0; p < pairs; p++) largest = Math.max(largest, this.start[p + 1]! - this.start[p]!);
    this.pairsWith = new Uint32Array(largest + 1);
    this.pairsWith[0] = pairs;
  }

  private slotOf(edge: string): { pair: number; slot: number } {
    const { pair, rank } = this.graph.getEdgeAttributes(edge);
    return { pair, slot: this.start[pair]! + rank };
  }

  /** True when the view holds more edges than the budget: parallel edges are merged. */
  get merged(): boolean {
    return this.edgesInView > this.budget;
  }

  /** Edges of the edge's pair that are in view. */
  countOf(edge: string): number {
    return this.countOfPair(this.graph.getEdgeAttribute(edge, 'pair'));
  }

  /** Edges of a pair that are in view. */
  countOfPair(pair: number): number {
    return this.count[pair]!;
  }

  /** Whether the edge is the one drawn for its pair (it is in view, and its pair has one edge drawn). */
  standsForPair(edge: string): boolean {
    const { pair, rank } = this.graph.getEdgeAttributes(edge);
    return this.standsFor(pair, rank);
  }

  /** `standsForPair` for an edge whose pair and rank the caller already has. */
  standsFor(pair: number, rank: number): boolean {
    return this.shown[pair] === this.start[pair]! + rank;
  }

  /** Whether the edge that stands for its pair is drawn: its pair is among the busiest that fit the budget. */
  isDrawn(pair: number, rank: number): boolean {
    return this.standsFor(pair, rank) && this.count[pair]! >= this.drawnFrom;
  }

  /** While merged, how many pairs are drawn out of those in view, when not all of them fit the budget. */
  get cut(): PairCut | undefined {
    if (!this.merged || this.drawnFrom <= 1) return undefined;
    let drawn = 0;
    for (let c = this.drawnFrom; c < this.pairsWith.length; c++) drawn += this.pairsWith[c]!;
    return { drawn, of: this.pairsInView };
  }

  /**
   * Chooses which merged pairs are drawn after the counts moved: the busiest, as many as fit the
   * budget, whole groups of equal count at a time. Pairs that cross the line are repainted; the
   * line moves rarely, as it takes many pairs to change.
   */
  updateCut(): void {
    let from = 1;
    if (this.merged && this.pairsInView > this.budget) {
      // The busiest pairs are drawn even when they alone outnumber the budget: ties are not split.
      from = this.pairsWith.length - 1;
      while (from > 1 && this.pairsWith[from]! === 0) from--;
      let drawn = this.pairsWith[from]!;
      while (from > 1 && drawn + this.pairsWith[from - 1]! <= this.budget) drawn += this.pairsWith[--from]!;
    }
    if (from === this.drawnFrom) return;
    const [low, high] = from < this.drawnFrom ? [from, this.drawnFrom] : [this.drawnFrom, from];
    this.drawnFrom = from;
    // A pair with a count of at least 1 has an edge in view standing for it.
    for (let pair = 0; pair < this.count.length; pair++) {
      const count = this.count[pair]!;
      if (count >= low && count < high) this.changed.add(this.keys[this.shown[pair]!]!);
    }
  }

  /** Moves a pair's count, keeping the number of pairs with each count. */
  private setCount(pair: number, count: number): void {
    const before = this.count[pair]!;
    this.pairsWith[before]!--;
    this.pairsWith[count]!++;
    this.pairsInView += Number(count > 0) - Number(before > 0);
    this.count[pair] = count;
  }

  /** Counts again from nothing; `inView` says which edges are in view now. */
  recount(inView: (edge: string) => boolean): void {
    this.count.fill(0);
    this.shown.fill(-1);
    this.edgesInView = 0;
    this.keys.forEach((edge, slot) => {
      if (!inView(edge)) return;
      const pair = this.graph.getEdgeAttribute(edge, 'pair');
      this.count[pair]!++;
      this.edgesInView++;
      this.shown[pair] = slot;
    });
    this.pairsWith.fill(0);
    for (const count of this.count) this.pairsWith[count]!++;
    this.pairsInView = this.count.length - this.pairsWith[0]!;
    this.drawnFrom = 1;
    this.updateCut();
    this.changed.clear();
  }

  /**
   * An edge entered or left the view. The edge standing for its pair is the pair's newest in view,
   * so when it leaves, the next one in view lies below it: the search starts there, which keeps a
   * backward scrub linear. Newer edges entering in the same batch take over as they enter.
   */
  move(edge: string, entering: boolean, inView: (edge: string) => boolean): void {
    const { pair, slot } = this.slotOf(edge);
    const before = this.shown[pair]!;
    this.setCount(pair, this.count[pair]! + (entering ? 1 : -1));
    this.edgesInView += entering ? 1 : -1;
    if (entering && (before === -1 || slot > before)) this.shown[pair] = slot;
    if (!entering && slot === before) {
      let next = -1;
      for (let k = slot - 1; k >= this.start[pair]! && next === -1; k--) if (inView(this.keys[k]!)) next = k;
      this.shown[pair] = next;
    }
    // The drawn edge's thickness follows the count, so it is repainted whenever the count moves.
    if (before !== -1) this.changed.add(this.keys[before]!);
    if (this.shown[pair]! !== -1) this.changed.add(this.keys[this.shown[pair]!]!);
  }

  /** Edges whose drawing changed since the last call (only meaningful while merged). */
  takeChanged(): string[] {
    const out = [...this.changed];
    this.changed.clear();
    return out;
  }
}

/** Thickness of a merged edge: grows with the log of its count, bounded so hubs stay readable. */
export function mergedEdgeSize(count: number): number {
  return Math.min(9, 1.6 + 1.4 * Math.log2(count));
}
