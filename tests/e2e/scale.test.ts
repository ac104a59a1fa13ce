import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/types.ts';
import { parseView } from '../../src/model/urlState.ts';
import { selectSnapshot, type ViewFilter } from '../../src/model/view.ts';
import { EMPHASIS_EDGE_COLOR, TYPE_COLORS } from '../../src/model/style.ts';
import { collectErrors, graphPixelsOfColour, readStatus, startExplorer, type Explorer } from './harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DATA_PATH = '/generated/synthetic-5000.json';
const LARGE_PATH = '/generated/synthetic-30000.json';

let explorer: Explorer;
let folder: string;
let text: string;
let dataset: Dataset;
let largeText: string;

function generate(events: number, actors: number): string {
  const file = join(folder, `synthetic-${events}.json`);
  const args = ['--import', 'tsx', 'src/cli/synthetic.ts', '--events', String(events), '--actors', String(actors), '--seed', '1', '--out', file];
  execFileSync(process.execPath, args, { cwd: root, stdio: 'pipe' });
  return readFileSync(file, 'utf8');
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'explorer-scale-'));
  text = generate(5000, 1500);
  dataset = JSON.parse(text) as Dataset;
  largeText = generate(30_000, 3000);
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function openGenerated(path = DATA_PATH, body = text): Promise<Page> {
  const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.route(`**${path}`, (route) => route.fulfill({ contentType: 'application/json', body }));
  return page;
}

/** The counts the status line must show for the view in the page's URL, from the shared definition. */
function expectedFor(url: string): string {
  const filter: ViewFilter = parseView(new URL(url).search).filter;
  const snapshot = selectSnapshot(dataset, filter);
  return `${snapshot.events.length.toLocaleString('en-GB')} interactions · ${snapshot.actors.length.toLocaleString('en-GB')} actors`;
}

/** Pixels drawn on sigma's label layer. */
function labelPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.sigma-labels')!;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let drawn = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) drawn++;
    return drawn;
  });
}

// Software WebGL (SwiftShader) redraws every edge instance on each frame, about half a second per
// frame at this size on a 2-core machine, so these tests take fewer steps and more time than the
// small-dataset ones; the per-step work in JavaScript is a few milliseconds.
describe('explorer on 5,000 generated interactions among 1,500 actors', () => {
  it('loads through ?data= and scrubs, with counts matching the export definition at every step', async () => {
    const page = await openGenerated();
    const errors = collectErrors(page);
    await page.goto(`${explorer.url}?data=${encodeURIComponent(DATA_PATH)}`);
    await page.locator('.graph-canvas canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
    const all = selectSnapshot(dataset, { mode: 'window' });
    expect(await readStatus(page)).toEqual({ interactions: 5000, actors: all.actors.length });

    const start = page.getByRole('slider', { name: 'Start date' });
    const end = page.getByRole('slider', { name: 'End date' });
    const box = (await end.boundingBox())!;
    await page.mouse.move(box.x + box.width - 10, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2, { steps: 2 });
    await page.mouse.up();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(expectedFor(page.url()));
    expect((await readStatus(page)).interactions).toBeLessThan(5000);
    await start.focus();
    for (let week = 0; week < 6; week++) {
      await page.keyboard.press('Shift+ArrowRight');
      await expect.poll(() => page.getByRole('status').textContent()).toBe(expectedFor(page.url()));
    }
    // Once scrubbing pauses, the labels are re-chosen for the actors now in view (without a full
    // refresh, which only filter changes do) and drawn.
    await expect.poll(() => labelPixels(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Cumulative' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(expectedFor(page.url()));
    await page.getByRole('checkbox', { name: 'Planned' }).uncheck();
    await page.getByRole('checkbox', { name: 'Group', exact: true }).uncheck();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(expectedFor(page.url()));
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  // Above 1,000 actors nodes are drawn as points (see sigmaSettings), so this also checks that they can be clicked.
  it('finds an accented name without its accents, lists its interactions in view, and the actor can be clicked', async () => {
    const page = await openGenerated();
    await page.goto(`${explorer.url}?data=${encodeURIComponent(DATA_PATH)}&from=2024-03-01&to=2024-05-31`);
    await page.getByRole('status').waitFor();
    const accented = dataset.actors.find((a) => a.kind === 'person' && /[áéíóúëïöüçřıšč]/i.test(a.name))!;
    const plain = accented.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace('ı', 'i');
    await page.getByRole('combobox', { name: 'Search actors' }).fill(plain);
    await page.getByRole('option', { name: new RegExp(accented.name) }).first().click();
    const region = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => region.getByRole('heading', { level: 2 }).textContent()).toBe(accented.name);
    const inView = selectSnapshot(dataset, { mode: 'window', from: '2024-03-01', to: '2024-05-31' }).events.filter((e) => e.participants.includes(accented.id));
    expect(await region.locator('.event-card').count()).toBe(Math.min(inView.length, 50));
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => region.getByRole('heading').count()).toBe(0);
    // Search leaves the actor at the centre of the canvas once the camera settles, which takes
    // longer when software WebGL shares the machine with other tests: click until it has.
    const canvas = (await page.locator('.graph-canvas').boundingBox())!;
    await expect
      .poll(async () => {
        await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
        await page.waitForTimeout(300);
        const heading = region.getByRole('heading', { level: 2 });
        return (await heading.count()) ? heading.textContent() : undefined;
      }, { timeout: 30_000, interval: 500 })
      .toBe(accented.name);
    await page.close();
  }, 60_000);

  // Above 50,000 edges they are one pixel wide (see hairlineEdgeProgram), so emphasis is a colour.
  it('draws the edges of a larger graph as hairlines and colours the hovered actor\'s edges', async () => {
    const page = await openGenerated(LARGE_PATH, largeText);
    const errors = collectErrors(page);
    await page.goto(`${explorer.url}?data=${encodeURIComponent(LARGE_PATH)}&from=2024-03-01&to=2024-05-31`);
    await page.locator('.graph-canvas canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
    await expect.poll(() => graphPixelsOfColour(page, TYPE_COLORS.call), { timeout: 30_000 }).toBeGreaterThan(200);
    expect(await graphPixelsOfColour(page, EMPHASIS_EDGE_COLOR)).toBe(0);
    const busiest = new Map<string, number>();
    for (const event of JSON.parse(largeText).events as Dataset['events']) {
      for (const p of event.participants) busiest.set(p, (busiest.get(p) ?? 0) + 1);
    }
    const [hub] = [...busiest].sort((a, b) => b[1] - a[1])[0]!;
    const name = (JSON.parse(largeText) as Dataset).actors.find((a) => a.id === hub)!.name;
    await page.getByRole('combobox', { name: 'Search actors' }).fill(name);
    await page.getByRole('option', { name: new RegExp(name) }).first().click();
    await page.getByRole('button', { name: 'Close details' }).click();
    // Search centres the actor once the camera settles: hover the centre until its edges light up.
    const canvas = (await page.locator('.graph-canvas').boundingBox())!;
    await expect
      .poll(async () => {
        await page.mouse.move(canvas.x + canvas.width / 2 + 1, canvas.y + canvas.height / 2);
        await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
        await page.waitForTimeout(300);
        return graphPixelsOfColour(page, EMPHASIS_EDGE_COLOR);
      }, { timeout: 30_000, interval: 500 })
      .toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
