import type { Sentence } from './clean.ts';
import { type ActorRef, type ArticleContext, refForNewPerson, refFromEntry, remember } from './context.ts';
import { HONORIFICS, NOT_NAMES, PERSON_TITLE_WORDS, type TitleSpec } from './lexicon.ts';
import { markModifiers } from './modifiers.ts';
import { matchName } from './name-index.ts';
import { lookupPersonByName } from './person-names.ts';
import { recentTitleHolder, resolveRole, type RoleScope } from './roles.ts';
import { matchTitledPhrase, type TitledPhrase } from './titled-phrases.ts';
import { isTriggerWord } from './triggers.ts';
import { tokenize, type Token } from './tokens.ts';

/** An actor (or several, for "leaders from Italy and France") named at a span of a sentence. */
export interface Mention {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  actors: ActorRef[];
  kind: 'name' | 'role' | 'pronoun';
  /** For pronouns: the pronoun, lower case. */
  pronoun?: string;
  /** For role nouns that depend on who "his" is ("his Russian counterpart", "his Saudi and Iranian counterparts"). */
  pending?: { spec: TitleSpec; scopes: RoleScope[] };
  /** For role nouns resolved at once: the title, so another holder can be sought when this one cannot be a party. */
  role?: { spec: TitleSpec; scope: RoleScope };
  /** Followed by a possessive 's. */
  possessive: boolean;
  /** Names an affiliation ("US officials", "Nato's Mark Rutte", "of the European Commission"), not a participant. */
  modifier: boolean;
}

export interface AnalysedSentence {
  sentence: Sentence;
  tokens: Token[];
  mentions: Mention[];
}

const PRONOUNS = new Set(['he', 'she', 'him', 'i']);
const STYLE_PAIRS = new Set(['datuk seri', 'dato seri', 'dato sri', 'datuk sri', 'tan sri']);
const HONORIFIC = /^(His|Her) (?:Royal )?(?:Highness|Majesty|Excellency)\b/;
/** "The two leaders had dinner": the two people of the interaction just reported. */
const PAIR =
  /^(?:the (?:two|three) (?:[a-z]+ )?(?:leaders|presidents|ministers|men|women|heads of state|prime ministers|foreign ministers|top diplomats)|both leaders|both men|the pair|the leaders(?= (?:agreed|also|had|have|held|met|spoke|will|would)\b)|the two(?= (?:had|have|has|were|are|met|spoke|held|also|last|agreed|discussed|will|would)\b)|the (?:foreign )?ministers(?= (?:had|have|last|previously|also|first) (?:met|spoke|talked|held)\b))\b/;

function startsName(ctx: ArticleContext, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t?.isWord || !t.isCapitalised) return false;
  if (t.text.startsWith('@')) return true;
  const named = matchName(ctx.index, tokens, i);
  // A known name wins over a common word: "Vice Premier He Lifeng".
  if (named) return named.entry.kind === 'person';
  return !NOT_NAMES.has(t.key);
}

/** A run of capitalised words: the extent of a name the gazetteer does not know. */
function capitalisedRun(tokens: Token[], i: number): number {
  let j = i;
  // "Crown Prince Receives Phone Call": a headline's capitals, not a name.
  while (tokens[j]?.isWord && tokens[j]!.isCapitalised && !NOT_NAMES.has(tokens[j]!.key) && !isTriggerWord(tokens[j]!.key) && j - i < 4) {
    j++;
    // "Rodica Radian-Gordon": a double-barrelled name.
    if (tokens[j]?.key === '-' && tokens[j + 1]?.isCapitalised) j++;
  }
  return j;
}

interface NameFound {
  ref: ActorRef;
  end: number;
}

