import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { DIMMED_NODE_COLOR, EVENT_NODE_COLOR, KIND_COLORS, nodeSize } from '../model/style.ts';
import type { Dataset } from '../model/types.ts';
import type { Selection } from '../model/urlState.ts';
import type { ViewFilter } from '../model/view.ts';
import type { ViewTracker } from '../model/viewTracker.ts';
import { EVENT_NODE_PREFIX, hubNodeOf } from '../model/graph.ts';
import { edgeProgramType, type BuiltScene, type SceneEdgeAttributes, type SceneGraph, type SceneNodeAttributes } from './explorerGraph.ts';
import { edgeDisplay } from './edgeLook.ts';
import { DEFAULT_EDGE_BUDGET, LevelOfDetail } from './lod.ts';
import { edgesOfEvent, endsOfPair, type PairIndex } from './pairIndex.ts';
import { SceneEdges } from './sceneEdges.ts';
import { browserScheduler, type Scheduler } from './scheduler.ts';

/** The part of sigma the scene drives (see sigmaTarget); a stub in tests. */
export interface Refreshable {
  refresh(options?: { partialGraph?: { nodes?: string[]; edges?: string[] }; skipIndexation?: boolean }): unknown;
  /** Re-chooses which nodes may show a label, from the nodes drawn now. */
  reindexLabels(): void;
}

/**
 * Above this many edges, they are drawn as hairlines (see hairlineEdgeProgram), and hovering
 * colours the hovered actor's edges rather than repainting every edge to fade the others.
 */
const HAIRLINE_EDGES_ABOVE = 50_000;
/** Up to this many actors, nodes take their full size. */
const NODE_SCALE_ACTORS = 80;
/** Shortest pause in scrubbing before labels are re-placed (see settle). */
const MIN_SETTLE_MS = 250;

/**
 * Keeps sigma in step with the view. A date change repaints only the edges of the interactions
 * that entered or left and the actors they touch, once per animation frame, with
 * `refresh({ partialGraph, skipIndexation: true })`: never a rebuild, never a full refresh.
 * Filter changes (type, status, kind) are rare and do a full refresh. When the view holds more
 * edges than the budget, each pair's parallel edges draw as one weighted edge (see LevelOfDetail).
 */
export class ExplorerScene {
  private sigma: Refreshable | undefined;
  private readonly pendingEvents = new Set<number>();
  private readonly pendingActors = new Set<number>();
  private readonly pendingNodes = new Set<string>();
  private readonly pendingEdges = new Set<string>();
  private pendingAllNodes = false;
  private pendingAllEdges = false;
  private pendingFull = false;
  private frame: number | undefined;
  private settleTimer: number | undefined;
  private lastSettleMs = 0;
  private hovered: string | undefined;
  private neighbours = new Set<string>();
  private selection: Selection | undefined;
  private showInactive = false;
  readonly lod: LevelOfDetail;
  readonly graph: SceneGraph;
  readonly edges: SceneEdges;
  private readonly pairs: PairIndex;
  /** Pairs of the selected interaction's edges, emphasised in a per-pair scene. */
  private selectedPairs = new Set<number>();
  /** Edges are drawn one pixel wide: emphasis is a colour, not a thickness. */
  readonly hairlines: boolean;
  private readonly nodeScale: number;
  /** Count of partial and full refreshes, for tests and the benchmark. */
  readonly stats = { partial: 0, full: 0, settles: 0 };

  /** The tracker is shared with the rest of the page, which reads its counts; the scene only reads it too. */
  constructor(
    readonly dataset: Dataset,
    readonly tracker: ViewTracker,
    built: BuiltScene,
    readonly eventNodes: boolean,
    private readonly scheduler: Scheduler = browserScheduler,
    edgeBudget = DEFAULT_EDGE_BUDGET,
  ) {
    // Many actors share the same canvas: smaller discs keep a crowded layout readable.
    this.nodeScale = Math.min(1, Math.max(0.4, Math.sqrt(NODE_SCALE_ACTORS / Math.max(1, dataset.actors.length))));
    this.graph = built.graph;
    this.pairs = built.pairs;
    this.lod = new LevelOfDetail(built.pairs, edgeBudget, built.perPair);
    this.edges = new SceneEdges(dataset, built, eventNodes, this.lod);
    this.hairlines = built.graph.size > HAIRLINE_EDGES_ABOVE;
    // The page may have moved the shared tracker to a view before the scene existed.
    if (tracker.filter) this.lod.recount(this.isSlotInView);
  }

  attach(sigma: Refreshable): void {
    this.sigma = sigma;
    this.pendingFull = true;
    this.scheduleFlush();
  }

  detach(): void {
    this.sigma = undefined;
    if (this.frame !== undefined) this.scheduler.cancelFrame(this.frame);
    if (this.settleTimer !== undefined) this.scheduler.clearTimer(this.settleTimer);
    this.frame = undefined;
    this.settleTimer = undefined;
  }

