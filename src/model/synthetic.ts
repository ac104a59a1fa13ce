import { addDays, weekday } from './dates.ts';
import {
  DATASET_FORMAT,
  type Actor,
  type ActorKind,
  type Article,
  type Dataset,
  type EventType,
  type InteractionEvent,
  type IsoDate,
  type Mention,
} from './types.ts';

export interface SyntheticOptions {
  events: number;
  actors: number;
  seed?: number;
  /** First day of the generated span. */
  start?: IsoDate;
  /** Length of the span in days. */
  days?: number;
}

/** mulberry32: a small, fast, seeded generator, so the same seed always gives the same dataset. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ana', 'Nicolás', 'José', 'Zoë', 'Olaf', 'Amara', 'Kenji', 'Farida', 'Lars', 'Inês', 'Tomasz', 'Leïla', 'Rahul', 'Mei', 'Björn', 'Chidi'];
const LAST = ['Moreno', 'Okafor', 'Lindqvist', 'Haddad', 'Tanaka', 'Dvořák', 'Nkemelu', 'Petrović', 'Santos', 'Ibrahim', 'Kovač', 'Müller', 'Aydın', 'Reyes', 'Novak', 'Sato', 'Mbeki', 'Fischer', 'Duarte', 'Rahman'];
const PLACES = ['Geneva', 'Brussels', 'Ankara', 'Doha', 'Nairobi', 'Jakarta', 'Brasília', 'Oslo', 'Riyadh', 'Singapore'];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Special Envoy'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pickKind(r: number): ActorKind {
  if (r < 0.7) return 'person';
  if (r < 0.8) return 'country';
  if (r < 0.9) return 'institution';
  return 'group';
}

function makeActor(i: number, random: () => number): Actor {
  const id = `actor-${String(i + 1).padStart(5, '0')}`;
  const kind = pickKind(random());
  const serial = Math.floor(i / LAST.length);
  const last = LAST[i % LAST.length]!;
  if (kind === 'person') {
    const first = FIRST[Math.floor(random() * FIRST.length)]!;
    const surname = serial > 0 ? `${last}-${serial}` : last;
    const name = `${first} ${surname}`;
    const title = TITLES[Math.floor(random() * TITLES.length)]!;
    return { id, name, kind, aliases: [name, surname], roles: [{ title }] };
  }
  const stem = `${last}${serial > 0 ? ` ${serial}` : ''}`;
  const name = kind === 'country' ? `Republic of ${stem}` : kind === 'institution' ? `${stem} Council` : `${stem} Group`;
  return { id, name, kind, aliases: [name, stem] };
}

/** Cumulative Zipf-like weights: a few actors take part in most interactions, as in real wire copy. */
function activitySampler(count: number, random: () => number): () => number {
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let i = 0; i < count; i++) {
    total += 1 / Math.pow(i + 1, 1.1);
    cumulative[i] = total;
  }
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** `count` distinct draws; if the draws keep repeating, the rest comes from `fallback` in order. */
function distinct(count: number, draw: () => number, fallback: readonly number[]): number[] {
  const chosen = new Set<number>();
  for (let tries = 0; chosen.size < count && tries < count * 50; tries++) chosen.add(draw());
  for (const f of fallback) {
    if (chosen.size >= count) break;
    chosen.add(f);
  }
  return [...chosen];
}

/** Builds "<A>, <B> and <C> met in <place> on <day>." and records where each name sits. */
function evidenceFor(
  type: EventType,
  planned: boolean,
  people: Actor[],
  place: string,
  date: IsoDate,
): { evidence: string; mentions: Mention[] } {
  const mentions: Mention[] = [];
  let text = '';
  people.forEach((actor, i) => {
    if (i > 0) text += i === people.length - 1 ? ' and ' : ', ';
    const alias = actor.aliases[0] ?? actor.name;
    mentions.push({ actor: actor.id, start: text.length, end: text.length + alias.length });
    text += alias;
  });
  const day = DAY_NAMES[weekday(date)]!;
  if (type === 'call') text += planned ? ` are expected to speak by phone on ${day}.` : ` spoke by phone on ${day}.`;
  else text += planned ? ` will meet in ${place} on ${day}.` : ` met in ${place} on ${day}.`;
  return { evidence: text, mentions };
}

