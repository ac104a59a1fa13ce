import { ACTOR_KINDS, DATASET_FORMAT, DATE_PRECISIONS, EVENT_STATUSES, EVENT_TYPES, OFFICES } from './types.ts';
import { isRealDate } from './schema.ts';

/*
 * A hand-written check of the dataset shape, much faster than the zod schema on large files
 * (docs/scale.md). It only ever says "certainly valid": anything it does not accept (including
 * unknown keys, which zod would strip) goes back to the schema, so the errors users see and the
 * data they get are the schema's own.
 */

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Plain, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isNonEmpty = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const isOptionalText = (v: unknown): boolean => v === undefined || typeof v === 'string';
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Datasets repeat a few hundred dates a million times: remember the verdict for each. */
function dateChecker(): (v: unknown) => boolean {
  const verdicts = new Map<string, boolean>();
  return (v) => {
    if (typeof v !== 'string') return false;
    let ok = verdicts.get(v);
    if (ok === undefined) {
      ok = DATE_SHAPE.test(v) && isRealDate(v);
      verdicts.set(v, ok);
    }
    return ok;
  };
}

const keys = (...names: string[]): ReadonlySet<string> => new Set(names);
const DATASET_KEYS = keys('format', 'name', 'description', 'articles', 'actors', 'events');
const ARTICLE_KEYS = keys('id', 'file', 'published', 'title', 'outlet', 'url');
const ACTOR_KEYS = keys('id', 'name', 'kind', 'aliases', 'roles', 'country');
const ROLE_KEYS = keys('title', 'office', 'country', 'organisation', 'from', 'to');
const MENTION_KEYS = keys('actor', 'start', 'end');
const SOURCE_KEYS = keys('article', 'evidence', 'mentions');
const EVENT_KEYS = keys(
  'id', 'type', 'mode', 'date', 'datePrecision', 'status', 'participants', 'article', 'evidence',
  'mentions', 'place', 'sourceUrl', 'alsoReportedIn',
);
const member = (values: readonly string[]) => (v: unknown) => typeof v === 'string' && values.includes(v);
const isEventType = member(EVENT_TYPES);
const isStatus = member(EVENT_STATUSES);
const isPrecision = member(DATE_PRECISIONS);
const isKind = member(ACTOR_KINDS);
const isOffice = member(OFFICES);

/** Undefined, or an array whose every item passes. */
function isOptionalListOf(v: unknown, isItem: (item: unknown) => boolean): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (const item of v) if (!isItem(item)) return false;
  return true;
}

const isMention = (m: unknown) =>
  isPlain(m) && hasOnlyKeys(m, MENTION_KEYS) && isNonEmpty(m.actor) && isCount(m.start) && isCount(m.end);

const isMentionList = (v: unknown) => isOptionalListOf(v, isMention);

function isParticipantList(v: unknown): boolean {
  if (!Array.isArray(v) || v.length < 2) return false;
  for (const p of v) if (!isNonEmpty(p)) return false;
  return true;
}

const isSource = (s: unknown) =>
  isPlain(s) && hasOnlyKeys(s, SOURCE_KEYS) && isNonEmpty(s.article) && isText(s.evidence) && isMentionList(s.mentions);

function isRole(r: unknown, isDate: (v: unknown) => boolean): boolean {
  if (!isPlain(r) || !hasOnlyKeys(r, ROLE_KEYS) || !isNonEmpty(r.title) || !(r.office === undefined || isOffice(r.office))) return false;
  if (!isOptionalText(r.country) || !isOptionalText(r.organisation)) return false;
  return (r.from === undefined || isDate(r.from)) && (r.to === undefined || isDate(r.to));
}

function isActor(a: unknown, isDate: (v: unknown) => boolean): boolean {
  if (!isPlain(a) || !hasOnlyKeys(a, ACTOR_KEYS) || !isOptionalListOf(a.roles, (r) => isRole(r, isDate))) return false;
  if (!isNonEmpty(a.id) || !isNonEmpty(a.name) || !isKind(a.kind) || !isOptionalText(a.country) || !Array.isArray(a.aliases)) return false;
  for (const alias of a.aliases) if (!isText(alias)) return false;
  return true;
}

/** True only if the value certainly passes the dataset schema, which would return it unchanged. */
export function quickCheck(value: unknown): boolean {
  if (!isPlain(value) || !hasOnlyKeys(value, DATASET_KEYS) || value.format !== DATASET_FORMAT) return false;
  if (!isOptionalText(value.name) || !isOptionalText(value.description)) return false;
  const { articles, actors, events } = value;
  if (!Array.isArray(articles) || !Array.isArray(actors) || !Array.isArray(events)) return false;
  const isDate = dateChecker();
  for (const a of articles) {
    if (!isPlain(a) || !hasOnlyKeys(a, ARTICLE_KEYS) || !isNonEmpty(a.id) || !isNonEmpty(a.file) || !isDate(a.published)) return false;
    if (!isOptionalText(a.title) || !isOptionalText(a.outlet) || !isOptionalText(a.url)) return false;
  }
  for (const a of actors) if (!isActor(a, isDate)) return false;
  for (const e of events) {
    if (!isPlain(e) || !hasOnlyKeys(e, EVENT_KEYS)) return false;
    if (!isNonEmpty(e.id) || !isEventType(e.type) || !isDate(e.date) || !isPrecision(e.datePrecision) || !isStatus(e.status)) return false;
    if (!isParticipantList(e.participants) || !isNonEmpty(e.article) || !isText(e.evidence)) return false;
    if (!isOptionalText(e.mode) || !isOptionalText(e.place) || !isOptionalText(e.sourceUrl)) return false;
    if (!isMentionList(e.mentions) || !isOptionalListOf(e.alsoReportedIn, isSource)) return false;
  }
  return true;
}
