import type { DatePrecision, EventStatus, EventType, IsoDate } from '../model/types.ts';
import type { ActorRef, ArticleContext } from './context.ts';
import type { AnalysedSentence, Mention } from './mentions.ts';
import { actorsOf, type Antecedents, findParticipation, sentenceSubject, sentenceSubjects } from './participants.ts';
import { modalityOf } from './status.ts';
import type { DateExpression, Direction } from './temporal.ts';
import { findTriggers, type Trigger } from './triggers.ts';

/** An interaction found in one sentence, before the article's events are merged. */
export interface SentenceEvent {
  type: EventType;
  mode?: string;
  status: EventStatus;
  participants: ActorRef[];
  /** Mentions of the participants, for highlighting the evidence. */
  mentions: Mention[];
  date?: IsoDate;
  datePrecision: DatePrecision;
  /** True when the date came from the text next to the interaction, not from context. */
  dateExplicit: boolean;
  /** The date is the day the previous sentence named. */
  dateFromContext?: boolean;
  /** Present perfect ("has spoken"): reported as just happened. */
  perfect: boolean;
  triggerStart: number;
}

const PERFECT = new Set(['has', 'have']);
const JOINED = /\bjoin(?:ed|s)? (?:the|that|this)$/;
/** Words that open a clause of its own, whose times belong to what that clause reports. */
/** "a state visit from April 5 to 7, during which he held talks": the clause shares the visit's time. */
const SAME_TIME = new Set(['during', 'at', 'in', 'on']);
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'which', 'who', 'whom', 'following', 'until']);
/** A sentence about the future, for a day it names that no interaction claims ("…will hold a summit on Thursday"). */
const FUTURE_TENSE = /\b(?:will|shall|is to|are to|due to|set to|expected to|scheduled|plans? to)\b|'ll\b/i;
/** Words that make a joint subject the parties of a noun trigger: "held talks", "during talks". */
const JOINT_EVENT_WORDS = new Set(['held', 'hold', 'holds', 'had', 'began', 'begin', 'concluded', 'ended', 'wrapped', 'during', 'after', 'following', 'in']);

function isPerfect(a: AnalysedSentence, trigger: Trigger): boolean {
  const keys = a.tokens.slice(Math.max(0, trigger.tokenStart - 4), trigger.tokenStart).map((t) => t.key);
  return keys.some((k) => PERFECT.has(k)) && !keys.includes('will');
}

function unique(refs: ActorRef[]): ActorRef[] {
  return [...new Map(refs.map((r) => [r.id, r])).values()];
}

