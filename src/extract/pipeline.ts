import { eventId, eventKey, stableHash } from '../model/merge.ts';
import type { Actor, Article, InteractionEvent, IsoDate, Mention as EvidenceMention } from '../model/types.ts';
import { readArticleHeader } from './article.ts';
import { cleanAndSplit, type Sentence } from './clean.ts';
import { type ActorRef, newArticleContext, refFromEntry } from './context.ts';
import { dropRedundantVisits, dropRepresentedCountries, mergeArticleEvents, type ArticleEvent } from './dedupe.ts';
import { actorFromEntry, type Gazetteer, loadGazetteer } from './gazetteer.ts';
import { analyseSentence, type AnalysedSentence } from './mentions.ts';
import { matchName } from './name-index.ts';
import type { Antecedents } from './participants.ts';
import { attachDates, type DateState } from './event-dates.ts';
import { eventsOfSentence } from './sentence-events.ts';
import { quoteSpeaker } from './speakers.ts';
import { findDateExpressions } from './temporal.ts';
import { tokenize } from './tokens.ts';
import { findTriggers } from './triggers.ts';

export interface ExtractOptions {
  /** The file name, kept on the article record and used in messages. */
  file: string;
  /** Publication date when the article does not state one. */
  published?: IsoDate;
  gazetteer?: Gazetteer;
}

export interface ArticleExtraction {
  article: Article;
  actors: Actor[];
  events: InteractionEvent[];
}

/** An article the extractor cannot place in time, or that holds no text. */
export class ArticleError extends Error {
  override name = 'ArticleError';
}

/**
 * The file's name with a short hash of its text: the same article ingested again keeps its id,
 * while two different articles that happen to share a file name do not collide.
 */
export function articleIdFor(file: string, text: string): string {
  return `${file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')}-${stableHash(text).slice(-8)}`;
}

/** Runs every stage on one article: header, cleaning, mentions, interactions, dates, merging. */
export function extractArticle(text: string, options: ExtractOptions): ArticleExtraction {
  if (!text.trim()) throw new ArticleError('the article is empty');
  const gazetteer = options.gazetteer ?? loadGazetteer();
  const header = readArticleHeader(text, options.published);
  if (!header.published) throw new ArticleError('no publication date: add a "date YYYY-MM-DD" line or pass --published');
  const published = header.published;
  const ctx = newArticleContext(gazetteer, published);
  // Relative dates ("today", "on Tuesday") count from the day the story is told.
  const storyDay = header.storyDay ?? published;
  const sentences = cleanAndSplit(header.body, header.bodyOffset);
  const state: DateState = {};
  const found: ArticleEvent[] = [];
  const groups: ActorRef[][] = [];
  const latestOfType: NonNullable<Antecedents['latestOfType']> = {};
  let previousSubject: ActorRef | undefined;
  // Sentences are analysed in order; a quotation may need the next one early to learn its speaker.
  const analysed: AnalysedSentence[] = [];
  const analyse = (i: number) => (analysed[i] ??= analyseSentence(ctx, sentences[i]!));
  sentences.forEach((sentence, sentenceIndex) => {
    const a = analyse(sentenceIndex);
    const antecedents: Antecedents = { ...(previousSubject ? { previousSubject } : {}) };
    if (groups.length) antecedents.groups = groups;
    antecedents.latestOfType = latestOfType;
    const author = sentence.post
      ? authorOf(ctx, sentence)
      : quoteSpeaker(a, sentenceIndex + 1 < sentences.length ? analyse(sentenceIndex + 1) : undefined);
    if (author) antecedents.author = author;
    const times = findDateExpressions(sentence.text);
    const triggers = findTriggers(a.tokens, a.sentence.text);
    const events = eventsOfSentence(ctx, a, antecedents, times, triggers);
    const verbs = new Set(triggers.filter((t) => !t.noun).map((t) => t.tokenStart));
    attachDates(a, times, events, sentence.post?.date ?? storyDay, state, published, sentenceIndex, verbs);
    for (const e of events) {
      found.push({ ...e, sentenceIndex });
      // Latest first, for "the two leaders" and "joined the call".
      if (e.participants.length <= 3 && e.participants.every((x) => x.kind === 'person')) groups.unshift(e.participants);
      latestOfType[e.type] = e.participants;
    }
    // The next sentence's "he" is this sentence's subject: the first party of its first interaction, else its first person.
    const subject = events[0]?.participants[0];
    const first = a.mentions.find((m) => m.kind !== 'pronoun' && !m.modifier && m.actors[0]?.kind === 'person')?.actors[0];
    if (subject?.kind === 'person') previousSubject = subject;
    else if (first) previousSubject = first;
  });
  const merged = dropRepresentedCountries(mergeArticleEvents(dropRedundantVisits(found)));
  const article: Article = { id: articleIdFor(options.file, text), file: options.file.replace(/^.*[\\/]/, ''), published };
  const events = merged.map((e) => toEvent(e, article.id, sentences[e.sentenceIndex]!));
  const used = new Map<string, ActorRef>();
  for (const e of merged) for (const p of e.participants) used.set(p.id, p);
  return { article, actors: [...used.values()].map(toActor), events };
}

function authorOf(ctx: ReturnType<typeof newArticleContext>, sentence: Sentence): ActorRef | undefined {
  for (const name of [sentence.post!.author, sentence.post!.handle.replace(/_/g, ' ')]) {
    const tokens = tokenize(name);
    const named = matchName(ctx.index, tokens, 0);
    if (named) return ctx.actors.get(named.entry.id) ?? refFromEntry(ctx, named.entry);
  }
  return undefined;
}

function toActor(ref: ActorRef): Actor {
  const actor: Actor = ref.entry ? actorFromEntry(ref.entry) : { id: ref.id, name: ref.name, kind: ref.kind, aliases: [] };
  if (!ref.entry && ref.roles) actor.roles = ref.roles;
  if (!ref.entry && ref.country) actor.country = ref.country;
  return actor;
}

function toEvent(e: ArticleEvent, article: string, sentence: Sentence): InteractionEvent {
  const participants = e.participants.map((p) => p.id);
  const identity = { type: e.type, date: e.date!, status: e.status, participants };
  const mentions: EvidenceMention[] = e.mentions.flatMap((m) =>
    m.actors.filter((a) => participants.includes(a.id)).map((a) => ({ actor: a.id, start: m.start, end: m.end })),
  );
  return {
    id: eventId(eventKey(identity)),
    type: e.type,
    ...(e.mode ? { mode: e.mode } : {}),
    date: e.date!,
    datePrecision: e.datePrecision,
    status: e.status,
    participants,
    article,
    evidence: sentence.text,
    ...(mentions.length ? { mentions } : {}),
  };
}
