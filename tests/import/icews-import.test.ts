import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../src/extract/gazetteer.ts';
import { importIcewsFolder } from '../../src/import/read-files.ts';
import { WrongFileError } from '../../src/import/tally.ts';
import { validateDataset } from '../../src/model/validate.ts';

const FOLDER = 'tests/fixtures/icews/icews14-excerpt';
const SPLITS = ['train.txt', 'valid.txt', 'test.txt'];
const gazetteer = buildGazetteer([
  { id: 'barack-obama', name: 'Barack Obama', kind: 'person', country: 'US' },
  { id: 'xi-jinping', name: 'Xi Jinping', kind: 'person', country: 'CN' },
  { id: 'china', name: 'China', kind: 'country', code: 'CN' },
]);
const run = (folder = FOLDER, allTypes = false) => importIcewsFolder(folder, { allTypes, gazetteer, start: '2014-01-01' });

/** Counts the fixture's rows directly: rows per event type, and distinct (type, day, pair) per event type. */
function independentCount(allTypes: boolean) {
  const dictionary = (file: string) =>
    new Map(readFileSync(join(FOLDER, file), 'utf8').trim().split('\n').map((l) => l.split('\t')).map(([name, id]) => [id!, name!]));
  const relations = dictionary('relation2id.txt');
  const meetings = ['Consult', 'Make_a_visit', 'Host_a_visit', "Meet_at_a_'third'_location", 'Engage_in_negotiation', 'Mediate'];
  const rows = { call: 0, meeting: 0 };
  const events = { call: new Set<string>(), meeting: new Set<string>() };
  let read = 0;
  for (const split of SPLITS) {
    for (const line of readFileSync(join(FOLDER, split), 'utf8').trim().split('\n')) {
      read++;
      const [s, r, o, t] = line.split('\t');
      const relation = relations.get(r!)!;
      const type = relation === 'Discuss_by_telephone' ? 'call' : meetings.includes(relation) || allTypes ? 'meeting' : undefined;
      if (!type || s === o) continue;
      rows[type]++;
      events[type].add(`${Number(t) / 24} ${[s, o].sort().join(' ')}`);
    }
  }
  return { read, rows, events: { call: events.call.size, meeting: events.meeting.size } };
}

