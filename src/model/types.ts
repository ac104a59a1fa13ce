/**
 * The dataset format: the contract between ingest, import, the explorer and export.
 * Bump DATASET_FORMAT on any incompatible change; the validator rejects other versions.
 */
export const DATASET_FORMAT = 'diplomacy-graph/1';

export const ACTOR_KINDS = ['person', 'institution', 'country', 'group'] as const;
export const EVENT_TYPES = ['call', 'meeting'] as const;
export const EVENT_STATUSES = ['occurred', 'planned'] as const;
export const DATE_PRECISIONS = ['day', 'week', 'month'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A calendar date as YYYY-MM-DD. */
export type IsoDate = string;

export interface Article {
  id: string;
  /** The file name the article was read from. */
  file: string;
  published: IsoDate;
  title?: string;
  outlet?: string;
  url?: string;
}

/** Normalised kinds of office, used to resolve "the Ukrainian leader" or "his Russian counterpart". */
export const OFFICES = [
  'head-of-state',
  'head-of-government',
  'deputy-head',
  'foreign-minister',
  'defence-minister',
  'minister',
  'security-adviser',
  'envoy',
  'head-of-organisation',
  'monarch',
  'other',
] as const;
export type Office = (typeof OFFICES)[number];

export interface Role {
  /** The office as written, e.g. "Prime Minister", "Secretary-General". */
  title: string;
  office?: Office;
  /** Country (ISO 3166-1 alpha-2) the office belongs to, when it is a national office. */
  country?: string;
  /** Actor id of the organisation the office belongs to (e.g. "nato"), when it is not national. */
  organisation?: string;
  from?: IsoDate;
  to?: IsoDate;
}

export interface Actor {
  id: string;
  /** Canonical name. */
  name: string;
  kind: ActorKind;
  aliases: string[];
  roles?: Role[];
  /** ISO 3166-1 alpha-2 code of the actor's country, when known. */
  country?: string;
}

/** Where an actor is named inside an evidence sentence, as [start, end) character offsets. */
export interface Mention {
  actor: string;
  start: number;
  end: number;
}

/** Another article reporting the same interaction. */
export interface Source {
  article: string;
  evidence: string;
  mentions?: Mention[];
}

export interface InteractionEvent {
  id: string;
  type: EventType;
  /** A finer label: summit, visit, talks, video call, or a CAMEO label for imported data. */
  mode?: string;
  date: IsoDate;
  datePrecision: DatePrecision;
  status: EventStatus;
  /** Two or more distinct actor ids. */
  participants: string[];
  /** Id of the article that first reported it. */
  article: string;
  /** The sentence that supports it. */
  evidence: string;
  mentions?: Mention[];
  place?: string;
  sourceUrl?: string;
  /** Further articles reporting the same interaction. */
  alsoReportedIn?: Source[];
}

export interface Dataset {
  format: typeof DATASET_FORMAT;
  name?: string;
  description?: string;
  articles: Article[];
  actors: Actor[];
  events: InteractionEvent[];
}

export function emptyDataset(name?: string): Dataset {
  return { format: DATASET_FORMAT, ...(name ? { name } : {}), articles: [], actors: [], events: [] };
}
