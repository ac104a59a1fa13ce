import { UserError } from '../cli/common.ts';
import { buildIntoTempDir, EXPLORER_CONFIG } from '../cli/tempBuild.ts';
import { launchBenchChromium } from './browser.ts';
import { serveBench } from './server.ts';
import { spread, type Spread } from './stats.ts';

/** What a user waits for when the real explorer opens a large dataset and scrubs it. */
export interface ExplorerFigures {
  /** Seconds from navigation until the loader moved to each phase, and until the graph was drawn. */
  phases: Record<string, number>;
  graphSeconds: number;
  /** Longest main-thread task while loading, and while scrubbing: how long the page could not answer. */
  longestLoadTaskMs: number;
  longestScrubTaskMs: number;
  /** A one-day step of the end handle, key press until two animation frames later (through playwright). */
  step: Spread;
  status: string;
}

/** The first word of the progress bar or of the canvas message, and the phase it announces. */
const PHASES: Record<string, string> = { Reading: 'reading', Checking: 'checking', Receiving: 'receiving', Building: 'building', Laying: 'laying out' };

/** Records the page's long tasks (over 50 ms) from the very start, before the app runs. */
const RECORD_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
`;

/**
 * Opens the production build of the explorer on a dataset file in headless chromium, follows the
 * progress bar until the graph is drawn, then steps the end of the range a day at a time.
 */
export async function checkExplorer(file: string, steps: number, say: (message: string) => void): Promise<ExplorerFigures> {
  const explorer = await buildIntoTempDir('explorer-check-', EXPLORER_CONFIG);
  const server = await serveBench(explorer.outDir, [file]);
  const browser = await launchBenchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(900_000);
    await page.addInitScript(RECORD_LONG_TASKS);
    const started = Date.now();
    const seconds = () => (Date.now() - started) / 1000;
    await page.goto(`${server.url}?data=/data/0`);
    const phases: Record<string, number> = {};
    const graph = page.locator('.graph-canvas canvas').first();
    while (!(await graph.count())) {
      // A dataset the page cannot open shows an error instead of a graph: stop, naming it.
      const alert = await page.getByRole('alert').textContent({ timeout: 250 }).catch(() => null);
      if (alert) throw new UserError(`the explorer could not open ${file}: ${alert.replace(/^!|×$/g, '').trim()}`);
      const label = await page.getByRole('progressbar').getAttribute('aria-label', { timeout: 1000 }).catch(() => null);
      const message = label ?? (await page.locator('.canvas-message').textContent({ timeout: 1000 }).catch(() => null));
      const phase = message ? PHASES[message.split(' ')[0]!] : undefined;
      if (phase && !(phase in phases)) {
        phases[phase] = seconds();
        say(`${phase} at ${phases[phase]!.toFixed(1)} s`);
      }
      await page.waitForTimeout(250);
    }
    await page.getByRole('status').waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const graphSeconds = seconds();
    say(`graph drawn at ${graphSeconds.toFixed(1)} s; scrubbing`);
    const loadTasks = await page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks.length);
    const end = page.getByRole('slider', { name: 'End date' });
    await end.focus();
    const samples: number[] = [];
    for (let i = 0; i < steps; i++) {
      const t0 = performance.now();
      await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowLeft');
      // The scene repaints in the animation frame after React applied the step: two frames on, it is drawn.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      samples.push(performance.now() - t0);
    }
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks.map(([, d]) => d));
    const longest = (list: number[]) => Math.round(Math.max(0, ...list));
    return {
      phases,
      graphSeconds,
      longestLoadTaskMs: longest(tasks.slice(0, loadTasks)),
      longestScrubTaskMs: longest(tasks.slice(loadTasks)),
      step: spread(samples),
      status: (await page.getByRole('status').textContent()) ?? '',
    };
  } finally {
    await browser.close();
    await server.close();
    explorer.remove();
  }
}
