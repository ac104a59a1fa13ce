import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/model/validate.ts';
import { selectSnapshot } from '../../src/model/view.ts';
import { FIXTURE, loadFixture, runExport, tempDir, removeTempDirs } from './helpers.ts';

afterAll(removeTempDirs);

const dataset = loadFixture();

describe('JSON export, read back by our own loader', () => {
  it('is a valid dataset holding exactly the snapshot and the articles it cites', () => {
    const out = join(tempDir(), 'subset.json');
    expect(runExport(['--data', FIXTURE, '--format', 'json', '--from', '2025-02-01', '--to', '2025-03-31', '--out', out]).status).toBe(0);
    const subset = parseDataset(readFileSync(out, 'utf8'), out);
    const snapshot = selectSnapshot(dataset, { mode: 'window', from: '2025-02-01', to: '2025-03-31' });
    expect(subset.name).toBe(dataset.name);
    expect(subset.events).toEqual(snapshot.events);
    expect(subset.actors).toEqual(snapshot.actors);
    // e3 is also reported in a3; "a1" and "unused" are not cited by anything in range.
    expect(subset.articles.map((a) => a.id)).toEqual(['a2', 'a3']);
  });

  it('drops mentions of actors that a kind filter hides, so no reference dangles', () => {
    const out = join(tempDir(), 'people.json');
    expect(runExport(['--data', FIXTURE, '--format', 'json', '--kinds', 'person', '--out', out]).status).toBe(0);
    const subset = parseDataset(readFileSync(out, 'utf8'), out);
    const ids = new Set(subset.actors.map((a) => a.id));
    expect([...ids].every((id) => dataset.actors.find((a) => a.id === id)!.kind === 'person')).toBe(true);
    const e3 = subset.events.find((e) => e.id === 'e3')!;
    expect(e3.participants).toEqual(['maduro', 'erdogan']);
    expect(e3.alsoReportedIn![0]!.mentions).toEqual([]);
  });
});
