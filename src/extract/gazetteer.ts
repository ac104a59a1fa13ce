import type { Actor, IsoDate } from '../model/types.ts';
import countries from '../../data/gazetteer/countries.json';
import institutions from '../../data/gazetteer/institutions.json';
import groups from '../../data/gazetteer/groups.json';
import peopleEurope from '../../data/gazetteer/people-europe.json';
import peopleNorthAmerica from '../../data/gazetteer/people-north-america.json';
import peopleOrgs from '../../data/gazetteer/people-orgs.json';
import peopleAsia from '../../data/gazetteer/people-asia.json';
import peopleMiddleEast from '../../data/gazetteer/people-middle-east.json';
import peopleAfrica from '../../data/gazetteer/people-africa.json';
import peopleLatinAmerica from '../../data/gazetteer/people-latin-america.json';
import type { GazetteerEntry, GazetteerFile, GazetteerRole } from './gazetteer-types.ts';
import { nameKey } from './normalise.ts';

const FILES = [
  countries, institutions, groups, peopleEurope, peopleNorthAmerica, peopleOrgs,
  peopleAsia, peopleMiddleEast, peopleAfrica, peopleLatinAmerica,
] as unknown as GazetteerFile[];

export interface Gazetteer {
  entries: readonly GazetteerEntry[];
  byId: ReadonlyMap<string, GazetteerEntry>;
  /** Countries by ISO 3166-1 alpha-2 code. */
  countryByCode: ReadonlyMap<string, GazetteerEntry>;
  /** Entries whose name or alias has this nameKey. */
  byName: ReadonlyMap<string, readonly GazetteerEntry[]>;
}

export function buildGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const byId = new Map<string, GazetteerEntry>();
  const countryByCode = new Map<string, GazetteerEntry>();
  const byName = new Map<string, GazetteerEntry[]>();
  const index = (key: string, entry: GazetteerEntry) => {
    if (!key) return;
    const list = byName.get(key);
    if (!list) byName.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of entries) {
    byId.set(entry.id, entry);
    if (entry.kind === 'country' && entry.code) countryByCode.set(entry.code, entry);
    index(nameKey(entry.name), entry);
    for (const alias of entry.aliases ?? []) index(nameKey(alias), entry);
    if (entry.capital) index(nameKey(entry.capital), entry);
  }
  return { entries, byId, countryByCode, byName };
}

let bundled: Gazetteer | undefined;

/** The gazetteer shipped in data/gazetteer, built once on first use. */
export function loadGazetteer(): Gazetteer {
  bundled ??= buildGazetteer(FILES.flatMap((f) => f.actors));
  return bundled;
}

export function roleHeldOn(role: Pick<GazetteerRole, 'from' | 'to'>, date: IsoDate): boolean {
  return (role.from === undefined || role.from <= date) && (role.to === undefined || date <= role.to);
}

/** The dataset record for a gazetteer entry. */
export function actorFromEntry(entry: GazetteerEntry): Actor {
  const actor: Actor = { id: entry.id, name: entry.name, kind: entry.kind, aliases: [...(entry.aliases ?? [])] };
  if (entry.roles?.length) actor.roles = entry.roles.map((r) => ({ ...r }));
  const country = entry.country ?? entry.code;
  if (country) actor.country = country;
  return actor;
}
