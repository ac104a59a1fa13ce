import { MultiUndirectedGraph } from 'graphology';
import type { ActorKind, EventStatus, EventType, InteractionEvent, IsoDate } from './types.ts';
import type { Snapshot } from './view.ts';

export interface ActorNodeAttributes {
  label: string;
  kind: ActorKind;
  /** Interactions in the snapshot that involve this actor. */
  interactions: number;
  /** True for the hub node that stands for a multi-party event (event-node mode). */
  isEvent?: boolean;
}

export interface InteractionEdgeAttributes {
  event: string;
  type: EventType;
  status: EventStatus;
  date: IsoDate;
}

export type InteractionGraph = MultiUndirectedGraph<ActorNodeAttributes, InteractionEdgeAttributes>;

export interface BuildOptions {
  /** Draw an event with three or more participants as a hub node linked to each, instead of every pair. */
  multiPartyAsNode?: boolean;
}

export const EVENT_NODE_PREFIX = 'event:';

/*
 * The one rule for an event's edges, shared by buildGraph, the explorer and the exported files so
 * that their edge keys agree: every pair of participants, or, when multi-party events are drawn as
 * hub nodes, a spoke from the event's hub to each participant. The n-th edge is "<event id>#<n>".
 */

/** Whether the event is drawn as a hub node: multi-party events, when event nodes are on. */
export function hasHub(event: InteractionEvent, eventNodes: boolean): boolean {
  return eventNodes && event.participants.length > 2;
}

/** The hub node standing for an event, when it has one. */
export function hubNodeOf(event: InteractionEvent, eventNodes: boolean): string | undefined {
  return hasHub(event, eventNodes) ? `${EVENT_NODE_PREFIX}${event.id}` : undefined;
}

export function edgeCountOf(event: InteractionEvent, eventNodes: boolean): number {
  const p = event.participants.length;
  return hasHub(event, eventNodes) ? p : (p * (p - 1)) / 2;
}

/** The graph key of an event's n-th edge. */
export const edgeKey = (event: InteractionEvent, n: number): string => `${event.id}#${n}`;

/** Calls visit for each edge of the event with its number n (its key is edgeKey(event, n)) and its ends. */
export function forEachEdgeOf(
  event: InteractionEvent,
  eventNodes: boolean,
  visit: (n: number, source: string, target: string) => void,
): void {
  const ps = event.participants;
  let n = 0;
  if (hasHub(event, eventNodes)) {
    const hub = hubNodeOf(event, eventNodes)!;
    for (const p of ps) visit(n++, hub, p);
  } else for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) visit(n++, ps[i]!, ps[j]!);
}

/** The graph keys of an event's edges. */
export function edgeKeysOf(event: InteractionEvent, eventNodes: boolean): string[] {
  return Array.from({ length: edgeCountOf(event, eventNodes) }, (_, n) => edgeKey(event, n));
}

/** Every pair of participants of every event becomes one edge (or a spoke, see above). */
export function buildGraph(snapshot: Snapshot, options: BuildOptions = {}): InteractionGraph {
  const graph: InteractionGraph = new MultiUndirectedGraph();
  const eventNodes = options.multiPartyAsNode ?? false;
  for (const actor of snapshot.actors) {
    graph.addNode(actor.id, { label: actor.name, kind: actor.kind, interactions: 0 });
  }
  for (const event of snapshot.events) {
    const attrs: InteractionEdgeAttributes = { event: event.id, type: event.type, status: event.status, date: event.date };
    for (const p of event.participants) graph.updateNodeAttribute(p, 'interactions', (n) => (n ?? 0) + 1);
    const hub = hubNodeOf(event, eventNodes);
    if (hub) graph.addNode(hub, { label: event.mode ?? event.type, kind: 'group', interactions: 1, isEvent: true });
    forEachEdgeOf(event, eventNodes, (n, source, target) => graph.addEdgeWithKey(edgeKey(event, n), source, target, attrs));
  }
  return graph;
}
