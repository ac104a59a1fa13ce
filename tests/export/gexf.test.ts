import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectSnapshot, type ViewFilter } from '../../src/model/view.ts';
import { FIXTURE, loadFixture, readWithPython, runExport, tempDir, type PythonGraph, removeTempDirs } from './helpers.ts';

afterAll(removeTempDirs);

const dataset = loadFixture();
const pairKey = (a: string, b: string) => [a, b].sort().join('|');

function expectedEdges(filter: ViewFilter) {
  return selectSnapshot(dataset, filter).events.flatMap((e) =>
    e.participants.flatMap((p, i) => e.participants.slice(i + 1).map((q) => ({ event: e, pair: pairKey(p, q) }))),
  );
}

describe('GEXF static snapshot, read back by NetworkX', () => {
  const filter: ViewFilter = { mode: 'window', from: '2025-01-01', to: '2025-02-28' };
  let graph: PythonGraph;
  beforeAll(() => {
    const out = join(tempDir(), 'snapshot.gexf');
    const run = runExport(['--data', FIXTURE, '--format', 'gexf', '--from', '2025-01-01', '--to', '2025-02-28', '--out', out]);
    expect(run.stderr).toContain('4 interactions');
    expect(run.status).toBe(0);
    graph = readWithPython<PythonGraph>('gexf', out);
  });

  it('has one node per actor in view and one edge per pair of participants of each interaction', () => {
    expect(graph.graph.mode).toBe('static');
    expect(Object.keys(graph.nodes).sort()).toEqual(['erdogan', 'lula', 'maduro', 'un']);
    // e1 and e2 are two calls between the same pair; e3 has three participants, hence three edges.
    expect(graph.edges).toHaveLength(6);
    expect(graph.edges.map((e) => pairKey(e.source, e.target)).sort()).toEqual(expectedEdges(filter).map((e) => e.pair).sort());
  });

  it('keeps node labels with accents and typed node attributes', () => {
    expect(graph.nodes.maduro).toMatchObject({ label: 'Nicolás Maduro', kind: 'person', country: 'VE', interactions: 4 });
    expect(graph.nodes.erdogan).toMatchObject({ label: 'Recep Tayyip Erdoğan', interactions: 2 });
    expect(graph.nodes.un).toMatchObject({ kind: 'institution', interactions: 1 });
  });

  it('carries every edge attribute of its interaction, evidence with quotes, ampersands and line breaks intact', () => {
    for (const edge of graph.edges) {
      const event = dataset.events.find((e) => e.id === edge.data.event)!;
      expect(edge.data).toMatchObject({
        type: event.type, status: event.status, date: event.date, evidence: event.evidence,
        article: event.article, participants: event.participants.length,
      });
      expect(edge.key).toMatch(new RegExp(`^${event.id}#\\d+$`));
    }
    const e2 = graph.edges.find((e) => e.data.event === 'e2')!;
    expect(e2.data).toMatchObject({ mode: 'video call', sourceUrl: 'https://example.org/e2' });
    expect(e2.data.evidence).toBe('Lula called Maduro again;\nthe second call in a month.');
  });
});

describe('GEXF dynamic timeline, read back by NetworkX', () => {
  let graph: PythonGraph;
  beforeAll(() => {
    const out = join(tempDir(), 'timeline.gexf');
    const run = runExport(['--data', FIXTURE, '--format', 'gexf', '--dynamic', '--out', out]);
    expect(run.status).toBe(0);
    graph = readWithPython<PythonGraph>('gexf', out);
  });

  it('is a dynamic graph holding the whole dataset', () => {
    expect(graph.graph.mode).toBe('dynamic');
    const used = new Set(dataset.events.flatMap((e) => e.participants));
    expect(Object.keys(graph.nodes).sort()).toEqual([...used].sort());
    expect(graph.edges).toHaveLength(expectedEdges({ mode: 'window' }).length);
  });

  it('dates every edge with its interaction, start and end alike', () => {
    for (const edge of graph.edges) {
      const event = dataset.events.find((e) => e.id === edge.data.event)!;
      expect(edge.data.start).toBe(event.date);
      expect(edge.data.end).toBe(event.date);
    }
  });

  it('gives every actor spells that cover each day it interacts and begin and end on such days', () => {
    for (const [id, node] of Object.entries(graph.nodes)) {
      const spells = node.spells as Array<[string, string]>;
      const days = new Set(dataset.events.filter((e) => e.participants.includes(id)).map((e) => e.date));
      for (const day of days) expect(spells.some(([start, end]) => start <= day && day <= end)).toBe(true);
      for (const [start, end] of spells) {
        expect(days.has(start)).toBe(true);
        expect(days.has(end)).toBe(true);
      }
    }
    // Maduro interacts on 2025-02-09 and 2025-02-10: one spell over both days.
    expect(graph.nodes.maduro!.spells).toContainEqual(['2025-02-09', '2025-02-10']);
  });

  it('applies type filters to the timeline', () => {
    const out = join(tempDir(), 'calls.gexf');
    expect(runExport(['--data', FIXTURE, '--format', 'gexf', '--dynamic', '--types', 'call', '--out', out]).status).toBe(0);
    const calls = readWithPython<PythonGraph>('gexf', out);
    expect(calls.edges.map((e) => e.data.type)).toEqual(expectedEdges({ mode: 'window', types: ['call'] }).map(() => 'call'));
  });
});
