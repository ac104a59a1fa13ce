import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SVG_DEFAULT_SIZE } from '../../src/export/svg.ts';
import { KIND_COLORS } from '../../src/model/style.ts';
import { selectSnapshot } from '../../src/model/view.ts';
import { FIXTURE, loadFixture, readWithPython, runExport, tempDir, removeTempDirs } from './helpers.ts';
import { decodePng } from './png-pixels.ts';

afterAll(removeTempDirs);

const dataset = loadFixture();

interface SvgSummary {
  root: string;
  width: string;
  height: string;
  texts: string[];
  paths: Array<{ stroke: string; dash: string | null }>;
  circles: number;
}

describe('SVG export, parsed by Python\'s XML parser', () => {
  it('is well-formed SVG with every visible actor\'s label, one curve per edge, planned ones dashed', () => {
    const out = join(tempDir(), 'view.svg');
    expect(runExport(['--data', FIXTURE, '--format', 'svg', '--from', '2025-02-01', '--to', '2025-03-31', '--out', out]).status).toBe(0);
    const svg = readWithPython<SvgSummary>('svg', out);
    expect(svg.root).toBe('{http://www.w3.org/2000/svg}svg');
    const snapshot = selectSnapshot(dataset, { mode: 'window', from: '2025-02-01', to: '2025-03-31' });
    for (const actor of snapshot.actors) expect(svg.texts).toContain(actor.name);
    expect(svg.texts).not.toContain('Nobody, Jr.');
    // The caption names the dataset and the range.
    expect(svg.texts).toContain(dataset.name);
    expect(svg.texts.some((t) => t.includes('2025-02-01 to 2025-03-31'))).toBe(true);
    const pairs = snapshot.events.reduce((n, e) => n + (e.participants.length * (e.participants.length - 1)) / 2, 0);
    expect(svg.paths).toHaveLength(pairs);
    const planned = snapshot.events.filter((e) => e.status === 'planned').length;
    expect(svg.paths.filter((p) => p.dash !== null)).toHaveLength(planned);
  });

  it('draws an empty range as a valid drawing that says so', () => {
    const out = join(tempDir(), 'empty.svg');
    const run = runExport(['--data', FIXTURE, '--format', 'svg', '--from', '2030-01-01', '--to', '2030-12-31', '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('no interactions in view');
    expect(readWithPython<SvgSummary>('svg', out).texts).toContain('No interactions in view');
  });
});

describe('PNG export through chromium', { timeout: 90_000 }, () => {
  it.each([1, 2, 4])('renders at %i× scale, on white, with the nodes\' colours', (scale) => {
    const out = join(tempDir(), `view@${scale}x.png`);
    const run = runExport(['--data', FIXTURE, '--format', 'png', '--scale', String(scale), '--out', out]);
    expect(run.stderr).toContain('wrote');
    expect(run.status).toBe(0);
    const png = decodePng(readFileSync(out));
    expect({ width: png.width, height: png.height }).toEqual({ width: SVG_DEFAULT_SIZE.width * scale, height: SVG_DEFAULT_SIZE.height * scale });
    // Mostly white background, but a real drawing on it.
    expect(png.inked).toBeGreaterThan(png.width * png.height * 0.005);
    expect(png.inked).toBeLessThan(png.width * png.height * 0.5);
    // Node fills are drawn in the palette's colours: at least a node's worth of pixels per kind in view.
    for (const kind of ['person', 'institution', 'country'] as const) {
      expect(png.pixelsOf(KIND_COLORS[kind])).toBeGreaterThan(50 * scale * scale);
    }
  });
});
