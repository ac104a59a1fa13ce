import type { DatePrecision, EventStatus, EventType, IsoDate } from '../model/types.ts';
import type { ActorRef, ArticleContext } from './context.ts';
import type { AnalysedSentence, Mention } from './mentions.ts';
import { holdsTitle, resolveRole } from './roles.ts';
import { actorsOf, type Antecedents, findParticipation, sentenceSubject, sentenceSubjects } from './participants.ts';
import { modalityOf } from './status.ts';
import type { DateExpression } from './temporal.ts';
import type { Trigger } from './triggers.ts';

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
  /** A time in the interaction's own sentence gave the date: next to it, earlier on ("said on Sunday that he had spoken…"), or through a neighbouring interaction. */
  dateStated?: boolean;
  /** The date is the day the previous sentence named. */
  dateFromContext?: boolean;
  /** Present perfect ("has spoken"): reported as just happened. */
  perfect: boolean;
  /** One of "separate" meetings: not the same interaction as a larger one with the same people. */
  distinct?: boolean;
  triggerStart: number;
}

const PERFECT = new Set(['has', 'have']);
const SUBORDINATORS = new Set(['as', 'after', 'before', 'when', 'while', 'who', 'which', 'because', 'since', 'where', 'that', 'said', ';']);
const JOINED = /\bjoin(?:ed|s)? (?:the|that|this)$/;
/** Words that make a joint subject the parties of a noun trigger: "held talks", "during talks". */
const JOINT_EVENT_WORDS = new Set(['held', 'hold', 'holds', 'had', 'began', 'begin', 'concluded', 'ended', 'wrapped', 'during', 'after', 'following', 'in']);

function isPerfect(a: AnalysedSentence, trigger: Trigger): boolean {
  const keys = a.tokens.slice(Math.max(0, trigger.tokenStart - 4), trigger.tokenStart).map((t) => t.key);
  return keys.some((k) => PERFECT.has(k)) && !keys.includes('will');
}

/** Words that name a meeting's format: "a trilateral summit", "bilateral talks". */
const FORMATS = new Set(['bilateral', 'trilateral', 'three-way', 'quadrilateral', 'multilateral']);

function unique(refs: ActorRef[]): ActorRef[] {
  return [...new Map(refs.map((r) => [r.id, r])).values()];
}

