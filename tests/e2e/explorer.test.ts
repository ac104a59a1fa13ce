import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, openExplorer, readStatus, startExplorer, type Explorer } from './harness.ts';

let explorer: Explorer;

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer?.close();
});

const startHandle = (page: Page) => page.getByRole('slider', { name: 'Start date' });
const endHandle = (page: Page) => page.getByRole('slider', { name: 'End date' });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });

const twoActorCall = {
  format: 'diplomacy-graph/1',
  articles: [{ id: 'a', file: 'a.txt', published: '2024-05-02' }],
  actors: [
    { id: 'x', name: 'Xavier Ortiz', kind: 'person', aliases: [] },
    { id: 'y', name: 'Yara Haddad', kind: 'person', aliases: [] },
  ],
  events: [{ id: 'e', type: 'call', date: '2024-05-01', datePrecision: 'day', status: 'occurred', participants: ['x', 'y'], article: 'a', evidence: 'Xavier Ortiz called Yara Haddad.' }],
};

async function dropDataset(page: Page, dataset: object): Promise<void> {
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
  }, JSON.stringify(dataset));
}

async function statusChange(page: Page, before: string): Promise<string> {
  await page.waitForFunction((text) => document.querySelector('[role="status"]')?.textContent !== text, before);
  return (await page.getByRole('status').textContent()) ?? '';
}

