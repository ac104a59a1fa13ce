import type { ActorKind, IsoDate, Role } from '../model/types.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { GazetteerEntry } from './gazetteer-types.ts';
import { type Holder, nameIndexFor, type NameIndex } from './name-index.ts';
import { slugify } from './normalise.ts';

/** An actor as the article knows it: from the gazetteer, or recognised in the text. */
export interface ActorRef {
  id: string;
  name: string;
  kind: ActorKind;
  entry?: GazetteerEntry;
  country?: string;
  roles?: Role[];
  /** Spellings the article used for it. */
  spellings: Set<string>;
  mentions: number;
}

/** What one article has established so far: the actors it has named and the date it speaks from. */
export interface ArticleContext {
  gazetteer: Gazetteer;
  index: NameIndex;
  published: IsoDate;
  actors: Map<string, ActorRef>;
  /** Ids of people in the order they were last mentioned, most recent last. */
  recentPeople: string[];
  /** Office holders on the article's date by title and scope, computed once per article. */
  roleHolders: Map<string, Holder[]>;
  /** The word keys of actors' names, computed once per article: surnames are compared often. */
  nameWords: Map<string, string[]>;
}

export function newArticleContext(gazetteer: Gazetteer, published: IsoDate): ArticleContext {
  return { gazetteer, index: nameIndexFor(gazetteer), published, actors: new Map(), recentPeople: [], roleHolders: new Map(), nameWords: new Map() };
}

export function refFromEntry(ctx: ArticleContext, entry: GazetteerEntry): ActorRef {
  const known = ctx.actors.get(entry.id);
  if (known) return known;
  const ref: ActorRef = { id: entry.id, name: entry.name, kind: entry.kind, entry, spellings: new Set(), mentions: 0 };
  const country = entry.country ?? entry.code;
  if (country) ref.country = country;
  if (entry.roles) ref.roles = entry.roles;
  return ref;
}

/** A person the gazetteer does not know, named with a title ("Foreign Minister Ahmed Attaf"). */
export function refForNewPerson(ctx: ArticleContext, name: string, title?: string, country?: string): ActorRef {
  const id = slugify(name);
  const known = ctx.actors.get(id);
  if (known) return known;
  const ref: ActorRef = { id, name, kind: 'person', spellings: new Set(), mentions: 0 };
  if (country) ref.country = country;
  if (title) ref.roles = [{ title, ...(country ? { country } : {}) }];
  return ref;
}

/** Records that the article named this actor, so later surnames and role nouns can find it. */
export function remember(ctx: ArticleContext, ref: ActorRef, spelling: string): ActorRef {
  const known = ctx.actors.get(ref.id) ?? ref;
  ctx.actors.set(known.id, known);
  known.spellings.add(spelling);
  known.mentions++;
  if (known.kind === 'person') {
    ctx.recentPeople = ctx.recentPeople.filter((id) => id !== known.id);
    ctx.recentPeople.push(known.id);
  }
  return known;
}

/** The country the article is mostly about: the most frequent country among the actors it named. */
export function homeCountry(ctx: ArticleContext): string | undefined {
  const counts = new Map<string, number>();
  for (const ref of ctx.actors.values()) {
    if (ref.country) counts.set(ref.country, (counts.get(ref.country) ?? 0) + ref.mentions);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [country, n] of counts) {
    if (n > bestCount) [best, bestCount] = [country, n];
  }
  return best;
}
