import type { EventType } from '../model/types.ts';
import { NOT_NAMES, PERSON_TITLE_WORDS } from './lexicon.ts';
import { matchTitle } from './name-index.ts';
import type { Token } from './tokens.ts';

/** How a trigger finds its other participants. */
export type ObjectSlot =
  /** "spoke to/with X", "a call with X" */
  | 'preposition'
  /** "met X", "hosted X", "phoned X"; "with X" is accepted too */
  | 'direct';

export interface Trigger {
  tokenStart: number;
  tokenEnd: number;
  type: EventType;
  mode?: string;
  slot: ObjectSlot;
  /** A noun ("talks", "a call"): its subject may be a possessor or the clause's subject. */
  noun: boolean;
  /** "spoke/talked": a call unless the sentence places the two in one room. */
  speech?: boolean;
}

interface TriggerWord {
  type: EventType;
  mode?: string;
  slot: ObjectSlot;
  noun: boolean;
  speech?: boolean;
}

const w = (type: EventType, slot: ObjectSlot, noun: boolean, mode?: string, speech?: boolean): TriggerWord => ({
  type, slot, noun, ...(mode ? { mode } : {}), ...(speech ? { speech } : {}),
});

const WORDS: Record<string, TriggerWord> = {};
const add = (words: string, word: TriggerWord) => words.split(' ').forEach((k) => (WORDS[k] = word));

/** Whether a word can name an interaction ("Receives", "Call", "Talks"): never part of a person's name. */
export function isTriggerWord(key: string): boolean {
  return Object.hasOwn(WORDS, key);
}
add('spoke speak speaks speaking spoken talked talking', w('call', 'preposition', false, undefined, true));
add('talk', w('call', 'preposition', false, undefined, true));
add('phoned phone phones phoning telephoned telephones telephoning rang dialled dialed', w('call', 'direct', false, 'phone call'));
add('call calls', w('call', 'preposition', true));
add('conversation conversations', w('call', 'preposition', true, undefined, true));
add('phonecall videoconference teleconference', w('call', 'preposition', true, 'video call'));
add('met meet meets', w('meeting', 'direct', false));
add('meeting meetings encounter encounters', w('meeting', 'preposition', true));
add('talks discussions negotiations consultations consultation dialogue', w('meeting', 'preposition', true, 'talks'));
add('discussed discuss discusses negotiated negotiating conferred confer', w('meeting', 'preposition', false, 'talks'));
add('summit summits', w('meeting', 'preposition', true, 'summit'));
add('lunch luncheon dinner breakfast retreat', w('meeting', 'preposition', true));
add('dined dine dines dining', w('meeting', 'preposition', false));
add('hosted host hosts hosting received receives receive receiving welcomed welcomes welcome welcoming', w('meeting', 'direct', false, 'visit'));
add('visited visit visits visiting', w('meeting', 'direct', false, 'visit'));
/** Words of travel: "with" after them names a companion, not someone met. */
export const TRAVEL_WORDS = new Set(['travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling', 'trip']);
add([...TRAVEL_WORDS].join(' '), w('meeting', 'preposition', false, 'visit'));

/** Words after which "visiting" describes someone: "the visiting president", "met visiting Premier Li". */
const ATTRIBUTIVE_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'with', 'met', 'meets', 'hosted', 'hosts', 'received', 'receives', 'welcomed', 'welcomes']);
const SIT = new Set(['sat', 'sit', 'sits', 'sitting']);
const SPENT = new Set(['spent', 'spend', 'spends', 'spending']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'year\'s']);
const TREATY_WORDS = new Set(['agreement', 'deal', 'treaty', 'pact', 'accord']);

