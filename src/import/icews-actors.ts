import type { Gazetteer } from '../extract/gazetteer.ts';
import { slugify } from '../extract/normalise.ts';
import type { Actor } from '../model/types.ts';
import { actorFromLinked, countryActor, linkName } from './link.ts';
import { guessKind, parseSectorName, sectorDisplayName, tidyName } from './names.ts';

/**
 * The actor for an ICEWS entity name:
 * a country (gazetteer entry, else the code table), a gazetteer entry with that name, a sector group
 * ("Police_(Nigeria)" → group "Police (Nigeria)" with country NG), or a new actor named after the entity.
 */
export function icewsActor(rawName: string, gazetteer: Gazetteer): Actor {
  const name = tidyName(rawName);
  const country = countryActor(gazetteer, { name });
  if (country) return country;
  const entry = linkName(gazetteer, name, { countries: 'never' });
  if (entry) return actorFromLinked(entry, name);
  const sector = parseSectorName(name);
  if (sector) return sectorActor(name, sector.sector, sector.parent, gazetteer);
  return { id: slugify(name), name, kind: guessKind(name), aliases: [] };
}

function sectorActor(name: string, sector: string, parent: string, gazetteer: Gazetteer): Actor {
  const display = `${sectorDisplayName(sector)} (${parent})`;
  const actor: Actor = { id: slugify(name), name: display, kind: 'group', aliases: display === name ? [] : [name] };
  const country = countryActor(gazetteer, { name: parent })?.country ?? linkName(gazetteer, parent, { countries: 'never' })?.country;
  if (country) actor.country = country;
  return actor;
}
