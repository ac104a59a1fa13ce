import type { Actor, ActorKind, Dataset, EventStatus, EventType, InteractionEvent, IsoDate } from './types.ts';

/**
 * What the user is looking at. The explorer and the export CLI both derive their snapshot from it
 * through selectSnapshot, so the same view exports the same graph from either.
 */
export interface ViewFilter {
  /** First day shown (window mode); ignored in cumulative mode. Open when absent. */
  from?: IsoDate;
  /** Last day shown. Open when absent. */
  to?: IsoDate;
  mode: 'window' | 'cumulative';
  /** Types, statuses and actor kinds to show; an absent list shows all. */
  types?: readonly EventType[];
  statuses?: readonly EventStatus[];
  kinds?: readonly ActorKind[];
}

export interface Snapshot {
  actors: Actor[];
  /** Events in view; participants of hidden kinds are removed, and events left with fewer than two are dropped. */
  events: InteractionEvent[];
}


export function inRange(date: IsoDate, filter: ViewFilter): boolean {
  if (filter.to !== undefined && date > filter.to) return false;
  if (filter.mode === 'window' && filter.from !== undefined && date < filter.from) return false;
  return true;
}

export function selectSnapshot(dataset: Dataset, filter: ViewFilter): Snapshot {
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
  const kinds = filter.kinds ? new Set(filter.kinds) : undefined;
  const events: InteractionEvent[] = [];
  const used = new Set<string>();
  for (const event of dataset.events) {
    if (!inRange(event.date, filter)) continue;
    if (filter.types && !filter.types.includes(event.type)) continue;
    if (filter.statuses && !filter.statuses.includes(event.status)) continue;
    const participants = kinds
      ? event.participants.filter((p) => kinds.has(actorsById.get(p)?.kind ?? 'group'))
      : event.participants;
    if (participants.length < 2) continue;
    events.push(participants === event.participants ? event : { ...event, participants });
    for (const p of participants) used.add(p);
  }
  return { actors: dataset.actors.filter((a) => used.has(a.id)), events };
}

/** The first and last event dates, or undefined for a dataset without events. */
export function dateSpan(events: readonly InteractionEvent[]): { first: IsoDate; last: IsoDate } | undefined {
  if (events.length === 0) return undefined;
  let first = events[0]!.date;
  let last = first;
  for (const e of events) {
    if (e.date < first) first = e.date;
    if (e.date > last) last = e.date;
  }
  return { first, last };
}
