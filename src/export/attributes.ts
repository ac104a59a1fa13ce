import type { Actor, InteractionEvent } from '../model/types.ts';

/** A typed attribute written to GEXF and GraphML alike; each format spells the type its own way. */
export interface Attribute<T> {
  id: string;
  type: 'string' | 'integer';
  value: (item: T) => string | number | undefined;
}

/** An actor as both graph formats describe it: its own fields plus its interactions in the snapshot. */
export interface ActorRow {
  name: string;
  kind: string;
  country?: string;
  interactions: number;
}

export function actorRow(actor: Actor, interactions: number): ActorRow {
  return { name: actor.name, kind: actor.kind, interactions, ...(actor.country ? { country: actor.country } : {}) };
}

export const ACTOR_ATTRIBUTES: Attribute<ActorRow>[] = [
  { id: 'kind', type: 'string', value: (a) => a.kind },
  { id: 'country', type: 'string', value: (a) => a.country },
  { id: 'interactions', type: 'integer', value: (a) => a.interactions },
];

export const INTERACTION_ATTRIBUTES: Attribute<InteractionEvent>[] = [
  { id: 'event', type: 'string', value: (e) => e.id },
  { id: 'type', type: 'string', value: (e) => e.type },
  { id: 'mode', type: 'string', value: (e) => e.mode },
  { id: 'status', type: 'string', value: (e) => e.status },
  { id: 'date', type: 'string', value: (e) => e.date },
  { id: 'datePrecision', type: 'string', value: (e) => e.datePrecision },
  { id: 'participants', type: 'integer', value: (e) => e.participants.length },
  { id: 'evidence', type: 'string', value: (e) => e.evidence },
  { id: 'article', type: 'string', value: (e) => e.article },
  { id: 'sourceUrl', type: 'string', value: (e) => e.sourceUrl },
  { id: 'place', type: 'string', value: (e) => e.place },
];