/**
 * A seeded synthetic dataset: heavy-tailed activity, bursts of multi-party meetings around summit
 * days, calls and meetings, planned and occurred, each with an evidence sentence and its mentions.
 */
export function generateDataset(options: SyntheticOptions): Dataset {
  const { events: eventCount, actors: actorCount, seed = 1, start = '2024-01-01', days = 365 } = options;
  if (actorCount < 2) throw new RangeError('a synthetic dataset needs at least two actors');
  const random = seededRandom(seed);
  const actors = Array.from({ length: actorCount }, (_, i) => makeActor(i, random));
  const drawActor = activitySampler(actorCount, random);
  const everyone = actors.map((_, i) => i);
  const summits = Array.from({ length: Math.max(1, Math.round(days / 45)) }, () => ({
    day: Math.floor(random() * days),
    place: PLACES[Math.floor(random() * PLACES.length)]!,
    attendees: distinct(Math.min(actorCount, 12), drawActor, everyone),
  }));

  const drafts: { day: number; participants: number[]; type: EventType; planned: boolean; place: string }[] = [];
  for (let i = 0; i < eventCount; i++) {
    const atSummit = random() < 0.3;
    if (atSummit) {
      const summit = summits[Math.floor(random() * summits.length)]!;
      const size = random() < 0.35 ? 3 + Math.floor(random() * 4) : 2;
      const pool = summit.attendees;
      const participants = distinct(Math.min(size, pool.length), () => pool[Math.floor(random() * pool.length)]!, pool);
      const day = Math.min(days - 1, Math.max(0, summit.day + Math.floor(random() * 5) - 2));
      const type: EventType = participants.length > 2 || random() < 0.8 ? 'meeting' : 'call';
      drafts.push({ day, participants, type, planned: random() < 0.1, place: summit.place });
    } else {
      const size = random() < 0.08 ? 3 : 2;
      const participants = distinct(size, drawActor, everyone);
      const type: EventType = participants.length > 2 || random() < 0.5 ? 'meeting' : 'call';
      const place = PLACES[Math.floor(random() * PLACES.length)]!;
      drafts.push({ day: Math.floor(random() * days), participants, type, planned: random() < 0.12, place });
    }
  }
  drafts.sort((a, b) => a.day - b.day);

  const articles: Article[] = [];
  const events: InteractionEvent[] = drafts.map((draft, i) => {
    const date = addDays(start, draft.day);
    if (i % 4 === 0) {
      const id = `article-${String(articles.length + 1).padStart(6, '0')}`;
      articles.push({ id, file: `${id}.txt`, published: addDays(date, 1), title: `Diplomatic round-up ${date}`, outlet: 'Synthetic Wire' });
    }
    const people = draft.participants.map((p) => actors[p]!);
    const { evidence, mentions } = evidenceFor(draft.type, draft.planned, people, draft.place, date);
    return {
      id: `event-${String(i + 1).padStart(7, '0')}`,
      type: draft.type,
      mode: draft.participants.length > 2 ? 'summit' : draft.type === 'call' ? 'phone call' : 'talks',
      date,
      datePrecision: 'day',
      status: draft.planned ? 'planned' : 'occurred',
      participants: people.map((a) => a.id),
      article: articles[articles.length - 1]!.id,
      evidence,
      mentions,
      ...(draft.type === 'meeting' ? { place: draft.place } : {}),
    };
  });

  return {
    format: DATASET_FORMAT,
    name: `Synthetic: ${eventCount} interactions among ${actorCount} actors (seed ${seed})`,
    articles,
    actors,
    events,
  };
}
