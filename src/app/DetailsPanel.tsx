import { useMemo, useState } from 'react';
import type { Actor, Article, Dataset } from '../model/types.ts';
import type { Selection } from '../model/urlState.ts';
import type { ViewFilter } from '../model/view.ts';
import type { ViewTracker } from '../model/viewTracker.ts';
import { KIND_COLORS } from '../model/style.ts';
import { EventCard } from './EventCard.tsx';
import type { MergedPair } from './mergedPairs.ts';
import { formatDate, plural } from './format.ts';
import { KIND_LABELS } from './labels.ts';

interface DetailsPanelProps {
  dataset: Dataset;
  tracker: ViewTracker;
  /** Only a dependency: the list of interactions in view changes with it. */
  filter: ViewFilter;
  selection: Selection | undefined;
  onSelect(selection: Selection | undefined): void;
  /** The pairs of an interaction drawn merged with others, with their counts in view (none unless merged). */
  mergedPairsOf?(eventId: string): MergedPair[];
  /** An actor's busiest merged lines, with their counts in view (none unless merged). */
  mergedPartnersOf?(actorId: string, limit: number): MergedPair[];
}

/** How many of an actor's merged lines the panel lists. */
const PARTNERS_SHOWN = 8;

const PAGE = 50;

interface ActorDetailsProps {
  actor: Actor;
  dataset: Dataset;
  tracker: ViewTracker;
  lookups: Lookups;
  partners: MergedPair[];
  onSelect(s: Selection): void;
}

function ActorDetails({ actor, dataset, tracker, lookups, partners, onSelect }: ActorDetailsProps) {
  const [shown, setShown] = useState(PAGE);
  const index = tracker.actorIndex.get(actor.id);
  const events = index === undefined ? [] : tracker.eventsInViewOf(index).map((e) => dataset.events[e]!);
  const aliases = actor.aliases.filter((a) => a !== actor.name);
  return (
    <>
      <header className="details-head">
        <span className="swatch dot big" style={{ background: KIND_COLORS[actor.kind] }} aria-hidden="true" />
        <div>
          <h2>{actor.name}</h2>
          <p className="muted">
            {KIND_LABELS[actor.kind]}
            {actor.country ? ` · ${actor.country}` : ''}
          </p>
        </div>
      </header>
      {actor.roles && actor.roles.length > 0 && (
        <ul className="roles">
          {actor.roles.map((role, i) => (
            <li key={i}>
              {role.title}
              {role.from || role.to ? (
                <span className="muted">
                  {' '}
                  ({role.from ? formatDate(role.from) : '…'} – {role.to ? formatDate(role.to) : 'present'})
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {aliases.length > 0 && <p className="aliases muted">Also: {aliases.join(', ')}</p>}
      <MergedPairs pairs={partners} actors={lookups.actors} onSelect={onSelect} />
      <h3>{events.length ? `${plural(events.length, 'interaction')} in view` : 'No interactions in view'}</h3>
      {events.slice(0, shown).map((event) => (
        <EventCard key={event.id} event={event} focus={actor} actorsById={lookups.actors} articlesById={lookups.articles} onSelect={onSelect} />
      ))}
      {events.length > shown && (
        <button type="button" className="more" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, events.length - shown)} more
        </button>
      )}
    </>
  );
}

/** Says which lines of the graph stand for several interactions, and how many. */
function MergedPairs({ pairs, actors, onSelect }: { pairs: MergedPair[]; actors: ReadonlyMap<string, Actor>; onSelect(s: Selection): void }) {
  if (!pairs.length) return null;
  const name = (id: string) => actors.get(id)?.name ?? id;
  return (
    <div className="merged-pairs notice">
      <p>Many lines are in view, so each pair's interactions are drawn as one line:</p>
      <ul>
        {pairs.map(({ source, target, count }) => (
          <li key={`${source}\u0000${target}`}>
            <button type="button" className="link" onClick={() => onSelect({ kind: 'actor', id: source })}>{name(source)}</button>
            {' – '}
            <button type="button" className="link" onClick={() => onSelect({ kind: 'actor', id: target })}>{name(target)}</button>
            : {plural(count, 'interaction')} in view
          </li>
        ))}
      </ul>
    </div>
  );
}

interface Lookups {
  actors: ReadonlyMap<string, Actor>;
  articles: ReadonlyMap<string, Article>;
}

/** The region named "Details": the selected actor's interactions in view, or one interaction. */
export function DetailsPanel({ dataset, tracker, selection, onSelect, mergedPairsOf, mergedPartnersOf }: DetailsPanelProps) {
  const lookups = useMemo<Lookups>(
    () => ({
      actors: new Map(dataset.actors.map((a) => [a.id, a])),
      articles: new Map(dataset.articles.map((a) => [a.id, a])),
    }),
    [dataset],
  );
  const actor = selection?.kind === 'actor' ? lookups.actors.get(selection.id) : undefined;
  const eventIndex = selection?.kind === 'event' ? tracker.eventIndex.get(selection.id) : undefined;
  const event = eventIndex === undefined ? undefined : dataset.events[eventIndex];
  const empty = !actor && !event;
  return (
    <section className={`details ${empty ? 'empty' : ''}`} aria-label="Details">
      {!empty && (
        <button type="button" className="close" aria-label="Close details" onClick={() => onSelect(undefined)}>
          ×
        </button>
      )}
      {actor && <ActorDetails key={actor.id} actor={actor} dataset={dataset} tracker={tracker} lookups={lookups} partners={mergedPartnersOf?.(actor.id, PARTNERS_SHOWN) ?? []} onSelect={onSelect} />}
      {event && (
        <>
          <h2 className="details-title">Interaction</h2>
          {!tracker.isEventInView(eventIndex!) && <p className="notice">Outside the current range or filters.</p>}
          <EventCard event={event} actorsById={lookups.actors} articlesById={lookups.articles} onSelect={onSelect} />
          <MergedPairs pairs={mergedPairsOf?.(event.id) ?? []} actors={lookups.actors} onSelect={onSelect} />
        </>
      )}
      {empty && (
        <p className="muted hint">
          {selection ? `“${selection.id}” is not in this dataset.` : 'Click an actor or a line to read the interactions and the sentences behind them.'}
        </p>
      )}
    </section>
  );
}
