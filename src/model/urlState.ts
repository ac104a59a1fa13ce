import { isRealDate } from './schema.ts';
import { ACTOR_KINDS, EVENT_STATUSES, EVENT_TYPES, type IsoDate } from './types.ts';
import type { ViewFilter } from './view.ts';

export type Selection = { kind: 'actor' | 'event'; id: string };

/** Everything a copied link must reproduce. The filter is exactly what export uses. */
export interface ExplorerView {
  filter: ViewFilter;
  selection?: Selection;
  /** Multi-party interactions as a hub node linked to each participant, instead of every pair. */
  eventNodes: boolean;
  /** Actors with nothing in view stay on the canvas, dimmed, instead of disappearing. */
  showInactive: boolean;
}

/** Parameters this module owns; others in the query string (like `data`) are left alone. */
const OWN_KEYS = ['from', 'to', 'mode', 'types', 'statuses', 'kinds', 'actor', 'event', 'hubs', 'inactive'];

function parseList<T extends string>(value: string | null, allowed: readonly T[]): T[] | undefined {
  if (value === null) return undefined;
  const items = value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
  return allowed.filter((a) => items.includes(a));
}

function parseDate(value: string | null): IsoDate | undefined {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value) ? value : undefined;
}

/** Reads a view from a query string; anything malformed falls back to its default. */
export function parseView(search: string): ExplorerView {
  const params = new URLSearchParams(search);
  let from = parseDate(params.get('from'));
  let to = parseDate(params.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  const types = parseList(params.get('types'), EVENT_TYPES);
  const statuses = parseList(params.get('statuses'), EVENT_STATUSES);
  const kinds = parseList(params.get('kinds'), ACTOR_KINDS);
  const filter: ViewFilter = {
    mode: params.get('mode') === 'cumulative' ? 'cumulative' : 'window',
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(types ? { types } : {}),
    ...(statuses ? { statuses } : {}),
    ...(kinds ? { kinds } : {}),
  };
  const actor = params.get('actor');
  const event = params.get('event');
  const selection: Selection | undefined = actor ? { kind: 'actor', id: actor } : event ? { kind: 'event', id: event } : undefined;
  return { filter, ...(selection ? { selection } : {}), eventNodes: params.get('hubs') === '1', showInactive: params.get('inactive') === '1' };
}

/** Writes a view into a query string, keeping unrelated parameters and omitting defaults. */
export function serializeView(view: ExplorerView, search = ''): string {
  const params = new URLSearchParams(search);
  for (const key of OWN_KEYS) params.delete(key);
  const { filter } = view;
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.mode === 'cumulative') params.set('mode', 'cumulative');
  if (filter.types) params.set('types', filter.types.join(','));
  if (filter.statuses) params.set('statuses', filter.statuses.join(','));
  if (filter.kinds) params.set('kinds', filter.kinds.join(','));
  if (view.selection) params.set(view.selection.kind, view.selection.id);
  if (view.eventNodes) params.set('hubs', '1');
  if (view.showInactive) params.set('inactive', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Keeps the dates inside the dataset's span, filling open ends with the span's ends. */
export function clampFilter(filter: ViewFilter, span: { first: IsoDate; last: IsoDate } | undefined): ViewFilter {
  if (!span) return filter;
  const clamp = (d: IsoDate) => (d < span.first ? span.first : d > span.last ? span.last : d);
  const from = clamp(filter.from ?? span.first);
  const to = clamp(filter.to ?? span.last);
  return { ...filter, from: from > to ? to : from, to };
}

/** A list filter that includes every option is the same as no filter; store it as absent. */
export function toggleInList<T extends string>(list: readonly T[] | undefined, item: T, all: readonly T[]): T[] | undefined {
  const current = list ?? all;
  const next = current.includes(item) ? current.filter((x) => x !== item) : all.filter((x) => x === item || current.includes(x));
  return next.length === all.length ? undefined : next;
}
