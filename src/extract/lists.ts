/** Lists of participants next to a trigger: "A, B and C", "A as well as Nato's B", "the Putin-Xi talks". */
import type { AnalysedSentence, Mention } from './mentions.ts';
import { HONORIFICS, PERSON_TITLE_WORDS, REPORTING_VERBS } from './lexicon.ts';

const ARTICLES = new Set(['a', 'an', 'the']);
const DELEGATION_WORDS = new Set(['delegation', 'delegations', 'officials', 'representatives', 'negotiators', 'leaders', 'leadership', 'envoys', 'team']);
const CONNECTORS = [['as', 'well', 'as'], ['along', 'with'], ['together', 'with'], ['alongside'], ['and', 'separately', 'with'], ['and', 'separately', 'to'], ['and', 'with'], ['and'], ['plus'], [',']];

function connectorAt(tokens: AnalysedSentence['tokens'], i: number): number {
  let j = i;
  let matched = true;
  while (matched) {
    matched = false;
    for (const words of CONNECTORS) {
      if (words.every((w, k) => tokens[j + k]?.key === w)) {
        j += words.length;
        matched = true;
        break;
      }
    }
  }
  return j;
}

/** "members of the", "officials from", "a delegation from": a group named through its people. */
const THROUGH_MEMBERS = /^(?:(?:a|the|senior|top|other) )*(?:members?|representatives?|officials?|delegations?|delegates?|envoys?|leaders?|leadership|heads?|counterparts?) (?:of|from) (?:the )?/;

/** "a Ukrainian delegation led by Andriy Yermak": the delegation is met through its head. */
const LED_BY = /^(?:a|an|the|his|her|their)? ?(?:[a-z'-]+ ){0,3}(?:delegation|team|mission) (?:led|headed) by /;

function skipMembersPhrase(a: AnalysedSentence, i: number): number {
  const text = a.tokens.slice(i, i + 9).map((t) => t.key).join(' ');
  const m = LED_BY.exec(text) ?? THROUGH_MEMBERS.exec(text);
  return m ? i + m[0].trim().split(' ').length : i;
}

/** Words before a title that are not part of it: "met visiting Pakistani Prime Minister…". */
/** "Mr.", "H.E." (His Excellency) before a name: the name's mention starts after them. */
function isStyle(a: AnalysedSentence, pos: number): boolean {
  const t = a.tokens[pos];
  if (!t) return false;
  return HONORIFICS.has(t.key) || t.text === 'H.E.' || (t.text === '.' && HONORIFICS.has(a.tokens[pos - 1]?.key ?? ''));
}

const TITLE_ADJECTIVES = new Set(['visiting', 'interim', 'acting', 'new', 'newly', 'elected', 'outgoing', 'incoming', 'caretaker', 'top', 'senior', 'then', 'former', 'local']);

const DESCRIPTORS = new Set(['candidate', 'nominee', 'billionaire', 'businessman', 'businesswoman', 'politician', 'activist', 'opposition', 'presidential', 'former', 'veteran', 'tycoon']);
/** What may stand before the first of a list of subjects: nothing, a comma, "and", a quote or bracket. */
const LIST_LEADS = new Set([',', 'and', '"', '“', '(', '—', '-', '–', ':']);
/** Words that open a description before the names it stands for: "several world leaders, including…". */
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'a', 'an', 'several', 'many', 'other', 'some']);
const APPOSITIVE_END = new Set([',', '.', ';', 'and', '(']);

/**
 * A description before the names it stands for: "the Conservative leader, Kemi Badenoch", "the head of
 * Iran's atomic agency, Mohammad Eslami", "the leaders of five parties, including A and B".
 */
