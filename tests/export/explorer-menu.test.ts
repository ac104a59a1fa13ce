import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStatus, startExplorer, type Explorer } from '../e2e/harness.ts';
import { FIXTURE, readWithPython, tempDir, type PythonGraph, removeTempDirs } from './helpers.ts';
import { decodePng } from './png-pixels.ts';

afterAll(removeTempDirs);

let explorer: Explorer;

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer?.close();
});

/** Opens the explorer on the export fixture (served by the test, not the app) with a view in the URL. */
async function openOnFixture(query: string): Promise<Page> {
  const context = await explorer.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await context.route('**/export-fixture.json', (route) => route.fulfill({ body: readFileSync(FIXTURE, 'utf8'), contentType: 'application/json' }));
  const page = await context.newPage();
  await page.goto(`${explorer.url}?data=/export-fixture.json&${query}`);
  await page.locator('.graph-canvas canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
  await page.getByRole('status').waitFor();
  return page;
}

async function download(page: Page, item: string | RegExp): Promise<{ name: string; path: string }> {
  await page.getByRole('button', { name: /^Export/ }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const path = join(tempDir(), file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

describe('Export menu in the explorer', { timeout: 120_000 }, () => {
  it('downloads a GEXF of exactly what is in view, matching the status line', async () => {
    const page = await openOnFixture('from=2025-01-01&to=2025-02-28');
    const status = await readStatus(page);
    const { name, path } = await download(page, 'GEXF (this range)');
    expect(name).toMatch(/_2025-01-0\d_2025-02-\d\d\.gexf$/);
    const graph = readWithPython<PythonGraph>('gexf', path);
    const events = new Set(graph.edges.map((e) => e.data.event));
    expect(events.size).toBe(status.interactions);
    expect(Object.keys(graph.nodes)).toHaveLength(status.actors);
    // Every interaction is one edge per pair of its participants; the three-party meeting gives three.
    const participants = new Map(graph.edges.map((e) => [e.data.event, e.data.participants as number]));
    const pairs = [...participants.values()].reduce((n, k) => n + (k * (k - 1)) / 2, 0);
    expect(graph.edges).toHaveLength(pairs);
    expect(pairs).toBeGreaterThan(status.interactions);
    await page.context().close();
  });

  it('follows the filters: calls only', async () => {
    const page = await openOnFixture('types=call');
    const status = await readStatus(page);
    const { path } = await download(page, 'GEXF (this range)');
    const graph = readWithPython<PythonGraph>('gexf', path);
    // All calls in the fixture have two participants, so edges and interactions coincide.
    expect(graph.edges).toHaveLength(status.interactions);
    expect(graph.edges.every((e) => e.data.type === 'call')).toBe(true);
    await page.context().close();
  });

  it('downloads CSV as two files and a PNG at 2× with caption and legend', async () => {
    const page = await openOnFixture('from=2025-01-01&to=2025-03-31');
    const status = await readStatus(page);
    await page.getByRole('button', { name: /^Export/ }).click();
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.getByRole('menuitem', { name: /^CSV/ }).click();
    await expect.poll(() => downloads.length).toBe(2);
    expect(downloads.some((n) => n.endsWith('.actors.csv'))).toBe(true);

    const canvas = await page.locator('.graph-canvas').boundingBox();
    const png = await download(page, 'PNG 2×');
    const image = decodePng(readFileSync(png.path));
    expect(image.width).toBe(Math.round(canvas!.width) * 2);
    expect(image.height).toBeGreaterThan(Math.round(canvas!.height) * 2);
    expect(image.inked).toBeGreaterThan(image.width * image.height * 0.002);
    expect(status.interactions).toBeGreaterThan(0);
    await page.context().close();
  });
});
