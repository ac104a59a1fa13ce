import type { BrowserFigures } from './browser.ts';
import type { IngestFigures } from './ingest.ts';
import type { NodeFigures } from './node-timings.ts';
import type { Spread } from './stats.ts';

export interface DatasetReport {
  label: string;
  note?: string;
  node?: NodeFigures | { error: string };
  browser?: BrowserFigures | { error: string };
}

export interface BenchReport {
  command: string;
  startedAt: string;
  machine: { cpus: number; node: string; chromium?: string };
  datasets: DatasetReport[];
  ingest?: IngestFigures;
}

/** Columns padded to their widest cell; the first column left-aligned, numbers right-aligned. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const whole = (n: number) => Math.round(n).toLocaleString('en-GB');
/** Milliseconds with the precision that matters at their size. */
export function ms(n: number): string {
  return n >= 100 ? whole(n) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}
const pair = (s: Spread) => `${ms(s.median)} / ${ms(s.p95)}`;

/** How many times slower the naive path is than ours, by their medians. */
function ratioOf(naive: Spread, ours: Spread): string {
  const ratio = naive.median / ours.median;
  return `${ratio >= 10 ? whole(ratio) : ratio.toFixed(1)}×`;
}

function failed<T extends object>(x: T | { error: string } | undefined): x is { error: string } {
  return x !== undefined && 'error' in x;
}

function nodeRow(d: DatasetReport): string[] {
  const n = d.node;
  if (!n) return [d.label, ...Array(11).fill('–')];
  if (failed(n)) return [d.label, `failed: ${n.error}`];
  return [
    d.label, whole(n.events), whole(n.actors), whole(n.edges), whole(n.fileMiB),
    whole(n.readMs + n.parseValidateMs), `${whole(n.trackerMs)} + ${whole(n.sceneGraphMs)}`, whole(n.rssMiB), whole(n.heapMiB), pair(n.trackerStep),
    `${pair(n.naiveStep)} (n=${n.naiveStep.count})`, ratioOf(n.naiveStep, n.trackerStep),
  ];
}

function browserRow(d: DatasetReport): string[] {
  const b = d.browser;
  if (!b) return [d.label, ...Array(7).fill('–')];
  if (failed(b)) return [d.label, `failed: ${b.error}`];
  return [
    d.label, whole(b.edges), whole(b.fetchMs + b.parseValidateMs), `${whole(b.buildMs)} + ${whole(b.sigmaMs)}`, b.heapMiB === undefined ? '?' : whole(b.heapMiB),
    pair(b.ours), `${pair(b.naive)} (n=${b.naive.count})`, ratioOf(b.naive, b.ours), pair(b.frame),
  ];
}

export function formatReport(report: BenchReport): string {
  const out: string[] = [];
  out.push(`Node ${report.machine.node}, ${report.machine.cpus} CPUs${report.machine.chromium ? `, Chromium ${report.machine.chromium} (SwiftShader WebGL)` : ''}`);
  out.push('', 'Node: load, build, memory, model-side scrub (ms; median / p95 over 365 daily steps of a 30-day window; naive = its edge reducer over every edge)');
  out.push(formatTable(
    ['dataset', 'interactions', 'actors', 'scene edges', 'file MiB', 'read+parse+validate', 'build (index + graph)', 'RSS MiB', 'heap MiB', 'tracker step', 'naive rescan', 'naive÷ours'],
    report.datasets.map(nodeRow),
  ));
  if (report.datasets.some((d) => d.browser)) {
    out.push('', 'Chromium, real sigma: window update per step (ours = tracker diff + partial refresh; naive = reducer + full refresh), slider move to drawn frame');
    out.push(formatTable(
      ['dataset', 'scene edges', 'fetch+parse+validate', 'build + sigma', 'heap MiB', 'ours med / p95', 'naive med / p95', 'naive÷ours', 'frame med / p95'],
      report.datasets.map(browserRow),
    ));
  }
  const notes = report.datasets.filter((d) => d.note).map((d) => `${d.label}: ${d.note}`);
  if (notes.length) out.push('', ...notes);
  if (report.ingest) {
    const i = report.ingest;
    out.push('', `Ingest: ${whole(i.articles)} articles in ${ms(i.ms)} ms on one core = ${i.articlesPerSecond.toFixed(1)} articles/s (${i.events} events)`);
  }
  return out.join('\n');
}
