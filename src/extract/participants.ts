import type { ActorRef, ArticleContext } from './context.ts';
import type { AnalysedSentence, Mention } from './mentions.ts';
import type { Office } from '../model/types.ts';
import { readListLeft, readListRight } from './lists.ts';
import { resolveRole, rolesHeld } from './roles.ts';
import { TRAVEL_WORDS, type Trigger } from './triggers.ts';

/** Who the sentence's pronouns may point to when the sentence itself names nobody before them. */
export interface Antecedents {
  /** The first person named in the previous sentence. */
  previousSubject?: ActorRef;
  /** The author of an embedded post, for its "I". */
  author?: ActorRef;
  /** The people of the article's interactions between two or three people, latest first, for "the two leaders". */
  groups?: ActorRef[][];
  /** The participants of the article's latest call and meeting, for "X also joined the call". */
  latestOfType?: Partial<Record<'call' | 'meeting', ActorRef[]>>;
}

export interface Participation {
  subjects: Mention[];
  objects: Mention[];
  /** The trigger has an object the extractor could not name ("met a delegation"): the subjects did not meet each other. */
  unnamedObject: boolean;
  /** "held separate meetings with A, B and C": one event per object. */
  separate: boolean;
  /** "talks between A and B": the objects are all the parties, so the sentence's subject is not one. */
  allParties?: boolean;
}

