import { describe, expect, it } from 'vitest';
import { computeLayout } from '../model/layout.ts';
import { generateDataset } from '../model/synthetic.ts';
import { ViewTracker } from '../model/viewTracker.ts';
import { edgeKeysOf } from '../model/graph.ts';
import { buildSceneGraph } from './explorerGraph.ts';
import { ExplorerScene, type Refreshable } from './scene.ts';
import type { Scheduler } from './scheduler.ts';

type RefreshCall = Parameters<Refreshable['refresh']>[0];

function manualScheduler() {
  let frames: (() => void)[] = [];
  let timers: { cb: () => void; id: number }[] = [];
  let nextId = 1;
  const scheduler: Scheduler = {
    requestFrame: (cb) => (frames.push(cb), frames.length),
    cancelFrame: () => (frames = []),
    setTimer: (cb) => {
      timers.push({ cb, id: nextId });
      return nextId++;
    },
    clearTimer: (id) => (timers = timers.filter((t) => t.id !== id)),
    now: () => 0,
  };
  return {
    scheduler,
    frame() {
      const run = frames;
      frames = [];
      run.forEach((cb) => cb());
    },
    idle() {
      const run = timers;
      timers = [];
      run.forEach((t) => t.cb());
    },
    pendingFrames: () => frames.length,
  };
}

const dataset = generateDataset({ events: 600, actors: 60, seed: 2, start: '2024-01-01', days: 120 });
const built = buildSceneGraph(dataset, computeLayout(dataset, 5), false);
const { graph } = built;

function setup() {
  const time = manualScheduler();
  const calls: RefreshCall[] = [];
  const scene = new ExplorerScene(dataset, new ViewTracker(dataset), built, false, time.scheduler);
  scene.apply({ mode: 'window', from: '2024-02-01', to: '2024-02-15' });
  const labels = { reindexed: 0 };
  scene.attach({ refresh: (options) => calls.push(options), reindexLabels: () => labels.reindexed++ });
  time.frame();
  return { scene, time, calls, labels };
}

describe('ExplorerScene', () => {
  it('starts with one full refresh', () => {
    const { calls } = setup();
    expect(calls).toEqual([undefined]);
  });

  it('repaints only the edges that enter or leave on a slider step, batched once per frame', () => {
    const { scene, time, calls } = setup();
    const before = new Set(graph.filterEdges((edge, attrs) => !scene.edgeReducer(edge, attrs).hidden));
    scene.apply({ mode: 'window', from: '2024-02-02', to: '2024-02-15' });
    scene.apply({ mode: 'window', from: '2024-02-03', to: '2024-02-17' });
    expect(time.pendingFrames()).toBe(1);
    time.frame();
    expect(calls).toHaveLength(2);
    const call = calls[1]!;
    expect(call?.skipIndexation).toBe(true);
    const after = new Set(graph.filterEdges((edge, attrs) => !scene.edgeReducer(edge, attrs).hidden));
    const flipped = graph.filterEdges((edge) => before.has(edge) !== after.has(edge));
    expect(flipped.length).toBeGreaterThan(0);
    expect(new Set(call!.partialGraph!.edges)).toEqual(new Set(flipped));
    expect(call!.partialGraph!.edges!.length).toBeLessThan(graph.size / 4);
  });

  it('hides edges and actors outside the window and sizes actors by interactions in view', () => {
    const { scene } = setup();
    const inside = dataset.events.find((e) => e.date === '2024-02-10')!;
    const outside = dataset.events.find((e) => e.date === '2024-03-10')!;
    const [inKey] = edgeKeysOf(inside, false);
    const [outKey] = edgeKeysOf(outside, false);
    expect(scene.edgeReducer(inKey!, graph.getEdgeAttributes(inKey!)).hidden).toBeFalsy();
    expect(scene.edgeReducer(outKey!, graph.getEdgeAttributes(outKey!)).hidden).toBe(true);
    const idle = graph.filterNodes((n) => scene.tracker.interactionsOf(scene.tracker.actorIndex.get(n)!) === 0);
    expect(idle.length).toBeGreaterThan(0);
    expect(scene.nodeReducer(idle[0]!, graph.getNodeAttributes(idle[0]!)).hidden).toBe(true);
    scene.setShowInactive(true);
    expect(scene.nodeReducer(idle[0]!, graph.getNodeAttributes(idle[0]!)).hidden).toBeFalsy();
  });

  it('does a full refresh when a category filter changes, and re-places labels once scrubbing pauses', () => {
    const { scene, time, calls, labels } = setup();
    scene.apply({ mode: 'window', from: '2024-02-01', to: '2024-02-15', types: ['call'] });
    time.frame();
    expect(calls.at(-1)).toBeUndefined();
    scene.apply({ mode: 'window', from: '2024-02-01', to: '2024-03-15', types: ['call'] });
    time.frame();
    expect(calls.at(-1)?.skipIndexation).toBe(true);
    expect(labels.reindexed).toBe(0);
    time.idle();
    // Labels are re-chosen without asking sigma to process every edge again.
    expect(labels.reindexed).toBe(1);
    expect(calls).toHaveLength(3);
    expect(scene.stats).toMatchObject({ full: 2, partial: 1, settles: 1 });
  });

  it('keeps each edge in the same sigma program whether it is shown or hidden', () => {
    // Partial refreshes write an edge into the program of the type the reducer returns, at the
    // place sigma gave it when indexing: a type that changed with visibility would draw garbage.
    const { scene, time } = setup();
    const typeOf = () => Object.fromEntries(graph.mapEdges((edge, attrs) => [edge, scene.edgeReducer(edge, attrs).type]));
    const before = typeOf();
    expect(new Set(Object.values(before))).toEqual(new Set(['curved', 'straight']));
    scene.apply({ mode: 'window', from: '2024-03-01', to: '2024-03-20' });
    time.frame();
    expect(typeOf()).toEqual(before);
  });

  it('fades what is not next to the hovered actor', () => {
    const { scene } = setup();
    const busiest = graph.nodes().sort((a, b) => scene.tracker.interactionsOf(scene.tracker.actorIndex.get(b)!) - scene.tracker.interactionsOf(scene.tracker.actorIndex.get(a)!))[0]!;
    scene.hover(busiest);
    const shown = graph.filterNodes((n, a) => !scene.nodeReducer(n, a).hidden);
    const faded = shown.filter((n) => scene.nodeReducer(n, graph.getNodeAttributes(n)).label === null);
    expect(faded.length).toBeGreaterThan(0);
    expect(faded).not.toContain(busiest);
    for (const n of faded) expect(graph.areNeighbors(n, busiest) && graph.edges(n, busiest).some((e) => !scene.edgeReducer(e, graph.getEdgeAttributes(e)).hidden)).toBe(false);
  });
});