/** "start negotiations on a free trade agreement": negotiations begun over a treaty. */
function treatyTalks(tokens: Token[], i: number): boolean {
  const begun = tokens.slice(Math.max(0, i - 3), i).some((t) => ['start', 'begin', 'launch', 'open', 'starting', 'launched', 'began'].includes(t.key));
  const about = ['on', 'for', 'over', 'toward', 'towards'].includes(tokens[i + 1]?.key ?? '');
  return begun && about && tokens.slice(i + 2, i + 8).some((t) => TREATY_WORDS.has(t.key));
}

/** Where "with" follows "spent <a time, a place>" within a few words, before a capitalised name or title; else -1. */
function spentWith(tokens: Token[], i: number): number {
  for (let k = i + 1; k < tokens.length && k - i <= 7; k++) {
    const key = tokens[k]!.key;
    if (key === 'with') return tokens[k + 1]?.isCapitalised ? k : -1;
    if (!tokens[k]!.isWord) return -1;
  }
  return -1;
}
const CALL_FORMS = new Set(['call', 'calls', 'called', 'calling']);
const MEANS_BEFORE = new Set(['by', 'the', 'a', 'via', 'on']);
const PROGRESSIVE = new Set(['is', 'was', 'are', 'were', 'be', 'been', "'s", "'re"]);
/** Words whose "'s" is "is": "he's meeting"; after a name it is a possessive. */
const CONTRACTING = new Set(['he', 'she', 'it', 'who', 'that', 'there', 'what']);
const RECEIVE = new Set(['received', 'receive', 'receives', 'receiving']);
/** What one receives without meeting anyone: "received a call", "received a letter". */
const RECEIVED_THINGS = new Set(['call', 'calls', 'phone', 'telephone', 'letter', 'message', 'invitation', 'congratulations', 'report', 'briefing', 'support', 'award', 'credentials', 'assurances', 'aid', 'request', 'proposal', 'reply', 'response']);

/** Words before a noun that make it a call: "phone talks", "video meeting", "virtual summit". */
const REMOTE = new Set(['phone', 'telephone', 'video', 'virtual', 'online', 'telephonic', 'videolink']);
/** "In a phone call on Tuesday, Putin and Erdogan discussed…", "During the call, the two leaders discussed…": talks held remotely. */
const BY_PHONE = /\b(?:(?:phone|telephone|video) (?:call|conversation|talks?)|by (?:phone|telephone)|(?:over|on) the (?:phone|telephone)|video ?conference)\b|(?:^|[,;]\s*)(?:during|in|on) the call\b/i;
/** Words that put two people in one room, turning "spoke with" into a meeting. */
const IN_PERSON = /\b(?:in person|face[- ]to[- ]face|on the sidelines|sidelines of|during (?:his|her|a|the) (?:visit|trip|tour)|at the (?:summit|meeting)|bilateral meeting|in (?:his|her) office|met|during a walk|over (?:lunch|dinner|breakfast))\b/i;

/** Words before the host of a visit: "called on the prime minister", "on his counterpart". */
const HOST_DETERMINERS = new Set(['the', 'his', 'her', 'their']);

/**
 * "Jaishankar called on President Dissanayake", "paid a courtesy call on the prime minister": a visit,
 * not a phone call; "called on Russia to withdraw" urges, and is no contact at all.
 */
function callsOn(tokens: Token[], i: number): boolean {
  if (!CALL_FORMS.has(tokens[i]!.key) || tokens[i + 1]?.key !== 'on') return false;
  const next = tokens[i + 2];
  if (!next || REMOTE.has(tokens[i - 1]?.key ?? '')) return false;
  if (HOST_DETERMINERS.has(next.key) ? !titledHost(tokens, i + 3) : !next.isCapitalised || NOT_NAMES.has(next.key) || /^\d/.test(next.key)) {
    // "a call on Wednesday", "a call on trade", "a call on the Red Sea": a time or a topic, not a host.
    return false;
  }
  for (let j = i + 2; j < Math.min(tokens.length, i + 14); j++) {
    const key = tokens[j]!.key;
    // "called on Russia to withdraw" urges; "called on the sultan during a visit to Muscat" does not.
    if (key === 'to' && !(tokens[j + 1]?.isCapitalised && /^(?:visit|trip|tour|way)$/.test(tokens[j - 1]?.key ?? ''))) return false;
    // "called on the Israeli prime minister, Benjamin Netanyahu, to agree": read past the name.
    if (key === ',' && tokens[j + 1]?.isCapitalised) {
      let k = j + 1;
      while (tokens[k]?.isCapitalised) k++;
      if (tokens[k]?.key === ',') {
        j = k;
        continue;
      }
    }
    if (key === '.' || key === ';' || key === ',' || key === 'and') break;
  }
  return true;
}

