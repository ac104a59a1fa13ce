import { nameKey } from '../extract/normalise.ts';
import type { Actor } from './types.ts';

/**
 * Actors whose name or an alias contains the query, ignoring case and accents ("nicolas" finds
 * "Nicolás"). Whole-name matches come first, then prefixes, then matches inside a name.
 */
export function searchActors(actors: readonly Actor[], query: string, limit = 8): Actor[] {
  const key = nameKey(query);
  if (!key) return [];
  const scored: { actor: Actor; rank: number }[] = [];
  for (const actor of actors) {
    let rank = Infinity;
    for (const name of [actor.name, ...actor.aliases]) {
      const candidate = nameKey(name);
      if (candidate === key) rank = Math.min(rank, 0);
      else if (candidate.startsWith(key) || candidate.includes(` ${key}`)) rank = Math.min(rank, 1);
      else if (candidate.includes(key)) rank = Math.min(rank, 2);
    }
    if (rank < Infinity) scored.push({ actor, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || a.actor.name.localeCompare(b.actor.name));
  return scored.slice(0, limit).map((s) => s.actor);
}
