import type { ActorKind, Office, Role } from '../model/types.ts';

/**
 * The curated knowledge base in data/gazetteer/*.json (format "gazetteer/1").
 * Every file has the shape { "format": "gazetteer/1", "actors": GazetteerEntry[] }.
 */
export const GAZETTEER_FORMAT = 'gazetteer/1';

export interface GazetteerRole extends Role {
  office: Office;
}

export interface GazetteerEntry {
  /** Stable slug, unique across all files: "keir-starmer", "united-kingdom", "nato". */
  id: string;
  name: string;
  kind: ActorKind;
  /** Other spellings that name this actor on their own, unambiguously, in diplomacy news. */
  aliases?: string[];
  /** ISO 3166-1 alpha-2 code of the actor's country (for people, institutions and national groups). */
  country?: string;
  roles?: GazetteerRole[];
  /** Countries only: ISO 3166-1 alpha-2 code. */
  code?: string;
  /** Countries only: adjectives and nouns of nationality ("British", "UK", "Ukrainian"). */
  demonyms?: string[];
  /** Countries only: the capital, used as a metonym ("Kyiv said", "talks with Moscow"). */
  capital?: string;
  /** Countries only: which office "the <demonym> leader" refers to. */
  leader?: 'head-of-state' | 'head-of-government';
}

export interface GazetteerFile {
  format: typeof GAZETTEER_FORMAT;
  actors: GazetteerEntry[];
}
