import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectSnapshot } from '../../src/model/view.ts';
import { FIXTURE, loadFixture, readWithPython, runExport, tempDir, type PythonGraph, removeTempDirs } from './helpers.ts';

afterAll(removeTempDirs);

const dataset = loadFixture();

describe('GraphML snapshot, read back by NetworkX', () => {
  let graph: PythonGraph;
  beforeAll(() => {
    const out = join(tempDir(), 'snapshot.graphml');
    const run = runExport(['--data', FIXTURE, '--format', 'graphml', '--mode', 'cumulative', '--to', '2025-02-09', '--out', out]);
    expect(run.status).toBe(0);
    graph = readWithPython<PythonGraph>('graphml', out);
  });

  it('holds the cumulative snapshot: every interaction up to the end date', () => {
    const snapshot = selectSnapshot(dataset, { mode: 'cumulative', to: '2025-02-09' });
    expect(snapshot.events.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(Object.keys(graph.nodes).sort()).toEqual(snapshot.actors.map((a) => a.id).sort());
    expect(graph.edges).toHaveLength(5);
    expect(graph.graph.dataset).toBe(dataset.name);
  });

  it('reads typed attributes back with their types', () => {
    expect(graph.nodes.maduro).toMatchObject({ label: 'Nicolás Maduro', kind: 'person', interactions: 3 });
    const e3 = graph.edges.filter((e) => e.data.event === 'e3');
    expect(e3).toHaveLength(3);
    for (const edge of e3) {
      expect(edge.data).toMatchObject({
        type: 'meeting', mode: 'summit', status: 'occurred', date: '2025-02-09', participants: 3,
        evidence: 'Erdoğan hosted Maduro & UN officials <in Ankara>.', article: 'a2', place: 'Ankara',
      });
    }
    expect(e3.map((e) => e.key).sort()).toEqual(['e3#0', 'e3#1', 'e3#2']);
  });
});