function skipDescription(a: AnalysedSentence, i: number, byStart: Map<number, Mention>): number {
  const { tokens } = a;
  // A description opens with a determiner, or follows a qualifier ("U.S. congressional leaders, including…").
  const afterQualifier = [...byStart.values()].some((m) => m.modifier && m.tokenEnd === i) && /^[a-z]+$/.test(tokens[i]?.text ?? '');
  if (!DETERMINERS.has(tokens[i]?.key ?? '') && !afterQualifier) return i;
  let j = i + 1;
  while (j < i + 3 && tokens[j]?.isCapitalised && !byStart.has(j)) j++;
  if (byStart.get(j)?.actors[0]?.kind === 'person') return j;
  // "his Israeli, Palestinian and Egyptian counterparts, Eli Cohen, Riyad al-Maliki and Sameh Shoukry".
  for (let k = i + 1; k < Math.min(tokens.length, i + 16); k++) {
    const key = tokens[k]!.key;
    if (key === '.' || key === ';') break;
    if (key === 'including') return k + 1;
    if (key !== ',') continue;
    const named = byStart.get(k + 1);
    const after = tokens[named?.tokenEnd ?? -1]?.key;
    const closed = after === undefined || APPOSITIVE_END.has(after);
    if (named?.actors[0]?.kind === 'person' && closed) return k + 1;
  }
  return i;
}

/**
 * "Sinn Féin's Michelle O'Neill", "the DUP's Jeffrey Donaldson", "Republican candidate Donald Trump", "Pennsylvania
 * Governor Josh Shapiro": a possessor or a description the gazetteer does not know, before a person.
 */
function skipUnknownPossessor(a: AnalysedSentence, i: number, byStart: Map<number, Mention>): number {
  const { tokens } = a;
  let j = tokens[i]?.key === 'the' ? i + 1 : i;
  const from = j;
  const describes = (t: (typeof tokens)[number] | undefined) => !!t && t.isWord && (t.isCapitalised || PERSON_TITLE_WORDS.has(t.key) || DESCRIPTORS.has(t.key));
  // "the city's Communist Party chief Chen Jining": a possessor in lower case.
  if (/^[a-z]+$/.test(tokens[j]?.text ?? '') && tokens[j + 1]?.key === "'s") j += 2;
  // "tech billionaire Elon Musk": a word before a describing one.
  else if (/^[a-z]+$/.test(tokens[j]?.text ?? '') && !describes(tokens[j]) && describes(tokens[j + 1]) && !byStart.has(j + 1)) j++;
  while (j < from + 5 && describes(tokens[j]) && !byStart.has(j)) j++;
  if (tokens[j]?.key === "'s") j++;
  return j > from && byStart.get(j)?.actors[0]?.kind === 'person' ? j : i;
}

