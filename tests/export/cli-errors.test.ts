import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE, readWithPython, runExport, tempDir, type PythonGraph, removeTempDirs } from './helpers.ts';

afterAll(removeTempDirs);

function expectUsageFailure(args: (out: string) => string[], message: RegExp): void {
  const dir = tempDir();
  const out = join(dir, 'out.gexf');
  const run = runExport(args(out));
  expect(run.status).toBe(2);
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  // No output and no temporary file left behind.
  expect(readdirSync(dir)).toEqual([]);
}

describe('export command on bad input', () => {
  it('rejects an unknown format', () => {
    expectUsageFailure((out) => ['--data', FIXTURE, '--format', 'pdf', '--out', out], /--format: unknown value "pdf"/);
  });

  it('rejects a date that is not a date', () => {
    expectUsageFailure((out) => ['--data', FIXTURE, '--format', 'gexf', '--from', '2025-02-30', '--out', out], /--from "2025-02-30" is not a date/);
    expectUsageFailure((out) => ['--data', FIXTURE, '--format', 'gexf', '--to', 'March', '--out', out], /--to "March" is not a date/);
  });

  it('rejects --from after --to', () => {
    expectUsageFailure(
      (out) => ['--data', FIXTURE, '--format', 'gexf', '--from', '2025-03-01', '--to', '2025-02-01', '--out', out],
      /--from 2025-03-01 is after --to 2025-02-01/,
    );
  });

  it('rejects a missing dataset, naming it', () => {
    expectUsageFailure((out) => ['--data', '/nonexistent/dataset.json', '--format', 'gexf', '--out', out], /\/nonexistent\/dataset\.json: no such file/);
  });

  it('rejects a dataset that is not valid, naming the file and the field', () => {
    const bad = join(tempDir(), 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'diplomacy-graph/1', articles: [], actors: [], events: [{ id: 'x' }] }));
    expectUsageFailure((out) => ['--data', bad, '--format', 'gexf', '--out', out], /bad\.json: events\[0\]\.type/);
    const notJson = join(tempDir(), 'broken.json');
    writeFileSync(notJson, '{"format": ');
    expectUsageFailure((out) => ['--data', notJson, '--format', 'csv', '--out', out], /broken\.json: not valid JSON/);
  });

  it('rejects options that do not apply to the format', () => {
    expectUsageFailure((out) => ['--data', FIXTURE, '--format', 'csv', '--dynamic', '--out', out], /--dynamic applies to --format gexf only/);
    expectUsageFailure((out) => ['--data', FIXTURE, '--format', 'png', '--scale', '3', '--out', out], /--scale: unknown value "3"/);
    expectUsageFailure((out) => ['--data', FIXTURE, '--format', 'gexf', '--types', 'visit', '--out', out], /--types: unknown value "visit"/);
  });

  it('exports an empty range as a valid empty graph and says so', () => {
    const out = join(tempDir(), 'empty.gexf');
    const run = runExport(['--data', FIXTURE, '--format', 'gexf', '--from', '2030-01-01', '--to', '2030-01-31', '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/no interactions in view \(2030-01-01 to 2030-01-31\); wrote an empty graph/);
    expect(existsSync(out)).toBe(true);
    const graph = readWithPython<PythonGraph>('gexf', out);
    expect(Object.keys(graph.nodes)).toHaveLength(0);
    expect(graph.edges).toHaveLength(0);
  });
});
