import type { Gazetteer } from '../extract/gazetteer.ts';
import { actorFromEntry } from '../extract/gazetteer.ts';
import type { GazetteerEntry } from '../extract/gazetteer-types.ts';
import { nameKey, slugify } from '../extract/normalise.ts';
import type { Actor } from '../model/types.ts';
import { countryTable, type CountryCode } from './country-codes.ts';

function entryCountry(entry: GazetteerEntry): string | undefined {
  return entry.country ?? entry.code;
}

/**
 * The gazetteer entry a name refers to, if exactly one entry of the wanted kinds has that name or alias
 * (and belongs to `country`, when the source says which). Ambiguous names link to nothing: no guessing.
 */
export function linkName(
  gazetteer: Gazetteer,
  name: string,
  options: { country?: string; countries: 'only' | 'never' | 'allow' },
): GazetteerEntry | undefined {
  const key = nameKey(name);
  const candidates = gazetteer.byName.get(key) ?? gazetteer.byName.get(key.replace(/^(?:the|a|an) /, '')) ?? [];
  const fitting = candidates.filter((entry) => {
    if (options.countries === 'only' && entry.kind !== 'country') return false;
    if (options.countries === 'never' && entry.kind === 'country') return false;
    if (matchesOnlyByCapital(entry, key)) return false;
    return options.country === undefined || entryCountry(entry) === undefined || entryCountry(entry) === options.country;
  });
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** The gazetteer indexes capitals as names of their country; a coded actor named "Washington" is not the US. */
function matchesOnlyByCapital(entry: GazetteerEntry, key: string): boolean {
  if (!entry.capital || nameKey(entry.capital) !== key) return false;
  return nameKey(entry.name) !== key && !(entry.aliases ?? []).some((alias) => nameKey(alias) === key);
}

/** The country actor for a name or an ISO alpha-2 code: the gazetteer's entry when it has one, else from the code table. */
export function countryActor(gazetteer: Gazetteer, ref: { name?: string; alpha2?: string }): Actor | undefined {
  const table = countryTable();
  const code: CountryCode | undefined =
    (ref.alpha2 ? table.byAlpha2.get(ref.alpha2) : undefined) ?? (ref.name ? table.byName.get(nameKey(ref.name)) : undefined);
  const entry =
    (code ? gazetteer.countryByCode.get(code.alpha2) : undefined) ??
    (ref.name ? linkName(gazetteer, ref.name, { countries: 'only', ...(code ? { country: code.alpha2 } : {}) }) : undefined);
  if (entry) return actorFromEntry(entry);
  if (!code) return undefined;
  return { id: slugify(code.name), name: code.name, kind: 'country', aliases: code.names.slice(1), country: code.alpha2 };
}

/** The actor for a gazetteer entry, remembering the spelling the source used as an alias. */
export function actorFromLinked(entry: GazetteerEntry, spelling: string): Actor {
  const actor = actorFromEntry(entry);
  if (spelling !== actor.name && !actor.aliases.includes(spelling)) actor.aliases.push(spelling);
  return actor;
}