/** A name starting at token i: the gazetteer, an @handle, a surname the article introduced, or a titled newcomer. */
function matchPerson(ctx: ArticleContext, tokens: Token[], i: number, title?: { text: string; scope: RoleScope }): NameFound | undefined {
  const t = tokens[i]!;
  const named = matchName(ctx.index, tokens, i);
  if (named) return { ref: refFromEntry(ctx, named.entry), end: named.end };
  if (t.text.startsWith('@')) {
    const ref = lookupPersonByName(ctx, tokenize(t.text.slice(1).replace(/_/g, ' ')), 'mr');
    return ref ? { ref, end: i + 1 } : undefined;
  }
  const honorific = HONORIFICS.has(tokens[i - 1]?.key ?? '') ? tokens[i - 1]!.key : undefined;
  const end = capitalisedRun(tokens, i);
  if (end === i) return undefined;
  const nameTokens = tokens.slice(i, end);
  const known = lookupPersonByName(ctx, nameTokens, honorific ?? (title ? 'mr' : undefined));
  if (known) return { ref: known, end };
  if ((honorific || title) && nameTokens.length >= 2) {
    const name = nameTokens.map((n) => n.text).join(' ').replace(/ - /g, '-');
    return { ref: refForNewPerson(ctx, name, title?.text, title?.scope.country), end };
  }
  return undefined;
}

export function analyseSentence(ctx: ArticleContext, sentence: Sentence): AnalysedSentence {
  const tokens = tokenize(sentence.text);
  const mentions: Mention[] = [];
  const push = (start: number, end: number, actors: ActorRef[], kind: Mention['kind'], extra: Partial<Mention> = {}) => {
    const text = sentence.text.slice(tokens[start]!.start, tokens[end - 1]!.end);
    const remembered = actors.map((a) => remember(ctx, a, text));
    mentions.push({
      tokenStart: start, tokenEnd: end, start: tokens[start]!.start, end: tokens[end - 1]!.end,
      actors: remembered, kind, possessive: tokens[end]?.key === "'s", modifier: false, ...extra,
    });
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.isWord) {
      i++;
      continue;
    }
    const titled = matchTitledPhrase(ctx, tokens, i);
    if (titled) {
      const withTitle = matchName(ctx.index, tokens, titled.titleStart);
      const person =
        withTitle && withTitle.entry.kind === 'person' && withTitle.end > titled.end
          ? { ref: refFromEntry(ctx, withTitle.entry), end: withTitle.end }
          : startsName(ctx, tokens, nameAfter(tokens, titled.end)) ? matchPerson(ctx, tokens, nameAfter(tokens, titled.end), titled) : appositiveName(ctx, tokens, titled);
      if (person) {
        push(i, person.end, [person.ref], 'name');
        i = person.end;
        continue;
      }
      // "Lao General Secretary and President Thongloun Sisoulith": two titles of one person, written as
      // one run of capitals; "the president and Prime Minister Albanese" are two people.
      const titleRun = !titled.hasDeterminer && tokens[titled.titleStart]!.isCapitalised;
      const joint = titleRun && tokens[titled.end]?.key === 'and' ? matchTitledPhrase(ctx, tokens, titled.end + 1) : undefined;
      const jointName = joint && startsName(ctx, tokens, nameAfter(tokens, joint.end)) ? matchPerson(ctx, tokens, nameAfter(tokens, joint.end), joint) : undefined;
      if (jointName) {
        push(i, jointName.end, [jointName.ref], 'name');
        i = jointName.end;
        continue;
      }
      if (titled.spec.beforeNameOnly) {
        // "the Chairperson held a bilateral meeting": the person named last who holds the title.
        const holder = titled.hasDeterminer ? recentTitleHolder(ctx, titled.spec) : undefined;
        if (holder) push(i, titled.end, [holder], 'role');
        i = titled.end;
        continue;
      }
      if (titled.plural && titled.spec.office === 'counterpart') {
        push(i, titled.end, [], 'role', { pending: { spec: titled.spec, scopes: titled.countries.map((country) => ({ country })) } });
        i = titled.end;
        continue;
      }
      if (titled.plural) {
        const refs = titled.countries.map((c) => resolveRole(ctx, titled.spec, { country: c })).filter((r): r is ActorRef => !!r);
        if (refs.length) push(i, titled.end, refs, 'role');
        i = titled.end;
        continue;
      }
      if (titled.spec.office === 'counterpart') {
        push(i, titled.end, [], 'role', { pending: { spec: titled.spec, scopes: [titled.scope] } });
        i = titled.end;
        continue;
      }
      if (!titled.elect && (titled.hasDeterminer || titled.scope.country || titled.scope.organisation)) {
        const ref = resolveRole(ctx, titled.spec, titled.scope);
        if (ref) push(i, titled.end, [ref], 'role', { role: { spec: titled.spec, scope: titled.scope } });
        i = titled.end;
        continue;
      }
    }
    const pair = PAIR.exec(tokens.slice(i, i + 6).map((x) => x.key).join(' '));
    if (pair) {
      const end = i + pair[0].split(' ').length;
      push(i, end, [], 'pronoun', { pronoun: 'the two' });
      i = end;
      continue;
    }
    // "His Highness also received a call": a royal or Gulf style without a name stands for the person, as "he" does.
    const styled = HONORIFIC.exec(tokens.slice(i, i + 4).map((x) => x.text).join(' '));
    if (styled) {
      const end = i + styled[0].split(' ').length;
      if (!startsName(ctx, tokens, end)) {
        push(i, end, [], 'pronoun', { pronoun: styled[1]!.toLowerCase() === 'her' ? 'she' : 'he' });
        i = end;
        continue;
      }
    }
    // "H.E." (His Excellency) reads as "he" once its dots are gone: a style before a name, not a pronoun.
    if (PRONOUNS.has(t.key) && (t.key !== 'i' || t.text === 'I') && !t.text.includes('.')) {
      push(i, i + 1, [], 'pronoun', { pronoun: t.key });
      i++;
      continue;
    }
    // "Ambassador Philip Goldberg", "Senator Lindsey Graham": a capitalised title word introduces a newcomer.
    // "Vice Chairman Zhang Youxia": the name starts after the last title word.
    let nameStart = i + 1;
    while (tokens[nameStart]?.isCapitalised && PERSON_TITLE_WORDS.has(tokens[nameStart]!.key) && nameStart - i < 3) nameStart++;
    const titleWord = t.isCapitalised && PERSON_TITLE_WORDS.has(t.key) && !matchName(ctx.index, tokens, i) && startsName(ctx, tokens, nameStart);
    if (titleWord) {
      const titled = matchPerson(ctx, tokens, nameStart, { text: tokens.slice(i, nameStart).map((x) => x.text).join(' '), scope: {} });
      if (titled) {
        push(i, titled.end, [titled.ref], 'name');
        i = titled.end;
        continue;
      }
    }
    const person = t.isCapitalised || t.text.startsWith('@') || matchName(ctx.index, tokens, i) ? matchPerson(ctx, tokens, i) : undefined;
    if (person) {
      // "Mr Zelensky", "Sir Keir": the honorific belongs to the mention.
      const from = person.ref.kind === 'person' && HONORIFICS.has(tokens[i - 1]?.key ?? '') ? i - 1 : i;
      push(from, person.end, [person.ref], 'name');
      i = person.end;
      continue;
    }
    i++;
  }
  markModifiers(tokens, mentions);
  return { sentence, tokens, mentions };
}

