import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph.ts';
import { DATASET_FORMAT, type Dataset, type InteractionEvent } from './types.ts';
import { dateSpan, selectSnapshot } from './view.ts';

const ev = (id: string, date: string, participants: string[], extra: Partial<InteractionEvent> = {}): InteractionEvent => ({
  id, date, participants, type: 'meeting', status: 'occurred', datePrecision: 'day', article: 'a', evidence: id, ...extra,
});

const dataset: Dataset = {
  format: DATASET_FORMAT,
  articles: [{ id: 'a', file: 'a.txt', published: '2025-01-31' }],
  actors: [
    { id: 'p', name: 'P', kind: 'person', aliases: [] },
    { id: 'q', name: 'Q', kind: 'person', aliases: [] },
    { id: 'r', name: 'R', kind: 'person', aliases: [] },
    { id: 'c', name: 'C', kind: 'country', aliases: [] },
  ],
  events: [
    ev('e1', '2025-01-01', ['p', 'q']),
    ev('e2', '2025-01-10', ['p', 'q'], { type: 'call' }),
    ev('e3', '2025-01-20', ['p', 'q', 'r'], { status: 'planned' }),
    ev('e4', '2025-01-20', ['p', 'c']),
  ],
};

describe('selectSnapshot', () => {
  it('keeps only the window in window mode and everything up to the end in cumulative mode', () => {
    const ids = (s: ReturnType<typeof selectSnapshot>) => s.events.map((e) => e.id);
    expect(ids(selectSnapshot(dataset, { mode: 'window', from: '2025-01-05', to: '2025-01-15' }))).toEqual(['e2']);
    expect(ids(selectSnapshot(dataset, { mode: 'cumulative', from: '2025-01-05', to: '2025-01-15' }))).toEqual(['e1', 'e2']);
  });

  it('filters by type and status and lists only actors that take part', () => {
    const s = selectSnapshot(dataset, { mode: 'window', types: ['meeting'], statuses: ['occurred'] });
    expect(s.events.map((e) => e.id)).toEqual(['e1', 'e4']);
    expect(s.actors.map((a) => a.id)).toEqual(['p', 'q', 'c']);
  });

  it('drops participants of hidden kinds and events left with one participant', () => {
    const s = selectSnapshot(dataset, { mode: 'window', kinds: ['person'] });
    expect(s.events.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(s.actors.map((a) => a.id)).not.toContain('c');
  });

  it('gives the span of event dates', () => {
    expect(dateSpan(dataset.events)).toEqual({ first: '2025-01-01', last: '2025-01-20' });
  });
});

describe('buildGraph', () => {
  it('draws every pair of every event and counts interactions per actor', () => {
    const g = buildGraph(selectSnapshot(dataset, { mode: 'window' }));
    expect(g.size).toBe(1 + 1 + 3 + 1);
    expect(g.edges('p', 'q')).toHaveLength(3);
    expect(g.getNodeAttribute('p', 'interactions')).toBe(4);
  });

  it('can draw a multi-party event as a hub node', () => {
    const g = buildGraph(selectSnapshot(dataset, { mode: 'window' }), { multiPartyAsNode: true });
    expect(g.hasNode('event:e3')).toBe(true);
    expect(g.degree('event:e3')).toBe(3);
    expect(g.size).toBe(1 + 1 + 3 + 1);
  });
});
