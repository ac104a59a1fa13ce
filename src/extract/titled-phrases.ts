import type { ArticleContext } from './context.ts';
import { TITLES, type TitleSpec } from './lexicon.ts';
import { matchTitle, wordKeys } from './name-index.ts';
import type { RoleScope } from './roles.ts';
import type { Token } from './tokens.ts';

/** Title phrases: "the Ukrainian president", "his Saudi and Iranian counterparts", "leaders from Italy and France". */

const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its']);
/** "Iranian acting President Mohammad Mokhber": the holder for now is the holder. */
const HOLDING_QUALIFIERS = new Set(['acting', 'interim', 'caretaker', 'outgoing']);

/** A country or organisation named as a scope: "Ukrainian", "US", "Ukraine's", "Nato's". */
export function matchScope(ctx: ArticleContext, tokens: Token[], i: number): { scope: RoleScope; end: number } | undefined {
  // Up to four words: "the Republic of the Congo".
  for (let len = 4; len >= 1; len--) {
    const words = tokens.slice(i, i + len);
    if (words.length < len || !words.every((t) => t.isWord) || !words[0]!.isCapitalised) continue;
    const key = wordKeys(words).join(' ');
    let end = i + len;
    if (tokens[end]?.key === "'s") end++;
    const country = ctx.index.countryWords.get(key);
    if (country) return { scope: { country }, end };
    const organisation = ctx.index.organisationWords.get(key);
    if (organisation) return { scope: { organisation }, end };
  }
  return undefined;
}

/** "of the United Kingdom", "of the European Commission" after a title. */
function matchOfScope(ctx: ArticleContext, tokens: Token[], i: number): { scope: RoleScope; end: number } | undefined {
  if (tokens[i]?.key !== 'of') return undefined;
  const j = tokens[i + 1]?.key === 'the' ? i + 2 : i + 1;
  const scoped = matchScope(ctx, tokens, j);
  return scoped && tokens[scoped.end - 1]?.key !== "'s" ? scoped : undefined;
}

export interface TitledPhrase {
  spec: TitleSpec;
  /** Where the title words begin, after any determiner and scope. */
  titleStart: number;
  scope: RoleScope;
  end: number;
  text: string;
  hasDeterminer: boolean;
  plural: boolean;
  countries: string[];
  /** "President-elect": never resolved to whoever holds the office. */
  elect?: boolean;
}

/**
 * "Indian commerce minister Piyush Goyal", "Energy Secretary Chris Wright": a portfolio of one or
 * two words before "minister" or "secretary", read as a title only right before a name, and
 * written in the title's case; without a country before it, only capitalised ("met commerce
 * minister X" is a verb, not a portfolio).
 */
function portfolioTitle(tokens: Token[], j: number, scoped: boolean): ReturnType<typeof matchTitle> {
  for (const words of [1, 2]) {
    const at = j + words;
    const word = tokens[at];
    if (!word || !['minister', 'secretary'].includes(word.key) || !tokens[at + 1]?.isCapitalised) continue;
    const portfolio = tokens.slice(j, at);
    const fits = (t: Token) => /^[A-Za-z]+$/.test(t.text) && t.isCapitalised === word.isCapitalised;
    if (!portfolio.every(fits) || (!scoped && !word.isCapitalised)) return undefined;
    const title = matchTitle(tokens, at);
    if (title?.end === at + 1) return title;
  }
  return undefined;
}

/** [the|his] [Ukrainian|Nato's] <title> [of the United Kingdom], or "leaders from Italy, France and Poland". */
export function matchTitledPhrase(ctx: ArticleContext, tokens: Token[], i: number): TitledPhrase | undefined {
  let j = i;
  const hasDeterminer = DETERMINERS.has(tokens[j]?.key ?? '');
  if (hasDeterminer) j++;
  const before = matchScope(ctx, tokens, j);
  if (before) j = before.end;
  if (before && HOLDING_QUALIFIERS.has(tokens[j]?.key ?? '')) j++;
  // "his Saudi, Iranian and Turkish counterparts": one counterpart in each country.
  if (hasDeterminer && before?.scope.country) {
    const countries = [before.scope.country];
    let k = j;
    while ([',', 'and'].includes(tokens[k]?.key ?? '')) {
      const next = matchScope(ctx, tokens, tokens[k + 1]?.key === 'and' ? k + 2 : k + 1);
      if (!next?.scope.country) break;
      countries.push(next.scope.country);
      k = next.end;
    }
    if (countries.length > 1 && tokens[k]?.key === 'counterparts') {
      const spec = TITLES.find((s) => s.office === 'counterpart')!;
      return { spec, titleStart: j, scope: {}, end: k + 1, text: 'counterparts', hasDeterminer, plural: true, countries };
    }
  }
  if (tokens[j]?.key === 'leaders' && ['from', 'of'].includes(tokens[j + 1]?.key ?? '')) {
    const countries: string[] = [];
    let k = j + 2;
    while (k < tokens.length) {
      const scoped = matchScope(ctx, tokens, k);
      if (!scoped?.scope.country) break;
      countries.push(scoped.scope.country);
      k = scoped.end;
      if (tokens[k]?.text === ',' && tokens[k + 1]?.key !== 'as') k++;
      if (tokens[k]?.key === 'and') k++;
    }
    if (countries.length === 0) return undefined;
    const spec = TITLES.find((s) => s.office === 'leader')!;
    return { spec, titleStart: j, scope: {}, end: k, text: 'leader', hasDeterminer, plural: true, countries };
  }
  const title = matchTitle(tokens, j) ?? (hasDeterminer ? undefined : portfolioTitle(tokens, j, !!before));
  if (!title) return undefined;
  let end = title.end;
  // "President-elect Donald Trump": the title of someone not yet in office.
  const elect = tokens[end]?.key === '-' && ['elect', 'designate'].includes(tokens[end + 1]?.key ?? '');
  if (elect) end += 2;
  let scope = before?.scope ?? {};
  const after = matchOfScope(ctx, tokens, end);
  if (after) {
    scope = { ...scope, ...after.scope };
    end = after.end;
  }
  const text = tokens.slice(j, title.end).map((t) => t.text).join(' ');
  return { spec: title.spec, titleStart: j, scope, end, text, hasDeterminer, plural: false, countries: [], elect };
}
