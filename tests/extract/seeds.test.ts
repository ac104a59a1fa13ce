import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../src/evaluate/gold.ts';
import { score } from '../../src/evaluate/score.ts';
import { ingestArticles } from '../../src/extract/ingest.ts';
import { emptyDataset } from '../../src/model/types.ts';
import { parseDataset } from '../../src/model/validate.ts';

const seedsDir = join(import.meta.dirname, '../../data/seeds');
const articles = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ file: join(seedsDir, f), text: readFileSync(join(seedsDir, f), 'utf8') }));
const gold = parseGold(readFileSync(join(import.meta.dirname, '../fixtures/seeds.gold.json'), 'utf8'), 'seeds.gold.json');

describe('the seed articles', () => {
  const { dataset, skipped } = ingestArticles(emptyDataset('Seed articles'), articles);

  it('score at least 0.90 dyad F1 and type accuracy against the hand annotation', () => {
    expect(skipped).toEqual([]);
    const s = score(gold, dataset);
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.typeAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('rebuild the bundled dataset exactly (run `npm run build:data` after changing the extractor)', () => {
    const bundled = parseDataset(readFileSync(join(import.meta.dirname, '../../data/dataset.json'), 'utf8'), 'data/dataset.json');
    expect(dataset).toEqual(bundled);
  });

  it('find the dateless article’s date in its embedded post', () => {
    expect(dataset.articles.find((a) => a.file === '000_005ad1a42800435e.txt')?.published).toBe('2025-11-22');
  });

  it('link every event to its sentence with the participants’ mentions inside it', () => {
    for (const event of dataset.events) {
      const file = dataset.articles.find((a) => a.id === event.article)!.file;
      const text = articles.find((a) => a.file.endsWith(file))!.text;
      expect(text).toContain(event.evidence);
      for (const m of event.mentions ?? []) {
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(event.evidence.length);
        expect(event.participants).toContain(m.actor);
      }
    }
  });
});
