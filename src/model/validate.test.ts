import { describe, expect, it } from 'vitest';
import { DATASET_FORMAT, type Dataset } from './types.ts';
import { DatasetError, parseDataset, validateDataset } from './validate.ts';

function sample(): Dataset {
  return {
    format: DATASET_FORMAT,
    articles: [{ id: 'a1', file: 'a1.txt', published: '2025-08-16' }],
    actors: [
      { id: 'keir-starmer', name: 'Keir Starmer', kind: 'person', aliases: ['Sir Keir'] },
      { id: 'donald-trump', name: 'Donald Trump', kind: 'person', aliases: [] },
    ],
    events: [
      {
        id: 'e1',
        type: 'call',
        date: '2025-08-16',
        datePrecision: 'day',
        status: 'occurred',
        participants: ['keir-starmer', 'donald-trump'],
        article: 'a1',
        evidence: 'Sir Keir spoke to Donald Trump.',
      },
    ],
  };
}

function problemOf(value: unknown): string {
  try {
    validateDataset(value, 'x.json');
  } catch (err) {
    expect(err).toBeInstanceOf(DatasetError);
    return (err as Error).message;
  }
  throw new Error('expected the dataset to be rejected');
}

describe('validateDataset', () => {
  it('accepts a well-formed dataset', () => {
    expect(validateDataset(sample()).events).toHaveLength(1);
  });

  it('names the path of a bad field', () => {
    const d = sample();
    d.events[0]!.date = '2025-02-30';
    expect(problemOf(d)).toBe('x.json: events[0].date: not a calendar date');
  });

  it('rejects another format version', () => {
    expect(problemOf({ ...sample(), format: 'diplomacy-graph/0' })).toMatch(/^x\.json: format: expected "diplomacy-graph\/1"/);
  });

  it('rejects a participant that is not an actor', () => {
    const d = sample();
    d.events[0]!.participants = ['keir-starmer', 'nobody'];
    expect(problemOf(d)).toBe('x.json: events[0].participants[1]: unknown actor "nobody"');
  });

  it('rejects an actor listed twice among the participants', () => {
    const d = sample();
    d.events[0]!.participants = ['keir-starmer', 'donald-trump', 'keir-starmer'];
    expect(problemOf(d)).toBe('x.json: events[0].participants[2]: "keir-starmer" is listed twice');
  });

  it('rejects an event with a single participant', () => {
    const d = sample();
    d.events[0]!.participants = ['keir-starmer'];
    expect(problemOf(d)).toMatch(/events\[0\]\.participants: needs at least two participants/);
  });

  it('rejects duplicate actor ids and unknown articles', () => {
    const d = sample();
    d.actors.push({ ...d.actors[0]! });
    expect(problemOf(d)).toBe('x.json: actors[2].id: duplicate id "keir-starmer"');
    const e = sample();
    e.events[0]!.article = 'missing';
    expect(problemOf(e)).toBe('x.json: events[0].article: unknown article "missing"');
  });

  it('reports text that is not JSON in one line', () => {
    expect(() => parseDataset('{"format":', 'broken.json')).toThrow(/^broken\.json: not valid JSON/);
  });
});
