import { statusText } from './format.ts';
import type { PairCut } from './lod.ts';

export interface ViewCounts {
  interactions: number;
  actors: number;
  /** Parallel interactions between a pair are drawn as one edge now (see LevelOfDetail). */
  merged: boolean;
  /** How many of the merged pairs are drawn, when not all of them fit the budget. */
  cut?: PairCut | undefined;
}

/** What is in view, read out by screen readers as it changes; tests read it too. */
export function StatusLine({ interactions, actors, merged, cut }: ViewCounts) {
  return (
    <div className="status" role="status" title={merged ? `So many lines are in view that parallel interactions between two actors are drawn as one line${cut ? ', and only the busiest pairs' : ''}` : undefined}>
      {statusText(interactions, actors, merged, cut)}
    </div>
  );
}
