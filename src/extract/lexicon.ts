import type { Office } from '../model/types.ts';

/** An office named by a title phrase; `titlePattern` narrows offices whose holders share one kind. */
export interface TitleSpec {
  words: string[];
  /**
   * 'recent': "the Russian diplomat" is the person of that country the article named last who holds such an office.
   * 'principal': "the Secretary" of a readout is the one holding such an office, so titled, whom the article names most.
   */
  office: Office | 'leader' | 'counterpart' | 'recent' | 'principal';
  titlePattern?: RegExp;
  /** For 'recent' and 'principal': the offices that fit the title; `titlePattern` judges roles whose office is not known. */
  recentOffices?: Office[];
  /** Other titles the phrase stands for: "the premier" of a country whose head of government is titled prime minister. */
  sameAs?: string[];
  /** Introduces a name ("Commission chairperson Mahmoud Ali Youssouf") but names no one alone: bodies have several chairs. */
  beforeNameOnly?: boolean;
  /** A title only when written with a capital: "the Secretary" of a State Department readout, not "his secretary". */
  capitalised?: boolean;
}

const spec = (phrase: string, office: TitleSpec['office'], titlePattern?: RegExp, recentOffices?: Office[]): TitleSpec => ({
  words: phrase.split(' '),
  office,
  ...(titlePattern ? { titlePattern } : {}),
  ...(recentOffices ? { recentOffices } : {}),
});

/** Longest phrases first so "vice president" wins over "president". */
export const TITLES: TitleSpec[] = [
  spec('minister of foreign affairs', 'foreign-minister'),
  spec('secretary for foreign affairs', 'foreign-minister'),
  spec('secretary of foreign affairs', 'foreign-minister'),
  spec('national security adviser', 'security-adviser'),
  spec('national security advisor', 'security-adviser'),
  spec('foreign affairs minister', 'foreign-minister'),
  spec('external affairs minister', 'foreign-minister'),
  spec('minister of external affairs', 'foreign-minister'),
  spec('secretary of state', 'foreign-minister'),
  spec('secretary of defense', 'defence-minister'),
  spec('secretary of defence', 'defence-minister'),
  spec('secretary of war', 'defence-minister'),
  spec('minister of defence', 'defence-minister'),
  spec('minister of defense', 'defence-minister'),
  spec('head of state', 'head-of-state'),
  spec('head of government', 'head-of-government'),
  spec('prime minister', 'head-of-government'),
  spec('vice president', 'deputy-head', /vice.?president/i),
  spec('vice premier', 'deputy-head'),
  spec('deputy prime minister', 'deputy-head', /deputy prime minister/i),
  spec('foreign minister', 'foreign-minister'),
  spec('foreign secretary', 'foreign-minister'),
  spec('top diplomat', 'foreign-minister'),
  spec('foreign policy chief', 'foreign-minister'),
  spec('high representative', 'foreign-minister'),
  spec('defence minister', 'defence-minister'),
  spec('defense minister', 'defence-minister'),
  spec('defence secretary', 'defence-minister'),
  spec('defense secretary', 'defence-minister'),
  spec('war secretary', 'defence-minister'),
  spec('security adviser', 'security-adviser'),
  spec('security advisor', 'security-adviser'),
  spec('secretary general', 'head-of-organisation', /secretary.?general/i),
  { ...spec('general secretary', 'other'), beforeNameOnly: true },
  { ...spec('party chief', 'other'), beforeNameOnly: true },
  { ...spec('ambassador', 'envoy'), beforeNameOnly: true },
  { ...spec('party secretary', 'other'), beforeNameOnly: true },
  { ...spec('chairperson', 'head-of-organisation'), beforeNameOnly: true },
  { ...spec('chairman', 'head-of-organisation'), beforeNameOnly: true },
  { ...spec('chairwoman', 'head-of-organisation'), beforeNameOnly: true },
  spec('supreme leader', 'head-of-state', /supreme leader/i),
  spec('crown prince', 'other', /crown prince/i),
  spec('special envoy', 'envoy'),
  spec('special presidential envoy', 'envoy'),
  spec('presidential envoy', 'envoy'),
  spec('president', 'head-of-state'),
  { ...spec('premier', 'head-of-government'), sameAs: ['prime minister'] },
  { ...spec('secretary', 'principal', /secretary/i, ['foreign-minister', 'defence-minister']), capitalised: true },
  spec('chancellor', 'head-of-government'),
  // German and Austrian usage: "the Federal Chancellor", "Federal President Steinmeier".
  { ...spec('federal chancellor', 'head-of-government'), sameAs: ['chancellor'] },
  { ...spec('federal president', 'head-of-state'), sameAs: ['president'] },
  spec('taoiseach', 'head-of-government'),
  spec('pm', 'head-of-government'),
  spec('nsa', 'security-adviser'),
  spec('king', 'head-of-state', /\bking\b/i),
  spec('queen', 'monarch', /\bqueen\b/i),
  spec('emir', 'head-of-state', /\b(?:emir|amir)\b/i),
  spec('amir', 'head-of-state', /\b(?:emir|amir)\b/i),
  spec('pope', 'head-of-state', /\bpope\b/i),
  spec('monarch', 'monarch'),
  { ...spec('pontiff', 'head-of-state', /\bpope\b/i), sameAs: ['pope'] },
  spec('sultan', 'head-of-state', /\bsultan\b/i),
  spec('envoy', 'envoy'),
  spec('leader', 'leader'),
  spec('counterpart', 'counterpart'),
  spec('diplomat', 'recent', /\b(?:minister|secretary|ambassador|envoy|representative|diplomat|counsellor|consul)/i, ['foreign-minister', 'envoy']),
  spec('minister', 'recent', /\b(?:minister|secretary)\b/i, ['foreign-minister', 'defence-minister', 'minister']),
];

