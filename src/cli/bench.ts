import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureInBrowser } from '../bench/browser.ts';
import { checkExplorer } from '../bench/explorer-check.ts';
import { benchArticles, measureIngest } from '../bench/ingest.ts';
import { measureInNode, type NodeFigures } from '../bench/node-timings.ts';
import { icewsDataset } from '../bench/real-data.ts';
import { SYNTHETIC_SIZES, syntheticFile, type BenchDataset } from '../bench/sizes.ts';
import { formatReport, ms, type BenchReport, type DatasetReport } from '../bench/table.ts';
import { parseArgs, stringFlag } from './args.ts';
import { runCli, UsageError, UserError, writeFileAtomic } from './common.ts';

const HELP = `Usage: npm run bench [-- --quick | --full] [--json FILE] [--no-browser] [--cache DIR]
       npm run bench -- --explorer DATASET [--json FILE]

Measures load, build, memory, scrubbing (ours against the naive full refresh, in headless
Chromium with a real sigma) and ingest throughput on seeded synthetic datasets of 10^4, 10^5 and
10^6 interactions and on ICEWS 2014 (from ../shared/datasets/icews14, skipped when absent).
  --quick        the smallest synthetic size only (for CI)
  --json FILE    also write every figure to FILE
  --full         also measure 10^6 in Chromium (about 5 more minutes: loading 1.9 million
                 edges into sigma takes over a minute)
  --no-browser   Node figures only
  --cache DIR    where generated datasets are kept between runs (default: the system temp folder)
  --explorer F   instead, open dataset file F (JSON or gzip) in the built explorer in chromium:
                 load phases, longest main-thread task, and 20 one-day slider steps
See docs/scale.md for what each figure means.`;

const root = fileURLToPath(new URL('../..', import.meta.url));
const INGEST_COPIES = 200;
const EXPLORER_STEPS = 20;
/** Time budgets in Chromium per dataset, chosen so the default run fits in five minutes on two cores. */
const BROWSER_OPTIONS = { naiveBudgetMs: 12_000, frameSteps: 60, frameBudgetMs: 12_000, minSteps: 2 };

/** Node figures for one file, in a fresh process so its memory is its own. */
function nodeFiguresOf(file: string): NodeFigures | { error: string } {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'src/cli/bench.ts', '--measure-node', file], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) return { error: run.stderr.trim().split('\n').at(-1) ?? `exit code ${run.status}` };
  return JSON.parse(run.stdout) as NodeFigures;
}

const say = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const args = parseArgs(argv, ['json', 'cache', 'measure-node', 'explorer'], ['quick', 'full', 'no-browser']);
  if (args.positional.length) throw new UsageError(`unexpected argument ${args.positional[0]}`);
  const probe = stringFlag(args, 'measure-node');
  if (probe) {
    process.stdout.write(JSON.stringify(measureInNode(probe)));
    return 0;
  }
  const explorerFile = stringFlag(args, 'explorer');
  if (explorerFile) {
    if (!existsSync(explorerFile)) throw new UserError(`${explorerFile}: no such file`);
    const figures = await checkExplorer(explorerFile, EXPLORER_STEPS, say);
    const phases = Object.entries(figures.phases).map(([phase, s]) => `${phase} at ${s.toFixed(1)} s`).join(', ');
    console.log(`${explorerFile} in the explorer (headless chromium, SwiftShader WebGL):`);
    console.log(`  ${phases}; graph drawn at ${figures.graphSeconds.toFixed(1)} s`);
    console.log(`  longest main-thread task: ${figures.longestLoadTaskMs} ms while loading, ${figures.longestScrubTaskMs} ms while scrubbing`);
    console.log(`  one-day slider step to drawn frame: median ${ms(figures.step.median)} ms, p95 ${ms(figures.step.p95)} ms (n=${figures.step.count})`);
    console.log(`  status line: ${figures.status}`);
    const json = stringFlag(args, 'json');
    if (json) writeFileAtomic(json, `${JSON.stringify({ command: `npm run bench -- ${argv.join(' ')}`, ...figures }, null, 1)}\n`);
    return 0;
  }
  const startedAt = new Date().toISOString();
  const quick = args.flags.has('quick');
  const cacheDir = stringFlag(args, 'cache') ?? join(tmpdir(), 'diplomacy-graph-bench');
  mkdirSync(cacheDir, { recursive: true });

  const datasets: BenchDataset[] = [];
  const notes: string[] = [];
  for (const size of quick ? SYNTHETIC_SIZES.slice(0, 1) : SYNTHETIC_SIZES) {
    say(`generating or reusing ${size.events.toLocaleString('en-GB')} interactions in ${cacheDir}`);
    datasets.push(syntheticFile(size, cacheDir));
  }
  if (!quick) {
    say('importing ICEWS 2014');
    const icews = icewsDataset(root, cacheDir);
    if ('skipped' in icews) notes.push(icews.skipped);
    else datasets.push(icews);
  }

  const reports: DatasetReport[] = datasets.map((d) => ({ label: d.label, ...(d.note ? { note: d.note } : {}) }));
  for (const [i, d] of datasets.entries()) {
    say(`${d.label}: Node figures`);
    reports[i]!.node = nodeFiguresOf(d.file);
  }
  say('ingest throughput');
  const ingest = measureIngest(benchArticles(join(root, 'data', 'seeds'), INGEST_COPIES));
  let chromiumVersion: string | undefined;
  if (!args.flags.has('no-browser')) {
    const inChromium = datasets.filter((d) => args.flags.has('full') || !d.chromiumOnlyWhenFull);
    const { version, results } = await measureInBrowser(inChromium, BROWSER_OPTIONS, say);
    results.forEach((r, i) => (reports[datasets.indexOf(inChromium[i]!)]!.browser = r));
    for (const d of datasets) if (!inChromium.includes(d)) notes.push(`${d.label}: not measured in Chromium by default (loading it there takes over a minute, and the run 5 more); run with --full`);
    chromiumVersion = version;
  }

  const report: BenchReport = {
    command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
    startedAt,
    machine: { cpus: cpus().length, node: process.version, ...(chromiumVersion ? { chromium: chromiumVersion } : {}) },
    datasets: reports,
    ingest,
  };
  console.log(formatReport(report));
  for (const note of notes) console.log(note);
  const json = stringFlag(args, 'json');
  if (json) writeFileAtomic(json, `${JSON.stringify({ ...report, notes }, null, 1)}\n`);
  return 0;
}

void runCli('bench', main);
