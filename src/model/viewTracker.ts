import { buildTimeIndex, filterDays, positionsBetween, type TimeIndex } from './timeIndex.ts';
import { participationOf, type Participation } from './participation.ts';
import { EVENT_STATUSES, EVENT_TYPES, type ActorKind, type Dataset, type InteractionEvent } from './types.ts';
import type { ViewFilter } from './view.ts';

/** What changed between two views, as indices into the dataset's events and actors. */
export interface ViewChange {
  /** True when the filters (not just the dates) changed: everything must be redrawn. */
  full: boolean;
  events: number[];
  actors: number[];
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** True when two filters differ only in their dates and mode, which a time-window diff can absorb. */
export function sameCategories(a: ViewFilter, b: ViewFilter): boolean {
  return sameList(a.types, b.types) && sameList(a.statuses, b.statuses) && sameList(a.kinds, b.kinds);
}

/**
 * Follows what is in view as the user scrubs. Moving the dates only visits the events that enter or
 * leave the window (found through the time index), so a slider step costs what changed, not the
 * dataset's size. It agrees with selectSnapshot, the one definition of what a view holds.
 */
export class ViewTracker {
  readonly index: TimeIndex;
  readonly actorIds: readonly string[];
  readonly actorIndex: ReadonlyMap<string, number>;
  readonly participation: Participation;
  /** Participants of event e are partActor[partStart[e] .. partStart[e + 1]). */
  private readonly partStart: Uint32Array;
  private readonly partActor: Uint32Array;
  /** Events of actor a, sorted by date: actorEvents[actorStart[a] .. actorStart[a + 1]). */
  private readonly actorStart: Uint32Array;
  private readonly actorEvents: Uint32Array;
  private readonly actorKinds: readonly ActorKind[];
  /** Positions in EVENT_TYPES and EVENT_STATUSES, per event. */
  private readonly eventType: Uint8Array;
  private readonly eventStatus: Uint8Array;
  private readonly kindShown: Uint8Array;
  /** Events that pass the type, status and kind filters, whatever their date. */
  readonly passing: Uint8Array;
  private readonly inView: Uint8Array;
  private readonly actorCount: Uint32Array;
  private readonly events: readonly InteractionEvent[];
  private eventIndexMade: Map<string, number> | undefined;
  private start = 0;
  private end = 0;
  private current: ViewFilter | undefined;
  interactions = 0;
  actors = 0;

  constructor(dataset: Dataset, index: TimeIndex = buildTimeIndex(dataset.events)) {
    this.index = index;
    this.participation = participationOf(dataset);
    const { actorIds, actorIndex, start: partStart, actor: partActor } = this.participation;
    this.actorIds = actorIds;
    this.actorIndex = actorIndex;
    this.partStart = partStart;
    this.partActor = partActor;
    this.actorKinds = dataset.actors.map((a) => a.kind);
    const events = dataset.events;
    this.events = events;
    this.eventType = Uint8Array.from(events, (e) => EVENT_TYPES.indexOf(e.type));
    this.eventStatus = Uint8Array.from(events, (e) => EVENT_STATUSES.indexOf(e.status));
    const perActor = new Uint32Array(this.actorIds.length + 1);
    for (const a of partActor) perActor[a + 1]!++;
    for (let a = 0; a < this.actorIds.length; a++) perActor[a + 1]! += perActor[a]!;
    this.actorStart = perActor.slice();
    this.actorEvents = new Uint32Array(this.partActor.length);
    const fill = perActor.slice();
    for (const e of index.order) {
      for (let k = this.partStart[e]!; k < this.partStart[e + 1]!; k++) this.actorEvents[fill[this.partActor[k]!]!++] = e;
    }
    this.kindShown = new Uint8Array(this.actorIds.length);
    this.passing = new Uint8Array(events.length);
    this.inView = new Uint8Array(events.length);
    this.actorCount = new Uint32Array(this.actorIds.length);
  }

  /** Each event's place in the dataset, by id; made when first asked for (a second or so at 10^6 events). */
  get eventIndex(): ReadonlyMap<string, number> {
    this.eventIndexMade ??= new Map(this.events.map((e, i) => [e.id, i]));
    return this.eventIndexMade;
  }

