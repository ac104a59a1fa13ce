import { DATASET_FORMAT, type Dataset, type InteractionEvent, type Mention } from '../model/types.ts';
import type { Snapshot } from '../model/view.ts';

function keepMentions(mentions: Mention[] | undefined, actors: ReadonlySet<string>): { mentions?: Mention[] } {
  return mentions ? { mentions: mentions.filter((m) => actors.has(m.actor)) } : {};
}

/** The event as exported: mentions of actors outside the subset are dropped so that no reference dangles. */
function subsetEvent(event: InteractionEvent, actors: ReadonlySet<string>): InteractionEvent {
  const out: InteractionEvent = { ...event, ...keepMentions(event.mentions, actors) };
  if (event.alsoReportedIn) {
    out.alsoReportedIn = event.alsoReportedIn.map((s) => ({ ...s, ...keepMentions(s.mentions, actors) }));
  }
  return out;
}

function referencedArticles(snapshot: Snapshot): Set<string> {
  const ids = new Set<string>();
  for (const e of snapshot.events) {
    ids.add(e.article);
    for (const s of e.alsoReportedIn ?? []) ids.add(s.article);
  }
  return ids;
}

function* jsonArray<T>(name: string, items: Iterable<T>, last: boolean): Generator<string> {
  yield `  "${name}": [`;
  let first = true;
  for (const item of items) {
    yield `${first ? '\n' : ',\n'}    ${JSON.stringify(item)}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}]${last ? '' : ','}\n`;
}

function* mapItems<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/** The snapshot as a dataset in our own format (one record per line), with only the articles it cites. */
export function* datasetJsonChunks(dataset: Dataset, snapshot: Snapshot): Generator<string> {
  const actorIds = new Set(snapshot.actors.map((a) => a.id));
  const articleIds = referencedArticles(snapshot);
  yield `{\n  "format": ${JSON.stringify(DATASET_FORMAT)},\n`;
  if (dataset.name !== undefined) yield `  "name": ${JSON.stringify(dataset.name)},\n`;
  if (dataset.description !== undefined) yield `  "description": ${JSON.stringify(dataset.description)},\n`;
  yield* jsonArray('articles', dataset.articles.filter((a) => articleIds.has(a.id)), false);
  yield* jsonArray('actors', snapshot.actors, false);
  yield* jsonArray('events', mapItems(snapshot.events, (e) => subsetEvent(e, actorIds)), true);
  yield '}\n';
}
