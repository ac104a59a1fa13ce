import type { Gazetteer } from '../extract/gazetteer.ts';
import { slugify } from '../extract/normalise.ts';
import type { Actor } from '../model/types.ts';
import { countryTable } from './country-codes.ts';
import { actorFromLinked, countryActor, linkName } from './link.ts';
import { guessKind, tidyCapitals } from './names.ts';

/** The actor columns of a GDELT row (Actor1… or Actor2…). */
export interface GdeltActorFields {
  code: string;
  name: string;
  /** CAMEO country code, ISO 3166-1 alpha-3 in most cases. */
  countryCode: string;
  knownGroupCode: string;
  type1Code: string;
}

/** CAMEO actor type codes, as the name of a sector group ("Government (China)"). */
const TYPE_LABELS: Record<string, string> = {
  COP: 'Police', GOV: 'Government', INS: 'Insurgents', JUD: 'Judiciary', MIL: 'Military', OPP: 'Opposition',
  REB: 'Rebels', SEP: 'Separatists', SPY: 'Intelligence', UAF: 'Armed forces', AGR: 'Agriculture', BUS: 'Business',
  CRM: 'Criminals', CVL: 'Civilians', DEV: 'Development', EDU: 'Education', ELI: 'Elites', ENV: 'Environmentalists',
  HLH: 'Health', HRI: 'Human rights', LAB: 'Labour', LEG: 'Legislature', MED: 'Media', REF: 'Refugees',
  MOD: 'Moderates', RAD: 'Radicals', IGO: 'Intergovernmental organisations', NGO: 'Non-governmental organisations',
  NGM: 'Non-governmental movements', MNC: 'Multinational corporations', SET: 'Settlers', PTY: 'Political parties',
};

/**
 * The actor a GDELT row codes, or undefined when the row has none on that side:
 * a gazetteer person, institution or group named so (of the same country); else, for a national actor,
 * the country itself or its sector group ("USAGOV" → "Government (United States)"); else a group named after it.
 */
export function gdeltActor(fields: GdeltActorFields, gazetteer: Gazetteer): Actor | undefined {
  if (!fields.code && !fields.name) return undefined;
  const name = tidyCapitals(fields.name || fields.code);
  const country = fields.countryCode ? countryTable().byAlpha3.get(fields.countryCode) : undefined;
  const entry = linkName(gazetteer, name, { countries: 'never', ...(country ? { country: country.alpha2 } : {}) });
  if (entry) return actorFromLinked(entry, name);
  if (country) {
    if (!fields.type1Code && !fields.knownGroupCode) return countryActor(gazetteer, { alpha2: country.alpha2 });
    const label = `${TYPE_LABELS[fields.type1Code] ?? name} (${country.name})`;
    return { id: slugify(label), name: label, kind: 'group', aliases: [], country: country.alpha2 };
  }
  const kind = guessKind(name);
  return { id: slugify(name), name, kind: kind === 'person' ? 'group' : kind, aliases: [] };
}