/** Words that may stand between a subject and its verb: auxiliaries, adverbs, times, "due to". */
const LEFT_SKIPPABLE = new Set(
  ('has have had will would shall should is are was were be been also later then again separately briefly reportedly ' +
    'recently previously finally first yesterday today tonight tomorrow earlier subsequently personally directly both ' +
    'all each due set expected scheduled plans planned planning plan agreed going to not did does do never already ' +
    'jointly formally officially virtually on this morning afternoon evening night last week monday tuesday wednesday ' +
    'thursday friday saturday sunday joined join joins held hold holds had have a an the their his her its received ' +
    'receives took takes made makes placed paid pays ' +
    "'ll n't once just separately subsequently successfully warmly cordially instead").split(' '),
);
/** Words that may stand between a verb and its preposition: "spoke by phone with", "met again on Monday with". */
const RIGHT_SKIPPABLE = new Set(
  ('by phone telephone on the over via video link again separately briefly also later for first time in person ' +
    'privately directly virtually jointly earlier today yesterday monday tuesday wednesday thursday friday saturday sunday ' +
    'morning afternoon evening night high level bilateral long a an brief lengthy separate phone audience sidelines margins').split(' '),
);
/** Words that end the run of modifiers before a noun trigger. */
const NOT_BEFORE_NOUN = new Set(['with', 'to', 'of', 'and', 'for', 'after', 'before', 'in', 'at', 'during', 'following', 'from', 'by', 'about', 'on', 'that', 'said', 'says']);
const PREPOSITIONS = new Set(['to', 'in', 'from', 'at', 'for', 'with', 'into', 'toward', 'towards', 'via', 'across', 'near', 'of', 'by']);
const UNNAMED_OBJECT = /^(?:a|an|the|his|her|their|its|several|other|some|two|three|members|officials|leaders|representatives|delegates|ministers|counterparts)$/;
export function findParticipation(a: AnalysedSentence, trigger: Trigger): Participation {
  const { tokens } = a;
  // "talks between A and B"
  if (trigger.noun && tokens[trigger.tokenEnd]?.key === 'between') {
    return { subjects: [], objects: readListRight(a, trigger.tokenEnd + 1), separate: false, unnamedObject: false, allParties: true };
  }
  let pos = trigger.tokenEnd;
  let skipped = 0;
  const byMeans = (i: number) => tokens[i]!.key !== 'by' || ['phone', 'telephone', 'video', 'videolink'].includes(tokens[i + 1]?.key ?? '');
  // "met on Thursday (6) with Macron": Brazilian papers give the day of the month in brackets.
  const dayInBrackets = (i: number) => tokens[i]?.key === '(' && /^\d{1,2}$/.test(tokens[i + 1]?.key ?? '') && tokens[i + 2]?.key === ')';
  while (pos < tokens.length && skipped < 6) {
    if (dayInBrackets(pos)) pos += 3;
    else if (RIGHT_SKIPPABLE.has(tokens[pos]!.key) && byMeans(pos) && !a.mentions.some((m) => m.tokenStart === pos)) pos++;
    else break;
    skipped++;
  }
  // "spoke by phone for about 25 minutes with Trump": a duration between the trigger and its "with".
  const duration = tokens[pos]?.key === 'for' || tokens[pos - 1]?.key === 'for' ? tokens.slice(pos, pos + 5).findIndex((t) => /^(?:minutes?|hours?)$/.test(t.key)) : -1;
  if (duration >= 0) {
    pos += duration + 1;
    while (pos < tokens.length && RIGHT_SKIPPABLE.has(tokens[pos]!.key) && byMeans(pos)) pos++;
  }
  // "talks in Doha with Al Thani", "was received at JKIA by Mudavadi": a place between the trigger and its "with" or "by".
  const place = ['in', 'at'].includes(tokens[pos]?.key ?? '') ? pos + 1 : pos > trigger.tokenEnd && ['in', 'at'].includes(tokens[pos - 1]!.key) ? pos : -1;
  if (place > 0) {
    // "meetings at the White House with Biden": the place may take "the".
    const named = tokens[place]?.key === 'the' ? place + 1 : place;
    let k = named;
    while (tokens[k]?.isCapitalised && k - named < 3) k++;
    if (k > place && (tokens[k]?.key === 'with' || (tokens[k]?.key === 'by' && trigger.slot === 'direct'))) pos = k;
  }
  const separate = /\b(?:separate|separately|respectively|one-on-one meetings|bilateral meetings)\b/i.test(
    tokens.slice(Math.max(0, trigger.tokenStart - 3), pos).map((t) => t.text).join(' '),
  );
  let objects: Mention[] = [];
  // "met To Lam": a word that starts a name is no preposition.
  const prep = a.mentions.some((m) => m.tokenStart === pos) ? undefined : tokens[pos]?.key;
  // "a call from Pezeshkian", "a courtesy call from Wong": the one who called.
  const fromCaller = prep === 'from' && trigger.noun && (trigger.type === 'call' || trigger.mode === 'visit');
  // "travelling with Albanese": a companion on the trip, not someone it meets.
  const companion = prep === 'with' && TRAVEL_WORDS.has(tokens[trigger.tokenStart]!.key);
  if (!companion && (prep === 'with' || prep === 'to' || fromCaller || (prep === 'by' && trigger.slot === 'direct'))) objects = readListRight(a, pos + 1);
  // "received in audience his Ghanaian counterpart": the phrase stands between the verb and its object.
  else if (trigger.slot === 'direct') objects = readListRight(a, tokens[trigger.tokenEnd]?.key === 'in' && tokens[trigger.tokenEnd + 1]?.key === 'audience' ? trigger.tokenEnd + 2 : trigger.tokenEnd);
  let unnamedObject =
    objects.length === 0 &&
    (prep === 'with' || (prep === 'to' && !infinitive(tokens[pos + 1])) || fromCaller || (trigger.slot === 'direct' && UNNAMED_OBJECT.test(tokens[trigger.tokenEnd]?.key ?? '')));
  // "hosted South American leaders at a summit on Tuesday, including Petro and Arce": the names come later.
  const including = objects.length === 0 ? [...readLeader(a, trigger.slot === 'direct' ? trigger.tokenEnd : pos + 1), ...readIncluded(a, pos)] : [];
  if (including.length) [objects, unnamedObject] = [including, false];
  if (trigger.type === 'meeting') objects = [...objects, ...readMediators(a, pos), ...readCompanions(a, objects.at(-1)?.tokenEnd ?? pos)];
  // "phone talks with Pezeshkian and with Netanyahu", "spoke to Netanyahu and separately to Abbas": one call each.
  const between = objects.length > 1 ? tokens.slice(objects[0]!.tokenEnd, objects.at(-1)!.tokenStart).map((t) => t.key).join(' ') : '';
  // "held calls with Scholz and Tusk": a call has two ends, so plural calls are one with each.
  const pluralCalls = trigger.type === 'call' && trigger.noun && /^(?:calls|conversations)$/.test(tokens[trigger.tokenEnd - 1]!.key);
  // "Manalo and Kamikawa held a separate meeting": separate from another, not one with each of several guests.
  return { subjects: findSubjects(a, trigger), objects, separate: (separate && objects.length > 0) || pluralCalls || /(?:^|\W)and (?:separately )?(?:with|to)(?:\W|$)/.test(between), unnamedObject };
}