/** Finds the interactions of one sentence and who took part; dates are attached by attachDates. */
export function eventsOfSentence(
  ctx: ArticleContext,
  a: AnalysedSentence,
  antecedents: Antecedents,
  times: readonly DateExpression[],
  triggers: readonly Trigger[],
): SentenceEvent[] {
  const events: SentenceEvent[] = [];
  // "Wang Yi meets Rubio?": a question reports nothing.
  if (a.sentence.text.trimEnd().endsWith('?')) return events;
  // Words inside names and times ("Theresa May", "May 13") say nothing about modality.
  const quoted = (i: number) =>
    a.mentions.some((m) => m.kind === 'name' && m.tokenStart <= i && i < m.tokenEnd) ||
    times.some((x) => x.start <= a.tokens[i]!.start && a.tokens[i]!.end <= x.end);
  const earlierObjects: Mention[] = [];
  // Who the sentence's last trip had, when its verb had a subject: "Barrot will travel to Algiers to meet Tebboune".
  let travellers: ActorRef[] = [];
  // "Modi dialled Trump, and the two leaders spoke": a pair this sentence formed comes before earlier ones.
  const pairs: Antecedents = { ...antecedents, groups: [...(antecedents.groups ?? [])] };
  const parts = triggers.map((t) => findParticipation(a, t));
  // Whom any trigger takes as its object is nobody's fallback subject.
  const allObjects = parts.flatMap((p) => p.objects);
  for (const [n, trigger] of triggers.entries()) {
    const part = parts[n]!;
    // "X calls on A, holds talks with B": whom an earlier verb took as its object is not this one's subject.
    if (part.subjects.length > 0 && part.subjects.every((m) => earlierObjects.includes(m))) part.subjects = [];
    earlierObjects.push(...part.objects);
    if (part.unnamedObject) continue;
    let modality = modalityOf(a.tokens, trigger.tokenStart, trigger.tokenEnd, quoted, part.subjects[0]?.tokenStart);
    if (modality === 'not-an-event') continue;
    // "plan to travel to Kyiv together with Starmer on Saturday to meet Zelensky": the purpose of a planned trip is planned.
    const trip = events.at(-1);
    const purpose = a.tokens[trigger.tokenStart - 1]?.key === 'to' && trip?.status === 'planned' && !a.tokens.slice(trip.triggerStart, trigger.tokenStart).some((t) => t.key === ';');
    if (purpose) modality = 'planned';
    let subjects = part.subjects;
    const owner = trigger.noun ? possessiveOwner(a, trigger) : undefined;
    const relative = subjects.length === 0 ? relativeSubjects(a, trigger, allObjects) : [];
    if (owner) subjects = [owner];
    else if (relative.length) subjects = relative;
    else if (subjects.length === 0 && part.objects.length > 0 && !part.allParties) {
      const main = sentenceSubject(a, allObjects, pairs);
      // "William Burns and David Barnea, were in Doha for talks with…": the whole subject list.
      const sameClause = main && !a.tokens.slice(main.tokenEnd, trigger.tokenStart).some((t) => SUBORDINATORS.has(t.key));
      const listed = main && sameClause && main.tokenStart < trigger.tokenStart ? sentenceSubjects(a, allObjects, pairs).filter((m) => m.tokenStart < trigger.tokenStart) : [];
      if (main && (main.tokenStart < trigger.tokenStart || trigger.noun) && !isTopic(a, trigger)) subjects = listed.length > 1 ? listed : [main];
    } else if (subjects.length === 0 && trigger.noun) {
      // "Putin and Xi signed a statement during talks in Moscow": the joint subject held the talks.
      // Only when the words between make them its parties, not fellow delegates ("will attend the talks").
      const joint = sentenceSubjects(a, [], pairs);
      const between = a.tokens.slice(joint.at(-1)?.tokenEnd ?? 0, trigger.tokenStart).map((t) => t.key);
      if (joint.length >= 2 && joint[0]!.tokenStart < trigger.tokenStart && between.some((k) => JOINT_EVENT_WORDS.has(k))) subjects = joint;
    }
    let subjectActors = actorsOf(ctx, a, subjects, pairs, undefined);
    // "…, and Barrot will travel to Algiers to meet Tebboune": the purpose of a trip has the traveller as subject.
    const purposeOfTrip = a.tokens[trigger.tokenStart - 1]?.key === 'to' && part.subjects.length === 0 && !owner && relative.length === 0;
    if (purposeOfTrip && travellers.length) subjectActors = travellers;
    else if (trigger.mode === 'visit' && part.subjects.length) travellers = subjectActors;
    const objectActors = actorsOf(ctx, a, part.objects, pairs, subjectActors[0]);
    // "Tinubu met Macron. The President also met Ruto": a bare title as subject continues the last
    // sentence's subject when that person holds it; "The President last met Museveni": it is never
    // the person it meets, but the holder the article named before.
    const titled = subjects.length === 1 ? subjects[0]!.role : undefined;
    const previous = antecedents.previousSubject;
    const unscoped = titled && !titled.scope.country && !titled.scope.organisation;
    const other =
      unscoped && previous && !objectActors.some((o) => o.id === previous.id) && holdsTitle(ctx, previous, titled.spec)
        ? previous
        : titled && subjectActors.length === 1 && objectActors.some((o) => o.id === subjectActors[0]!.id)
          ? resolveRole(ctx, titled.spec, titled.scope, undefined, new Set(objectActors.map((o) => o.id)))
          : undefined;
    if (other) {
      subjectActors = [other];
      subjects = [{ ...subjects[0]!, actors: [other] }];
    }
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
    // Without a subject, separate visits or meetings are nobody's: "makes introductory visit to Brunei, Malaysia" is no Brunei–Malaysia meeting.
    if (separate && subjectActors.length === 0) continue;
    const groups = separate ? objectActors.map((o) => [...subjectActors, o]) : [[...subjectActors, ...objectActors]];
    for (const group of groups) {
      // "Elon Musk also joined the call": one more participant in the interaction just reported.
      const joined = group.length === 1 && JOINED.test(a.tokens.slice(Math.max(0, trigger.tokenStart - 4), trigger.tokenStart).map((t) => t.key).join(' '));
      const participants = unique(joined ? [...(antecedents.latestOfType?.[trigger.type] ?? []), ...group] : group);
      if (participants.length < 2) continue;
      const mentions = [...subjects, ...part.objects].filter((m) => m.actors.some((r) => participants.includes(r)) || m.kind !== 'name');
      // "a trilateral summit" after "his first summit with Ishiba": a format of its own, not the same meeting told twice.
      const format = FORMATS.has(a.tokens[trigger.tokenStart - 1]?.key ?? '') || FORMATS.has(a.tokens[trigger.tokenStart - 2]?.key ?? '');
      events.push({ ...base, participants, mentions, ...((part.separate && groups.length > 1) || format ? { distinct: true } : {}) });
      if (participants.length <= 3 && participants.every((x) => x.kind === 'person')) pairs.groups!.unshift(participants);
    }
  }
  return events;
}

