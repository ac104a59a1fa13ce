import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/model/validate.ts';
import { runCommand } from './run.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-'));
});

const article = (name: string, text: string) => writeFileSync(join(dir, name), text);
const readOut = (file: string) => parseDataset(readFileSync(file, 'utf8'), file);

describe('npm run ingest', () => {
  it('writes a dataset and a summary line', () => {
    article('a.txt', 'date 2024-06-14\nIndian Prime Minister Narendra Modi spoke by phone with US President Joe Biden on Thursday.');
    const out = join(dir, 'out.json');
    const r = runCommand('ingest', [dir, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ingest: 1 new articles \(1 in all\), 2 actors, 1 events \(1 new, 0 merged\), 0 skipped/);
    const d = readOut(out);
    expect(d.events[0]).toMatchObject({ date: '2024-06-13', type: 'call', participants: ['narendra-modi', 'joe-biden'] });
  });

  it('follows linked articles and folders, reading a folder linked twice once', () => {
    const store = mkdtempSync(join(tmpdir(), 'ingest-store-'));
    writeFileSync(join(store, 'call.txt'), 'date 2024-06-14\nNarendra Modi spoke by phone with Joe Biden on Thursday.');
    mkdirSync(join(dir, 'in'));
    symlinkSync(join(store, 'call.txt'), join(dir, 'in', 'linked.txt'));
    symlinkSync(join(dir, 'in'), join(dir, 'in', 'loop'));
    const out = join(dir, 'out.json');
    const r = runCommand('ingest', [join(dir, 'in'), '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readOut(out).articles.map((a) => a.file)).toEqual(['linked.txt']);
  });

  it('skips unusable files with a one-line warning each, writes the rest and exits 1', () => {
    article('good.txt', 'date 2024-06-14\nNarendra Modi met Joe Biden on Thursday.');
    article('empty.txt', '  \n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('date 2024-06-14\nCaf\xe9 talks', 'latin1'));
    article('undated.txt', 'Narendra Modi met Joe Biden.');
    const out = join(dir, 'out.json');
    const r = runCommand('ingest', [dir, '--out', out]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.includes('empty.txt'))).toMatch(/is empty; skipped$/);
    expect(lines.find((l) => l.includes('binary.txt'))).toMatch(/is binary/);
    expect(lines.find((l) => l.includes('latin1.txt'))).toMatch(/not UTF-8/);
    expect(lines.find((l) => l.includes('undated.txt'))).toMatch(/no publication date/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(readOut(out).articles.map((a) => a.file)).toEqual(['good.txt']);
  });

  it('takes --published for articles that state no date', () => {
    article('undated.txt', 'Narendra Modi met Joe Biden on Thursday.');
    const out = join(dir, 'out.json');
    expect(runCommand('ingest', [dir, '--out', out, '--published', '2024-06-14']).status).toBe(0);
    expect(readOut(out).events[0]?.date).toBe('2024-06-13');
  });

  it('merges into an existing dataset without adding an article twice, and joins reports of one interaction', () => {
    article('a.txt', 'date 2024-06-14\nNarendra Modi spoke by phone with Joe Biden on Thursday.');
    const out = join(dir, 'out.json');
    runCommand('ingest', [join(dir, 'a.txt'), '--out', out]);
    expect(runCommand('ingest', [join(dir, 'a.txt'), '--out', out]).stdout).toMatch(/0 new articles/);
    article('b.txt', 'date 2024-06-15\nModi and Biden spoke by phone on Thursday, officials said.');
    runCommand('ingest', [join(dir, 'b.txt'), '--out', out]);
    const d = readOut(out);
    expect(d.articles).toHaveLength(2);
    expect(d.events).toHaveLength(1);
    const fileOf = (id: string) => d.articles.find((a) => a.id === id)?.file;
    expect(d.events[0]?.alsoReportedIn?.map((s) => fileOf(s.article))).toEqual(['b.txt']);
  });

  it('rejects usage errors with exit code 2 and writes nothing', () => {
    article('a.txt', 'date 2024-06-14\nNarendra Modi met Joe Biden.');
    const out = join(dir, 'out.json');
    for (const args of [[dir], [dir, '--out', out, '--published', '2024-13-01'], [dir, '--out', out, '--frobnicate']]) {
      const r = runCommand('ingest', args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to merge into a broken dataset and leaves it untouched', () => {
    article('a.txt', 'date 2024-06-14\nNarendra Modi met Joe Biden.');
    const out = join(dir, 'out.json');
    writeFileSync(out, '{"format": "diplomacy-graph/1", "articles": [');
    const r = runCommand('ingest', [join(dir, 'a.txt'), '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/out\.json: not valid JSON/);
    expect(readFileSync(out, 'utf8')).toBe('{"format": "diplomacy-graph/1", "articles": [');
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
