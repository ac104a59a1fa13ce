import type { Gazetteer } from './gazetteer.ts';
import type { GazetteerEntry, GazetteerRole } from './gazetteer-types.ts';
import { NOT_NAMES, TITLES, type TitleSpec } from './lexicon.ts';
import { tokenize, type Token } from './tokens.ts';

interface NameForm {
  keys: string[];
  entry: GazetteerEntry;
  /** The alias is an acronym such as "US": only the same upper-case spelling matches. */
  upperOnly: boolean;
  /** The alias starts in lower case ("von der Leyen"), so a lower-case start matches too. */
  lowerStart: boolean;
}

export interface Holder {
  entry: GazetteerEntry;
  role: GazetteerRole;
}

export interface NameIndex {
  /** Name forms by their first key, longest first. */
  byFirstKey: Map<string, NameForm[]>;
  /** Demonyms, country names and aliases → ISO code ("ukrainian" → "UA", "us" → "US"). */
  countryWords: Map<string, string>;
  /** Person entries by the last key of their name, for "Mr Lammy" style references. */
  personsBySurname: Map<string, GazetteerEntry[]>;
  /** People of countries that write the family name first, by that name ("Mr Wang"). */
  personsByFamilyNameFirst: Map<string, GazetteerEntry[]>;
  /** Every role of every person, for resolving role nouns; also by country and by organisation. */
  holders: Holder[];
  holdersByScope: Map<string, Holder[]>;
  /** Organisation words → organisation id ("nato" → "nato", "commission" stays unset). */
  organisationWords: Map<string, string>;
}

export function wordKeys(tokens: Token[]): string[] {
  return tokens.filter((t) => t.text !== '-' && t.text !== '–').map((t) => t.key);
}

/** Countries whose people are named family name first in English-language news. */
export const FAMILY_NAME_FIRST_COUNTRIES = new Set(['CN', 'TW', 'HK', 'KP', 'KR', 'VN', 'MO']);

const cache = new WeakMap<Gazetteer, NameIndex>();

export function nameIndexFor(gazetteer: Gazetteer): NameIndex {
  let index = cache.get(gazetteer);
  if (!index) {
    index = buildNameIndex(gazetteer);
    cache.set(gazetteer, index);
  }
  return index;
}

function buildNameIndex(gazetteer: Gazetteer): NameIndex {
  const byFirstKey = new Map<string, NameForm[]>();
  const countryWords = new Map<string, string>();
  const personsBySurname = new Map<string, GazetteerEntry[]>();
  const personsByFamilyNameFirst = new Map<string, GazetteerEntry[]>();
  const organisationWords = new Map<string, string>();
  const holders: Holder[] = [];
  const holdersByScope = new Map<string, Holder[]>();
  const add = (alias: string, entry: GazetteerEntry) => {
    const tokens = tokenize(alias.replace(/_/g, ' ').replace(/^@/, ''));
    const keys = wordKeys(tokens);
    if (keys.length === 0) return;
    if (keys.length === 1 && NOT_NAMES.has(keys[0]!)) return;
    const letters = alias.replace(/[^\p{L}]/gu, '');
    const form: NameForm = {
      keys,
      entry,
      upperOnly: letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase(),
      lowerStart: /^\p{Ll}/u.test(alias),
    };
    const list = byFirstKey.get(keys[0]!) ?? [];
    const same = list.find((f) => f.entry === entry && f.keys.join(' ') === keys.join(' '));
    // Spellings that differ only in case ("NATO", "Nato") widen what one form accepts.
    if (same) {
      same.upperOnly &&= form.upperOnly;
      same.lowerStart ||= form.lowerStart;
    } else {
      list.push(form);
    }
    byFirstKey.set(keys[0]!, list);
  };
  for (const entry of gazetteer.entries) {
    add(entry.name, entry);
    for (const alias of entry.aliases ?? []) add(alias, entry);
    if (entry.kind === 'country') {
      if (entry.capital) add(entry.capital, entry);
      const code = entry.code ?? entry.country;
      if (code) {
        for (const word of [entry.name, ...(entry.aliases ?? []), ...(entry.demonyms ?? [])]) {
          countryWords.set(wordKeys(tokenize(word)).join(' '), code);
        }
      }
    }
    if (entry.kind === 'institution' && !entry.country) {
      for (const word of [entry.name, ...(entry.aliases ?? [])]) organisationWords.set(wordKeys(tokenize(word)).join(' '), entry.id);
    }
    if (entry.kind === 'person') {
      // "Ishiba Shigeru": NHK and Japanese government releases write Japanese names family name first.
      const words = entry.name.split(' ');
      if (entry.country === 'JP' && words.length === 2) add(`${words[1]} ${words[0]}`, entry);
      const surname = wordKeys(tokenize(entry.name)).at(-1);
      if (surname) personsBySurname.set(surname, [...(personsBySurname.get(surname) ?? []), entry]);
      const family = wordKeys(tokenize(entry.name))[0];
      if (family && FAMILY_NAME_FIRST_COUNTRIES.has(entry.country ?? '')) {
        personsByFamilyNameFirst.set(family, [...(personsByFamilyNameFirst.get(family) ?? []), entry]);
      }
      for (const role of entry.roles ?? []) {
        const holder = { entry, role };
        holders.push(holder);
        const scope = role.country ?? role.organisation;
        if (scope) holdersByScope.set(scope, [...(holdersByScope.get(scope) ?? []), holder]);
      }
    }
  }
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { byFirstKey, countryWords, personsBySurname, personsByFamilyNameFirst, holders, holdersByScope, organisationWords };
}

/** The longest gazetteer name starting at token i, honouring the case of acronyms. */
export function matchName(index: NameIndex, tokens: Token[], i: number): { entry: GazetteerEntry; end: number } | undefined {
  const first = tokens[i];
  if (!first?.isWord) return undefined;
  const forms = index.byFirstKey.get(first.key);
  if (!forms) return undefined;
  for (const form of forms) {
    const end = matchKeys(tokens, i, form.keys);
    if (end === undefined) continue;
    const text = tokens.slice(i, end).map((t) => t.text).join('');
    if (form.upperOnly && text !== text.toUpperCase()) continue;
    if (!form.upperOnly && !first.isCapitalised && !form.lowerStart) continue;
    return { entry: form.entry, end };
  }
  return undefined;
}

/** Matches keys against tokens from i, skipping hyphens; returns the end token index. */
export function matchKeys(tokens: Token[], i: number, keys: string[]): number | undefined {
  let t = i;
  for (let k = 0; k < keys.length; k++) {
    while (k > 0 && (tokens[t]?.text === '-' || tokens[t]?.text === '–')) t++;
    if (tokens[t]?.key !== keys[k]) return undefined;
    t++;
  }
  return t;
}

/** The longest title phrase of the lexicon at token i ("prime minister", "crown prince"), and where it ends. */
export function matchTitle(tokens: Token[], i: number): { spec: TitleSpec; end: number } | undefined {
  for (const spec of TITLES) {
    const end = matchKeys(tokens, i, spec.words);
    if (end !== undefined && (!spec.capitalised || tokens[i]!.isCapitalised)) return { spec, end };
  }
  return undefined;
}
