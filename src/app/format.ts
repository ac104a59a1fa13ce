import type { PairCut } from './lod.ts';
import type { IsoDate } from '../model/types.ts';

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "3 Jan 2025": unambiguous for readers on either side of the Atlantic. */
export function formatDate(date: IsoDate): string {
  return DATE_FORMAT.format(new Date(`${date}T00:00:00Z`));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** The status line: "12 interactions · 9 actors", and "· pairs merged" when parallel edges draw as one. */
export function statusText(interactions: number, actors: number, pairsMerged = false, cut?: PairCut): string {
  const merged = cut ? ` · pairs merged, busiest ${cut.drawn.toLocaleString('en-GB')} of ${cut.of.toLocaleString('en-GB')} drawn` : ' · pairs merged';
  return `${plural(interactions, 'interaction')} · ${plural(actors, 'actor')}${pairsMerged ? merged : ''}`;
}
