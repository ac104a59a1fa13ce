/** Dates for the events of a sentence: which time belongs to which event, and what undated events inherit. */
import type { IsoDate } from '../model/types.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import type { AnalysedSentence } from './mentions.ts';
import type { SentenceEvent } from './sentence-events.ts';
import type { DateExpression, Direction } from './temporal.ts';

/** "and" before one of these starts a clause with a verb of its own. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had']);
/** Words that open a clause of its own, whose times belong to what that clause reports. */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'which', 'who', 'whom', 'following', 'until']);
/** "a state visit from April 5 to 7, during which he held talks": the clause shares the visit's time. */
const SAME_TIME = new Set(['during', 'at', 'in', 'on']);
/** A sentence about the future, for a day it names that no interaction claims ("…will hold a summit on Thursday"). */
const FUTURE_TENSE = /\b(?:will|shall|is to|are to|due to|set to|expected to|scheduled|plans? to)\b|'ll\b/i;

/** "Ishiba, who took office in October, …": a time inside a relative clause dates that clause only. */
function inRelativeClause(a: AnalysedSentence, at: number): boolean {
  let j = at - 1;
  while (j > 0 && a.tokens[j]!.key !== ',') j--;
  return ['who', 'which', 'whom', 'whose'].includes(a.tokens[j + 1]?.key ?? '') && a.tokens[j]?.key === ',';
}

/**
 * "The two men last spoke in December 2022": background the next sentences do not continue; "held
 * his first summit with Ishiba on Friday" is the news itself.
 */
const isBackground = (a: AnalysedSentence, e: SentenceEvent) =>
  ['last', 'previously', 'first'].includes(a.tokens[e.triggerStart - 1]?.key ?? '') && !DETERMINERS.has(a.tokens[e.triggerStart - 2]?.key ?? '');
