import type { ActorKind } from '../model/types.ts';

/** "Barack_Obama" → "Barack Obama". */
export function tidyName(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

const SMALL_WORDS = new Set(['a', 'an', 'of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'la', 'al']);

/** GDELT writes names in capitals: "UNITED STATES" → "United States", keeping short acronyms ("THE US" → "The US"). */
export function tidyCapitals(raw: string): string {
  const name = tidyName(raw);
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((word, i) => {
      if (SMALL_WORDS.has(word)) return i === 0 ? word[0]!.toUpperCase() + word.slice(1) : word;
      if (word.length <= 3) return word.toUpperCase();
      return word.replace(/(^|[-'(/])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

export interface SectorName {
  /** "Police", "Foreign Affairs", "Armed Rebel". */
  sector: string;
  /** What the sector belongs to: usually a country ("Nigeria"), sometimes a group ("Hamas"). */
  parent: string;
}

/** ICEWS sector actors end with their parent in parentheses: "Police (Nigeria)", "Military (Govt) (Zimbabwe)". */
export function parseSectorName(name: string): SectorName | undefined {
  if (!name.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = name.length - 1; i >= 0; i--) {
    if (name[i] === ')') depth++;
    else if (name[i] === '(' && --depth === 0) {
      const sector = name.slice(0, i).trim();
      const parent = name.slice(i + 1, -1).trim();
      return sector && parent ? { sector, parent } : undefined;
    }
  }
  return undefined;
}

/** ICEWS names sectors by one member ("Citizen"); as a node they stand for all of them. */
const PLURALS: Record<string, string> = {
  Citizen: 'Citizens', Protester: 'Protesters', Criminal: 'Criminals', Activist: 'Activists', Student: 'Students',
  Militant: 'Militants', Lawmaker: 'Lawmakers', Employee: 'Employees', Combatant: 'Combatants', Attacker: 'Attackers',
  Terrorist: 'Terrorists', Professor: 'Professors', Journalist: 'Journalists', Refugee: 'Refugees', Businessperson: 'Businesspeople',
  Governor: 'Governors', Lawyer: 'Lawyers', 'Armed Rebel': 'Armed Rebels', Rebel: 'Rebels', Villager: 'Villagers', Farmer: 'Farmers',
  'Party Member': 'Party Members', 'Government Official': 'Government Officials', 'Member of Parliament': 'Members of Parliament',
  'Court Judge': 'Court Judges', 'City Mayor': 'City Mayors', Muslim: 'Muslims', Christian: 'Christians', Detainee: 'Detainees',
  Prisoner: 'Prisoners', Worker: 'Workers', 'Lawyer/Attorney': 'Lawyers/Attorneys', Voter: 'Voters', Migrant: 'Migrants',
};

export function sectorDisplayName(sector: string): string {
  return PLURALS[sector] ?? sector;
}

const INSTITUTION_WORDS =
  /\b(?:Organi[sz]ation|Agency|University|Court|Tribunal|Commission|Council|Union|Bank|Ministry|Committee|Association|Company|Corporation|Institute|Fund|Office|Department|Federation|League|Parliament|Assembly|Congress|Senate|Secretariat|Administration|Cabinet|Bureau|Board|Service|Authority|Nations|Community|Church|Foundation|Programme|Program|Centre|Center|Network|Airlines?|News|Times|Post|Inc|Ltd|Watch|Amnesty|Red Cross|Interpol|Police|Government|Embassy|Mission)\b/;
const GROUP_WORDS =
  /\b(?:Party|Movement|Front|Army|Forces|Brigades?|Cartel|Coalition|Alliance|Taliban|Hamas|Hezbollah|Qaeda|Boko Haram|Shabaab|Houthis?|Kurds|People|Rebels?|Militants?|Islamic State|Mujahideen|Guard)\b/;
const REGIONS = new Set([
  'Africa', 'Asia', 'Europe', 'Middle East', 'Latin America', 'North America', 'South America', 'Southeast Asia',
  'South Asia', 'Central Asia', 'East Asia', 'Persian Gulf', 'International', 'Caribbean', 'Balkans', 'Oceania',
]);

/** A best guess from the words of a name that matched neither a country nor the gazetteer. */
export function guessKind(name: string): ActorKind {
  if (INSTITUTION_WORDS.test(name)) return 'institution';
  if (GROUP_WORDS.test(name) || REGIONS.has(name)) return 'group';
  return 'person';
}