/** Finds the interactions of one sentence and who took part; dates are attached by attachDates. */
export function eventsOfSentence(
  ctx: ArticleContext,
  a: AnalysedSentence,
  antecedents: Antecedents,
  times: readonly DateExpression[],
  triggers: readonly Trigger[] = findTriggers(a.tokens, a.sentence.text),
): SentenceEvent[] {
  const events: SentenceEvent[] = [];
  // Words inside names and times ("Theresa May", "May 13") say nothing about modality.
  const quoted = (i: number) =>
    a.mentions.some((m) => m.kind === 'name' && m.tokenStart <= i && i < m.tokenEnd) ||
    times.some((x) => x.start <= a.tokens[i]!.start && a.tokens[i]!.end <= x.end);
  const earlierObjects: Mention[] = [];
  const parts = triggers.map((t) => findParticipation(a, t));
  // Whom any trigger takes as its object is nobody's fallback subject.
  const allObjects = parts.flatMap((p) => p.objects);
  for (const [n, trigger] of triggers.entries()) {
    const part = parts[n]!;
    // "X calls on A, holds talks with B": whom an earlier verb took as its object is not this one's subject.
    if (part.subjects.length > 0 && part.subjects.every((m) => earlierObjects.includes(m))) part.subjects = [];
    earlierObjects.push(...part.objects);
    if (part.unnamedObject) continue;
    const modality = modalityOf(a.tokens, trigger.tokenStart, trigger.tokenEnd, quoted, part.subjects[0]?.tokenStart);
    if (modality === 'not-an-event') continue;
    let subjects = part.subjects;
    const owner = trigger.noun ? possessiveOwner(a, trigger) : undefined;
    if (owner) subjects = [owner];
    else if (subjects.length === 0 && part.objects.length > 0) {
      const main = sentenceSubject(a, allObjects, antecedents);
      if (main && (main.tokenStart < trigger.tokenStart || trigger.noun) && !isTopic(a, trigger)) subjects = [main];
    } else if (subjects.length === 0 && trigger.noun) {
      // "Putin and Xi signed a statement during talks in Moscow": the joint subject held the talks.
      // Only when the words between make them its parties, not fellow delegates ("will attend the talks").
      const joint = sentenceSubjects(a, [], antecedents);
      const between = a.tokens.slice(joint.at(-1)?.tokenEnd ?? 0, trigger.tokenStart).map((t) => t.key);
      if (joint.length >= 2 && joint[0]!.tokenStart < trigger.tokenStart && between.some((k) => JOINT_EVENT_WORDS.has(k))) subjects = joint;
    }
    const subjectActors = actorsOf(ctx, a, subjects, antecedents, undefined);
    const objectActors = actorsOf(ctx, a, part.objects, antecedents, subjectActors[0]);
    const base = {
      type: trigger.type,
      ...(trigger.mode ? { mode: trigger.mode } : {}),
      status: modality,
      datePrecision: 'day' as DatePrecision,
      dateExplicit: false,
      perfect: isPerfect(a, trigger),
      triggerStart: trigger.tokenStart,
    };
    // "will travel to Peru and Brazil": one visit to each country, not a meeting between them.
    const separate = part.separate || (trigger.mode === 'visit' && objectActors.length > 1 && objectActors.every((o) => o.kind === 'country'));
    const groups = separate && subjectActors.length > 0 ? objectActors.map((o) => [...subjectActors, o]) : [[...subjectActors, ...objectActors]];
    for (const group of groups) {
      // "Elon Musk also joined the call": one more participant in the interaction just reported.
      const joined = group.length === 1 && JOINED.test(a.tokens.slice(Math.max(0, trigger.tokenStart - 4), trigger.tokenStart).map((t) => t.key).join(' '));
      const participants = unique(joined ? [...(antecedents.latestOfType?.[trigger.type] ?? []), ...group] : group);
      if (participants.length < 2) continue;
      const mentions = [...subjects, ...part.objects].filter((m) => m.actors.some((r) => participants.includes(r)) || m.kind !== 'name');
      events.push({ ...base, participants, mentions });
    }
  }
  return events;
}

/** "…Putin, who briefed him on his meeting with Trump": "his" in a relative clause is the person the clause is about. */
function possessiveOwner(a: AnalysedSentence, trigger: Trigger): Mention | undefined {
  let j = trigger.tokenStart - 1;
  while (j > 0 && /^[a-z-]+$/.test(a.tokens[j]!.key) && !['his', 'her'].includes(a.tokens[j]!.key) && trigger.tokenStart - j < 4) j--;
  if (!['his', 'her'].includes(a.tokens[j]?.key ?? '')) return undefined;
  let who = j - 1;
  while (who > 0 && a.tokens[who]!.key !== 'who' && j - who < 10) who--;
  if (a.tokens[who]?.key !== 'who' || a.tokens[who - 1]?.key !== ',') return undefined;
  const named = a.mentions.find((m) => m.tokenEnd === who - 1 && m.kind === 'name');
  return named?.actors[0]?.kind === 'person' ? named : undefined;
}

/** "discussed the Alaska summit with Trump", "briefed him on the talks": an event talked about, not one the subject held. */
function isTopic(a: AnalysedSentence, trigger: Trigger): boolean {
  if (!trigger.noun) return false;
  const before = a.tokens.slice(Math.max(0, trigger.tokenStart - 6), trigger.tokenStart).map((t) => t.key);
  return before.some(
    (k, n) =>
      (n >= 2 && /^(?:discuss(?:es|ed|ing)?|briefed|briefs)$/.test(k)) ||
      (n >= 2 && /^(?:about|on|regarding)$/.test(k) && /^(?:the|his|her|their|its|a|an)$/.test(before[n + 1] ?? '')) ||
      // "talks on the margins of a trilateral meeting with South Korea": the gathering, not another party.
      /^(?:sidelines|margins|fringes)$/.test(k),
  );
}

