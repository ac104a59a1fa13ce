import { dayNumber, weekday } from '../model/dates.ts';
import type { ActorRef } from './context.ts';
import type { SentenceEvent } from './sentence-events.ts';

export interface ArticleEvent extends SentenceEvent {
  sentenceIndex: number;
}

function shared(a: ArticleEvent, b: ArticleEvent): number {
  const ids = new Set(a.participants.map((p) => p.id));
  return b.participants.filter((p) => ids.has(p.id)).length;
}

function sameSet(a: ArticleEvent, b: ArticleEvent): boolean {
  const n = shared(a, b);
  return n === a.participants.length || n === b.participants.length;
}

/**
 * A visit to a country says no more than the meetings held there: "visited Uganda, where he met
 * Museveni" is one meeting with Museveni. The country is dropped from a visit whose visitor meets
 * someone from that country in the same sentence or on the same day.
 */
export function dropRedundantVisits(events: ArticleEvent[]): ArticleEvent[] {
  return events.flatMap((event) => {
    if (event.mode !== 'visit') return [event];
    const kept = event.participants.filter((p) => {
      if (p.kind !== 'country') return true;
      return !events.some(
        (o) =>
          o !== event &&
          o.status === event.status &&
          // An undated visit ("his upcoming visit to Moscow") is the trip of the meeting the article dates.
          (o.sentenceIndex === event.sentenceIndex || o.date === event.date || (!event.dateExplicit && o.dateExplicit)) &&
          o.participants.some((q) => q.kind !== 'country' && event.participants.includes(q)) &&
          o.participants.some((q) => q !== p && q.kind !== 'country' && q.country === p.country && !event.participants.includes(q)),
      );
    });
    return kept.length >= 2 ? [{ ...event, participants: kept }] : [];
  });
}

/**
 * A country beside someone who speaks for it adds nothing: "talks between Moscow and Kyiv" when the
 * sentence names the ministers who held them, "mediated by Angola" when Angola's president is there.
 * An interaction among countries only is dropped when another of the same sentence has someone from
 * each of them; a country is dropped from an interaction where one of its people takes part.
 */
export function dropRepresentedCountries(events: ArticleEvent[]): ArticleEvent[] {
  const represented = (country: ActorRef, among: ActorRef[]) => among.some((q) => q.kind !== 'country' && q.country === country.country);
  return events.flatMap((event) => {
    if (event.participants.every((p) => p.kind === 'country')) {
      const namedElsewhere = events.some(
        (o) => o !== event && o.sentenceIndex === event.sentenceIndex && o.type === event.type && event.participants.every((c) => represented(c, o.participants)),
      );
      return namedElsewhere ? [] : [event];
    }
    const kept = event.participants.filter((p) => p.kind !== 'country' || !represented(p, event.participants));
    return kept.length >= 2 ? [{ ...event, participants: kept }] : [];
  });
}

/** A week or month that holds the other mention's day. */
function covers(coarse: ArticleEvent, fine: ArticleEvent): boolean {
  if (fine.datePrecision !== 'day' || coarse.datePrecision === 'day' || !coarse.date || !fine.date) return false;
  if (coarse.datePrecision === 'month') return coarse.date.slice(0, 7) === fine.date.slice(0, 7);
  const monday = dayNumber(coarse.date) - ((weekday(coarse.date) + 6) % 7);
  return dayNumber(fine.date) >= monday && dayNumber(fine.date) < monday + 7;
}

/** A day taken from the sentence before is evidence too: a mention far from it is another interaction ("last met in October"). */
function contextApart(a: ArticleEvent, b: ArticleEvent): boolean {
  if (!a.dateFromContext && !b.dateFromContext) return false;
  return Math.abs(dayNumber(a.date!) - dayNumber(b.date!)) > 3;
}

/**
 * One interaction mentioned twice in an article is one event: same type and status, at least two
 * participants in common, and either the same day or a mention without a date of its own or of
 * the sentence before it (which then takes the other's date). The earliest mention stays the evidence unless
 * a later one states the date, or gives one where the earliest had none.
 */
export function mergeArticleEvents(events: ArticleEvent[]): ArticleEvent[] {
  const out: ArticleEvent[] = [];
  for (const event of events) {
    const target = out.find(
      (o) =>
        o.type === event.type &&
        o.status === event.status &&
        shared(o, event) >= 2 &&
        // "held separate bilateral summits with Biden and Kishida" after their trilateral: other meetings.
        (!(o.distinct || event.distinct) || (o.participants.length === event.participants.length && sameSet(o, event))) &&
        (o.date === event.date ||
          covers(o, event) ||
          covers(event, o) ||
          (!(o.dateExplicit && event.dateExplicit) && !contextApart(o, event) && (sameSet(o, event) || !event.dateExplicit))),
    );
    if (!target) {
      out.push({ ...event, participants: [...event.participants], mentions: [...event.mentions] });
      continue;
    }
    const ids = new Set(target.participants.map((p) => p.id));
    for (const p of event.participants) if (!ids.has(p.id)) target.participants.push(p);
    if (covers(target, event)) {
      // "met in Alaska last week … met in Anchorage on Friday": the day is the better date.
      Object.assign(target, {
        date: event.date, datePrecision: event.datePrecision, dateExplicit: event.dateExplicit, dateStated: event.dateStated,
        sentenceIndex: event.sentenceIndex, mentions: event.mentions,
      });
    } else if ((event.dateExplicit && !target.dateExplicit) || (event.dateStated && !target.dateStated)) {
      // A headline in the present tense states no day; the body's "said on Sunday that they spoke" does.
      Object.assign(target, { date: event.date, datePrecision: event.datePrecision, dateExplicit: event.dateExplicit, dateStated: true });
      // The mention that states the date is the better evidence.
      // "Lula meets Macron and Starmer" over "Lula met Macron on Thursday": a headline's list may join separate meetings.
      if (target.sentenceIndex === 0 && shared(target, event) === event.participants.length) target.participants = [...event.participants];
      Object.assign(target, { sentenceIndex: event.sentenceIndex, mentions: event.mentions, mode: event.mode ?? target.mode });
    }
  }
  return out;
}
