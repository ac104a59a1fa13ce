import { statusText } from './format.ts';

/** What is in view, read out by screen readers as it changes; tests read it too. */
export function StatusLine({ interactions, actors }: { interactions: number; actors: number }) {
  return (
    <div className="status" role="status">
      {statusText(interactions, actors)}
    </div>
  );
}