  get filter(): ViewFilter | undefined {
    return this.current;
  }

  isEventInView(event: number): boolean {
    return this.inView[event] === 1;
  }

  /** Whether the actor's kind passes the filter (it may still have nothing in view). */
  isKindShown(actor: number): boolean {
    return this.kindShown[actor] === 1;
  }

  /** Interactions in view that involve the actor (0 for actors of hidden kinds). */
  interactionsOf(actor: number): number {
    return this.actorCount[actor]!;
  }

  participantsOf(event: number): number[] {
    return Array.from(this.partActor.subarray(this.partStart[event]!, this.partStart[event + 1]!));
  }

  /** The actor's events in view, in date order. */
  eventsInViewOf(actor: number): number[] {
    const out: number[] = [];
    for (let k = this.actorStart[actor]!; k < this.actorStart[actor + 1]!; k++) {
      const e = this.actorEvents[k]!;
      if (this.inView[e]) out.push(e);
    }
    return out;
  }

  /** Moves to a new view and reports what changed. */
  update(filter: ViewFilter): ViewChange {
    const { fromDay, toDay } = filterDays(this.index, filter);
    const [start, end] = positionsBetween(this.index, fromDay, toDay);
    const previous = this.current;
    this.current = filter;
    if (!previous || !sameCategories(previous, filter)) return this.recompute(filter, start, end);
    const change: ViewChange = { full: false, events: [], actors: [] };
    const [s0, e0] = [this.start, this.end];
    this.visit(s0, Math.min(e0, start), false, change);
    this.visit(Math.max(s0, end), e0, false, change);
    this.visit(start, Math.min(end, s0), true, change);
    this.visit(Math.max(start, e0), end, true, change);
    this.start = start;
    this.end = end;
    return change;
  }

  private visit(from: number, to: number, entering: boolean, change: ViewChange): void {
    for (let pos = from; pos < to; pos++) {
      const e = this.index.order[pos]!;
      if (!this.passing[e]) continue;
      this.setInView(e, entering, change);
      change.events.push(e);
    }
  }

  private setInView(e: number, shown: boolean, change?: ViewChange): void {
    this.inView[e] = shown ? 1 : 0;
    this.interactions += shown ? 1 : -1;
    for (let k = this.partStart[e]!; k < this.partStart[e + 1]!; k++) {
      const a = this.partActor[k]!;
      if (!this.kindShown[a]) continue;
      const before = this.actorCount[a]!;
      const after = before + (shown ? 1 : -1);
      this.actorCount[a] = after;
      if (before === 0) this.actors++;
      else if (after === 0) this.actors--;
      change?.actors.push(a);
    }
  }

  private recompute(filter: ViewFilter, start: number, end: number): ViewChange {
    this.actorKinds.forEach((kind, a) => {
      this.kindShown[a] = !filter.kinds || filter.kinds.includes(kind) ? 1 : 0;
    });
    const { types, statuses } = filter;
    this.inView.fill(0);
    this.actorCount.fill(0);
    this.interactions = 0;
    this.actors = 0;
    const typeShown = EVENT_TYPES.map((t) => !types || types.includes(t));
    const statusShown = EVENT_STATUSES.map((s) => !statuses || statuses.includes(s));
    for (let e = 0; e < this.passing.length; e++) {
      let shownParticipants = 0;
      for (let k = this.partStart[e]!; k < this.partStart[e + 1]!; k++) shownParticipants += this.kindShown[this.partActor[k]!]!;
      const categoryShown = typeShown[this.eventType[e]!]! && statusShown[this.eventStatus[e]!]!;
      this.passing[e] = categoryShown && shownParticipants >= 2 ? 1 : 0;
    }
    for (let pos = start; pos < end; pos++) {
      const e = this.index.order[pos]!;
      if (this.passing[e]) this.setInView(e, true);
    }
    this.start = start;
    this.end = end;
    return { full: true, events: [], actors: [] };
  }
}
