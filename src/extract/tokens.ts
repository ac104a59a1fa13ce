import { foldAccents } from './normalise.ts';

export interface Token {
  text: string;
  /** [start, end) offsets within the sentence. */
  start: number;
  end: number;
  /** Lower-case, accent-free, without dots: the key names are matched on. */
  key: string;
  isWord: boolean;
  /** Starts with an upper-case letter or a digit. */
  isCapitalised: boolean;
}

// Dotted acronyms (U.S.), @handles, words with inner apostrophes (O'Brien), a possessive 's on its own, and punctuation.
const TOKEN = /(?:[A-Z]\.){2,}|@\w+|[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
const POSSESSIVE = /^(.+)(['’]s)$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const possessive = POSSESSIVE.exec(raw);
    if (possessive && !/^[A-Z]$/.test(possessive[1]!)) {
      tokens.push(makeToken(possessive[1]!, m.index));
      tokens.push(makeToken("'s", m.index + possessive[1]!.length));
    } else {
      tokens.push(makeToken(raw, m.index));
    }
  }
  return tokens;
}

function makeToken(text: string, start: number): Token {
  const isWord = /[\p{L}\p{N}@]/u.test(text);
  // Most tokens are plain ASCII words, which need no accent folding or punctuation clean-up.
  const key = PLAIN_WORD.test(text) ? text.toLowerCase() : text === "'s" ? "'s" : foldAccents(text).toLowerCase().replace(/[.@]/g, '').replace(/’/g, "'");
  return { text, start, end: start + text.length, key, isWord, isCapitalised: /^@?[\p{Lu}\p{N}]/u.test(text) };
}