/** Words that close the trigger's clause before a mediator could belong to it. */
const CLAUSE_BREAK = new Set(['.', ';', 'who', 'which', 'after', 'before', 'while', 'said', 'says', 'and']);
/** "held talks in Muscat on Saturday mediated by Oman's foreign minister": the mediator sat at the table too. */
function readMediators(a: AnalysedSentence, from: number): Mention[] {
  const { tokens } = a;
  for (let i = from; i < tokens.length && i - from < 12 && !CLAUSE_BREAK.has(tokens[i]!.key); i++) {
    if (['mediated', 'brokered', 'facilitated'].includes(tokens[i]!.key) && tokens[i + 1]?.key === 'by') return readListRight(a, i + 2);
  }
  return [];
}

/** "hosted a delegation led by Tran Thanh Man": the one who leads an unnamed delegation. */
function readLeader(a: AnalysedSentence, from: number): Mention[] {
  const at = a.tokens.slice(from, from + 5).findIndex((t) => t.key === 'delegation');
  const led = from + at + 1;
  return at >= 0 && ['led', 'headed'].includes(a.tokens[led]?.key ?? '') && a.tokens[led + 1]?.key === 'by' ? readListRight(a, led + 2) : [];
}

/** ", including A and B" later in the trigger's clause: the named ones of an unnamed object. */
function readIncluded(a: AnalysedSentence, from: number): Mention[] {
  for (let i = from; i < a.tokens.length && i - from < 14 && !CLAUSE_BREAK.has(a.tokens[i]!.key); i++) {
    if (a.tokens[i]!.key === 'including') return readListRight(a, i + 1);
  }
  return [];
}

/** "met in Paris, alongside Macron", "together with several leaders including Tusk": more parties of the same meeting. */
function readCompanions(a: AnalysedSentence, from: number): Mention[] {
  const { tokens } = a;
  // Not past "as" or a participle clause: "…, saying Washington would stand alongside Manila".
  const clauseEnds = (i: number) => CLAUSE_BREAK.has(tokens[i]!.key) || tokens[i]!.key === 'as' || (tokens[i]!.key === ',' && /ing$/.test(tokens[i + 1]?.key ?? ''));
  for (let i = from; i < tokens.length && i - from < 18 && !clauseEnds(i); i++) {
    const start = tokens[i]!.key === 'alongside' ? i + 1 : tokens[i]!.key === 'together' && tokens[i + 1]?.key === 'with' ? i + 2 : -1;
    if (start < 0) continue;
    const listed = readListRight(a, start);
    return listed.length ? listed : readIncluded(a, start);
  }
  return [];
}

/** "spoke by phone on Tuesday to coordinate": "to" opens a purpose, not the other party. */
function infinitive(next: AnalysedSentence['tokens'][number] | undefined): boolean {
  return !!next && /^[a-z]+$/.test(next.text) && !UNNAMED_OBJECT.test(next.key) && !['reporters', 'journalists', 'the', 'parliament'].includes(next.key);
}

