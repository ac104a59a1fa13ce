import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/model/synthetic.ts';
import { selectSnapshot } from '../../src/model/view.ts';
import { collectErrors, readStatus, startExplorer, type Explorer } from './harness.ts';

const dataset = generateDataset({ events: 2000, actors: 200, seed: 3 });
const json = JSON.stringify(dataset);
const gzip = gzipSync(json);
const everything = selectSnapshot(dataset, { mode: 'window' });

/** Distinct pairs of actors that interacted. */
function pairsOf(events: { participants: string[] }[]): number {
  const pairs = new Set<string>();
  for (const { participants: p } of events) {
    for (let i = 0; i < p.length; i++) for (let j = i + 1; j < p.length; j++) pairs.add([p[i], p[j]].sort().join('\n'));
  }
  return pairs.size;
}
const activity = new Map<string, number>();
for (const event of dataset.events) for (const p of event.participants) activity.set(p, (activity.get(p) ?? 0) + 1);

let explorer: Explorer;

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer?.close();
});

/** A page whose /generated/ URLs serve the dataset, gzip-compressed or broken. */
async function newPage(): Promise<Page> {
  const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
  // Routed on the context, as the dataset is fetched by a web worker, not by the page.
  await page.context().route('**/generated/**', (route) => {
    const url = route.request().url();
    if (url.endsWith('.json.gz')) return route.fulfill({ contentType: 'application/gzip', body: gzip });
    return route.fulfill({ contentType: 'application/json', body: json });
  });
  return page;
}

const statusText = (page: Page) => page.getByRole('status').textContent();

describe('loading datasets', () => {
  it('loads a gzip-compressed dataset through ?data= in a worker', async () => {
    const page = await newPage();
    const errors = collectErrors(page);
    await page.goto(`${explorer.url}?data=${encodeURIComponent('/generated/d.json.gz')}`);
    await page.locator('.graph-canvas canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
    await expect.poll(() => readStatus(page)).toEqual({ interactions: 2000, actors: everything.actors.length });
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('opens a gzip file over the bundled dataset, and a broken one leaves it in place with a one-line error', async () => {
    const page = await newPage();
    await page.goto(explorer.url);
    await page.getByRole('status').waitFor();
    const input = page.getByLabel('Dataset file');
    await input.setInputFiles({ name: 'generated.json.gz', mimeType: 'application/gzip', buffer: gzip });
    await expect.poll(() => readStatus(page), { timeout: 60_000 }).toEqual({ interactions: 2000, actors: everything.actors.length });
    const before = await statusText(page);
    await input.setInputFiles({ name: 'cut.json.gz', mimeType: 'application/gzip', buffer: gzip.subarray(0, 100) });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/^!cut\.json\.gz: is not valid gzip/);
    expect((await alert.locator('.error-message').textContent())!.split('\n')).toHaveLength(1);
    expect(await statusText(page)).toBe(before);
    await page.close();
  }, 90_000);

  it('says pairs are merged when the view holds more edges than the budget', async () => {
    const page = await newPage();
    const data = encodeURIComponent('/generated/d.json');
    await page.goto(`${explorer.url}?data=${data}&budget=100`);
    await page.locator('.graph-canvas canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
    // More pairs than the budget too: only the busiest 100 or fewer are drawn, and the line says so.
    await expect.poll(() => statusText(page)).toMatch(/^2,000 interactions · [\d,]+ actors · pairs merged, busiest \d+ of [\d,]+ drawn$/);
    const [, drawn, of] = /busiest (\d+) of ([\d,]+)/.exec((await statusText(page)) ?? '')!;
    expect(Number(drawn)).toBeLessThanOrEqual(100);
    expect(Number(of!.replace(/,/g, ''))).toBe(pairsOf(everything.events));
    // The legend says what a line stands for now.
    const legendHint = page.getByRole('region', { name: 'Legend and filters' }).locator('.hint');
    expect(await legendHint.textContent()).toContain('Grey lines: all the interactions of a pair, merged.');
    // The busiest actor's panel lists its merged lines with their counts.
    const busiest = everything.actors.reduce((a, b) => (activity.get(b.id)! > activity.get(a.id)! ? b : a));
    await page.getByRole('combobox', { name: 'Search actors' }).fill(busiest.name);
    await page.getByRole('option', { name: new RegExp(busiest.name) }).first().click();
    const merged = page.getByRole('region', { name: 'Details' }).locator('.merged-pairs li');
    await expect.poll(() => merged.count()).toBeGreaterThan(0);
    expect(await merged.first().textContent()).toMatch(/: [\d,]+ interactions in view$/);
    await page.goto(`${explorer.url}?data=${data}`);
    await page.locator('.graph-canvas canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
    await expect.poll(() => statusText(page)).toMatch(/^2,000 interactions · [\d,]+ actors$/);
    expect(await legendHint.textContent()).toContain('Parallel lines: one per interaction.');
    await page.close();
  }, 90_000);
});