/** "Ishiba, who took office in October, …": a time inside a relative clause dates that clause only. */
function inRelativeClause(a: AnalysedSentence, at: number): boolean {
  let j = at - 1;
  while (j > 0 && a.tokens[j]!.key !== ',') j--;
  return ['who', 'which', 'whom', 'whose'].includes(a.tokens[j + 1]?.key ?? '') && a.tokens[j]?.key === ',';
}

/** "The two men last spoke in December 2022": background the next sentences do not continue. */
const isBackground = (a: AnalysedSentence, e: SentenceEvent) => ['last', 'previously', 'first'].includes(a.tokens[e.triggerStart - 1]?.key ?? '');
const participantKey = (e: SentenceEvent) => e.participants.map((p) => p.id).sort().join('+');
/** "met … on the sidelines": alongside the gathering the article is about. */
const SIDELINES = /\bon the (?:sidelines|margins|fringes)\b/i;

/** A past day the previous sentence named: "on Friday they signed… Zelensky met Scholz in Berlin". */
function recentPastDate(state: DateState, sentenceIndex: number, anchor: IsoDate): IsoDate | undefined {
  const recent = state.lastDateSentence !== undefined && sentenceIndex - state.lastDateSentence <= 1;
  return recent && state.lastDate && state.lastDate <= anchor ? state.lastDate : undefined;
}

export interface DateState {
  /** The day the text was last talking about, for "the same day". */
  lastDate?: IsoDate;
  /** The sentence that named lastDate. */
  lastDateSentence?: number;
  /** The most recent interaction that occurred, which an undated past-tense report continues. */
  lastOccurred?: IsoDate;
  /** The day of each past interaction so far, by its participants: a later undated mention continues it. */
  occurredByParticipants?: Map<string, IsoDate>;
  /** The first past interaction the article dates: what "on the sidelines" happened alongside. */
  mainOccurred?: IsoDate;
}

/**
 * Gives each event a date. A time expression belongs to the event whose stretch of the sentence
 * (from its trigger to the next event's) holds it; "Friday's summit" belongs to the noun it
 * qualifies. Events without one take a time stated earlier in the sentence, else the context.
 */
