import { MODIFIED_NOUNS, PERSON_TITLE_WORDS } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';

/** Countries and institutions that only qualify something else are not participants. */
export function markModifiers(tokens: Token[], mentions: Mention[]): void {
  mentions.forEach((m, n) => {
    const kind = m.actors[0]?.kind;
    if (m.kind !== 'name' || kind === 'person' || kind === undefined) return;
    const next = tokens[m.tokenEnd];
    const nextMention = mentions[n + 1];
    const prev = mentions[n - 1];
    const before = tokens[m.tokenStart - 1]?.key;
    const beforeThe = before === 'the' ? tokens[m.tokenStart - 2]?.key : before;
    if (
      (next && (MODIFIED_NOUNS.has(next.key) || PERSON_TITLE_WORDS.has(next.key) || next.key === '-')) ||
      // "U.S. congressional leaders", "Russian military officials": an adjective between.
      (next && looksAdjectival(next.text) && MODIFIED_NOUNS.has(tokens[m.tokenEnd + 1]?.key ?? '')) ||
      (nextMention && nextMention.tokenStart === m.tokenEnd + (m.possessive ? 1 : 0)) ||
      // "IMF Managing Director Kristalina Georgieva": capitalised title words between the body and its official.
      (nextMention?.actors[0]?.kind === 'person' && titleRun(tokens, m.tokenEnd, nextMention.tokenStart)) ||
      (prev?.actors[0]?.kind === 'person' && (beforeThe === 'of' || beforeThe === 'from') && prev.tokenEnd >= m.tokenStart - 3)
    ) {
      m.modifier = true;
    }
  });
  // "the APEC and G20 summits": the first of a list of qualifiers qualifies too.
  for (let n = mentions.length - 2; n >= 0; n--) {
    const [m, next] = [mentions[n]!, mentions[n + 1]!];
    const joined = ['and', ','].includes(tokens[m.tokenEnd]?.key ?? '') && next.tokenStart === m.tokenEnd + 1;
    if (joined && next.modifier && m.kind === 'name' && m.actors[0]?.kind !== 'person' && next.actors[0]?.kind !== 'person') m.modifier = true;
  }
}

const COMMON_ADJECTIVES = new Set(['top', 'senior', 'junior', 'former', 'new', 'other', 'key', 'chief', 'deputy', 'acting', 'visiting', 'two', 'three', 'several', 'many', 'some', 'own']);

/**
 * "congressional", "military", "foreign", "top": a lowercase word that reads as an adjective. Verbs
 * must not pass ("Hamas held talks with Fatah"), so only adjective endings and a few common words do.
 */
function looksAdjectival(word: string): boolean {
  return COMMON_ADJECTIVES.has(word) || /^[a-z]+(?:al|ic|ary|ory|ian|ese|ive|ish|ern|ign|ous|ent|ant)$/.test(word);
}

function titleRun(tokens: Token[], from: number, to: number): boolean {
  return to - from >= 1 && to - from <= 3 && tokens.slice(from, to).every((t) => t.isWord && t.isCapitalised);
}
