import type { ActorKind, EventStatus, EventType } from '../model/types.ts';

export const TYPE_LABELS: Readonly<Record<EventType, string>> = { meeting: 'Meeting', call: 'Call' };
export const STATUS_LABELS: Readonly<Record<EventStatus, string>> = { occurred: 'Occurred', planned: 'Planned' };
export const KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  person: 'Person',
  country: 'Country',
  institution: 'Institution',
  group: 'Group',
};
