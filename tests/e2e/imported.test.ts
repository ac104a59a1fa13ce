import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/types.ts';
import { selectSnapshot } from '../../src/model/view.ts';
import { collectErrors, readStatus, startExplorer, type Explorer } from './harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let explorer: Explorer;
let folder: string;

/** Runs the import command on a committed excerpt and returns the dataset file's text. */
function imported(source: 'icews' | 'gdelt', input: string): string {
  const out = join(folder, `${source}.json`);
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', source, input, '--out', out], { cwd: root, stdio: 'pipe' });
  return readFileSync(out, 'utf8');
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'explorer-imported-'));
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('explorer on imported machine-coded data', () => {
  for (const [source, input] of [
    ['icews', 'tests/fixtures/icews/icews14-excerpt'],
    ['gdelt', 'tests/fixtures/gdelt/events-excerpt.csv'],
  ] as const) {
    it(`opens an import of the committed ${source.toUpperCase()} excerpt and shows every imported interaction`, async () => {
      const text = imported(source, input);
      const dataset = JSON.parse(text) as Dataset;
      const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors = collectErrors(page);
      await page.route(`**/imported/${source}.json`, (route) => route.fulfill({ contentType: 'application/json', body: text }));
      await page.goto(`${explorer.url}?data=${encodeURIComponent(`/imported/${source}.json`)}`);
      await page.locator('.graph-canvas canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
      const all = selectSnapshot(dataset, { mode: 'window' });
      await expect.poll(() => readStatus(page)).toEqual({ interactions: dataset.events.length, actors: all.actors.length });

      // The busiest actor's details list its interactions, each citing the coded record.
      const busiest = all.actors.map((a) => ({ a, n: all.events.filter((e) => e.participants.includes(a.id)).length })).sort((x, y) => y.n - x.n)[0]!.a;
      await page.getByRole('combobox', { name: 'Search actors' }).fill(busiest.name);
      await page.keyboard.press('Enter');
      const details = page.getByRole('region', { name: 'Details' });
      await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe(busiest.name);
      expect(await details.locator('.event-card').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
    }, 90_000);
  }
});
