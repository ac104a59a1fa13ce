import type { Dataset } from './types.ts';
import { quickCheck } from './quickCheck.ts';
import { datasetSchema } from './schema.ts';

/** A dataset that failed to load; the message names the source and the path of the bad field. */
export class DatasetError extends Error {
  constructor(
    readonly source: string,
    readonly problem: string,
  ) {
    super(`${source}: ${problem}`);
    this.name = 'DatasetError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Checks the shape with the schema, then the links between records that a schema cannot express. */
export function validateDataset(value: unknown, source = 'dataset'): Dataset {
  // The quick check vouches for well-formed data; the schema decides, and explains, everything else.
  if (quickCheck(value)) {
    checkReferences(value as Dataset, source);
    return value as Dataset;
  }
  const parsed = datasetSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = formatPath(issue.path);
    throw new DatasetError(source, where ? `${where}: ${issue.message}` : issue.message);
  }
  const dataset = parsed.data as Dataset;
  checkReferences(dataset, source);
  return dataset;
}

function checkUnique(records: readonly { id: string }[], what: string, source: string): Set<string> {
  const seen = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    const id = records[i]!.id;
    if (seen.has(id)) throw new DatasetError(source, `${what}[${i}].id: duplicate id "${id}"`);
    seen.add(id);
  }
  return seen;
}

/** The place of the first participant listed twice, or -1; most events have two or three, so no set is built. */
function repeatedParticipant(participants: readonly string[]): number {
  for (let j = 1; j < participants.length; j++) {
    for (let k = 0; k < j; k++) if (participants[k] === participants[j]) return j;
  }
  return -1;
}

function checkReferences(dataset: Dataset, source: string): void {
  const articleIds = checkUnique(dataset.articles, 'articles', source);
  const actorIds = checkUnique(dataset.actors, 'actors', source);
  checkUnique(dataset.events, 'events', source);
  dataset.events.forEach((event, i) => {
    if (!articleIds.has(event.article)) {
      throw new DatasetError(source, `events[${i}].article: unknown article "${event.article}"`);
    }
    event.participants.forEach((p, j) => {
      if (!actorIds.has(p)) throw new DatasetError(source, `events[${i}].participants[${j}]: unknown actor "${p}"`);
    });
    const twice = repeatedParticipant(event.participants);
    if (twice >= 0) throw new DatasetError(source, `events[${i}].participants[${twice}]: "${event.participants[twice]}" is listed twice`);
    event.alsoReportedIn?.forEach((s, j) => {
      if (!articleIds.has(s.article)) {
        throw new DatasetError(source, `events[${i}].alsoReportedIn[${j}].article: unknown article "${s.article}"`);
      }
    });
  });
}

/** Parses dataset JSON text; any failure becomes a DatasetError naming the source. */
export function parseDataset(text: string, source = 'dataset'): Dataset {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new DatasetError(source, `not valid JSON (${(err as Error).message})`);
  }
  return validateDataset(value, source);
}