/** Words that introduce a person's name without naming an office we resolve. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'sheik', 'prince', 'princess', 'madam', 'sayyid', 'shri', 'smt']);

/** Title words after which a capitalised name is a person even when the gazetteer does not know them. */
export const PERSON_TITLE_WORDS = new Set([
  'president', 'minister', 'secretary', 'premier', 'chancellor', 'ambassador', 'envoy', 'representative', 'spokesperson',
  'spokesman', 'spokeswoman', 'adviser', 'advisor', 'chief', 'general', 'commander', 'governor', 'mayor', 'senator',
  'congressman', 'congresswoman', 'lawmaker', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'head', 'deputy', 'official',
  'aide', 'negotiator', 'speaker', 'prosecutor', 'admiral', 'colonel', 'king', 'queen', 'emir', 'amir', 'sultan', 'nsa', 'leader',
  'pm', 'mp', 'mep', 'counterpart', 'diplomat', 'secretary-general', 'vice', 'prince', 'ayatollah', 'pope',
]);

/** Capitalised words that start sentences or name times, never actors on their own. */
export const NOT_NAMES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'will', 'said', 'the', 'a', 'an', 'in',
  'on', 'at', 'but', 'and', 'after', 'before', 'during', 'meanwhile', 'however', 'it', 'he', 'she', 'they', 'we', 'i',
  'this', 'that', 'his', 'her', 'their', 'its', 'as', 'for', 'with', 'while', 'when', 'both', 'speaking', 'asked',
]);

/** Nouns after a country name that make it a modifier ("US officials"), not an actor in its own right. */
export const MODIFIED_NOUNS = new Set([
  'officials', 'official', 'personnel', 'troops', 'forces', 'force', 'plan', 'government', 'delegation', 'delegations',
  'leaders', 'leader', 'side', 'team', 'teams', 'army', 'military', 'embassy', 'counterpart', 'counterparts', 'navy',
  'media', 'state', 'authorities', 'sources', 'diplomats', 'diplomat', 'envoy', 'envoys', 'negotiators', 'ministry',
  'ministers', 'minister', 'president', 'administration', 'citizens', 'people', 'economy', 'border', 'war', 'soil',
  'territory', 'summit', 'summits', 'talks', 'meeting', 'meetings', 'visit', 'visits', 'nsa', 'nsas', 'role', 'approach', 'policy', 'representatives',
  'membership', 'allies', 'ally', 'partners', 'counterparts', 'spokesperson', 'spokesman', 'statement', 'readout',
]);

/** Verbs that report what was said: a list of names ends before one, and a time after one dates the report. */
export const REPORTING_VERBS = new Set(['said', 'says', 'told', 'added', 'announced', 'announces', 'reported', 'confirmed', 'stated']);
