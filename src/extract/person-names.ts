import { type ActorRef, type ArticleContext, refFromEntry } from './context.ts';
import { FAMILY_NAME_FIRST_COUNTRIES, wordKeys } from './name-index.ts';
import { tokenize, type Token } from './tokens.ts';

/** Honorifics after which a person goes by the first name: "Sir Keir", "Sheikh Tamim". */
const FIRST_NAME_HONORIFICS = new Set(['sir', 'dame', 'lord', 'lady', 'prince', 'princess', 'sheikh', 'sheik']);

function nameWordsOf(ctx: ArticleContext, name: string): string[] {
  let words = ctx.nameWords.get(name);
  if (!words) ctx.nameWords.set(name, (words = wordKeys(tokenize(name))));
  return words;
}

/**
 * A short name for someone the article named ("Starmer", "Mr Xi", "Samia"), else, after an
 * honorific, the one person in the gazetteer who has it.
 */
export function lookupPersonByName(ctx: ArticleContext, nameTokens: Token[], afterHonorific: string | undefined): ActorRef | undefined {
  const keys = wordKeys(nameTokens);
  const last = keys.at(-1)!;
  for (const id of [...ctx.recentPeople].reverse()) {
    const ref = ctx.actors.get(id)!;
    const own = nameWordsOf(ctx, ref.name);
    // "Starmer", "Keir Starmer", or a double-barrelled family name ("Akufo-Addo") at the end of the full name.
    const tail = own.length > keys.length && own.slice(-keys.length).join(' ') === keys.join(' ');
    const matchesLast = keys.length === 1 ? own.indexOf(last) > 0 : tail || (own.at(-1) === last && own[0] === keys[0]);
    // "Sir Keir", "Prince Faisal", "Sheikh Tamim" go by the first name; "Mr Xi", "Kim" by a family name written first.
    const byFirstName = (afterHonorific && FIRST_NAME_HONORIFICS.has(afterHonorific)) || FAMILY_NAME_FIRST_COUNTRIES.has(ref.country ?? '');
    const matchesFirst = keys.length === 1 && own.length > 1 && byFirstName && own[0] === last;
    if (matchesLast || matchesFirst) return ref;
  }
  // "Samia" for Samia Suluhu Hassan: some leaders go by a first name, when one person the article named has it.
  if (keys.length === 1) {
    const byFirst = [...ctx.recentPeople].map((id) => ctx.actors.get(id)!).filter((ref) => {
      const own = nameWordsOf(ctx, ref.name);
      return own.length > 1 && own[0] === last;
    });
    if (byFirst.length === 1) return byFirst[0];
  }
  if (!afterHonorific) return undefined;
  const candidates = [
    ...(ctx.index.personsBySurname.get(last) ?? []),
    ...(keys.length === 1 ? (ctx.index.personsByFamilyNameFirst.get(last) ?? []) : []),
  ].filter((e) => {
    const own = nameWordsOf(ctx, e.name);
    return keys.length === 1 || own[0] === keys[0];
  });
  const active = candidates.filter((e) => e.roles?.some((r) => (!r.from || r.from <= ctx.published) && (!r.to || ctx.published <= r.to)));
  const pool = active.length > 0 ? active : candidates;
  return pool.length === 1 ? refFromEntry(ctx, pool[0]!) : undefined;
}
