import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeChunksAtomic } from '../export/file-sink.ts';
import { exportView, type TextExportRequest } from '../export/formats.ts';
import { renderSvgFileToPng } from '../export/png.ts';
import { SVG_DEFAULT_SIZE } from '../export/svg.ts';
import { computeLayout } from '../model/layout.ts';
import { generateDataset } from '../model/synthetic.ts';
import type { Dataset } from '../model/types.ts';
import { runCli, UsageError } from './common.ts';

const FORMATS = ['gexf', 'gexf-dynamic', 'graphml', 'csv', 'json', 'svg', 'png'] as const;
type BenchFormat = (typeof FORMATS)[number];

function request(format: BenchFormat, dataset: Dataset): { req: TextExportRequest; layoutMs: number } {
  if (format === 'svg' || format === 'png') {
    const start = performance.now();
    const positions = computeLayout(dataset);
    return { req: { format: 'svg', positions }, layoutMs: performance.now() - start };
  }
  if (format === 'gexf-dynamic') return { req: { format: 'gexf', dynamic: true }, layoutMs: 0 };
  return { req: { format }, layoutMs: 0 };
}

const mib = (bytes: number): number => Math.round(bytes / 2 ** 20);

/** One format in a fresh process, so its peak RSS is its own. */
async function measure(format: BenchFormat, events: number): Promise<void> {
  // Ten years of activity among 5,000 actors, from the explorer's seeded generator.
  const dataset = generateDataset({ events, actors: 5000, days: 3650, seed: 1 });
  const rssWithDataset = process.memoryUsage().rss;
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'));
  try {
    const { req, layoutMs } = request(format, dataset);
    const start = performance.now();
    const { files } = exportView(dataset, { mode: 'window' }, req);
    const paths = files.map((_, i) => join(dir, `out-${i}.${format === 'png' ? 'svg' : format}`));
    const bytes = writeChunksAtomic(files.map((f, i) => ({ path: paths[i]!, chunks: f.chunks })));
    let pngBytes = 0;
    if (format === 'png') pngBytes = (await renderSvgFileToPng(paths[0]!, SVG_DEFAULT_SIZE, 1)).length;
    const exportMs = performance.now() - start;
    const peak = process.resourceUsage().maxRSS * 1024;
    console.log(JSON.stringify({
      format, events, exportMs: Math.round(exportMs), layoutMs: Math.round(layoutMs),
      outputMiB: mib(bytes.reduce((a, b) => a + b, 0) + pngBytes), rssWithDatasetMiB: mib(rssWithDataset), peakRssMiB: mib(peak),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { events: { type: 'string' }, formats: { type: 'string' }, child: { type: 'string' } } });
  const events = Number(values.events ?? 1_000_000);
  if (!Number.isInteger(events) || events < 1) throw new UsageError(`--events "${values.events}" is not a positive integer`);
  const formats = (values.formats?.split(',') ?? [...FORMATS]).map((f) => {
    if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`--formats: unknown format "${f}" (expected ${FORMATS.join(', ')})`);
    return f as BenchFormat;
  });
  if (values.child) {
    await measure(values.child as BenchFormat, events);
    return 0;
  }
  console.log(`export benchmark: ${events} synthetic interactions, each format in its own process (the dataset itself counts towards RSS)`);
  console.log('format        export s  layout s  output MiB  RSS with dataset MiB  peak RSS MiB');
  for (const format of formats) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', format, '--events', String(events)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      console.log(`${format.padEnd(12)}  failed: ${(child.stderr.trim().split('\n')[0] ?? '').slice(0, 200)}`);
      continue;
    }
    const r = JSON.parse(line) as Record<string, number>;
    console.log(
      `${format.padEnd(12)}  ${(r.exportMs! / 1000).toFixed(1).padStart(8)}  ${(r.layoutMs! / 1000).toFixed(1).padStart(8)}  ${String(r.outputMiB).padStart(10)}  ${String(r.rssWithDatasetMiB).padStart(20)}  ${String(r.peakRssMiB).padStart(12)}`,
    );
  }
  return 0;
}

await runCli('bench-export', main);
