import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../src/extract/gazetteer.ts';
import { importGdeltFile } from '../../src/import/read-files.ts';
import { WrongFileError } from '../../src/import/tally.ts';
import { validateDataset } from '../../src/model/validate.ts';

const FILE = 'tests/fixtures/gdelt/events-excerpt.csv';
const gazetteer = buildGazetteer([
  { id: 'china', name: 'China', kind: 'country', code: 'CN', capital: 'Beijing' },
  { id: 'united-states', name: 'United States', kind: 'country', code: 'US' },
]);
const run = (file = FILE, allTypes = false) => importGdeltFile(file, { allTypes, gazetteer });

/** The fixture's fields, read with a regular expression rather than the importer's own splitter. */
function rawRows(): string[][] {
  return readFileSync(FILE, 'utf8').trim().split('\n').map((line) => [...line.matchAll(/"([^"]*)"|NULL/g)].map((m) => m[1] ?? ''));
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gdelt-')), name);
  writeFileSync(path, text);
  return path;
}

describe('GDELT import of the committed excerpt', () => {
  it('keeps as many calls and meetings as a direct count of the raw rows', async () => {
    const rows = rawRows();
    const kept = rows.filter((r) => r[28] === '4' && ['40', '41', '42', '43', '44', '45', '46'].includes(r[26]!) && r[5] && r[15] && r[5] !== r[15]);
    const keys = { call: new Set<string>(), meeting: new Set<string>() };
    for (const r of kept) keys[r[26] === '41' ? 'call' : 'meeting'].add(`${r[1]} ${[r[5], r[15]].sort().join(' ')}`);
    const { dataset, tally } = await run();
    expect(tally.read).toBe(rows.length);
    expect(tally.rejected).toBe(0);
    expect(tally.kept).toBe(kept.length);
    expect(dataset.events.filter((e) => e.type === 'call')).toHaveLength(keys.call.size);
    expect(dataset.events.filter((e) => e.type === 'meeting')).toHaveLength(keys.meeting.size);
    expect(dataset.articles).toHaveLength(new Set(kept.map((r) => r[57])).size);
    expect(() => validateDataset(dataset)).not.toThrow();
  });

  it('imports a known telephone call with its date, actors and source URL', async () => {
    const { dataset } = await run();
    const call = dataset.events.find((e) => e.evidence.startsWith('GDELT event 738559845,'));
    expect(call).toMatchObject({
      type: 'call', mode: 'Discuss by telephone', date: '2018-03-07', participants: ['china', 'united-states'],
      sourceUrl: expect.stringMatching(/^https:\/\/chinadigitaltimes\.net\//),
    });
    expect(call!.evidence).toBe('GDELT event 738559845, 2018-03-07: BEIJING — Discuss by telephone (CAMEO 041) — AMERICAN');
    const article = dataset.articles.find((a) => a.id === call!.article);
    expect(article).toMatchObject({ url: call!.sourceUrl, published: '2018-03-07', outlet: 'chinadigitaltimes.net' });
  });

  it('pairs the two sides of one visit reported by different articles', async () => {
    const { dataset } = await run();
    const visit = dataset.events.find((e) => e.date === '2018-07-05' && e.mode?.startsWith('visit'));
    expect(visit).toBeDefined();
    const reports = [visit!.evidence, ...(visit!.alsoReportedIn ?? []).map((s) => s.evidence)].join('\n');
    expect(reports).toContain('GDELT event 769760259, 2018-07-05: WASHINGTON — Make a visit (CAMEO 042) — CHINA');
    expect(reports).toContain('GDELT event 769636997, 2018-07-05: CHINA — Host a visit (CAMEO 043) — UNITED STATES');
  });

  it('reads GDELT\'s tab-separated raw files the same way, and skips a header line', async () => {
    const tsv = rawRows().map((r) => r.join('\t')).join('\n');
    const header = readFileSync('tests/fixtures/gdelt/header.csv', 'utf8').trim();
    const fromCsv = await run();
    const fromTsv = await run(tempFile('20180101.export.CSV', tsv));
    const withHeader = await run(tempFile('events.csv', `${header}\n${readFileSync(FILE, 'utf8')}`));
    const strip = (d: typeof fromCsv.dataset) => d.events.map((e) => [e.id, e.type, e.mode, e.date, e.participants, e.sourceUrl]);
    expect(strip(fromTsv.dataset)).toEqual(strip(fromCsv.dataset));
    expect(strip(withHeader.dataset)).toEqual(strip(fromCsv.dataset));
    expect(withHeader.tally.read).toBe(fromCsv.tally.read);
  });

  it('reads pre-2013 backfile rows (57 columns, no SOURCEURL) into one source for the file', async () => {
    const backfile = rawRows().map((r) => r.slice(0, 57).join('\t')).join('\n');
    const { dataset, tally } = await run(tempFile('2012.csv', backfile));
    expect(tally.rejected).toBe(0);
    expect(dataset.articles.map((a) => a.id)).toEqual(['gdelt:2012.csv']);
    expect(dataset.events.every((e) => e.sourceUrl === undefined && e.article === 'gdelt:2012.csv')).toBe(true);
    expect(dataset.events).toHaveLength((await run()).dataset.events.length);
  });
});

describe('GDELT bad input', () => {
  it('counts malformed rows by line number and imports the rest', async () => {
    const lines = readFileSync(FILE, 'utf8').trim().split('\n');
    lines.splice(3, 0, '"1","2018"', lines[0]!.replace(/^("\d+"),"\d{8}"/, '$1,"20181340"'));
    const { tally } = await run(tempFile('events.csv', lines.join('\n')));
    expect(tally.rejected).toBe(2);
    expect(tally.firstRejections).toEqual([
      { file: 'events.csv', line: 4, problem: 'expected 58 columns (57 in old backfiles), found 2' },
      { file: 'events.csv', line: 5, problem: 'SQLDATE "20181340" is not a date as YYYYMMDD' },
    ]);
  });

  it('stops at a file of the wrong kind', async () => {
    await expect(run('tests/fixtures/icews/icews14-excerpt/train.txt')).rejects.toThrow(WrongFileError);
    await expect(run(tempFile('dataset.json', '{"format":"diplomacy-graph/1"}'))).rejects.toThrow(/dataset.json:1: not a GDELT 1.0 event export/);
  });
});