  /** Moves the tracker to a view and queues what changed; applying the same view twice changes nothing. */
  apply(filter: ViewFilter): void {
    if (this.tracker.filter === filter) return;
    const wasMerged = this.lod.merged;
    const change = this.tracker.update(filter);
    if (change.full) {
      this.pendingFull = true;
      this.lod.recount(this.isSlotInView);
    }
    for (const e of change.events) {
      this.pendingEvents.add(e);
      const entering = this.tracker.isEventInView(e);
      const { from, to } = edgesOfEvent(this.pairs, e);
      for (let edge = from; edge < to; edge++) {
        if (this.kindsAllow(this.pairs.pairOfEdge[edge]!)) this.lod.move(edge, entering, this.isSlotInView);
      }
    }
    this.lod.updateCut();
    if (this.lod.merged !== wasMerged) this.pendingAllEdges = true;
    for (const a of change.actors) this.pendingActors.add(a);
    if (this.hovered) this.hover(this.hovered, true);
    this.scheduleFlush();
  }

  setShowInactive(show: boolean): void {
    if (show === this.showInactive) return;
    this.showInactive = show;
    this.pendingAllNodes = true;
    this.scheduleFlush();
  }

  hover(node: string | undefined, force = false): void {
    if (node === this.hovered && !force) return;
    for (const n of [this.hovered, node]) if (n && this.graph.hasNode(n)) this.graph.forEachEdge(n, (edge) => this.pendingEdges.add(edge));
    this.hovered = node;
    this.neighbours = new Set();
    if (node && this.graph.hasNode(node)) {
      this.graph.forEachEdge(node, (_edge, attrs, source, target) => {
        if (this.isEdgeShown(attrs)) this.neighbours.add(source === node ? target : source);
      });
    }
    this.pendingAllNodes = true;
    if (!this.hairlines) this.pendingAllEdges = true;
    this.scheduleFlush();
  }

  select(selection: Selection | undefined): void {
    if (selection?.kind === this.selection?.kind && selection?.id === this.selection?.id) return;
    for (const s of [this.selection, selection]) this.markSelection(s);
    this.selection = selection;
    const e = selection?.kind === 'event' ? this.tracker.eventIndex.get(selection.id) : undefined;
    this.selectedPairs = new Set(e === undefined ? [] : this.edges.pairsOfEvent(e));
    this.scheduleFlush();
  }

  private markSelection(selection: Selection | undefined): void {
    if (!selection) return;
    if (selection.kind === 'actor') {
      this.pendingNodes.add(selection.id);
      return;
    }
    const e = this.tracker.eventIndex.get(selection.id);
    if (e === undefined) return;
    for (const key of this.edges.keysOfEvent(e)) this.pendingEdges.add(key);
    for (const p of this.dataset.events[e]!.participants) this.pendingNodes.add(p);
  }

  private scheduleFlush(): void {
    if (this.frame !== undefined || !this.sigma) return;
    this.frame = this.scheduler.requestFrame(() => {
      this.frame = undefined;
      this.flush();
    });
  }

  /** Sends everything that changed since the last frame to sigma in one refresh. */
  flush(): void {
    const sigma = this.sigma;
    if (!sigma) return;
    if (this.pendingFull) {
      this.clearPending();
      this.lod.takeChanged();
      sigma.refresh();
      this.stats.full++;
      return;
    }
    const nodes = this.pendingAllNodes ? this.graph.nodes() : [...this.pendingNodes];
    const visibilityChanged = this.pendingActors.size > 0 || this.pendingAllNodes;
    if (!this.pendingAllNodes) {
      for (const a of this.pendingActors) nodes.push(this.tracker.actorIds[a]!);
    }
    const edgeSet = this.pendingAllEdges ? undefined : new Set(this.pendingEdges);
    for (const e of this.pendingEvents) {
      const event = this.dataset.events[e]!;
      const hub = hubNodeOf(event, this.eventNodes);
      if (hub && !this.pendingAllNodes) nodes.push(hub);
      if (edgeSet) for (const key of this.edges.keysOfEvent(e)) edgeSet.add(key);
    }
    // Merged pairs whose count changed are repainted too: their thickness follows the count.
    const lodChanged = this.lod.takeChanged();
    if (edgeSet && this.lod.merged) for (const slot of lodChanged) edgeSet.add(this.edges.keyOfSlot(slot));
    const edges = edgeSet ? [...edgeSet] : this.graph.edges();
    this.clearPending();
    if (!nodes.length && !edges.length) return;
    sigma.refresh({ partialGraph: { nodes: [...new Set(nodes)], edges }, skipIndexation: true });
    this.stats.partial++;
    if (visibilityChanged) this.scheduleSettle();
  }

