import { describe, expect, it } from 'vitest';
import { DATASET_FORMAT, type Dataset, type InteractionEvent } from '../model/types.ts';
import type { ViewFilter } from '../model/view.ts';
import { ViewTracker } from '../model/viewTracker.ts';
import { buildSceneGraph } from './explorerGraph.ts';
import { DEFAULT_EDGE_BUDGET, edgeBudgetFrom } from './lod.ts';
import { mergedPairsOf, mergedPartnersOf } from './mergedPairs.ts';
import { ExplorerScene, type Refreshable } from './scene.ts';
import type { Scheduler } from './scheduler.ts';

const ev = (id: string, date: string, participants: string[], type: 'meeting' | 'call' = 'meeting'): InteractionEvent => ({
  id, date, participants, type, status: 'occurred', datePrecision: 'day', article: 'a', evidence: id,
});

// p–q meet three times and once more with r; q–r also talk on their own.
const dataset: Dataset = {
  format: DATASET_FORMAT,
  articles: [{ id: 'a', file: 'a.txt', published: '2025-01-31' }],
  actors: ['p', 'q', 'r'].map((id) => ({ id, name: id.toUpperCase(), kind: 'person' as const, aliases: [] })),
  events: [
    ev('e3', '2025-01-03', ['q', 'p'], 'call'),
    ev('e1', '2025-01-01', ['p', 'q']),
    ev('e2', '2025-01-02', ['p', 'q']),
    ev('e4', '2025-01-04', ['p', 'q', 'r']),
    ev('e5', '2025-01-05', ['q', 'r']),
  ],
};
const positions = { p: { x: 0, y: 0 }, q: { x: 10, y: 0 }, r: { x: 5, y: 9 } };
const between = (from: string, to: string): ViewFilter => ({ mode: 'window', from, to });

/** `perPairAbove: 0` builds a per-pair scene: one graph edge per pair, as large datasets get. */
function setup(budget: number, perPairAbove?: number) {
  const built = buildSceneGraph(dataset, positions, false, undefined, perPairAbove);
  const { graph } = built;
  let frame: (() => void) | undefined;
  const scheduler: Scheduler = {
    requestFrame: (cb) => ((frame = cb), 1),
    cancelFrame: () => (frame = undefined),
    setTimer: () => 1,
    clearTimer: () => undefined,
    now: () => 0,
  };
  const calls: Parameters<Refreshable['refresh']>[0][] = [];
  const scene = new ExplorerScene(dataset, new ViewTracker(dataset), built, false, scheduler, budget);
  scene.attach({ refresh: (options) => calls.push(options), reindexLabels: () => undefined });
  const show = (filter: ViewFilter) => {
    scene.apply(filter);
    frame?.();
    frame = undefined;
  };
  /** What sigma would draw: edge key → [size, label] of each visible edge. */
  const drawn = () =>
    Object.fromEntries(
      graph.filterEdges((edge, attrs) => !scene.edgeReducer(edge, attrs).hidden).map((edge) => {
        const d = scene.edgeReducer(edge, graph.getEdgeAttributes(edge));
        return [edge, d.label ?? null];
      }),
    );
  /** The colour and size of each drawn edge, to tell a single interaction's look from a merged line's. */
  const looks = () => Object.fromEntries(Object.keys(drawn()).map((edge) => {
    const d = scene.edgeReducer(edge, graph.getEdgeAttributes(edge));
    return [edge, `${d.color} ${d.size}`];
  }));
  return { graph, scene, calls, show, drawn, looks };
}

