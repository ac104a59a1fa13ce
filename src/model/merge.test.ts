import { describe, expect, it } from 'vitest';
import { eventId, eventKey, mergeDatasets } from './merge.ts';
import { DATASET_FORMAT, type Actor, type Dataset, type InteractionEvent } from './types.ts';
import { validateDataset } from './validate.ts';

const actor = (id: string, extra: Partial<Actor> = {}): Actor => ({ id, name: id.toUpperCase(), kind: 'person', aliases: [], ...extra });
const ev = (id: string, article: string, participants: string[], extra: Partial<InteractionEvent> = {}): InteractionEvent => ({
  id, type: 'meeting', date: '2024-05-01', datePrecision: 'day', status: 'occurred', participants, article, evidence: `${id} in ${article}`, ...extra,
});
const dataset = (articles: string[], actors: Actor[], events: InteractionEvent[]): Dataset => ({
  format: DATASET_FORMAT,
  articles: articles.map((id) => ({ id, file: `${id}.txt`, published: '2024-05-02' })),
  actors,
  events,
});

describe('eventKey', () => {
  it('ignores participant order but not type, date or status', () => {
    const a = ev('x', 'a1', ['p', 'q']);
    expect(eventKey(a)).toBe(eventKey(ev('y', 'a2', ['q', 'p'])));
    expect(eventKey(a)).not.toBe(eventKey({ ...a, type: 'call' }));
    expect(eventKey(a)).not.toBe(eventKey({ ...a, date: '2024-05-02' }));
    expect(eventKey(a)).not.toBe(eventKey({ ...a, status: 'planned' }));
    expect(eventKey(a)).not.toBe(eventKey({ ...a, participants: ['p', 'q', 'r'] }));
  });

  it('does not reorder the event participants it reads', () => {
    const a = ev('x', 'a1', ['q', 'p']);
    eventKey(a);
    expect(a.participants).toEqual(['q', 'p']);
  });
});

describe('eventId', () => {
  it('is stable, short and differs between keys', () => {
    const key = eventKey(ev('x', 'a', ['p', 'q']));
    expect(eventId(key)).toBe(eventId(key));
    expect(eventId(key)).toMatch(/^e-[0-9a-f]{14}$/);
    const ids = new Set<string>();
    for (let i = 0; i < 20000; i++) ids.add(eventId(`meeting|2024-01-01|occurred|a${i}|b`));
    expect(ids.size).toBe(20000);
  });
});

