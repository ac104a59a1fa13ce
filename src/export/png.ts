import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.ts';
import type { PngScale } from './formats.ts';

/** Drawing a million edges takes chromium minutes on a CPU; beyond this the user is better served by SVG. */
const RENDER_TIMEOUT_MS = 600_000;

/**
 * Rasterises an SVG file (as written by svgChunks, white background included) at `scale` device
 * pixels per SVG unit. The browser loads the file itself, so large drawings do not pass through the protocol.
 */
export async function renderSvgFileToPng(svgPath: string, size: { width: number; height: number }, scale: PngScale): Promise<Buffer> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: size, deviceScaleFactor: scale });
    await page.goto(pathToFileURL(svgPath).href, { waitUntil: 'load', timeout: RENDER_TIMEOUT_MS });
    return await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...size }, timeout: RENDER_TIMEOUT_MS });
  } finally {
    await browser.close();
  }
}
