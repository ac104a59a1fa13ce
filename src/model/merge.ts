import type { Actor, Article, Dataset, InteractionEvent, Role, Source } from './types.ts';

/** The fields that make two events the same interaction, whatever article reported them. */
export type EventIdentity = Pick<InteractionEvent, 'type' | 'date' | 'status' | 'participants'>;

/** Identity key: type, date, status and the participants in sorted order (so A–B equals B–A). */
export function eventKey(event: EventIdentity): string {
  return `${event.type}|${event.date}|${event.status}|${[...event.participants].sort().join('|')}`;
}

/**
 * A stable event id derived from its identity key: "e-" and 14 hex digits of a 53-bit hash,
 * so ingest and import give the same interaction the same id on every run.
 */
export function eventId(key: string): string {
  return `e-${stableHash(key)}`;
}

/** 14 hex digits of cyrb53, a fast 53-bit string hash: the same text always gives the same digits. */
export function stableHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return hash.toString(16).padStart(14, '0');
}

export interface MergeResult {
  dataset: Dataset;
  added: { articles: number; actors: number; events: number };
  /** Events of the addition that matched an event already present (or added earlier in the same addition). */
  merged: number;
}

/**
 * Adds `addition` to `base` without duplicating anything; neither input is modified.
 * - Articles by id; an article already present means its events are already in, so they are skipped,
 *   and so are actors that only those events name.
 * - Actors by id: aliases and roles are united (the other name becomes an alias), a missing country is filled.
 * - Events by eventKey: a known interaction gains the new article and evidence in `alsoReportedIn`
 *   (unless it is the same article or already listed there); an unknown one is added.
 */
export function mergeDatasets(base: Dataset, addition: Dataset): MergeResult {
  const articles: Article[] = [...base.articles];
  const inBase = new Set(base.articles.map((a) => a.id));
  const knownArticles = new Set(inBase);
  const skippedArticles = new Set<string>();
  let addedArticles = 0;
  for (const article of addition.articles) {
    // An article the base holds has its events in already; one listed twice in the addition is
    // added once, and its events meet again by key.
    if (inBase.has(article.id)) {
      skippedArticles.add(article.id);
      continue;
    }
    if (knownArticles.has(article.id)) continue;
    knownArticles.add(article.id);
    articles.push(article);
    addedArticles++;
  }

  const actors: Actor[] = [...base.actors];
  const actorIndex = new Map(base.actors.map((a, i) => [a.id, i]));
  const onlyInSkipped = actorsOnlyInSkippedEvents(addition.events, skippedArticles);
  let addedActors = 0;
  for (const actor of addition.actors) {
    const at = actorIndex.get(actor.id);
    if (onlyInSkipped.has(actor.id)) continue;
    if (at === undefined) {
      actorIndex.set(actor.id, actors.length);
      actors.push(actor);
      addedActors++;
    } else {
      actors[at] = mergeActor(actors[at]!, actor);
    }
  }

  const events: InteractionEvent[] = [...base.events];
  const eventIndex = new Map<string, number>();
  const usedIds = new Set<string>();
  base.events.forEach((e, i) => {
    eventIndex.set(eventKey(e), i);
    usedIds.add(e.id);
  });
  let addedEvents = 0;
  let merged = 0;
  for (const event of addition.events) {
    if (skippedArticles.has(event.article)) continue;
    const key = eventKey(event);
    const at = eventIndex.get(key);
    if (at === undefined) {
      const id = freeId(eventId(key), usedIds);
      usedIds.add(id);
      eventIndex.set(key, events.length);
      events.push({ ...event, id });
      addedEvents++;
    } else {
      events[at] = mergeEvent(events[at]!, event);
      merged++;
    }
  }

  return {
    dataset: { ...base, articles, actors, events },
    added: { articles: addedArticles, actors: addedActors, events: addedEvents },
    merged,
  };
}

/** Actors that the skipped events name and no other event does: adding them would leave them unconnected. */
function actorsOnlyInSkippedEvents(events: readonly InteractionEvent[], skippedArticles: ReadonlySet<string>): Set<string> {
  const inSkipped = new Set<string>();
  const inKept = new Set<string>();
  for (const event of events) {
    const into = skippedArticles.has(event.article) ? inSkipped : inKept;
    for (const id of event.participants) into.add(id);
  }
  for (const id of inKept) inSkipped.delete(id);
  return inSkipped;
}

/** A hash collision between different keys must not produce duplicate ids: suffix deterministically. */
function freeId(id: string, used: ReadonlySet<string>): string {
  if (!used.has(id)) return id;
  let n = 2;
  while (used.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

function mergeActor(existing: Actor, other: Actor): Actor {
  const aliases = [...existing.aliases];
  const seen = new Set([existing.name, ...aliases]);
  for (const alias of [other.name, ...other.aliases]) {
    if (!seen.has(alias)) {
      seen.add(alias);
      aliases.push(alias);
    }
  }
  const result: Actor = { ...existing, aliases };
  const roles = uniteRoles(existing.roles ?? [], other.roles ?? []);
  if (roles.length) result.roles = roles;
  if (!result.country && other.country) result.country = other.country;
  return result;
}

function uniteRoles(a: readonly Role[], b: readonly Role[]): Role[] {
  const key = (r: Role) => JSON.stringify([r.title, r.office, r.country, r.organisation, r.from, r.to]);
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const role of b) {
    if (!seen.has(key(role))) {
      seen.add(key(role));
      out.push(role);
    }
  }
  return out;
}

/** Records that `incoming` reports the same interaction as `existing`; returns a new event. */
export function mergeEvent(existing: InteractionEvent, incoming: InteractionEvent): InteractionEvent {
  const reported = new Set([existing.article, ...(existing.alsoReportedIn ?? []).map((s) => s.article)]);
  if (reported.has(incoming.article)) return existing;
  const source: Source = { article: incoming.article, evidence: incoming.evidence };
  if (incoming.mentions) source.mentions = incoming.mentions;
  return { ...existing, alsoReportedIn: [...(existing.alsoReportedIn ?? []), source] };
}
