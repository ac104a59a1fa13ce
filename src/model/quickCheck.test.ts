import { describe, expect, it } from 'vitest';
import { quickCheck } from './quickCheck.ts';
import { datasetSchema } from './schema.ts';
import { generateDataset } from './synthetic.ts';
import type { Dataset } from './types.ts';
import { validateDataset } from './validate.ts';

function sample(): Dataset {
  const d = generateDataset({ events: 40, actors: 12, seed: 3 });
  d.actors[0] = { ...d.actors[0]!, roles: [{ title: 'Foreign Minister', office: 'foreign-minister', from: '2020-01-01' }], country: 'NO' };
  d.events[0] = { ...d.events[0]!, place: 'Oslo', sourceUrl: 'https://example.org', alsoReportedIn: [{ article: d.articles[0]!.id, evidence: 'Also.' }] };
  return d;
}

/** Each breaks one rule of the schema. */
const BREAKAGES: [string, (d: Dataset & Record<string, unknown>) => void][] = [
  ['wrong format', (d) => void (d.format = 'diplomacy-graph/0' as never)],
  ['name not text', (d) => void (d.name = 3 as never)],
  ['events not an array', (d) => void (d.events = {} as never)],
  ['impossible date', (d) => void (d.events[5]!.date = '2024-02-30')],
  ['date with time', (d) => void (d.events[5]!.date = '2024-02-03T10:00')],
  ['unknown type', (d) => void (d.events[7]!.type = 'visit' as never)],
  ['unknown precision', (d) => void (d.events[7]!.datePrecision = 'year' as never)],
  ['unknown status', (d) => void (d.events[7]!.status = 'rumoured' as never)],
  ['one participant', (d) => void (d.events[9]!.participants = ['actor-00001'])],
  ['empty participant', (d) => void (d.events[9]!.participants = ['actor-00001', ''])],
  ['empty id', (d) => void (d.events[9]!.id = '')],
  ['evidence missing', (d) => void delete (d.events[9] as Partial<Dataset['events'][number]>).evidence],
  ['negative mention offset', (d) => void (d.events[3]!.mentions = [{ actor: 'actor-00001', start: -1, end: 4 }])],
  ['fractional mention offset', (d) => void (d.events[3]!.mentions = [{ actor: 'actor-00001', start: 1.5, end: 4 }])],
  ['source without evidence', (d) => void (d.events[3]!.alsoReportedIn = [{ article: 'x' } as never])],
  ['place not text', (d) => void (d.events[3]!.place = 4 as never)],
  ['article date missing', (d) => void delete (d.articles[1] as Partial<Dataset['articles'][number]>).published],
  ['article title not text', (d) => void (d.articles[1]!.title = null as never)],
  ['unknown actor kind', (d) => void (d.actors[2]!.kind = 'city' as never)],
  ['alias not text', (d) => void (d.actors[2]!.aliases = [1] as never)],
  ['role without title', (d) => void (d.actors[0]!.roles = [{ title: '' }])],
  ['unknown office', (d) => void (d.actors[0]!.roles = [{ title: 'Chief', office: 'chief' as never }])],
  ['role ending on no date', (d) => void (d.actors[0]!.roles = [{ title: 'Chief', to: '2024-04-31' }])],
  ['event is an array', (d) => void (d.events[4] = [] as never)],
];

describe('quickCheck', () => {
  it('accepts a valid dataset, and the result equals what the schema returns', () => {
    const d = sample();
    expect(quickCheck(d)).toBe(true);
    expect(validateDataset(structuredClone(d))).toEqual(datasetSchema.parse(structuredClone(d)));
  });

  it.each(BREAKAGES)('leaves a dataset with %s to the schema, which rejects it', (_name, breakIt) => {
    const d = sample() as Dataset & Record<string, unknown>;
    breakIt(d);
    expect(quickCheck(d)).toBe(false);
    expect(datasetSchema.safeParse(d).success).toBe(false);
  });

  it('leaves unknown keys to the schema, which drops them', () => {
    const d = sample();
    (d.events[2] as unknown as Record<string, unknown>).extra = 1;
    expect(quickCheck(d)).toBe(false);
    expect(validateDataset(d).events[2]).not.toHaveProperty('extra');
  });

  it('reports a bad event with the same message as the schema', () => {
    const d = sample();
    d.events[6]!.date = '2024-13-01';
    expect(() => validateDataset(d, 'big.json')).toThrow(/^big\.json: events\[6\]\.date: not a calendar date$/);
  });
});
