import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, loadFixture, readWithPython, runExport, tempDir, removeTempDirs } from './helpers.ts';

afterAll(removeTempDirs);

const dataset = loadFixture();

describe('CSV export, read back by Python\'s csv module', () => {
  let interactions: string[][];
  let actors: string[][];
  beforeAll(() => {
    const dir = tempDir();
    const run = runExport(['--data', FIXTURE, '--format', 'csv', '--out', join(dir, 'view.csv')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('view.actors.csv');
    interactions = readWithPython<string[][]>('csv', join(dir, 'view.csv'));
    actors = readWithPython<string[][]>('csv', join(dir, 'view.actors.csv'));
  });

  it('writes one row per interaction, multi-party ones included, fields intact', () => {
    const [header, ...rows] = interactions;
    const column = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(dataset.events.length);
    for (const event of dataset.events) {
      const row = rows.find((r) => r[column('id')] === event.id)!;
      expect(row[column('date')]).toBe(event.date);
      expect(row[column('type')]).toBe(event.type);
      expect(row[column('status')]).toBe(event.status);
      expect(row[column('participants')]!.split(';')).toEqual(event.participants);
      expect(row[column('evidence')]).toBe(event.evidence);
      expect(row[column('article')]).toBe(event.article);
    }
    const e3 = rows.find((r) => r[column('id')] === 'e3')!;
    expect(e3[column('participant_names')]).toBe('Nicolás Maduro;Recep Tayyip Erdoğan;United Nations');
  });

  it('takes the event\'s source URL, else its article\'s', () => {
    const [header, ...rows] = interactions;
    const url = (id: string) => rows.find((r) => r[0] === id)![header!.indexOf('source_url')];
    expect(url('e2')).toBe('https://example.org/e2');
    expect(url('e1')).toBe('https://example.org/a1');
    expect(url('e3')).toBe('');
  });

  it('lists the actors in view with names and aliases in UTF-8', () => {
    const [header, ...rows] = actors;
    expect(header).toEqual(['id', 'name', 'kind', 'aliases', 'country', 'interactions']);
    const used = new Set(dataset.events.flatMap((e) => e.participants));
    expect(rows.map((r) => r[0]).sort()).toEqual([...used].sort());
    expect(rows.find((r) => r[0] === 'maduro')).toEqual(['maduro', 'Nicolás Maduro', 'person', 'Maduro;Nicolás Maduro Moros', 'VE', '4']);
  });
});