  /**
   * Sigma picks which labels to draw from a grid built when it indexes the graph, which partial
   * refreshes skip. Once the user pauses, re-index the labels so they follow the nodes now in view.
   * The pause waits longer on graphs where that is slow, so it never competes with scrubbing.
   */
  private scheduleSettle(): void {
    if (this.settleTimer !== undefined) this.scheduler.clearTimer(this.settleTimer);
    this.settleTimer = this.scheduler.setTimer(() => {
      this.settleTimer = undefined;
      if (!this.sigma) return;
      const started = this.scheduler.now();
      this.sigma.reindexLabels();
      this.lastSettleMs = this.scheduler.now() - started;
      this.stats.settles++;
    }, Math.max(MIN_SETTLE_MS, 8 * this.lastSettleMs));
  }

  private clearPending(): void {
    this.pendingEvents.clear();
    this.pendingActors.clear();
    this.pendingNodes.clear();
    this.pendingEdges.clear();
    this.pendingAllNodes = false;
    this.pendingAllEdges = false;
    this.pendingFull = false;
  }

  /** Whether the edge stands for anything in view: its interaction, or for a pair's edge any of the pair's. */
  private isEdgeShown(attrs: SceneEdgeAttributes): boolean {
    if (this.edges.perPair) return this.lod.countOfPair(attrs.pair) > 0;
    const e = this.pairs.eventOfSlot[this.pairs.pairStart[attrs.pair]! + attrs.rank]!;
    return this.tracker.isEventInView(e) && this.kindsAllow(attrs.pair);
  }

  private readonly isSlotInView = (slot: number, pair: number): boolean =>
    this.tracker.isEventInView(this.pairs.eventOfSlot[slot]!) && this.kindsAllow(pair);

  /** Whether the kind filter lets both ends of the pair show. */
  private kindsAllow(pair: number): boolean {
    if (!this.tracker.filter?.kinds) return true;
    const [source, target] = endsOfPair(this.pairs, pair);
    return this.isKindShown(source) && this.isKindShown(target);
  }

  private isKindShown(node: string): boolean {
    const a = this.tracker.actorIndex.get(node);
    return a === undefined || this.tracker.isKindShown(a);
  }

  private isSelected(node: string, attrs: SceneNodeAttributes): boolean {
    const s = this.selection;
    if (!s) return false;
    if (s.kind === 'actor') return s.id === node;
    if (attrs.isEvent) return node === `${EVENT_NODE_PREFIX}${s.id}`;
    const e = this.tracker.eventIndex.get(s.id);
    return e !== undefined && this.dataset.events[e]!.participants.includes(node);
  }

  readonly nodeReducer = (node: string, data: Attributes): Partial<NodeDisplayData> => {
    const attrs = data as SceneNodeAttributes;
    const display: Partial<NodeDisplayData> = { x: attrs.x, y: attrs.y, label: attrs.label };
    if (attrs.isEvent) {
      const e = this.tracker.eventIndex.get(node.slice(EVENT_NODE_PREFIX.length));
      if (e === undefined || !this.tracker.isEventInView(e)) return { ...display, hidden: true };
      Object.assign(display, { size: 3.5, color: EVENT_NODE_COLOR, label: null });
    } else {
      const a = this.tracker.actorIndex.get(node);
      const count = a === undefined ? 0 : this.tracker.interactionsOf(a);
      const kindShown = a !== undefined && this.tracker.isKindShown(a);
      if (!kindShown || (count === 0 && !this.showInactive)) return { ...display, hidden: true };
      Object.assign(display, { size: nodeSize(count) * this.nodeScale, color: count ? KIND_COLORS[attrs.kind] : DIMMED_NODE_COLOR });
    }
    if (this.hovered && node !== this.hovered && !this.neighbours.has(node)) {
      Object.assign(display, { color: DIMMED_NODE_COLOR, label: null });
    }
    if (node === this.hovered || this.isSelected(node, attrs)) Object.assign(display, { highlighted: true, forceLabel: true });
    return display;
  };

  readonly edgeReducer = (edge: string, data: Attributes): Partial<EdgeDisplayData> => {
    const attrs = data as SceneEdgeAttributes;
    const type = edgeProgramType(attrs);
    if (!this.isEdgeShown(attrs)) return { hidden: true, type };
    if (this.lod.merged && !this.lod.isDrawn(attrs.pair, this.edges.slotOf(attrs))) return { hidden: true, type };
    const count = this.edges.countOf(attrs);
    const hover = !this.hovered ? 'none' : this.graph.hasExtremity(edge, this.hovered) ? 'touching' : 'elsewhere';
    const own = count > 1 ? undefined : this.edges.perPair ? this.edges.eventOf(attrs) : attrs;
    return edgeDisplay({ type, curvature: attrs.curvature, own, count, hover, selected: this.isSelectedEdge(attrs), hairlines: this.hairlines });
  };

  private isSelectedEdge(attrs: SceneEdgeAttributes): boolean {
    if (this.selection?.kind !== 'event') return false;
    return this.edges.perPair ? this.selectedPairs.has(attrs.pair) : this.selection.id === attrs.event;
  }
}
