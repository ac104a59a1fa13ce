import { createServer as createNetServer } from 'node:net';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from '../../src/export/chromium.ts';
import { buildIntoTempDir, EXPLORER_CONFIG } from '../../src/cli/tempBuild.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Explorer {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Builds the app into a temporary folder and serves it with `vite preview` on a free local port,
 * with a headless chromium. A production build, unlike the dev server, never reloads the page
 * mid-test to re-bundle dependencies.
 */
export async function startExplorer(): Promise<Explorer> {
  const built = await buildIntoTempDir('explorer-e2e-', EXPLORER_CONFIG);
  const port = await freePort();
  const server = await preview({ ...EXPLORER_CONFIG, logLevel: 'warn', build: { outDir: built.outDir }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  const browser = await launchChromium({ webgl: true });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close();
      await server.close();
      built.remove();
    },
  };
}

/** Collects console errors and uncaught exceptions, which a healthy page never has. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Opens the explorer and waits until the graph is drawn and the status line reads. */
export async function openExplorer(explorer: Explorer, query = '', viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await explorer.browser.newPage({ viewport });
  await page.goto(`${explorer.url}${query}`);
  await page.locator('.graph-canvas canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
  await page.getByRole('status').waitFor();
  return page;
}

/** "12 interactions · 9 actors" → { interactions: 12, actors: 9 }. */
export async function readStatus(page: Page): Promise<{ interactions: number; actors: number }> {
  const text = (await page.getByRole('status').textContent()) ?? '';
  const match = /([\d,]+) interactions? · ([\d,]+) actors?/.exec(text);
  if (!match) throw new Error(`unexpected status text: ${text}`);
  return { interactions: Number(match[1]!.replace(/,/g, '')), actors: Number(match[2]!.replace(/,/g, '')) };
}

/**
 * Pixels of the graph canvas within `tolerance` (per channel) of a colour, from a screenshot: the
 * WebGL layers keep no drawing buffer to read back. Decoded in the page, which has a PNG decoder.
 */
export async function graphPixelsOfColour(page: Page, hex: string, tolerance = 12): Promise<number> {
  const png = (await page.locator('.graph-canvas').screenshot()).toString('base64');
  return page.evaluate(
    async ([data, colour, within]) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const want = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (want.every((value, c) => Math.abs(pixels[i + c]! - value) <= within)) count++;
      }
      return count;
    },
    [png, hex, tolerance] as const,
  );
}