const DETERMINERS = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an']);
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
  /** The last day ahead the text named, and where: what an undated plan in the next sentence takes. */
  upcoming?: IsoDate;
  upcomingSentence?: number;
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
  verbTriggers: ReadonlySet<number>,
): void {
  const tokenAt = (offset: number) => a.tokens.findIndex((t) => t.end > offset);
  // A day the sentence's own events stand on: not "Friday's summit", not the start of a span ("since
  // … took office in July"), not a day inside a "who …" clause about something else.
  const onMainLine = (x: DateExpression) =>
    !x.possessive && !/\bsince\b(?:\W+\w+){0,6}\W*$/i.test(a.sentence.text.slice(0, x.start)) && !inRelativeClause(a, tokenAt(x.start)) && !namesAThing(x);
  // "discussed the July 28 presidential election": a date that qualifies a noun dates that thing, not the talk.
  const namesAThing = (x: DateExpression) => /\bthe\s+$/i.test(a.sentence.text.slice(0, x.start)) && /^\s+[a-z]/.test(a.sentence.text.slice(x.end));
  const owner = new Map<DateExpression, SentenceEvent | undefined>();
  const sorted = [...events].sort((x, y) => x.triggerStart - y.triggerStart);
  for (const expr of expressions) {
    if (namesAThing(expr)) continue;
    const at = tokenAt(expr.start);
    const endToken = tokenAt(expr.end - 1);
    const next = sorted.find((e) => e.triggerStart > endToken);
    // "…; a day later he met Xi", "…, and on Tuesday he held talks with Wang": a time that opens a clause dates what follows.
    const lead = ['on', 'in', 'at'].includes(a.tokens[at - 1]?.key ?? '') ? at - 1 : at;
    const opensClause = a.tokens[lead - 1]?.key === ';' || a.tokens[lead - 1]?.key === 'and';
    if ((expr.possessive || expr.leadsInto || opensClause) && next && next.triggerStart - endToken <= 4) {
      owner.set(expr, next);
      continue;
    }
    const host = [...sorted].reverse().find((e) => e.triggerStart <= at);
    // "met Yoon, two months after Yoon visited Tokyo in March": another clause's time is not the host's.
    const between = host ? a.tokens.slice(host.triggerStart + 1, at) : [];
    // "…will meet Meloni and is expected to see the Pope on Sunday": "and" with a verb of its own opens a
    // clause too; "will travel from May 20, the White House announced Thursday": so does a report.
    const otherClause = between.some(
      (t, k) =>
        CLAUSE_OPENERS.has(t.key) || REPORTING_VERBS.has(t.key) || verbTriggers.has(host!.triggerStart + 1 + k) || (t.key === 'and' && AUXILIARIES.has(between[k + 1]?.key ?? '')),
    );
    owner.set(expr, otherClause ? undefined : host);
  }
  // Two events in different clauses ("met Yoon, two months after Yoon visited Tokyo in March") do not share a day.
  const apart = (x: SentenceEvent, y: SentenceEvent) =>
    a.tokens
      .slice(Math.min(x.triggerStart, y.triggerStart) + 1, Math.max(x.triggerStart, y.triggerStart))
      .some((t, k, all) => CLAUSE_OPENERS.has(t.key) && !(t.key === 'which' && SAME_TIME.has(all[k - 1]?.key ?? '')));
  // "met on Thursday, a day after holding talks", "arrived on Tuesday and met Xi the next day": an
  // anaphoric time counts from a day the sentence already named, else from the text's last one.
  const sentenceDay = (expr: DateExpression) => {
    const named = [...expressions].reverse().find((x) => x.start < expr.start && !x.anaphoric && onMainLine(x));
    const resolved = named?.resolve(anchor, owner.get(named)?.status === 'planned' ? 'future' : 'past', state.lastDate);
    return resolved?.precision === 'day' ? resolved.date : undefined;
  };
  const resolve = (expr: DateExpression, direction: Direction) =>
    expr.resolve(anchor, direction, (expr.anaphoric ? sentenceDay(expr) : undefined) ?? state.lastDate);
  const undated: SentenceEvent[] = [];
  for (const event of sorted) {
    const own = expressions.find((x) => owner.get(x) === event && !x.vague) ?? expressions.find((x) => owner.get(x) === event);
    // The nearest time before the trigger, unless another event's own time stands between ("July 5 … days after
    // visiting Kyiv where he met Zelensky": the visit's time shadows the dateline's).
    const before = [...expressions].reverse().filter((x) => tokenAt(x.start) < event.triggerStart && onMainLine(x));
    const shadow = before.findIndex((x) => owner.get(x) !== undefined && owner.get(x) !== event);
    const earlier = (shadow < 0 ? before : before.slice(0, shadow)).find((x) => owner.get(x) === undefined);
    const chosen = own ?? earlier;
    const resolved = chosen ? resolve(chosen, event.status === 'planned' ? 'future' : 'past') : undefined;
    if (!resolved) {
      undated.push(event);
      continue;
    }
    Object.assign(event, { date: resolved.date, datePrecision: resolved.precision, dateExplicit: chosen === own, dateStated: true });
  }
  for (const event of undated) {
    // "will visit Uganda on Thursday where he will meet Museveni": the clause shares its neighbour's day.
    const neighbour = sorted.find((e) => e !== event && e.status === event.status && e.dateExplicit && !apart(e, event));
    if (neighbour) Object.assign(event, { date: neighbour.date, datePrecision: neighbour.datePrecision, dateFromContext: true, dateStated: true });
    else if (event.status === 'planned') {
      // "Biden will travel to Asia from May 20 to 24 … Biden will meet Yoon in Seoul": the trip's days.
      const upcoming = state.upcomingSentence !== undefined && sentenceIndex - state.upcomingSentence <= 1 ? state.upcoming : undefined;
      event.date = upcoming ?? anchor;
      if (upcoming) event.dateFromContext = true;
    } else if (event.perfect || anchor !== published) event.date = anchor;
    else {
      const continued = state.occurredByParticipants?.get(participantKey(event));
      const sidelines = SIDELINES.test(a.sentence.text) ? state.mainOccurred : undefined;
      const recent = continued || sidelines ? undefined : recentPastDate(state, sentenceIndex, anchor);
      // With no past interaction dated yet, the last past day the story named ("met in Abuja on Sunday") beats the publication day.
      const namedDay = state.lastDate && state.lastDate <= anchor ? state.lastDate : undefined;
      event.date = continued ?? sidelines ?? recent ?? state.lastOccurred ?? namedDay ?? anchor;
      // A day the previous sentence named is evidence of its own; mentions with other days are other meetings.
      if (recent) event.dateFromContext = true;
    }
  }
  for (const event of sorted) {
    if (event.status === 'occurred' && event.date! > anchor && !event.dateExplicit) event.date = anchor;
    if (event.status === 'occurred' && event.date! > anchor) event.status = 'planned';
  }
  for (const expr of expressions) {
    // "informed him about the events of June 24": a day the story talks about, not one it tells.
    const lead = a.sentence.text.slice(Math.max(0, expr.start - 24), expr.start);
    const topic = /\bof\s+$/i.test(lead) && !/\b(?:morning|afternoon|evening|night|eve|day|end|start|beginning|middle)\s+of\s+$/i.test(lead);
    if (expr.leadsInto || topic || !onMainLine(expr)) continue;
    const ownerEvent = owner.get(expr);
    if (ownerEvent && isBackground(a, ownerEvent)) continue;
    const future = ownerEvent ? ownerEvent.status === 'planned' : FUTURE_TENSE.test(a.sentence.text.slice(0, expr.start));
    const resolved = resolve(expr, future ? 'future' : 'past');
    if (resolved) Object.assign(state, { lastDate: resolved.date, lastDateSentence: sentenceIndex });
  }
  const plan = sorted.find((e) => e.status === 'planned' && (e.dateExplicit || e.dateFromContext) && e.date! > anchor);
  if (plan) Object.assign(state, { upcoming: plan.date, upcomingSentence: sentenceIndex });
  const occurred = sorted.filter((e) => e.status === 'occurred' && e.date && !isBackground(a, e));
  if (occurred.length) state.lastOccurred = occurred.at(-1)!.date;
  state.occurredByParticipants ??= new Map();
  for (const e of occurred) if (!state.occurredByParticipants.has(participantKey(e))) state.occurredByParticipants.set(participantKey(e), e.date!);
  state.mainOccurred ??= occurred.find((e) => e.dateExplicit)?.date;
}
