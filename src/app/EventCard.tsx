import { highlightSegments, mentionRanges } from '../model/evidence.ts';
import type { Actor, Article, InteractionEvent, Mention } from '../model/types.ts';
import type { Selection } from '../model/urlState.ts';
import { formatDate } from './format.ts';
import { STATUS_LABELS, TYPE_LABELS } from './labels.ts';

interface EventCardProps {
  event: InteractionEvent;
  actorsById: ReadonlyMap<string, Actor>;
  articlesById: ReadonlyMap<string, Article>;
  /** Whose mentions to highlight: one actor, or every participant when absent. */
  focus?: Actor;
  onSelect(selection: Selection): void;
}

function Evidence({ text, actors, mentions }: { text: string; actors: Actor[]; mentions?: readonly Mention[] }) {
  const ranges = actors.flatMap((actor) => mentionRanges(text, actor, mentions));
  return (
    <blockquote className="evidence">
      {highlightSegments(text, ranges).map((segment, i) => (segment.highlight ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
    </blockquote>
  );
}

function SourceLine({ article, url }: { article: Article | undefined; url?: string }) {
  if (!article) return null;
  const title = article.title ?? article.file;
  const href = url ?? article.url;
  return (
    <p className="source muted">
      {href ? (
        <a href={href} target="_blank" rel="noreferrer noopener">
          {title}
        </a>
      ) : (
        <span>{title}</span>
      )}
      {article.outlet ? ` · ${article.outlet}` : ''} · published {formatDate(article.published)}
    </p>
  );
}

/** One interaction with the sentence behind it: what users read before they quote an edge. */
export function EventCard({ event, actorsById, articlesById, focus, onSelect }: EventCardProps) {
  const participants = event.participants.map((id) => actorsById.get(id)).filter((a): a is Actor => a !== undefined);
  const highlighted = focus ? [focus] : participants;
  return (
    <article className={`event-card ${event.status}`}>
      <header>
        <button type="button" className="link date" onClick={() => onSelect({ kind: 'event', id: event.id })}>
          {formatDate(event.date)}
          {event.datePrecision !== 'day' ? ` (${event.datePrecision})` : ''}
        </button>
        <span className={`badge type-${event.type}`}>{TYPE_LABELS[event.type]}</span>
        <span className={`badge status-${event.status}`}>{STATUS_LABELS[event.status]}</span>
        {event.mode && <span className="muted mode">{event.mode}</span>}
        {event.place && <span className="muted place">{event.place}</span>}
      </header>
      <p className="participants">
        {participants.map((actor, i) => (
          <span key={actor.id}>
            {i > 0 && ', '}
            {actor.id === focus?.id ? (
              <strong>{actor.name}</strong>
            ) : (
              <button type="button" className="link" onClick={() => onSelect({ kind: 'actor', id: actor.id })}>
                {actor.name}
              </button>
            )}
          </span>
        ))}
      </p>
      <Evidence text={event.evidence} actors={highlighted} {...(event.mentions ? { mentions: event.mentions } : {})} />
      <SourceLine article={articlesById.get(event.article)} {...(event.sourceUrl ? { url: event.sourceUrl } : {})} />
      {event.alsoReportedIn?.map((source, i) => (
        <div key={`${source.article}-${i}`} className="also">
          <Evidence text={source.evidence} actors={highlighted} {...(source.mentions ? { mentions: source.mentions } : {})} />
          <SourceLine article={articlesById.get(source.article)} />
        </div>
      ))}
    </article>
  );
}