describe('mergeDatasets', () => {
  const base = dataset(['a1'], [actor('p'), actor('q')], [ev('e1', 'a1', ['p', 'q'])]);

  it('adds new articles, actors and events, giving new events their stable id', () => {
    const addition = dataset(['a2'], [actor('q'), actor('r')], [ev('tmp', 'a2', ['q', 'r'], { date: '2024-06-01' })]);
    const { dataset: out, added, merged } = mergeDatasets(base, addition);
    expect(added).toEqual({ articles: 1, actors: 1, events: 1 });
    expect(merged).toBe(0);
    expect(out.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(out.actors.map((a) => a.id)).toEqual(['p', 'q', 'r']);
    const addedEvent = out.events[1]!;
    expect(addedEvent.id).toBe(eventId(eventKey(addedEvent)));
    expect(out.events[0]!.id).toBe('e1');
    expect(() => validateDataset(out)).not.toThrow();
  });

  it('records a second report of the same interaction in alsoReportedIn', () => {
    const addition = dataset(['a2'], [], [ev('tmp', 'a2', ['q', 'p'], { evidence: 'they met', mentions: [{ actor: 'p', start: 0, end: 4 }] })]);
    const { dataset: out, added, merged } = mergeDatasets(base, addition);
    expect(added.events).toBe(0);
    expect(merged).toBe(1);
    expect(out.events).toHaveLength(1);
    expect(out.events[0]!.alsoReportedIn).toEqual([{ article: 'a2', evidence: 'they met', mentions: [{ actor: 'p', start: 0, end: 4 }] }]);
    expect(() => validateDataset(out)).not.toThrow();
  });

  it('skips the events of an article that is already present, so a second import adds nothing', () => {
    const addition = dataset(['a2'], [actor('r')], [ev('x', 'a2', ['p', 'r']), ev('y', 'a2', ['q', 'p'])]);
    const once = mergeDatasets(base, addition).dataset;
    const twice = mergeDatasets(once, addition);
    expect(twice.added).toEqual({ articles: 0, actors: 0, events: 0 });
    expect(twice.merged).toBe(0);
    expect(twice.dataset).toEqual(once);
  });

  it('does not add actors that only the skipped events of an already present article name', () => {
    const addition = dataset(['a1', 'a2'], [actor('s'), actor('t'), actor('u')], [ev('x', 'a1', ['p', 's']), ev('y', 'a2', ['q', 't'])]);
    const { dataset: out, added } = mergeDatasets(base, addition);
    expect(added.actors).toBe(2);
    expect(out.actors.map((a) => a.id)).toEqual(['p', 'q', 't', 'u']);
  });

  it('does not list the same article twice when reports repeat within one addition', () => {
    const addition = dataset(['a2', 'a3'], [], [
      ev('x', 'a2', ['p', 'q']), ev('y', 'a2', ['p', 'q']), ev('z', 'a3', ['q', 'p']), ev('w', 'a1', ['p', 'q']),
    ]);
    const { dataset: out, merged } = mergeDatasets(base, addition);
    expect(merged).toBe(4);
    expect(out.events[0]!.alsoReportedIn?.map((s) => s.article)).toEqual(['a2', 'a3']);
  });

  it('merges events repeated inside the addition itself', () => {
    const addition = dataset(['a2', 'a3'], [actor('r')], [ev('x', 'a2', ['p', 'r']), ev('y', 'a3', ['r', 'p'])]);
    const { dataset: out, added, merged } = mergeDatasets(base, addition);
    expect(added.events).toBe(1);
    expect(merged).toBe(1);
    expect(out.events[1]!.alsoReportedIn).toEqual([{ article: 'a3', evidence: 'y in a3' }]);
  });

  it('unites actor aliases and roles without duplicates and fills a missing country', () => {
    const role = { title: 'President', office: 'head-of-state' as const, country: 'US' };
    const left = dataset([], [actor('p', { aliases: ['Pee'], roles: [role] })], []);
    const right = dataset([], [actor('p', { name: 'Mr P', aliases: ['Pee', 'P.'], roles: [role, { title: 'Senator' }], country: 'US' })], []);
    const { dataset: out, added } = mergeDatasets(left, right);
    expect(added.actors).toBe(0);
    expect(out.actors).toEqual([
      { id: 'p', name: 'P', kind: 'person', aliases: ['Pee', 'Mr P', 'P.'], roles: [role, { title: 'Senator' }], country: 'US' },
    ]);
  });

  it('leaves both inputs untouched', () => {
    const addition = dataset(['a2'], [actor('p', { aliases: ['x'] })], [ev('y', 'a2', ['p', 'q'])]);
    const before = JSON.stringify([base, addition]);
    mergeDatasets(base, addition);
    expect(JSON.stringify([base, addition])).toBe(before);
  });

  it('keeps ids unique when two different keys hash to an id already taken', () => {
    const clash = ev('x', 'a2', ['p', 'r']);
    const taken = eventId(eventKey(clash));
    const withClash = dataset(['a1'], [actor('p'), actor('q'), actor('r')], [ev(taken, 'a1', ['p', 'q'])]);
    const { dataset: out } = mergeDatasets(withClash, dataset(['a2'], [], [clash]));
    expect(out.events.map((e) => e.id)).toEqual([taken, `${taken}-2`]);
  });
});
