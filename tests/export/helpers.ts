import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDataset } from '../../src/model/validate.ts';
import type { Dataset } from '../../src/model/types.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE = join(ROOT, 'tests/fixtures/export/small.json');

export function loadFixture(): Dataset {
  return parseDataset(readFileSync(FIXTURE, 'utf8'), FIXTURE);
}

const created: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'export-test-'));
  created.push(dir);
  return dir;
}

/** For afterAll: removes the folders tempDir made in this test file. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the export command as users do, in a child process, so exit codes and files are real. */
export function runExport(args: string[]): CliRun {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/export.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What Python's own readers (NetworkX, csv, xml.etree) make of a file. */
export function readWithPython<T>(kind: 'gexf' | 'graphml' | 'csv' | 'svg', path: string): T {
  const run = spawnSync('/usr/bin/python3', [join(ROOT, 'tests/export/read_with_python.py'), kind, path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python3 could not read ${path}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

export interface PythonGraph {
  graph: Record<string, string | number>;
  nodes: Record<string, Record<string, unknown>>;
  edges: Array<{ source: string; target: string; key: string; data: Record<string, unknown> }>;
}
