import type { Gazetteer } from '../extract/gazetteer.ts';
import type { GazetteerEntry } from '../extract/gazetteer-types.ts';
import { slugify } from '../extract/normalise.ts';
import type { Actor } from '../model/types.ts';
import { actorFromLinked, countryActor, linkName } from './link.ts';
import { guessKind, parseSectorName, sectorDisplayName, tidyName } from './names.ts';

/**
 * The actor for an ICEWS entity name:
 * a country (gazetteer entry, else the code table), a gazetteer entry with that name (or, for a person,
 * with first and last name only), a sector group
 * ("Police_(Nigeria)" → group "Police (Nigeria)" with country NG), or a new actor named after the entity.
 */
export function icewsActor(rawName: string, gazetteer: Gazetteer): Actor {
  const name = tidyName(rawName);
  const country = countryActor(gazetteer, { name });
  if (country) return country;
  const entry = linkName(gazetteer, name, { countries: 'never' }) ?? linkWithoutMiddleNames(gazetteer, name);
  if (entry) return actorFromLinked(entry, name);
  const sector = parseSectorName(name);
  if (sector) return sectorActor(name, sector.sector, sector.parent, gazetteer);
  return { id: slugify(name), name, kind: guessKind(name), aliases: [] };
}

/** ICEWS writes full names ("Sergey Viktorovich Lavrov"); the gazetteer, as the news does ("Sergey Lavrov"). */
function linkWithoutMiddleNames(gazetteer: Gazetteer, name: string): GazetteerEntry | undefined {
  const words = name.split(' ');
  if (words.length < 3 || name.includes('(')) return undefined;
  const entry = linkName(gazetteer, `${words[0]} ${words[words.length - 1]}`, { countries: 'never' });
  return entry?.kind === 'person' ? entry : undefined;
}

function sectorActor(name: string, sector: string, parent: string, gazetteer: Gazetteer): Actor {
  const display = `${sectorDisplayName(sector)} (${parent})`;
  const actor: Actor = { id: slugify(name), name: display, kind: 'group', aliases: display === name ? [] : [name] };
  const country = countryActor(gazetteer, { name: parent })?.country ?? linkName(gazetteer, parent, { countries: 'never' })?.country;
  if (country) actor.country = country;
  return actor;
}
