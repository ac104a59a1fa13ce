import { useContext } from 'react';
import { statusText } from './format.ts';
import { PairsMergedContext } from './pairsMerged.ts';

/** What is in view, read out by screen readers as it changes; tests read it too. */
export function StatusLine({ interactions, actors }: { interactions: number; actors: number }) {
  const merged = useContext(PairsMergedContext);
  return (
    <div className="status" role="status" title={merged ? 'So many lines are in view that parallel interactions between two actors are drawn as one thicker line' : undefined}>
      {statusText(interactions, actors, merged)}
    </div>
  );
}