function findSubjects(a: AnalysedSentence, trigger: Trigger): Mention[] {
  const { tokens } = a;
  let pos = trigger.tokenStart;
  // A possessor right before a noun trigger: "Trump's summit with Putin", "China's talks with".
  if (trigger.noun) {
    let j = pos - 1;
    // Lowercase words only, as written: a name ("Russia's Sergei Lavrov held talks") is no adjective.
    while (j >= 0 && /^[a-z-]+$/.test(tokens[j]!.text) && !['with', 'to', 'and', 'of'].includes(tokens[j]!.key) && pos - j < 4) j--;
    if (tokens[j]?.key === "'s") {
      const owner = a.mentions.find((m) => m.tokenEnd === j);
      if (owner) return [owner];
    }
  }
  if (trigger.noun) {
    // "held their first in-person meeting": adjectives and their hyphens stand between verb and noun.
    for (let j = pos - 1; j >= 0 && pos - j <= 6; j--) {
      const t = tokens[j]!;
      if (LEFT_SKIPPABLE.has(t.key)) {
        pos = j + 1;
        break;
      }
      // "a UK-France summit": countries that only qualify the noun are adjectives too.
      const qualifier = a.mentions.find((m) => m.modifier && m.tokenEnd === j + 1);
      if (qualifier) {
        j = qualifier.tokenStart;
        continue;
      }
      const adjective = (/^[a-z]+$/.test(t.text) && !NOT_BEFORE_NOUN.has(t.key)) || t.text === '-' || (t.key === 'in' && tokens[j + 1]?.text === '-');
      if (!adjective) break;
    }
  }
  while (pos > 0 && LEFT_SKIPPABLE.has(tokens[pos - 1]!.key)) pos--;
  if (trigger.noun && tokens[pos]?.key === 'their') {
    // "Trump and Kim ended their summit": one or two verbs between a joint subject and its event.
    for (let j = pos - 1; j >= Math.max(0, pos - 3); j--) {
      if (!/^[a-z]+$/.test(tokens[j]!.text) || NOT_BEFORE_NOUN.has(tokens[j]!.key)) {
        if (a.mentions.some((m) => m.tokenEnd === j + 1)) pos = j + 1;
        break;
      }
    }
  }
  // "Ahmed Attaf, Algeria's foreign minister, met…", "Kishida, who arrived on Sunday, met…": look past an
  // appositive or a relative clause to the name; "The home secretary, Yvette Cooper, met…": the name is the appositive.
  const appositive = a.mentions.find((m) => m.tokenEnd === pos - 1 && m.kind === 'name');
  if (tokens[pos - 1]?.key === ',' && appositive?.actors[0]?.kind === 'person' && tokens[appositive.tokenStart - 1]?.key === ',') {
    pos -= 1;
  } else if (tokens[pos - 1]?.key === ',' && !appositive) {
    for (let j = pos - 2; j >= Math.max(0, pos - 16); j--) {
      if (tokens[j]!.key !== ',') continue;
      if (a.mentions.some((m) => m.tokenEnd === j && m.kind === 'name')) pos = j;
      break;
    }
  }
  // "the Putin-Xi talks": names joined by a dash before the noun.
  const list = readListLeft(a, pos, trigger.noun);
  // "travelled to Kyiv to meet Zelensky": a place after a preposition is not who meets.
  return list.length > 0 && PREPOSITIONS.has(tokens[list[0]!.tokenStart - 1]?.key ?? '') ? [] : list;
}

/** The actors of a list of mentions, with pronouns and "his counterpart" resolved. */
export function actorsOf(
  ctx: ArticleContext,
  a: AnalysedSentence,
  mentions: Mention[],
  antecedents: Antecedents,
  possessor: ActorRef | undefined,
): ActorRef[] {
  return mentions.flatMap((m) => {
    if (m.kind === 'pronoun' && m.pronoun === 'the two') {
      const noun = a.sentence.text.slice(m.start, m.end);
      const size = /three/i.test(noun) ? 3 : 2;
      const fits = (group: ActorRef[]) => group.length === size && group.every((p) => holdsPairOffice(ctx, p, noun));
      const reported = antecedents.groups?.find(fits);
      if (reported) return reported;
      // "Chinh welcomed Mishustin and the two prime ministers held talks": the people named before it.
      const named = new Map(a.mentions.filter((n) => n.tokenEnd <= m.tokenStart && n.kind !== 'pronoun').flatMap((n) => n.actors).filter((r) => r.kind === 'person').map((r) => [r.id, r]));
      return fits([...named.values()]) ? [...named.values()] : [];
    }
    if (m.kind === 'pronoun') {
      const ref = m.pronoun === 'i' ? antecedents.author : m.pronoun === 'him' && possessor ? objectPronoun(a, m, possessor) : resolvePronoun(a, m, antecedents);
      return ref ? [ref] : [];
    }
    if (m.pending) {
      const { spec, scopes } = m.pending;
      return scopes.map((scope) => resolveRole(ctx, spec, scope, possessor)).filter((ref): ref is ActorRef => !!ref);
    }
    return m.actors;
  });
}