/** A list of mentions starting at token i: "A, B and C", "A as well as Nato's B". */
export function readListRight(a: AnalysedSentence, i: number): Mention[] {
  const byStart = new Map(a.mentions.map((m) => [m.tokenStart, m]));
  const out: Mention[] = [];
  let pos = i;
  for (;;) {
    while (!byStart.has(pos) && (TITLE_ADJECTIVES.has(a.tokens[pos]?.key ?? '') || isStyle(a, pos) || (ARTICLES.has(a.tokens[pos]?.key ?? '') && (byStart.get(pos + 1)?.modifier || (byStart.get(pos + 1)?.kind === 'name' && byStart.get(pos + 1)?.actors[0]?.kind !== 'person'))))) pos++;
    if (!byStart.has(pos) && out.length === 0) pos = skipDescription(a, pos, byStart);
    if (!byStart.has(pos)) pos = skipUnknownPossessor(a, pos, byStart);
    if (!byStart.has(pos)) pos = skipMembersPhrase(a, pos);
    const m = byStart.get(pos);
    // "met X and the pair expressed…": "the pair" starts a new clause, it is not another guest; nor is "…, the State Department said".
    if (!m || m.pronoun === 'the two' || (out.length > 0 && REPORTING_VERBS.has(a.tokens[m.tokenEnd]?.key ?? ''))) break;
    // "met a Hamas delegation", "talks with Taliban officials": a group or institution met through its people.
    const kind = m.actors[0]?.kind;
    // Not "the G20 leaders' summit": there the people qualify an event.
    const owned = ["'", "'s", 'summit', 'summits', 'meeting', 'meetings', 'talks'].includes(a.tokens[m.tokenEnd + 1]?.key ?? '');
    if (m.modifier && (kind === 'group' || kind === 'institution') && DELEGATION_WORDS.has(a.tokens[m.tokenEnd]?.key ?? '') && !owned) {
      out.push(m);
      pos = m.tokenEnd + 1;
      // "a Hamas delegation led by Ismail Haniyeh": its head is met too.
      if (['led', 'headed'].includes(a.tokens[pos]?.key ?? '') && a.tokens[pos + 1]?.key === 'by' && byStart.has(pos + 2)) {
        pos += 2;
        continue;
      }
    } else if (m.modifier || m.possessive) {
      // "welcomed Trump's envoy Witkoff", "met Ukraine's Zelensky", "met NATO chief Mark Rutte": a possessor qualifies who follows.
      pos = m.tokenEnd + (m.possessive ? 1 : 0);
      let title = pos;
      while (title - pos < 3 && (PERSON_TITLE_WORDS.has(a.tokens[title]?.key ?? '') || a.tokens[title]?.isCapitalised) && !byStart.has(title)) title++;
      if (byStart.get(title)?.actors[0]?.kind === 'person') pos = title;
      continue;
    } else {
      out.push(m);
      pos = m.tokenEnd;
    }
    // "Ursula von der Leyen of the European Commission": the affiliation is not another participant.
    if (['of', 'from'].includes(a.tokens[pos]?.key ?? '')) {
      const after = a.tokens[pos + 1]?.key === 'the' ? pos + 2 : pos + 1;
      const affiliation = byStart.get(after);
      if (affiliation?.modifier) pos = affiliation.tokenEnd;
    }
    let next = connectorAt(a.tokens, pos);
    // "Yang Jiechi, China's top foreign policy official, and Wang Yi": step over an appositive.
    const listed = byStart.get(next);
    if (a.tokens[pos]?.key === ',' && next === pos + 1 && (!listed || listed.modifier || listed.possessive)) {
      for (let j = pos + 1; j < Math.min(a.tokens.length, pos + 10); j++) {
        if (a.tokens[j]!.key !== ',') continue;
        const after = connectorAt(a.tokens, j);
        if (after > j + 1 && byStart.has(after)) next = after;
        break;
      }
    }
    if (next === pos) break;
    pos = next;
  }
  return out;
}

/** A list of mentions ending at token end, read leftwards: "A and B met", "the Putin-Xi talks". */
export function readListLeft(a: AnalysedSentence, end: number, hyphenated = false): Mention[] {
  const byEnd = new Map(a.mentions.map((m) => [m.tokenEnd, m]));
  const out: Mention[] = [];
  let pos = end;
  for (;;) {
    const m = byEnd.get(pos);
    if (!m || m.modifier) break;
    // "After China, Prabowo will travel…", "Before meeting Trump, Modi held…": a fronted phrase is not part of the subject list.
    const lead = a.tokens[m.tokenStart - 1]?.key;
    if (out.length > 0 && a.tokens[pos]?.key === ',' && lead !== undefined && !LIST_LEADS.has(lead)) break;
    out.unshift(m);
    // "…ceremony for Mishustin and the two prime ministers held talks": "the two" is a whole subject.
    if (m.kind === 'pronoun' && m.pronoun === 'the two') break;
    pos = m.tokenStart;
    // "Liu He and U.S. Treasury Secretary Janet Yellen", "Ukraine's Sybiha and Russia's Lavrov":
    // a qualifier or possessor belongs to the person after it.
    const qualifier = byEnd.get(pos);
    const possessor = a.tokens[pos - 1]?.key === "'s" ? byEnd.get(pos - 1) : undefined;
    if (qualifier?.modifier && qualifier.actors[0]?.kind !== 'person') pos = qualifier.tokenStart;
    else if (possessor?.possessive) pos = possessor.tokenStart;
    const key = a.tokens[pos - 1]?.key;
    if (key === 'and' || key === ',' || (hyphenated && (key === '-' || key === '–'))) {
      pos -= a.tokens[pos - 2]?.key === ',' ? 2 : 1;
      continue;
    }
    break;
  }
  return out;
}