describe('explorer on the bundled dataset', () => {
  it('loads without console errors and shows what is in view', async () => {
    const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    await page.goto(explorer.url);
    await page.locator('.graph-canvas canvas').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    const { interactions, actors } = await readStatus(page);
    expect(interactions).toBeGreaterThan(0);
    expect(actors).toBeGreaterThan(1);
    expect(await startHandle(page).getAttribute('aria-valuetext')).toMatch(/\d{1,2} \w{3} \d{4}/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('changes the counts when a handle moves, by keyboard and by dragging', async () => {
    const page = await openExplorer(explorer);
    const errors = collectErrors(page);
    const initial = (await page.getByRole('status').textContent())!;
    const startValue = await startHandle(page).getAttribute('aria-valuetext');
    await startHandle(page).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    expect(Number(await startHandle(page).inputValue())).toBe(8);
    expect(await startHandle(page).getAttribute('aria-valuetext')).not.toBe(startValue);
    const afterKeys = await statusChange(page, initial);
    expect((await readStatus(page)).interactions).toBeLessThan(Number(/^\d+/.exec(initial)![0]));

    const box = (await endHandle(page).boundingBox())!;
    const max = Number(await endHandle(page).getAttribute('max'));
    await page.mouse.move(box.x + box.width - 10, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    expect(Number(await endHandle(page).inputValue())).toBeLessThan(max);
    await statusChange(page, afterKeys);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays: the range moves forward until paused', async () => {
    const page = await openExplorer(explorer);
    const end = endHandle(page);
    await page.getByRole('button', { name: 'Play' }).click();
    const first = Number(await end.inputValue());
    await page.waitForFunction(
      (value) => Number((document.querySelector('input[aria-label="End date"]') as HTMLInputElement).value) > value,
      first,
      { timeout: 10_000 },
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await end.inputValue();
    await page.waitForTimeout(600);
    expect(await end.inputValue()).toBe(paused);
    await page.close();
  });

  it('shows an actor’s evidence when the actor is clicked', async () => {
    const page = await openExplorer(explorer);
    // Search flies the camera to the actor, which leaves it at the centre of the canvas.
    await page.getByRole('combobox', { name: 'Search actors' }).fill('zelenskyy');
    await page.keyboard.press('Enter');
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Volodymyr Zelensky');
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => details(page).getByRole('heading').count()).toBe(0);
    await page.waitForTimeout(800);
    const canvas = (await page.locator('.graph-canvas').boundingBox())!;
    await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Volodymyr Zelensky');
    const mark = details(page).locator('.evidence mark').first();
    expect(await mark.textContent()).toMatch(/Zelensk/);
    expect(await details(page).locator('.evidence').count()).toBeGreaterThan(1);
    expect(page.url()).toContain('actor=volodymyr-zelensky');
    await page.close();
  });

  it('reproduces the view from a copied URL, and back and forward work', async () => {
    const page = await openExplorer(explorer);
    await endHandle(page).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.getByRole('checkbox', { name: 'Call' }).uncheck();
    await page.getByRole('button', { name: 'Cumulative' }).click();
    await page.getByRole('combobox', { name: 'Search actors' }).fill('starmer');
    await page.keyboard.press('Enter');
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Keir Starmer');
    const url = page.url();
    const status = await page.getByRole('status').textContent();
    const detailText = await details(page).textContent();

    const copy = await openExplorer(explorer, url.slice(explorer.url.length));
    expect(await copy.getByRole('status').textContent()).toBe(status);
    expect(await endHandle(copy).inputValue()).toBe(await endHandle(page).inputValue());
    expect(await copy.getByRole('button', { name: 'Cumulative' }).getAttribute('aria-pressed')).toBe('true');
    expect(await copy.getByRole('checkbox', { name: 'Call' }).isChecked()).toBe(false);
    expect(await details(copy).textContent()).toBe(detailText);
    await copy.close();

    await page.goBack();
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).count()).toBe(0);
    await page.goBack();
    await expect.poll(() => page.getByRole('button', { name: 'Cumulative' }).getAttribute('aria-pressed')).toBe('false');
    await page.goForward();
    await expect.poll(() => page.getByRole('button', { name: 'Cumulative' }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('shows a one-line error for a bad dataset file and keeps the current graph', async () => {
    const page = await openExplorer(explorer);
    const errors = collectErrors(page);
    const status = await page.getByRole('status').textContent();
    const input = page.getByLabel('Dataset file');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "diplomacy-graph/1", "actors": [') });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/^!broken\.json: not valid JSON/);
    await page.getByRole('button', { name: 'Dismiss error' }).click();
    const wrong = { format: 'diplomacy-graph/1', articles: [], actors: [], events: [{ id: 'e1' }] };
    await input.setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong)) });
    const message = (await alert.textContent())!;
    expect(message).toMatch(/wrong\.json: events\[0\]\.\w+: /);
    expect(message).not.toContain('\n');
    expect(await page.getByRole('status').textContent()).toBe(status);
    expect(await page.locator('.graph-canvas canvas').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a dataset dropped onto the page', async () => {
    const page = await openExplorer(explorer);
    await dropDataset(page, twoActorCall);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('1 interaction · 2 actors');
    await page.close();
  });

  it('opens an interaction, with its evidence, when its line is clicked', async () => {
    const page = await openExplorer(explorer);
    await dropDataset(page, twoActorCall);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('1 interaction · 2 actors');
    await page.waitForTimeout(800);
    // Two actors are framed symmetrically, so the middle of the canvas is the middle of their line.
    const canvas = (await page.locator('.graph-canvas').boundingBox())!;
    await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Interaction');
    expect(await details(page).locator('.evidence').first().textContent()).toContain('Xavier Ortiz called Yara Haddad.');
    expect(page.url()).toContain('event=e');
    await page.close();
  });

  it('keeps the slider, status and details usable on a phone screen', async () => {
    const viewport = { width: 390, height: 844 };
    const page = await openExplorer(explorer, '?actor=keir-starmer', viewport);
    for (const locator of [startHandle(page), endHandle(page), page.getByRole('status'), details(page), page.getByRole('button', { name: 'Play' })]) {
      const box = (await locator.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    }
    const before = await page.getByRole('status').textContent();
    await startHandle(page).focus();
    await page.keyboard.press('Shift+ArrowRight');
    await statusChange(page, before!);
    await page.close();
  });
});
