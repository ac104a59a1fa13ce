import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../export/chromium.ts';
import { buildIntoTempDir } from '../cli/tempBuild.ts';
import type { BenchDataset } from './sizes.ts';
import { serveBench } from './server.ts';
import { spread, type Spread } from './stats.ts';

/** Chromium for measuring: software WebGL, heap sizes reported, room for a 10^6 dataset. */
export const launchBenchChromium = () => launchChromium({ webgl: true, extraArgs: ['--enable-precise-memory-info', '--js-flags=--max-old-space-size=6144'] });

export interface BrowserFigures {
  fetchMs: number;
  parseValidateMs: number;
  /** View tracker and the explorer's whole-dataset multigraph. */
  buildMs: number;
  /** Sigma's constructor, first view and first drawn frame. */
  sigmaMs: number;
  edges: number;
  heapMiB?: number;
  /** Window update per daily step: our path, and the naive reducer-plus-full-refresh path. */
  ours: Spread;
  naive: Spread;
  /** Slider move to drawn frame, through the scene's animation-frame batching. */
  frame: Spread;
}

export interface BrowserOptions {
  /** Time the naive path may take per dataset, drawing included; it runs as many evenly spread steps as fit. */
  naiveBudgetMs: number;
  /** Slider-to-frame samples: up to frameSteps, as many as fit in frameBudgetMs. */
  frameSteps: number;
  frameBudgetMs: number;
  /** Fewest samples for the naive path and the frames, whatever the budget. */
  minSteps: number;
}

type BenchApi = {
  load(url: string): Promise<Omit<BrowserFigures, 'ours' | 'naive' | 'frame'>>;
  scrubOurs(): number[];
  framesOurs(count: number, budgetMs: number, minSteps: number): Promise<number[]>;
  scrubNaive(budgetMs: number, minSteps: number): number[];
};

async function measureOne(page: Page, url: string, options: BrowserOptions, say: (message: string) => void): Promise<BrowserFigures> {
  const call = <K extends keyof BenchApi>(name: K, ...args: Parameters<BenchApi[K]>) =>
    page.evaluate(([n, a]) => ((window as unknown as { bench: Record<string, (...x: unknown[]) => unknown> }).bench[n]!(...a)), [name, args] as const) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
  const loaded = await call('load', url);
  say(`loaded ${loaded.edges.toLocaleString('en-GB')} edges; scrubbing`);
  const ours = spread(await call('scrubOurs'));
  say('slider move to drawn frame');
  const frame = spread(await call('framesOurs', options.frameSteps, options.frameBudgetMs, options.minSteps));
  say('naive path');
  const naive = spread(await call('scrubNaive', options.naiveBudgetMs, options.minSteps));
  return { ...loaded, ours, naive, frame };
}

/** Runs the browser half for each dataset in one headless chromium; a failure on one dataset is reported, not fatal. */
export async function measureInBrowser(
  datasets: readonly BenchDataset[],
  options: BrowserOptions,
  say: (message: string) => void,
): Promise<{ version: string; results: (BrowserFigures | { error: string })[] }> {
  const benchPage = await buildIntoTempDir('bench-page-', { root: fileURLToPath(new URL('./page', import.meta.url)), configFile: false, base: './' });
  const server = await serveBench(benchPage.outDir, datasets.map((d) => d.file));
  const browser = await launchBenchChromium();
  try {
    const results: (BrowserFigures | { error: string })[] = [];
    for (const [i, dataset] of datasets.entries()) {
      say(`${dataset.label}: loading in chromium`);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.setDefaultTimeout(600_000);
      try {
        await page.goto(server.url);
        await page.waitForFunction(() => 'bench' in window);
        results.push(await measureOne(page, server.dataUrl(i), options, say));
      } catch (err) {
        results.push({ error: (err as Error).message.split('\n')[0]! });
      } finally {
        await page.close();
      }
    }
    return { version: browser.version(), results };
  } finally {
    await browser.close();
    await server.close();
    benchPage.remove();
  }
}