/** "The two presidents" are a pair of presidents, "the two foreign ministers" a pair of foreign ministers. */
const PAIR_OFFICES: [RegExp, (office: Office, title: string) => boolean][] = [
  [/prime ministers/i, (o) => o === 'head-of-government'],
  [/foreign ministers|top diplomats/i, (o) => o === 'foreign-minister'],
  [/ministers/i, (_o, t) => /minister|secretary/i.test(t)],
  [/presidents/i, (_o, t) => /^president\b/i.test(t)],
  [/leaders|heads of state/i, (o) => ['head-of-state', 'head-of-government', 'monarch'].includes(o)],
];

function holdsPairOffice(ctx: ArticleContext, person: ActorRef, noun: string): boolean {
  const rule = PAIR_OFFICES.find(([words]) => words.test(noun));
  // People the gazetteer does not know, and "the pair"/"both men", are not checked.
  const held = rolesHeld(ctx, person.entry?.roles);
  // Without an office on the date (a president-elect, a newcomer) nothing contradicts the noun.
  return !rule || held.length === 0 || held.some((r) => rule[1](r.office, r.title));
}

/** "Scholz informed Zelensky and spoke with him": an object pronoun is the latest other person named before it. */
function objectPronoun(a: AnalysedSentence, pronoun: Mention, subject: ActorRef): ActorRef | undefined {
  const before = a.mentions.filter((m) => m.tokenEnd <= pronoun.tokenStart && m.kind !== 'pronoun' && m.actors[0]?.kind === 'person' && m.actors[0].id !== subject.id);
  return before.at(-1)?.actors[0];
}

/** "he"/"she": the first person the sentence names before it, else the previous sentence's first person. */
export function resolvePronoun(a: AnalysedSentence, pronoun: Mention, antecedents: Antecedents): ActorRef | undefined {
  const before = a.mentions.find((m) => m.tokenStart < pronoun.tokenStart && m.kind !== 'pronoun' && m.actors[0]?.kind === 'person');
  return before?.actors[0] ?? antecedents.previousSubject;
}

/** The main subject with whoever is listed with it: "Putin and Xi agreed … during talks". */
export function sentenceSubjects(a: AnalysedSentence, exclude: Mention[], antecedents: Antecedents): Mention[] {
  const main = sentenceSubject(a, exclude, antecedents);
  return main ? readListRight(a, main.tokenStart).filter((m) => !exclude.includes(m)) : [];
}

/**
 * The sentence's main subject: its first person, used when a trigger has no subject of its own. Not
 * a possessor of someone else ("Ishiba's successor is expected to meet Lee").
 */
export function sentenceSubject(a: AnalysedSentence, exclude: Mention[], antecedents: Antecedents): Mention | undefined {
  const possessorOfAnother = (m: Mention) => m.possessive && /^[a-z]+$/.test(a.tokens[m.tokenEnd + 1]?.text ?? '');
  return a.mentions.find(
    (m) => !exclude.includes(m) && !m.modifier && !m.pending && !possessorOfAnother(m) && (m.kind === 'pronoun' ? m.pronoun !== 'him' : m.actors[0]?.kind === 'person') &&
      (m.kind !== 'pronoun' || !!resolvePronoun(a, m, antecedents) || (m.pronoun === 'i' && !!antecedents.author)),
  );
}
