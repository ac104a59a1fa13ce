import { statusText } from './format.ts';

export interface ViewCounts {
  interactions: number;
  actors: number;
  /** Parallel interactions between a pair are drawn as one edge now (see LevelOfDetail). */
  merged: boolean;
}

/** What is in view, read out by screen readers as it changes; tests read it too. */
export function StatusLine({ interactions, actors, merged }: ViewCounts) {
  return (
    <div className="status" role="status" title={merged ? 'So many lines are in view that parallel interactions between two actors are drawn as one line' : undefined}>
      {statusText(interactions, actors, merged)}
    </div>
  );
}