describe('level of detail', () => {
  it('draws each pair once, with its count, when the view holds more edges than the budget', () => {
    const { scene, show, drawn } = setup(3);
    show(between('2025-01-01', '2025-01-05'));
    expect(scene.lod.edgesInView).toBe(7);
    expect(scene.lod.merged).toBe(true);
    // p–q: e1, e2, e3 and e4's first edge, drawn as the newest one; q–r: e4 and e5; p–r alone.
    expect(drawn()).toEqual({ 'e4#0': '4 interactions', 'e5#0': '2 interactions', 'e4#1': null });
    expect(mergedPairsOf(scene, 'e4')).toEqual([
      { source: 'p', target: 'q', count: 4 },
      { source: 'q', target: 'r', count: 2 },
    ]);
    expect(mergedPairsOf(scene, 'e5')).toEqual([{ source: 'q', target: 'r', count: 2 }]);
    // An actor's merged lines, busiest first; p–r is a single interaction, drawn as itself.
    expect(mergedPartnersOf(scene, 'q', 8)).toEqual([
      { source: 'q', target: 'p', count: 4 },
      { source: 'q', target: 'r', count: 2 },
    ]);
    expect(mergedPartnersOf(scene, 'p', 8)).toEqual([{ source: 'p', target: 'q', count: 4 }]);
    expect(mergedPartnersOf(scene, 'q', 1)).toHaveLength(1);
  });

  it('draws every interaction apart while the view fits the budget', () => {
    const { scene, show, drawn } = setup(3);
    show(between('2025-01-01', '2025-01-03'));
    expect(scene.lod.merged).toBe(false);
    expect(Object.keys(drawn()).sort()).toEqual(['e1#0', 'e2#0', 'e3#0']);
    expect(mergedPairsOf(scene, 'e1')).toEqual([]);
    expect(mergedPartnersOf(scene, 'p', 8)).toEqual([]);
  });

  it('gives no merged counts for an interaction outside the view, whose pair is merged from others', () => {
    const { scene, show } = setup(1);
    show(between('2025-01-01', '2025-01-02'));
    expect(mergedPairsOf(scene, 'e2')).toEqual([{ source: 'p', target: 'q', count: 2 }]);
    expect(mergedPairsOf(scene, 'e3')).toEqual([]);
  });

  it('follows the window as it moves: the drawn edge is always one in view, and repainted when its count changes', () => {
    const { scene, show, drawn, calls } = setup(1);
    show(between('2025-01-01', '2025-01-03'));
    expect(drawn()).toEqual({ 'e3#0': '3 interactions' });
    show(between('2025-01-01', '2025-01-02'));
    expect(drawn()).toEqual({ 'e2#0': '2 interactions' });
    expect(calls.at(-1)?.partialGraph?.edges).toEqual(expect.arrayContaining(['e3#0', 'e2#0']));
    show(between('2025-01-02', '2025-01-04'));
    expect(scene.edges.countOf(scene.graph.getEdgeAttributes('e2#0'))).toBe(3);
    // Three pairs in view and room for one: the busiest.
    expect(drawn()).toEqual({ 'e4#0': '3 interactions' });
    // Back under the budget: every edge in view is drawn again, which takes a repaint of all edges.
    show(between('2025-01-05', '2025-01-05'));
    expect(scene.lod.merged).toBe(false);
    expect(drawn()).toEqual({ 'e5#0': null });
    expect(calls.at(-1)?.partialGraph?.edges).toHaveLength(7);
  });

  it('draws only the busiest pairs that fit the budget, says how many, and repaints pairs that cross the line', () => {
    const { scene, show, drawn, calls } = setup(2);
    show(between('2025-01-01', '2025-01-05'));
    // p–q 4, q–r 2, p–r 1: two lines fit.
    expect(drawn()).toEqual({ 'e4#0': '4 interactions', 'e5#0': '2 interactions' });
    expect(scene.lod.cut).toEqual({ drawn: 2, of: 3 });
    // p–q 2, q–r 2, p–r 1: still two; then p–q 1, q–r 2, p–r 1: only q–r fits, and p–q is repainted.
    show(between('2025-01-03', '2025-01-05'));
    expect(drawn()).toEqual({ 'e4#0': '2 interactions', 'e5#0': '2 interactions' });
    show(between('2025-01-04', '2025-01-05'));
    expect(drawn()).toEqual({ 'e5#0': '2 interactions' });
    expect(scene.lod.cut).toEqual({ drawn: 1, of: 3 });
    expect(calls.at(-1)?.partialGraph?.edges).toContain('e4#0');
    show(between('2025-01-01', '2025-01-02'));
    expect(scene.lod.cut).toBeUndefined();
    expect(drawn()).toEqual({ 'e1#0': null, 'e2#0': null });
  });

  it('draws the busiest pairs even when they alone tie above the budget', () => {
    const { scene, show, drawn } = setup(1);
    // e4 alone: three pairs of one interaction each, and room for one line.
    show(between('2025-01-04', '2025-01-04'));
    expect(scene.lod.merged).toBe(true);
    expect(Object.keys(drawn()).sort()).toEqual(['e4#0', 'e4#1', 'e4#2']);
    expect(scene.lod.cut).toBeUndefined();
  });

  it('repaints a pair that becomes one of the busiest while its own count stays the same', () => {
    const { show, drawn, calls } = setup(1);
    show(between('2025-01-01', '2025-01-05'));
    expect(drawn()).toEqual({ 'e4#0': '4 interactions' });
    // p–q falls from 4 to 1; q–r keeps its 2 and is now the busiest.
    show(between('2025-01-04', '2025-01-05'));
    expect(drawn()).toEqual({ 'e5#0': '2 interactions' });
    expect(calls.at(-1)?.partialGraph?.edges).toContain('e5#0');
  });

  it('counts only what the filters let through', () => {
    const { scene, show, drawn } = setup(1);
    show({ ...between('2025-01-01', '2025-01-05'), types: ['meeting'] });
    expect(scene.lod.edgesInView).toBe(6);
    expect(drawn()['e4#0']).toBe('3 interactions');
  });

  it('reads the budget from ?budget=, keeping the default for anything else', () => {
    expect(edgeBudgetFrom('?budget=100')).toBe(100);
    expect(edgeBudgetFrom('?data=x.json&budget=0')).toBe(0);
    for (const search of ['', '?budget=', '?budget=-3', '?budget=2.5', '?budget=lots']) expect(edgeBudgetFrom(search)).toBe(DEFAULT_EDGE_BUDGET);
  });
});

