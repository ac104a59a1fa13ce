import { readFileSync } from 'node:fs';
import { buildSceneGraph } from '../app/explorerGraph.ts';
import { edgeCountOf } from '../model/graph.ts';
import { buildTimeIndex } from '../model/timeIndex.ts';
import type { Dataset } from '../model/types.ts';
import type { ViewFilter } from '../model/view.ts';
import { parseDataset } from '../model/validate.ts';
import { ViewTracker } from '../model/viewTracker.ts';
import { spiralPositions } from './positions.ts';
import { NaiveWindow } from './page/naive.ts';
import { samplesWithinBudget, scrubFilters } from './scrub.ts';
import { spread, type Spread } from './stats.ts';

/** What one dataset costs in Node, measured in a process of its own so memory figures are its own. */
export interface NodeFigures {
  events: number;
  actors: number;
  /** Edges of the explorer's whole-dataset multigraph (one per pair of participants). */
  edges: number;
  fileMiB: number;
  readMs: number;
  /** JSON.parse plus validateDataset, as the explorer and the CLIs load a file. */
  parseValidateMs: number;
  /** Time index and view tracker: what the scrub runs on. */
  trackerMs: number;
  /** The graphology multigraph the explorer hands to sigma. */
  sceneGraphMs: number;
  rssMiB: number;
  heapMiB: number;
  /** ViewTracker.update per daily step, the model side of a slider move. */
  trackerStep: Spread;
  /**
   * The naive path's own JavaScript per step: its edge reducer run over every edge, as a full
   * sigma refresh calls it. Sigma's processing and drawing are left out, so this is a lower bound.
   */
  naiveStep: Spread;
}

/** Time the naive rescan may take per dataset: it runs as many evenly spread steps as fit, at least MIN_NAIVE_STEPS. */
const NAIVE_BUDGET_MS = 5_000;
const MIN_NAIVE_STEPS = 5;

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

/** Reads and parses in a scope of its own, so the file's text can be collected before memory is measured. */
function load(file: string): { dataset: Dataset; readMs: number; parseValidateMs: number; fileMiB: number } {
  const [text, readMs] = timed(() => readFileSync(file, 'utf8'));
  const [dataset, parseValidateMs] = timed(() => parseDataset(text, file));
  return { dataset, readMs, parseValidateMs, fileMiB: mib(Buffer.byteLength(text)) };
}

/** Run with --expose-gc, so memory is measured after collections. */
export function measureInNode(file: string): NodeFigures {
  const { dataset, readMs, parseValidateMs, fileMiB } = load(file);
  const [tracker, trackerMs] = timed(() => new ViewTracker(dataset, buildTimeIndex(dataset.events)));
  const positions = spiralPositions(dataset);
  const [{ graph }, sceneGraphMs] = timed(() => buildSceneGraph(dataset, positions, false, tracker));
  const scrub = scrubFilters(tracker.index.firstDay);
  tracker.update(scrub.start);
  const steps = scrub.steps.map((filter) => timed(() => tracker.update(filter))[1]);
  const naive = new NaiveWindow();
  const rescan = (filter: ViewFilter) => {
    naive.from = filter.from!;
    naive.to = filter.to!;
    // Over every edge of every interaction, whatever the scene graph holds (one edge per pair above a size).
    let shown = 0;
    for (const event of dataset.events) {
      for (let n = edgeCountOf(event, false); n > 0; n--) if (!naive.edgeReducer(event.id, event).hidden) shown++;
    }
    return shown;
  };
  const naiveSteps = samplesWithinBudget(scrub.steps, NAIVE_BUDGET_MS, MIN_NAIVE_STEPS, (f) => timed(() => rescan(f))[1]);
  // Two full collections: after one, V8 still held hundreds of MiB of freed pages at 10^6 interactions.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const memory = process.memoryUsage();
  return {
    events: dataset.events.length,
    actors: dataset.actors.length,
    edges: graph.size,
    fileMiB,
    readMs,
    parseValidateMs,
    trackerMs,
    sceneGraphMs,
    rssMiB: mib(memory.rss),
    heapMiB: mib(memory.heapUsed),
    trackerStep: spread(steps),
    naiveStep: spread(naiveSteps),
  };
}