describe('ICEWS import of the committed excerpt', () => {
  it('keeps as many calls and meetings as a direct count of the raw rows', async () => {
    const expected = independentCount(false);
    const { dataset, tally } = await run();
    expect(tally.read).toBe(expected.read);
    expect(tally.rejected).toBe(0);
    expect(tally.kept).toBe(expected.rows.call + expected.rows.meeting);
    const byType = { call: 0, meeting: 0 };
    for (const event of dataset.events) byType[event.type]++;
    expect(byType).toEqual(expected.events);
    expect(() => validateDataset(dataset)).not.toThrow();
  });

  it('keeps every event type with --all-types', async () => {
    const expected = independentCount(true);
    const { dataset, tally } = await run(FOLDER, true);
    expect(tally.otherTypes).toBe(0);
    expect(dataset.events.filter((e) => e.type === 'meeting')).toHaveLength(expected.events.meeting);
    expect(dataset.events.filter((e) => e.type === 'call')).toHaveLength(expected.events.call);
  });

  it('pairs Make_a_visit and Host_a_visit of one visit into one event', async () => {
    const { dataset } = await run();
    const visit = dataset.events.filter((e) => e.date === '2014-01-23' && e.participants.includes('barack-obama'));
    expect(visit).toHaveLength(1);
    expect(visit[0]).toMatchObject({ type: 'meeting', mode: 'visit', status: 'occurred', datePrecision: 'day', article: 'icews:icews14-excerpt/train.txt' });
    expect([...visit[0]!.participants].sort()).toEqual(['barack-obama', 'china']);
    expect(visit[0]!.evidence).toContain('China — Host a visit — Barack Obama');
    expect(visit[0]!.evidence).toContain('Barack Obama — Make a visit — China');
  });

  it('imports a telephone call as a call and the same day\'s consultation as a separate meeting', async () => {
    const { dataset } = await run();
    const sameDay = dataset.events.filter((e) => e.date === '2014-03-10' && e.participants.includes('xi-jinping'));
    expect(sameDay.map((e) => [e.type, e.mode]).sort()).toEqual([['call', 'Discuss by telephone'], ['meeting', 'Consult']]);
    for (const e of sameDay) expect([...e.participants].sort()).toEqual(['barack-obama', 'xi-jinping']);
  });

  it('imports sector actors as groups of their country and counts the self-interaction row', async () => {
    const { dataset, tally } = await run();
    expect(tally.notInteractions).toBe(1);
    const actors = new Map(dataset.actors.map((a) => [a.id, a]));
    expect(actors.get('citizen-india')).toMatchObject({ name: 'Citizens (India)', kind: 'group', country: 'IN' });
    expect(actors.get('police-philippines')).toMatchObject({ name: 'Police (Philippines)', kind: 'group', country: 'PH' });
    const kashmir = dataset.events.find((e) => e.participants.includes('citizen-india') && e.date === '2014-03-23');
    expect(kashmir).toMatchObject({ type: 'meeting', mode: 'Consult' });
  });

  it('counts days from --start', async () => {
    const from2014 = await run();
    const from2015 = await importIcewsFolder(FOLDER, { allTypes: false, gazetteer, start: '2015-01-01' });
    const shift = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 365 * 86_400_000).toISOString().slice(0, 10);
    expect(from2015.dataset.events.map((e) => e.date)).toEqual(from2014.dataset.events.map((e) => shift(e.date)));
  });

  it('creates one source per split, published on the day of its first call or meeting', async () => {
    const relations = new Map(readFileSync(join(FOLDER, 'relation2id.txt'), 'utf8').trim().split('\n').map((l) => [l.split('\t')[1]!, l.split('\t')[0]!]));
    const firstDay = (split: string) => {
      const days = readFileSync(join(FOLDER, split), 'utf8').trim().split('\n').map((l) => l.split('\t'))
        .filter(([s, r, o]) => s !== o && ['Consult', 'Make_a_visit', 'Discuss_by_telephone', 'Engage_in_negotiation', 'Host_a_visit', "Meet_at_a_'third'_location", 'Mediate'].includes(relations.get(r!)!))
        .map(([, , , t]) => Number(t) / 24);
      return new Date(Date.UTC(2014, 0, 1 + Math.min(...days))).toISOString().slice(0, 10);
    };
    const { dataset } = await run();
    expect(dataset.articles.map((a) => [a.id, a.published])).toEqual(SPLITS.map((split) => [`icews:icews14-excerpt/${split}`, firstDay(split)]));
  });
});

describe('ICEWS bad input', () => {
  const copy = () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'icews-')), 'icews-copy');
    cpSync(FOLDER, dir, { recursive: true });
    return dir;
  };

  it('counts malformed rows by line number and imports the rest', async () => {
    const dir = copy();
    const train = readFileSync(join(dir, 'train.txt'), 'utf8').split('\n');
    train.splice(5, 0, '1\t2\tthree\t24\t-1', '999999\t1\t0\t24\t-1', '4\t1\t0\t30\t-1');
    writeFileSync(join(dir, 'train.txt'), train.join('\n'));
    const { tally } = await run(dir);
    expect(tally.rejected).toBe(3);
    expect(tally.firstRejections).toEqual([
      { file: 'train.txt', line: 6, problem: 'subject, relation, object and time must be whole numbers' },
      { file: 'train.txt', line: 7, problem: 'unknown entity id' },
      { file: 'train.txt', line: 8, problem: 'time 30 is not a whole day (hours, steps of 24)' },
    ]);
    expect(tally.read).toBe(independentCount(false).read + 3);
  });

  it('stops at a file of the wrong kind', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'valid.txt'), '"760359406","20180530","201805"\n');
    await expect(run(dir)).rejects.toThrow(WrongFileError);
    await expect(run(dir)).rejects.toThrow(/valid.txt:1: not an ICEWS event file/);
    await expect(run('tests/fixtures/gdelt')).rejects.toThrow(/not an ICEWS folder \(no entity2id.txt\)/);
  });
});