describe('a per-pair scene (large datasets)', () => {
  const pairKey = (scene: ExplorerScene, a: string, b: string) => scene.graph.edges(a, b)[0]!;

  it('holds one edge per pair and draws a pair with several interactions in view as one line, whatever the budget', () => {
    const { graph, scene, show, drawn } = setup(1000, 0);
    expect(graph.size).toBe(3);
    const [pq, qr] = [pairKey(scene, 'p', 'q'), pairKey(scene, 'q', 'r')];
    show(between('2025-01-01', '2025-01-03'));
    expect(drawn()).toEqual({ [pq]: '3 interactions' });
    expect(scene.lod.merged).toBe(true);
    // A click opens the newest interaction of the pair in view.
    expect(scene.edges.eventOf(graph.getEdgeAttributes(pq))?.id).toBe('e3');
    expect(mergedPairsOf(scene, 'e1')).toEqual([{ source: 'p', target: 'q', count: 3 }]);
    show(between('2025-01-05', '2025-01-05'));
    expect(drawn()).toEqual({ [qr]: null });
    expect(scene.lod.merged).toBe(false);
    expect(scene.edges.eventOf(graph.getEdgeAttributes(qr))?.id).toBe('e5');
  });

  it("draws a pair with one interaction in view in that interaction's own colour, as the interaction scene does", () => {
    const perPair = setup(1000, 0);
    const perInteraction = setup(1000);
    for (const { show } of [perPair, perInteraction]) show(between('2025-01-03', '2025-01-03'));
    expect(Object.values(perPair.looks())).toEqual(Object.values(perInteraction.looks()));
    expect(Object.keys(perPair.looks())).toEqual([pairKey(perPair.scene, 'p', 'q')]);
  });

  it('repaints the pair edges of the interactions that enter or leave, and keeps the busiest-pairs cut', () => {
    const { scene, show, drawn, calls } = setup(2, 0);
    const [pq, qr, pr] = [pairKey(scene, 'p', 'q'), pairKey(scene, 'q', 'r'), pairKey(scene, 'p', 'r')];
    show(between('2025-01-01', '2025-01-04'));
    show(between('2025-01-01', '2025-01-05'));
    expect(calls.at(-1)?.partialGraph?.edges).toEqual([qr]);
    expect(drawn()).toEqual({ [pq]: '4 interactions', [qr]: '2 interactions' });
    expect(scene.lod.cut).toEqual({ drawn: 2, of: 3 });
    show(between('2025-01-04', '2025-01-04'));
    expect(Object.keys(drawn()).sort()).toEqual([pq, pr, qr].sort());
  });

  it('counts only what the filters let through, and emphasises the pairs of the selected interaction', () => {
    const { scene, graph, show, drawn } = setup(1000, 0);
    const [pq, qr] = [pairKey(scene, 'p', 'q'), pairKey(scene, 'q', 'r')];
    show({ ...between('2025-01-01', '2025-01-05'), types: ['call'] });
    expect(drawn()).toEqual({ [pq]: null });
    show(between('2025-01-01', '2025-01-05'));
    const sizeOf = (edge: string) => scene.edgeReducer(edge, graph.getEdgeAttributes(edge)).size;
    const [qrBefore, pqBefore] = [sizeOf(qr), sizeOf(pq)];
    scene.select({ kind: 'event', id: 'e5' });
    expect(sizeOf(qr)).toBeGreaterThan(qrBefore!);
    expect(sizeOf(pq)).toBe(pqBefore);
  });
});