export function attachDates(
  a: AnalysedSentence,
  expressions: readonly DateExpression[],
  events: SentenceEvent[],
  anchor: IsoDate,
  state: DateState,
  published: IsoDate,
  sentenceIndex: number,
  /** Where the sentence's verb triggers stand, with or without an event: each opens its own stretch. */
  verbTriggers: ReadonlySet<number> = new Set(),
): void {
  const tokenAt = (offset: number) => a.tokens.findIndex((t) => t.end > offset);
  const owner = new Map<DateExpression, SentenceEvent | undefined>();
  const sorted = [...events].sort((x, y) => x.triggerStart - y.triggerStart);
  for (const expr of expressions) {
    const at = tokenAt(expr.start);
    const endToken = tokenAt(expr.end - 1);
    const next = sorted.find((e) => e.triggerStart > endToken);
    if ((expr.possessive || expr.leadsInto) && next && next.triggerStart - endToken <= 4) {
      owner.set(expr, next);
      continue;
    }
    const host = [...sorted].reverse().find((e) => e.triggerStart <= at);
    // "met Yoon, two months after Yoon visited Tokyo in March": another clause's time is not the host's.
    const between = host ? a.tokens.slice(host.triggerStart + 1, at) : [];
    const otherClause = between.some((t, k) => CLAUSE_OPENERS.has(t.key) || verbTriggers.has(host!.triggerStart + 1 + k));
    owner.set(expr, otherClause ? undefined : host);
  }
  // Two events in different clauses ("met Yoon, two months after Yoon visited Tokyo in March") do not share a day.
  const apart = (x: SentenceEvent, y: SentenceEvent) =>
    a.tokens
      .slice(Math.min(x.triggerStart, y.triggerStart) + 1, Math.max(x.triggerStart, y.triggerStart))
      .some((t, k, all) => CLAUSE_OPENERS.has(t.key) && !(t.key === 'which' && SAME_TIME.has(all[k - 1]?.key ?? '')));
  // "met on Thursday, a day after holding talks": an anaphoric time counts from a day the sentence already named.
  const sentenceDay = (expr: DateExpression) => {
    const named = [...expressions].reverse().find((x) => x.start < expr.start && !x.anaphoric);
    return named?.resolve(anchor, owner.get(named)?.status === 'planned' ? 'future' : 'past', state.lastDate)?.date;
  };
  const resolve = (expr: DateExpression, direction: Direction) =>
    expr.resolve(anchor, direction, (expr.leadsInto ? sentenceDay(expr) : undefined) ?? state.lastDate);
  const undated: SentenceEvent[] = [];
  for (const event of sorted) {
    const own = expressions.find((x) => owner.get(x) === event);
    const earlier = [...expressions].reverse().find((x) => owner.get(x) === undefined && !x.possessive && tokenAt(x.start) < event.triggerStart && !inRelativeClause(a, tokenAt(x.start)));
    const chosen = own ?? earlier;
    const resolved = chosen ? resolve(chosen, event.status === 'planned' ? 'future' : 'past') : undefined;
    if (!resolved) {
      undated.push(event);
      continue;
    }
    Object.assign(event, { date: resolved.date, datePrecision: resolved.precision, dateExplicit: chosen === own });
  }
  for (const event of undated) {
    // "will visit Uganda on Thursday where he will meet Museveni": the clause shares its neighbour's day.
    const neighbour = sorted.find((e) => e !== event && e.status === event.status && e.dateExplicit && !apart(e, event));
    if (neighbour) Object.assign(event, { date: neighbour.date, datePrecision: neighbour.datePrecision, dateFromContext: true });
    else if (event.perfect || event.status === 'planned' || anchor !== published) event.date = anchor;
    else {
      const continued = state.occurredByParticipants?.get(participantKey(event));
      const sidelines = SIDELINES.test(a.sentence.text) ? state.mainOccurred : undefined;
      const recent = continued || sidelines ? undefined : recentPastDate(state, sentenceIndex, anchor);
      event.date = continued ?? sidelines ?? recent ?? state.lastOccurred ?? anchor;
      // A day the previous sentence named is evidence of its own; mentions with other days are other meetings.
      if (recent) event.dateFromContext = true;
    }
  }
  for (const event of sorted) {
    if (event.status === 'occurred' && event.date! > anchor && !event.dateExplicit) event.date = anchor;
    if (event.status === 'occurred' && event.date! > anchor) event.status = 'planned';
  }
  for (const expr of expressions) {
    // A span's start ("since … took office in July") is no day the text goes on to talk about.
    if (expr.possessive || expr.leadsInto || /\bsince\b(?:\W+\w+){0,6}\W*$/i.test(a.sentence.text.slice(0, expr.start))) continue;
    const ownerEvent = owner.get(expr);
    if (ownerEvent && isBackground(a, ownerEvent)) continue;
    const future = ownerEvent ? ownerEvent.status === 'planned' : FUTURE_TENSE.test(a.sentence.text.slice(0, expr.start));
    const resolved = resolve(expr, future ? 'future' : 'past');
    if (resolved) Object.assign(state, { lastDate: resolved.date, lastDateSentence: sentenceIndex });
  }
  const occurred = sorted.filter((e) => e.status === 'occurred' && e.date && !isBackground(a, e));
  if (occurred.length) state.lastOccurred = occurred.at(-1)!.date;
  state.occurredByParticipants ??= new Map();
  for (const e of occurred) if (!state.occurredByParticipants.has(participantKey(e))) state.occurredByParticipants.set(participantKey(e), e.date!);
  state.mainOccurred ??= occurred.find((e) => e.dateExplicit)?.date;
}
