import Sigma from 'sigma';
import { buildSceneGraph, type SceneEdgeAttributes, type SceneGraph, type SceneNodeAttributes } from '../../app/explorerGraph.ts';
import { ExplorerScene, type Refreshable } from '../../app/scene.ts';
import { makeSigmaSettings } from '../../app/sigmaSettings.ts';
import { reindexLabels } from '../../app/sigmaTarget.ts';
import type { Dataset } from '../../model/types.ts';
import { parseDataset } from '../../model/validate.ts';
import type { ViewFilter } from '../../model/view.ts';
import { ViewTracker } from '../../model/viewTracker.ts';
import { spiralPositions } from '../positions.ts';
import { samplesWithinBudget, scrubFilters } from '../scrub.ts';
import { NaiveWindow } from './naive.ts';
import { BenchScheduler } from './scheduler.ts';

/*
 * The browser half of the benchmark, driven from Node through playwright: the explorer's own
 * scene, graph and sigma settings on a real sigma instance, and the naive path on the same one.
 */

type SceneSigma = Sigma<SceneNodeAttributes, SceneEdgeAttributes>;

interface Loaded {
  dataset: Dataset;
  graph: SceneGraph;
  scene: ExplorerScene;
  sigma: SceneSigma;
  target: DrawTarget;
  scheduler: BenchScheduler;
  scrub: { start: ViewFilter; steps: ViewFilter[] };
}

/**
 * What the scene refreshes: sigma itself, or, while the window update alone is timed, sigma with its
 * draw deferred to the next animation frame. Software WebGL takes a time per drawn frame that grows
 * with the edges in sigma's buffers (hundreds of ms at 10^4 interactions), which the frame figure
 * measures; drawing after every step of a 365-step scrub would make the run last hours.
 */
class DrawTarget implements Refreshable {
  deferDraw = false;
  constructor(private readonly sigma: SceneSigma) {}
  refresh(options?: Parameters<Refreshable['refresh']>[0]): void {
    this.sigma.refresh({ ...options, schedule: this.deferDraw });
  }
  reindexLabels(): void {
    reindexLabels(this.sigma);
  }
}

let loaded: Loaded | undefined;

function current(): Loaded {
  if (!loaded) throw new Error('no dataset loaded');
  return loaded;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits until the GPU (SwiftShader here) has drawn everything sigma asked for. */
function finishDrawing(sigma: SceneSigma): void {
  for (const canvas of Object.values(sigma.getCanvases())) {
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  }
}

function heapMiB(): number | undefined {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? Math.round(memory.usedJSHeapSize / 2 ** 20) : undefined;
}

async function load(url: string) {
  loaded?.scene.detach();
  loaded?.sigma.kill();
  loaded = undefined;
  const t0 = performance.now();
  const text = await (await fetch(url)).text();
  const t1 = performance.now();
  const dataset = parseDataset(text, url);
  const t2 = performance.now();
  const tracker = new ViewTracker(dataset);
  const built = buildSceneGraph(dataset, spiralPositions(dataset), false, tracker);
  const { graph } = built;
  const scheduler = new BenchScheduler();
  const scene = new ExplorerScene(dataset, tracker, built, false, scheduler);
  const t3 = performance.now();
  const sigma = new Sigma(graph, document.getElementById('stage')!, makeSigmaSettings(scene));
  const target = new DrawTarget(sigma);
  scene.attach(target);
  const scrub = scrubFilters(tracker.index.firstDay);
  scene.apply(scrub.start);
  scheduler.runFrame();
  finishDrawing(sigma);
  const t4 = performance.now();
  loaded = { dataset, graph, scene, sigma, target, scheduler, scrub };
  return { fetchMs: t1 - t0, parseValidateMs: t2 - t1, buildMs: t3 - t2, sigmaMs: t4 - t3, edges: graph.size, heapMiB: heapMiB() };
}

/** Our path, one slider step at a time: tracker diff, then the partial refresh of what changed (its draw deferred, see DrawTarget). */
function scrubOurs(): number[] {
  const { scene, scheduler, scrub, target } = current();
  scene.apply(scrub.start);
  scheduler.runFrame();
  target.deferDraw = true;
  const samples = scrub.steps.map((filter) => {
    const start = performance.now();
    scene.apply(filter);
    scheduler.runFrame();
    return performance.now() - start;
  });
  // The deferred draw happens at the next frame; the frame measurement waits for it before timing.
  target.deferDraw = false;
  return samples;
}

/**
 * Slider move to drawn frame: the scene's own animation-frame batching, then the GPU finishing the
 * frame. Runs `count` steps of the scrub or as many as fit in the budget, at least `minSteps`.
 */
async function framesOurs(count: number, budgetMs: number, minSteps: number): Promise<number[]> {
  const { scene, scheduler, scrub, sigma } = current();
  scheduler.manual = false;
  scene.apply(scrub.start);
  await nextFrame();
  finishDrawing(sigma);
  const samples: number[] = [];
  const began = performance.now();
  for (const filter of scrub.steps.slice(0, count)) {
    if (samples.length >= minSteps && performance.now() - began > budgetMs) break;
    const start = performance.now();
    scene.apply(filter);
    await nextFrame();
    finishDrawing(sigma);
    samples.push(performance.now() - start);
  }
  scheduler.manual = true;
  return samples;
}

/**
 * The naive path over evenly spread steps of the same scrub: as many as the first step says fit
 * in the time budget (drawing included), at least `minSteps`. Each step times the full refresh;
 * the GPU then finishes drawing, untimed, before the next. Switches sigma to the naive reducers.
 */
function scrubNaive(budgetMs: number, minSteps: number): number[] {
  const { sigma, scrub } = current();
  const naive = new NaiveWindow();
  sigma.setSetting('nodeReducer', naive.nodeReducer);
  sigma.setSetting('edgeReducer', naive.edgeReducer);
  const step = (filter: ViewFilter) => {
    naive.from = filter.from!;
    naive.to = filter.to!;
    const start = performance.now();
    sigma.refresh();
    const ms = performance.now() - start;
    finishDrawing(sigma);
    return ms;
  };
  return samplesWithinBudget(scrub.steps, budgetMs, minSteps, step);
}

Object.assign(window, { bench: { load, scrubOurs, framesOurs, scrubNaive } });
