import type { PairIndex } from './pairIndex.ts';

/** Whether the edge in a slot of the pair is in view. */
export type SlotInView = (slot: number, pair: number) => boolean;

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
 * for the pair when parallel edges are merged. It holds only counts over the slots of the scene's
 * PairIndex; the edge that stands for a pair is always one in view (the newest), so a click on it
 * selects an interaction the user can see. Slots and edges are numbers (see PairIndex); the scene
 * turns them into graph keys.
 */
export class LevelOfDetail {
  private readonly count: Uint32Array;
  /** Slot of the edge standing for each pair, -1 when none of its edges is in view. */
  private readonly shown: Int32Array;
  /** Slots whose drawing changed since takeChanged. */
  private readonly changed = new Set<number>();
  /** pairsWith[c]: pairs with c edges in view. */
  private readonly pairsWith: Uint32Array;
  edgesInView = 0;
  pairsInView = 0;
  /** While merged, only pairs with at least this many edges in view are drawn: the busiest that fit the budget. */
  private drawnFrom = 1;

  constructor(
    private readonly pairs: PairIndex,
    readonly budget = DEFAULT_EDGE_BUDGET,
    /** The scene draws one edge per pair whatever the budget (see BuiltScene). */
    private readonly perPair = false,
  ) {
    const { pairCount, pairStart } = pairs;
    this.count = new Uint32Array(pairCount);
    this.shown = new Int32Array(pairCount).fill(-1);
    let largest = 0;
    for (let p = 0; p < pairCount; p++) largest = Math.max(largest, pairStart[p + 1]! - pairStart[p]!);
    this.pairsWith = new Uint32Array(largest + 1);
    this.pairsWith[0] = pairCount;
  }

  /** True when parallel edges are drawn as one: the view holds more edges than the budget, or, in a per-pair scene, a pair holds two or more. */
  get merged(): boolean {
    return this.edgesInView > this.budget || (this.perPair && this.pairsInView < this.edgesInView);
  }

  /** Edges of a pair that are in view. */
  countOfPair(pair: number): number {
    return this.count[pair]!;
  }

  /** The slot of the edge standing for the pair: its newest in view, or -1. */
  shownSlot(pair: number): number {
    return this.shown[pair]!;
  }

  /** Whether the edge in the slot is the one drawn for its pair: it stands for it, and the pair is among the busiest that fit the budget. */
  isDrawn(pair: number, slot: number): boolean {
    return this.shown[pair] === slot && this.count[pair]! >= this.drawnFrom;
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
      if (count >= low && count < high) this.changed.add(this.shown[pair]!);
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

  /** Counts again from nothing; `inView` says which slots are in view now. */
  recount(inView: SlotInView): void {
    const { pairStart } = this.pairs;
    this.count.fill(0);
    this.shown.fill(-1);
    this.edgesInView = 0;
    for (let pair = 0; pair < this.count.length; pair++) {
      for (let slot = pairStart[pair]!; slot < pairStart[pair + 1]!; slot++) {
        if (!inView(slot, pair)) continue;
        this.count[pair]!++;
        this.shown[pair] = slot;
      }
      this.edgesInView += this.count[pair]!;
    }
    this.pairsWith.fill(0);
    for (const count of this.count) this.pairsWith[count]!++;
    this.pairsInView = this.count.length - this.pairsWith[0]!;
    this.drawnFrom = 1;
    this.updateCut();
    this.changed.clear();
  }

  /**
   * An edge (numbered as in PairIndex) entered or left the view. The edge standing for its pair is
   * the pair's newest in view, so when it leaves, the next one in view lies below it: the search
   * starts there, which keeps a backward scrub linear. Newer edges entering in the same batch take
   * over as they enter.
   */
  move(edge: number, entering: boolean, inView: SlotInView): void {
    const pair = this.pairs.pairOfEdge[edge]!;
    const slot = this.pairs.slotOfEdge[edge]!;
    const before = this.shown[pair]!;
    this.setCount(pair, this.count[pair]! + (entering ? 1 : -1));
    this.edgesInView += entering ? 1 : -1;
    if (entering && (before === -1 || slot > before)) this.shown[pair] = slot;
    if (!entering && slot === before) {
      let next = -1;
      for (let k = slot - 1; k >= this.pairs.pairStart[pair]! && next === -1; k--) if (inView(k, pair)) next = k;
      this.shown[pair] = next;
    }
    // The drawn edge's thickness follows the count, so it is repainted whenever the count moves.
    if (before !== -1) this.changed.add(before);
    if (this.shown[pair]! !== -1) this.changed.add(this.shown[pair]!);
  }

  /** Slots whose drawing changed since the last call (only meaningful while merged). */
  takeChanged(): number[] {
    const out = [...this.changed];
    this.changed.clear();
    return out;
  }
}

/** Thickness of a merged edge: grows with the log of its count, bounded so hubs stay readable. */
export function mergedEdgeSize(count: number): number {
  return Math.min(9, 1.6 + 1.4 * Math.log2(count));
}
