import { dayNumber } from './dates.ts';
import type { InteractionEvent } from './types.ts';
import type { ViewFilter } from './view.ts';

/**
 * Events sorted by day in typed arrays: any date window is a contiguous run of positions,
 * found with two binary searches, so the cost of a window does not depend on the dataset size.
 */
export interface TimeIndex {
  /** Indices into the dataset's events, sorted by day (ties keep dataset order). */
  readonly order: Uint32Array;
  /** Day number (days since 1970-01-01) of the event at each sorted position. */
  readonly days: Int32Array;
  /** First and last day with an event; lastDay < firstDay when there are no events. */
  readonly firstDay: number;
  readonly lastDay: number;
}

export function buildTimeIndex(events: readonly InteractionEvent[]): TimeIndex {
  // Datasets hold few distinct dates: parse each once.
  const dayOf = new Map<string, number>();
  const eventDays = new Int32Array(events.length);
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const date = events[i]!.date;
    const day = dayOf.get(date) ?? dayOf.set(date, dayNumber(date)).get(date)!;
    eventDays[i] = day;
    firstDay = Math.min(firstDay, day);
    lastDay = Math.max(lastDay, day);
  }
  if (!events.length) return { order: new Uint32Array(0), days: new Int32Array(0), firstDay: 0, lastDay: -1 };
  // A counting sort by day (four-digit years bound the range to a few million days): linear, and
  // stable, so ties keep dataset order.
  const startOfDay = new Uint32Array(lastDay - firstDay + 2);
  for (const day of eventDays) startOfDay[day - firstDay + 1]!++;
  for (let d = 1; d < startOfDay.length; d++) startOfDay[d]! += startOfDay[d - 1]!;
  const order = new Uint32Array(events.length);
  const days = new Int32Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const at = startOfDay[eventDays[i]! - firstDay]!++;
    order[at] = i;
    days[at] = eventDays[i]!;
  }
  return { order, days, firstDay, lastDay };
}

/** First position whose day is >= day. */
export function lowerBound(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position whose day is > day. */
export function upperBound(days: Int32Array, day: number): number {
  return lowerBound(days, day + 1);
}

/** Sorted positions [start, end) of the events dated fromDay..toDay inclusive. */
export function positionsBetween(index: TimeIndex, fromDay: number, toDay: number): [number, number] {
  if (toDay < fromDay) return [0, 0];
  return [lowerBound(index.days, fromDay), upperBound(index.days, toDay)];
}

/** The day range a filter shows: cumulative mode and open ends reach the ends of the dataset. */
export function filterDays(index: TimeIndex, filter: ViewFilter): { fromDay: number; toDay: number } {
  const fromDay = filter.mode === 'window' && filter.from !== undefined ? dayNumber(filter.from) : index.firstDay;
  const toDay = filter.to !== undefined ? dayNumber(filter.to) : index.lastDay;
  return { fromDay, toDay };
}

/** Events per day from firstDay to lastDay, counting only events whose `include` flag is set. */
export function dailyCounts(index: TimeIndex, include?: Uint8Array): Uint32Array {
  const counts = new Uint32Array(Math.max(0, index.lastDay - index.firstDay + 1));
  for (let i = 0; i < index.order.length; i++) {
    if (include && !include[index.order[i]!]) continue;
    counts[index.days[i]! - index.firstDay]!++;
  }
  return counts;
}

/** Sums counts into at most `maxBins` bins of whole days, so a long span still draws as a readable histogram. */
export function binCounts(counts: Uint32Array, maxBins: number): { bins: Uint32Array; daysPerBin: number } {
  const daysPerBin = Math.max(1, Math.ceil(counts.length / Math.max(1, maxBins)));
  const bins = new Uint32Array(Math.ceil(counts.length / daysPerBin));
  for (let i = 0; i < counts.length; i++) bins[Math.floor(i / daysPerBin)]! += counts[i]!;
  return { bins, daysPerBin };
}
