import { edgeCountOf, edgeKey, forEachEdgeOf } from '../model/graph.ts';
import type { InteractionEvent, IsoDate } from '../model/types.ts';
import type { Snapshot, ViewFilter } from '../model/view.ts';

/** One edge of the graph: a pair of participants of an event. */
export interface EventPair {
  /** "<event id>#<n>", the key buildGraph gives the same edge, so files and the explorer agree. */
  key: string;
  source: string;
  target: string;
}

/** Every pair of participants, in buildGraph's order and with its keys. */
export function eventPairs(event: InteractionEvent): EventPair[] {
  const pairs: EventPair[] = [];
  forEachEdgeOf(event, false, (n, source, target) => pairs.push({ key: edgeKey(event, n), source, target }));
  return pairs;
}

export function edgeCount(snapshot: Snapshot): number {
  let total = 0;
  for (const event of snapshot.events) total += edgeCountOf(event, false);
  return total;
}

/** Interactions in the snapshot per actor (the node size in the explorer). */
export function interactionsByActor(snapshot: Snapshot): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of snapshot.events) {
    for (const p of event.participants) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return counts;
}

/** What the user chose to look at, stated for captions and file metadata. */
export interface ExportContext {
  datasetName: string;
  filter: ViewFilter;
}

/** A one-line statement of the range, mode and filters, e.g. "2025-08-01 to 2025-08-31 · calls · person, country". */
export function describeView(filter: ViewFilter): string {
  const parts = [describeRange(filter)];
  if (filter.types) parts.push(`types: ${filter.types.join(', ') || 'none'}`);
  if (filter.statuses) parts.push(`status: ${filter.statuses.join(', ') || 'none'}`);
  if (filter.kinds) parts.push(`kinds: ${filter.kinds.join(', ') || 'none'}`);
  return parts.join(' · ');
}

function describeRange(filter: ViewFilter): string {
  const to: IsoDate | undefined = filter.to;
  if (filter.mode === 'cumulative') return to ? `all dates up to ${to} (cumulative)` : 'all dates (cumulative)';
  if (filter.from && to) return `${filter.from} to ${to}`;
  if (filter.from) return `from ${filter.from}`;
  if (to) return `up to ${to}`;
  return 'all dates';
}
