import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR, EMPHASIS_EDGE_COLOR, EVENT_NODE_COLOR, KIND_COLORS, edgeColor, edgeSize, nodeSize } from '../model/style.ts';
import type { Dataset } from '../model/types.ts';
import type { Selection } from '../model/urlState.ts';
import type { ViewFilter } from '../model/view.ts';
import type { ViewTracker } from '../model/viewTracker.ts';
import { EVENT_NODE_PREFIX, edgeKeysOf, hubNodeOf } from '../model/graph.ts';
import { edgeProgramType, type SceneEdgeAttributes, type SceneGraph, type SceneNodeAttributes } from './explorerGraph.ts';
import { DEFAULT_EDGE_BUDGET, LevelOfDetail, mergedEdgeSize } from './lod.ts';
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
/** Merged edges stand for interactions of both types and statuses, so they take a colour of their own. */
const MERGED_EDGE_COLOR = '#6b7a8f';

/**
 * Keeps sigma in step with the view. A date change repaints only the edges of the interactions
 * that entered or left and the actors they touch, once per animation frame, with
 * `refresh({ partialGraph, skipIndexation: true })`: never a rebuild, never a full refresh.
 * Filter changes (type, status, kind) are rare and do a full refresh. When the view holds more
 * edges than the budget, each pair's parallel edges draw as one weighted edge (see LevelOfDetail).
 */
export class ExplorerScene {
  readonly eventIndex: Map<string, number>;
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
  /** Edges are drawn one pixel wide: emphasis is a colour, not a thickness. */
  readonly hairlines: boolean;
  private readonly nodeScale: number;
  /** Count of partial and full refreshes, for tests and the benchmark. */
  readonly stats = { partial: 0, full: 0, settles: 0 };

  /** The tracker is shared with the rest of the page, which reads its counts; the scene only reads it too. */
  constructor(
    readonly dataset: Dataset,
    readonly tracker: ViewTracker,
    readonly graph: SceneGraph,
    readonly eventNodes: boolean,
    private readonly scheduler: Scheduler = browserScheduler,
    edgeBudget = DEFAULT_EDGE_BUDGET,
  ) {
    this.eventIndex = new Map(dataset.events.map((e, i) => [e.id, i]));
    // Many actors share the same canvas: smaller discs keep a crowded layout readable.
    this.nodeScale = Math.min(1, Math.max(0.4, Math.sqrt(NODE_SCALE_ACTORS / Math.max(1, dataset.actors.length))));
    this.lod = new LevelOfDetail(graph, edgeBudget);
    this.hairlines = graph.size > HAIRLINE_EDGES_ABOVE;
    // The page may have moved the shared tracker to a view before the scene existed.
    if (tracker.filter) this.lod.recount(this.isEdgeInView);
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
      this.lod.recount(this.isEdgeInView);
    }
    for (const e of change.events) {
      this.pendingEvents.add(e);
      const entering = this.tracker.isEventInView(e);
      for (const key of edgeKeysOf(this.dataset.events[e]!, this.eventNodes)) {
        if (this.kindsAllow(key)) this.lod.move(key, entering, this.isEdgeInView);
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
      this.graph.forEachEdge(node, (edge, attrs, source, target) => {
        if (this.isEdgeShown(edge, attrs)) this.neighbours.add(source === node ? target : source);
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
    this.scheduleFlush();
  }

  private markSelection(selection: Selection | undefined): void {
    if (!selection) return;
    if (selection.kind === 'actor') {
      this.pendingNodes.add(selection.id);
      return;
    }
    const e = this.eventIndex.get(selection.id);
    if (e === undefined) return;
    const event = this.dataset.events[e]!;
    for (const key of edgeKeysOf(event, this.eventNodes)) this.pendingEdges.add(key);
    for (const p of event.participants) this.pendingNodes.add(p);
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
      if (edgeSet) for (const key of edgeKeysOf(event, this.eventNodes)) edgeSet.add(key);
    }
    // Merged pairs whose count changed are repainted too: their thickness follows the count.
    const lodChanged = this.lod.takeChanged();
    if (edgeSet && this.lod.merged) for (const key of lodChanged) edgeSet.add(key);
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

  private isEdgeShown(edge: string, attrs: SceneEdgeAttributes): boolean {
    const e = this.eventIndex.get(attrs.event);
    return e !== undefined && this.tracker.isEventInView(e) && this.kindsAllow(edge);
  }

  private readonly isEdgeInView = (edge: string): boolean => this.isEdgeShown(edge, this.graph.getEdgeAttributes(edge));

  /** Whether the kind filter lets both ends of the edge show. */
  private kindsAllow(edge: string): boolean {
    if (!this.tracker.filter?.kinds) return true;
    const [source, target] = this.graph.extremities(edge);
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
    const e = this.eventIndex.get(s.id);
    return e !== undefined && this.dataset.events[e]!.participants.includes(node);
  }

  readonly nodeReducer = (node: string, data: Attributes): Partial<NodeDisplayData> => {
    const attrs = data as SceneNodeAttributes;
    const display: Partial<NodeDisplayData> = { x: attrs.x, y: attrs.y, label: attrs.label };
    if (attrs.isEvent) {
      const e = this.eventIndex.get(node.slice(EVENT_NODE_PREFIX.length));
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
    if (!this.isEdgeShown(edge, attrs)) return { hidden: true, type };
    const merged = this.lod.merged ? this.lod.countOfPair(attrs.pair) : 1;
    if (this.lod.merged && !this.lod.isDrawn(attrs.pair, attrs.rank)) return { hidden: true, type };
    const display: Partial<EdgeDisplayData> & { curvature: number } =
      merged > 1
        ? { type, curvature: 0, color: MERGED_EDGE_COLOR, size: mergedEdgeSize(merged), label: `${merged.toLocaleString('en-GB')} interactions` }
        : { type, curvature: attrs.curvature, color: edgeColor(attrs.type, attrs.status), size: edgeSize(attrs.status) };
    if (this.hovered) {
      if (this.graph.hasExtremity(edge, this.hovered)) this.emphasise(display, display.size! * 1.8);
      else if (!this.hairlines) display.color = DIMMED_EDGE_COLOR;
    }
    if (this.selection?.kind === 'event' && this.selection.id === attrs.event) this.emphasise(display, 4);
    return display;
  };

  private emphasise(display: Partial<EdgeDisplayData>, size: number): void {
    if (this.hairlines) display.color = EMPHASIS_EDGE_COLOR;
    else display.size = size;
  }
}