/**
 * After "the"/"his": a title of the lexicon, behind at most three qualifiers ("the Israeli prime
 * minister", "his Chinese counterpart"), that is not a possessor ("the president's plan").
 */
function titledHost(tokens: Token[], start: number): boolean {
  for (let i = start; i < start + 4 && tokens[i]; i++) {
    const title = matchTitle(tokens, i);
    if (title) return tokens[title.end]?.key !== "'s";
    if (!tokens[i]!.isCapitalised) return false;
  }
  return false;
}

/** Trigger words in a sentence; "visit" as a noun or verb is resolved by its slot. */
export function findTriggers(tokens: Token[], sentenceText: string): Trigger[] {
  const triggers: Trigger[] = [];
  tokens.forEach((t, i) => {
    if (callsOn(tokens, i)) {
      const noun = t.key === 'call' || t.key === 'calls';
      triggers.push({ tokenStart: i, tokenEnd: i + 2, type: 'meeting', mode: 'visit', slot: 'direct', noun: noun && tokens[i - 1]?.key !== 'he' });
      return;
    }
    // "sat down with Suga": a meeting, said in two words.
    if (SIT.has(t.key) && tokens[i + 1]?.key === 'down' && tokens[i + 2]?.key === 'with') {
      triggers.push({ tokenStart: i, tokenEnd: i + 2, type: 'meeting', slot: 'preposition', noun: false });
      return;
    }
    // "spent Saturday in Florida with Trump", "spent an hour on the phone with Putin": time together.
    const together = SPENT.has(t.key) ? spentWith(tokens, i) : -1;
    if (together > 0) {
      const phone = tokens.slice(i, together).some((n) => n.key === 'phone' || n.key === 'telephone');
      triggers.push({ tokenStart: i, tokenEnd: together, type: phone ? 'call' : 'meeting', ...(phone ? { mode: 'phone call' } : {}), slot: 'preposition', noun: false });
      return;
    }
    // "exchanged views with King Abdullah II in a phone call": talks, by phone when the sentence says so.
    if (t.key === 'exchanged' && tokens[i + 1]?.key === 'views' && tokens[i + 2]?.key === 'with') {
      const phone = BY_PHONE.test(sentenceText);
      triggers.push({ tokenStart: i, tokenEnd: i + 2, type: phone ? 'call' : 'meeting', mode: phone ? 'phone call' : 'talks', slot: 'preposition', noun: false });
      return;
    }
    // "held a telephone talk with Cho" (Japanese readouts): one talk, by phone; a bare "talk" is a lecture.
    if (t.key === 'talk' && REMOTE.has(tokens[i - 1]?.key ?? '')) {
      const mode = tokens[i - 1]!.key === 'video' || tokens[i - 1]!.key === 'virtual' ? 'video call' : 'phone call';
      triggers.push({ tokenStart: i - 1, tokenEnd: i + 1, type: 'call', mode, slot: 'preposition', noun: true });
      return;
    }
    // "received a courtesy call from Wong": a visit in person, whatever the word.
    if (CALL_FORMS.has(t.key) && tokens[i - 1]?.key === 'courtesy') {
      triggers.push({ tokenStart: i - 1, tokenEnd: i + 1, type: 'meeting', mode: 'visit', slot: 'preposition', noun: true });
      return;
    }
    // "Visiting South African President Cyril Ramaphosa …", "hosted the visiting president": an adjective, not a visit.
    const before = tokens[i - 1];
    const attributive = !before || (!before.isWord && before.key !== ',') || ATTRIBUTIVE_BEFORE.has(before.key);
    if (t.key === 'visiting' && attributive && tokens.slice(i + 1, i + 4).some((n) => PERSON_TITLE_WORDS.has(n.key))) return;
    const word = WORDS[t.key];
    if (!word) return;
    // "the host of the gathering": a noun, not a verb that takes an object.
    if ((t.key === 'host' || t.key === 'hosts') && DETERMINERS.has(tokens[i - 1]?.key ?? '')) return;
    // "agreed to start negotiations on a reciprocal access agreement": the drafting of a treaty, not a meeting.
    if (t.key === 'negotiations' && treatyTalks(tokens, i)) return;
    if (t.key === 'visit' && tokens[i - 1]?.key !== 'to' && /^(?:a|the|his|her|their|'s|state|official|first|upcoming|planned)$/.test(tokens[i - 1]?.key ?? '')) {
      triggers.push({ tokenStart: i, tokenEnd: i + 1, type: 'meeting', mode: 'visit', slot: 'preposition', noun: true });
      return;
    }
    // "receive a call from", "called on": leave verbs that are not contact to other words.
    if (RECEIVE.has(t.key) && tokens.slice(i + 1, i + 5).some((n) => RECEIVED_THINGS.has(n.key))) return;
    if (t.key === 'talks' && tokens[i - 1]?.key === 'he') return;
    // "acting in consultation with Washington": in agreement with, not a meeting.
    if (t.key === 'consultation' && tokens[i - 1]?.key === 'in') return;
    // "the G20 summit, hosted by Lula": the host of a gathering, not a meeting with whoever attends.
    if (t.key === 'hosted' && tokens[i + 1]?.key === 'by' && (tokens[i - 1]?.key === ',' || WORDS[tokens[i - 1]?.key ?? '']?.noun)) return;
    // "by phone", "a phone call": the means of another trigger, not a verb of its own.
    if ((t.key === 'phone' || t.key === 'telephone') && (MEANS_BEFORE.has(tokens[i - 1]?.key ?? '') || WORDS[tokens[i + 1]?.key ?? '']?.noun)) return;
    // "was meeting X": the progressive verb takes its object directly; "he's meeting", not "Putin's meeting".
    const contraction = tokens[i - 1]?.key !== "'s" || CONTRACTING.has(tokens[i - 2]?.key ?? '');
    if (t.key === 'meeting' && PROGRESSIVE.has(tokens[i - 1]?.key ?? '') && contraction) {
      triggers.push({ tokenStart: i, tokenEnd: i + 1, type: 'meeting', slot: 'direct', noun: false });
      return;
    }
    const remote = REMOTE.has(tokens[i - 1]?.key ?? '') || (tokens[i + 1]?.key === 'by' && REMOTE.has(tokens[i + 2]?.key ?? ''));
    let type = word.type;
    let mode = word.mode;
    if (remote) [type, mode] = ['call', tokens[i - 1]?.key === 'video' || tokens[i - 1]?.key === 'virtual' ? 'video call' : 'phone call'];
    else if (word.speech && IN_PERSON.test(sentenceText) && !BY_PHONE.test(sentenceText)) type = 'meeting';
    else if (word.mode === 'talks' && BY_PHONE.test(sentenceText)) [type, mode] = ['call', 'phone call'];
    triggers.push({
      tokenStart: remote && REMOTE.has(tokens[i - 1]?.key ?? '') ? i - 1 : i,
      tokenEnd: i + 1,
      type,
      ...(mode ? { mode } : {}),
      slot: word.slot,
      noun: word.noun,
      ...(word.speech ? { speech: true } : {}),
    });
  });
  return triggers;
}
