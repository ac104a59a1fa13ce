import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/model/validate.ts';

const ICEWS = 'tests/fixtures/icews/icews14-excerpt';
const GDELT = 'tests/fixtures/gdelt/events-excerpt.csv';

function runImport(...args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['src/cli/import.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempOut = () => join(mkdtempSync(join(tmpdir(), 'import-cli-')), 'dataset.json');

describe('npm run import', () => {
  it('imports into a new dataset, adds to it, and duplicates nothing on a second import', () => {
    const out = tempOut();
    const first = runImport('icews', ICEWS, '--out', out);
    expect(first.code).toBe(0);
    const rows = ['train.txt', 'valid.txt', 'test.txt'].reduce((n, f) => n + readFileSync(`${ICEWS}/${f}`, 'utf8').trim().split('\n').length, 0);
    expect(first.stdout).toMatch(new RegExp(`rows read\\s+${rows}\n`));
    expect(first.stdout).toMatch(/rejected\s+0\n/);
    const afterIcews = parseDataset(readFileSync(out, 'utf8'), out);
    expect(afterIcews.name).toBe('ICEWS icews14-excerpt');

    expect(runImport('gdelt', GDELT, '--out', out).code).toBe(0);
    const both = parseDataset(readFileSync(out, 'utf8'), out);
    expect(both.events.length).toBeGreaterThan(afterIcews.events.length);
    expect(both.actors.filter((a) => a.id === 'china')).toHaveLength(1);
    expect(both.events.some((e) => e.article.startsWith('icews:') && e.participants.includes('china'))).toBe(true);
    expect(both.events.some((e) => e.article.startsWith('gdelt:') && e.participants.includes('china'))).toBe(true);

    const text = readFileSync(out, 'utf8');
    const again = runImport('icews', ICEWS, '--out', out);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/added to dataset\s+0 events, 0 actors, 0 sources/);
    expect(again.stdout).toMatch(/already imported/);
    expect(runImport('gdelt', GDELT, '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(text);
  });

  it('stops at a file of the wrong kind with one line and exit code 2, writing nothing', () => {
    const out = tempOut();
    const wrong = runImport('gdelt', `${ICEWS}/train.txt`, '--out', out);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^import: train\.txt:1: not a GDELT 1\.0 event export/)]);
    expect(existsSync(out)).toBe(false);
    expect(runImport('icews', GDELT, '--out', out).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses bad arguments, a missing input and a damaged dataset without touching it', () => {
    const out = tempOut();
    expect(runImport('csv', GDELT, '--out', out).code).toBe(2);
    expect(runImport('gdelt', GDELT).stderr).toMatch(/--out <dataset.json> is required/);
    expect(runImport('icews', ICEWS, '--out', out, '--start', '2014-02-30').code).toBe(2);
    const missing = runImport('gdelt', 'no/such/events.csv', '--out', out);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('import: no/such/events.csv: no such file');
    const folderOut = runImport('gdelt', GDELT, '--out', join(out, '..'));
    expect(folderOut.code).toBe(2);
    expect(folderOut.stderr.trim()).toMatch(/^import: .*: is a folder, expected a dataset file$/);
    writeFileSync(out, '{"format":"diplomacy-graph/1","articles":[]}');
    const damaged = runImport('gdelt', GDELT, '--out', out);
    expect(damaged.code).toBe(2);
    expect(damaged.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(out, 'utf8')).toBe('{"format":"diplomacy-graph/1","articles":[]}');
  });

  it('reports malformed rows by line number in the summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const csv = join(dir, 'events.csv');
    const lines = readFileSync(GDELT, 'utf8').trim().split('\n');
    lines.splice(10, 0, '"oops"');
    writeFileSync(csv, lines.join('\n'));
    const result = runImport('gdelt', csv, '--out', join(dir, 'out.json'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/rejected\s+1 \(malformed, see below\)/);
    expect(result.stdout).toContain('events.csv:11: expected 58 columns (57 in old backfiles), found 1');
  });
});