/** "…Putin, who briefed him on his meeting with Trump": "his" in a relative clause is the person the clause is about. */
function possessiveOwner(a: AnalysedSentence, trigger: Trigger): Mention | undefined {
  let j = trigger.tokenStart - 1;
  while (j > 0 && /^[a-z-]+$/.test(a.tokens[j]!.text) && !['his', 'her'].includes(a.tokens[j]!.key) && trigger.tokenStart - j < 4) j--;
  if (!['his', 'her'].includes(a.tokens[j]?.key ?? '')) return undefined;
  let who = j - 1;
  while (who > 0 && a.tokens[who]!.key !== 'who' && j - who < 10) who--;
  if (a.tokens[who]?.key !== 'who' || a.tokens[who - 1]?.key !== ',') return undefined;
  const named = a.mentions.find((m) => m.tokenEnd === who - 1 && m.kind === 'name');
  return named?.actors[0]?.kind === 'person' ? named : undefined;
}

/**
 * "the coalition of the willing, whose members held a call with…", "Erdogan, who met Putin…": the
 * clause's antecedent; "Wagner and Nduhungirehe, who held talks…": the whole list it ends.
 */
function relativeSubjects(a: AnalysedSentence, trigger: Trigger, objects: readonly Mention[]): Mention[] {
  for (let j = trigger.tokenStart - 1; j > 0 && trigger.tokenStart - j <= 6; j--) {
    const key = a.tokens[j]!.key;
    if (key !== 'who' && key !== 'whose') continue;
    const antecedent = a.mentions.find((m) => m.tokenEnd === j - 1 && (m.kind === 'name' || m.pronoun === 'the two') && a.tokens[j - 1]?.key === ',');
    if (!antecedent || antecedent.possessive) return [];
    if (key === 'whose') return [antecedent];
    const listed = [antecedent];
    for (;;) {
      const first = listed[0]!;
      const joined = (m: Mention) => /^(?:and|, and|,)$/.test(a.tokens.slice(m.tokenEnd, first.tokenStart).map((t) => t.key).join(' '));
      // Only names of one kind ("the ministers of Congo and Rwanda, Wagner and Nduhungirehe, who…" lists
      // people), and an earlier verb's object only within that verb's list ("spoke with Xi, and Blinken, who…").
      const before = a.mentions.find(
        (m) =>
          m.kind === 'name' && m.tokenEnd < first.tokenStart && joined(m) && m.actors[0]?.kind === first.actors[0]?.kind &&
          (!objects.includes(m) || objects.includes(first)),
      );
      if (!before) return listed;
      listed.unshift(before);
    }
  }
  return [];
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
