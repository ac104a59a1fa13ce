import type { Article } from '../model/types.ts';
import type { Snapshot } from '../model/view.ts';
import { interactionsByActor } from './snapshot-parts.ts';

/** Joins participants and aliases inside one field. */
export const LIST_SEPARATOR = ';';

/** RFC 4180: a field with a comma, quote or line break is quoted, and quotes inside are doubled. */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(fields: Array<string | number | undefined>): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export const INTERACTION_COLUMNS = [
  'id', 'date', 'date_precision', 'type', 'mode', 'status', 'participants', 'participant_names', 'evidence', 'article', 'source_url',
] as const;

export const ACTOR_COLUMNS = ['id', 'name', 'kind', 'aliases', 'country', 'interactions'] as const;

/**
 * One row per interaction, multi-party ones included, participants joined by ";".
 * The source URL is the event's own, else the URL of the article that reported it.
 */
export function* interactionsCsvChunks(snapshot: Snapshot, articles: readonly Article[]): Generator<string> {
  const names = new Map(snapshot.actors.map((a) => [a.id, a.name]));
  const urls = new Map(articles.map((a) => [a.id, a.url]));
  yield csvRow([...INTERACTION_COLUMNS]);
  for (const e of snapshot.events) {
    yield csvRow([
      e.id, e.date, e.datePrecision, e.type, e.mode, e.status,
      e.participants.join(LIST_SEPARATOR),
      e.participants.map((p) => names.get(p) ?? p).join(LIST_SEPARATOR),
      e.evidence, e.article, e.sourceUrl ?? urls.get(e.article),
    ]);
  }
}

/** One row per actor in view; `interactions` counts its interactions in view. */
export function* actorsCsvChunks(snapshot: Snapshot): Generator<string> {
  const counts = interactionsByActor(snapshot);
  yield csvRow([...ACTOR_COLUMNS]);
  for (const a of snapshot.actors) {
    yield csvRow([a.id, a.name, a.kind, a.aliases.join(LIST_SEPARATOR), a.country, counts.get(a.id) ?? 0]);
  }
}

/** Where the actors file goes: "foo.csv" → "foo.actors.csv", "foo" → "foo.actors.csv". */
export function actorsCsvPath(interactionsPath: string): string {
  return `${interactionsPath.replace(/\.csv$/i, '')}.actors.csv`;
}
