import type { EventStatus } from '../model/types.ts';
import type { Token } from './tokens.ts';

/** Occurred, planned, or not an event at all (proposed, hypothetical, denied, called off). */
export type Modality = EventStatus | 'not-an-event';

/** One regular expression for a list of phrases, matched on whole words of a space-joined window. */
function phrases(list: string[]): RegExp {
  const escaped = list.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?:^| )(?:${escaped.join('|')})(?= |$)`);
}

const PLANNED = phrases([
  'will', "'ll", 'shall', 'would', 'is to', 'are to', 'was to', 'were to', 'due to', 'set to', 'expected to', 'scheduled to',
  'plans to', 'planned to', 'planning to', 'plan to', 'expects to', 'expected', 'expect to', 'aims to', 'intended to', 'intends to', 'intend to', 'going to',
  'upcoming', 'forthcoming', 'planned', 'next', 'to travel', 'to visit',
]);
const NOT_AN_EVENT = phrases([
  'not', "n't", 'never', 'no', 'refused', 'refuses', 'declined', 'declines', 'cancelled', 'canceled', 'postponed',
  'called off', 'could', 'might', 'may', 'hopes', 'hope', 'hoping', 'hoped', 'wants', 'want', 'wanted', 'would like',
  'suggested', 'suggests', 'proposed', 'proposes', 'propose', 'offered', 'offers', 'ready to', 'willing to', 'if', 'unless',
  'whether', 'ruled out', 'unlikely', 'urged', 'urges', 'calls for', 'called for', 'sought', 'seek', 'seeks', 'seeking', 'asked for',
  'possible', 'potential', 'rejected', 'rejects', 'without', 'instead of', 'request', 'requested', 'demanded', 'threatened',
  'should', 'must', 'failed to', 'invited', 'invites', 'inviting', 'invitation', 'expressed hope', 'avoid', 'avoided', 'snubbed', 'shunned', 'boycotted', 'skipped', 'skip',
  'calls off', 'call off', 'calling off', 'cancels', 'cancel', 'cancelling', 'canceling', 'scrapped', 'scraps', 'postpones', 'postpone',
  'no plans', 'no plan',
]);
/** "denied a report that X spoke with Y": a denial reaches across "that". */
const DENIED = phrases(['denied', 'denies', 'deny', 'denying', 'dismissed reports', 'rejected reports', 'refuted']);
/** "agreed to talk again": an agreement plans the interaction it governs, not one further along. */
const AGREED = /(?:^| )agree(?:d|s)? to(?: [a-z]+){0,2}$/;
/** "instructed Barnea to travel to Doha": an order plans the trip it governs, not every verb of its clause. */
const ORDERED = /(?:^| )(?:instructed|ordered|dispatched|tasked|directed)(?: \S+){1,4} to$/;
/** "would at some point visit Italy": a plan without a time is a wish. */
const VAGUE_PLAN = phrases(['at some point', 'some day', 'someday']);
const PLANNED_AFTER = phrases(['is scheduled', 'is planned', 'is expected', 'is due', 'will take place', 'will be held', 'are scheduled', 'are expected', 'is set', 'is likely', 'are likely']);
/** "have met more than 40 times", "meet regularly": a habit, not one interaction. */
const HABITUAL_AFTER = phrases(['times', 'regularly', 'repeatedly', 'frequently', 'often', 'every year', 'annually']);
const CALLED_OFF_AFTER = phrases([
  'was cancelled', 'was canceled', 'was postponed', 'been cancelled', 'been postponed', 'called off', 'did not take place', 'was scrapped', 'fell through',
  'had not taken place', 'has not taken place', 'have not taken place', 'never took place', 'did not happen', 'never happened',
  'but postponed', 'but cancelled', 'but canceled', 'but called off', 'but was cancelled', 'but was postponed', 'but scrapped',
]);

/**
 * Reads the words that govern a trigger: from the clause's start (at most a dozen words back, not
 * across a semicolon) to the trigger, plus a few words after it for "was cancelled".
 */
export function modalityOf(
  tokens: Token[],
  triggerStart: number,
  triggerEnd: number,
  ignored: (i: number) => boolean,
  subjectStart = triggerStart,
): Modality {
  // Boundaries are looked for before the subject, so "he and Trump" does not cut off "suggested".
  // "will travel … after speaking to Trump": a participle after "after" keeps its own, past, time.
  const participle = PARTICIPLE_OPENERS.has(tokens[triggerStart - 1]?.key ?? '') && /ing$/.test(tokens[triggerStart]?.key ?? '');
  // "will address a forum before holding talks with Gachagua": what follows "before" shares the main clause's time.
  const gerund = /ing$/.test(tokens[triggerStart]?.key ?? '') ? triggerStart : /ing$/.test(tokens[triggerStart - 1]?.key ?? '') ? triggerStart - 1 : -1;
  const afterMainClause = gerund > 0 && tokens[gerund - 1]?.key === 'before';
  const from = afterMainClause ? gerund - 1 : participle ? triggerStart : Math.min(subjectStart, triggerStart);
  // A main clause may be long ("will continue to Egypt to meet President Abdel Fattah al-Sisi, before travelling…").
  const clauseStart = boundaryBefore(tokens, from, Math.max(0, from - (afterMainClause ? 24 : 12)), STRONG_BOUNDARIES);
  const phraseStart = boundaryBefore(tokens, from, clauseStart, SOFT_BOUNDARIES);
  const words = (from: number, to: number) => tokens.slice(from, to).map((t, k) => (ignored(from + k) ? '_' : t.key)).join(' ');
  const clause = words(clauseStart, triggerStart);
  const phrase = words(phraseStart, triggerStart);
  const after = words(triggerEnd, triggerEnd + 14);
  // "have spoken several times, most recently on Sunday": the last of them is one interaction.
  const habitual = HABITUAL_AFTER.test(words(triggerEnd, triggerEnd + 6)) && !/(?:^| )most recently(?= |$)/.test(after);
  if (CALLED_OFF_AFTER.test(after) || habitual) return 'not-an-event';
  if (NOT_AN_EVENT.test(phrase) || /n't(?= |$)/.test(phrase) || DENIED.test(clause)) return 'not-an-event';
  // Headlines: "Putin to visit India", "Modi, Biden to meet" — names, then "to", then the trigger.
  const headlineInfinitive =
    subjectStart === 0 &&
    tokens[triggerStart - 1]?.key === 'to' &&
    tokens.slice(0, triggerStart - 1).every((t, i) => ignored(i) || t.key === ',' || t.key === 'and');
  // "hosted Macron last week, and is expected to travel…": the plan after a comma is another clause's.
  // "…for talks that are likely to ease tensions": a relative clause after the trigger is about something else.
  const ownAfter = after.split(/ (?:[,;]|that|which|who) /)[0]!;
  const governing = words(clauseStart, triggerStart);
  const planned = PLANNED.test(clause) || AGREED.test(governing) || ORDERED.test(governing) || /'ll(?= |$)/.test(clause) || PLANNED_AFTER.test(ownAfter);
  if (planned && VAGUE_PLAN.test(clause)) return 'not-an-event';
  // "Zelensky meets Biden, to meet Trump on Friday": a headline's second, infinitive, clause is a plan.
  const appendedInfinitive = tokens[triggerStart - 1]?.key === 'to' && tokens[triggerStart - 2]?.key === ',';
  if (headlineInfinitive || appendedInfinitive || planned) return 'planned';
  return 'occurred';
}

const PARTICIPLE_OPENERS = new Set(['after', 'since', 'following']);
/** Words that open a new clause: what stands before them does not govern the trigger. */
const STRONG_BOUNDARIES = new Set([';', ':', '—', 'after', 'before', 'when', 'while', 'since', 'because', 'following', 'who', 'which', 'where', 'as']);
/** Within a clause, negation and hedges reach only the nearest phrase. */
const SOFT_BOUNDARIES = new Set([...STRONG_BOUNDARIES, ',', 'and', 'but', 'that']);

function boundaryBefore(tokens: Token[], triggerStart: number, limit: number, boundaries: Set<string>): number {
  for (let i = triggerStart - 1; i >= limit; i--) {
    if (boundaries.has(tokens[i]!.key)) return i + 1;
  }
  return limit;
}
