import { MultiUndirectedGraph } from 'graphology';
import type { ActorKind, EventStatus, EventType, IsoDate } from './types.ts';
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

/** Every pair of participants of every event becomes one edge; edge keys are "<event id>#<n>". */
export function buildGraph(snapshot: Snapshot, options: BuildOptions = {}): InteractionGraph {
  const graph: InteractionGraph = new MultiUndirectedGraph();
  for (const actor of snapshot.actors) {
    graph.addNode(actor.id, { label: actor.name, kind: actor.kind, interactions: 0 });
  }
  for (const event of snapshot.events) {
    const attrs: InteractionEdgeAttributes = { event: event.id, type: event.type, status: event.status, date: event.date };
    const ps = event.participants;
    for (const p of ps) graph.updateNodeAttribute(p, 'interactions', (n) => (n ?? 0) + 1);
    let n = 0;
    if (options.multiPartyAsNode && ps.length > 2) {
      const hub = `event:${event.id}`;
      graph.addNode(hub, { label: event.mode ?? event.type, kind: 'group', interactions: 1, isEvent: true });
      for (const p of ps) graph.addEdgeWithKey(`${event.id}#${n++}`, hub, p, attrs);
      continue;
    }
    for (let i = 0; i < ps.length; i++) {
      for (let j = i + 1; j < ps.length; j++) graph.addEdgeWithKey(`${event.id}#${n++}`, ps[i]!, ps[j]!, attrs);
    }
  }
  return graph;
}