/** "Crown Prince Sheikh Mishal…": an honorific between a title and the name. */
function nameAfter(tokens: Token[], i: number): number {
  // "Prime Minister Datuk Seri Anwar Ibrahim": Malaysian styles come in pairs.
  if (STYLE_PAIRS.has(`${tokens[i]?.key} ${tokens[i + 1]?.key}`) && tokens[i + 2]?.isCapitalised) return i + 2;
  return HONORIFICS.has(tokens[i]?.key ?? '') && tokens[i]!.isCapitalised && tokens[i + 1]?.isCapitalised ? i + 1 : i;
}

/**
 * "her French counterpart, Bruno Retailleau,", "the Special Presidential Envoy for Africa, Johnnie
 * Carson,": the name set off by commas says who the title is.
 */
function appositiveName(ctx: ArticleContext, tokens: Token[], titled: TitledPhrase): NameFound | undefined {
  let comma = titled.end;
  if (['for', 'to'].includes(tokens[comma]?.key ?? '')) {
    comma++;
    while (tokens[comma]?.isCapitalised && comma - titled.end <= 4) comma++;
  }
  if (tokens[comma]?.key !== ',' || !startsName(ctx, tokens, comma + 1)) return undefined;
  const person = matchPerson(ctx, tokens, comma + 1, titled);
  const after = tokens[person?.end ?? -1]?.key;
  return person?.ref.kind === 'person' && (after === undefined || [',', '.', ';', '(', 'and'].includes(after)) ? person : undefined;
}
