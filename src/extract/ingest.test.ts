import { describe, expect, it } from 'vitest';
import { emptyDataset } from '../model/types.ts';
import { ingestArticles } from './ingest.ts';

const text = (published: string, body: string) => `date ${published}\n${body}`;

describe('ingestArticles', () => {
  it('keeps two different articles that share a file name apart', () => {
    const { dataset } = ingestArticles(emptyDataset(), [
      { file: 'bbc/story.txt', text: text('2024-06-14', 'Narendra Modi met Joe Biden on Thursday.') },
      { file: 'cnn/story.txt', text: text('2024-06-14', 'Emmanuel Macron met Olaf Scholz on Thursday.') },
    ]);
    expect(dataset.articles).toHaveLength(2);
    expect(dataset.events).toHaveLength(2);
  });

  it('adds an article given twice once, with its events', () => {
    const article = { file: 'a.txt', text: text('2024-06-14', 'Narendra Modi met Joe Biden on Thursday.') };
    const { dataset, added } = ingestArticles(emptyDataset(), [article, article]);
    expect(dataset.articles).toHaveLength(1);
    expect(dataset.events).toHaveLength(1);
    expect(added).toEqual({ articles: 1, actors: 2, events: 1 });
  });

  it('reports articles it cannot date and goes on with the rest', () => {
    const { dataset, skipped } = ingestArticles(emptyDataset(), [
      { file: 'undated.txt', text: 'Narendra Modi met Joe Biden.' },
      { file: 'dated.txt', text: text('2024-06-14', 'Narendra Modi met Joe Biden on Thursday.') },
    ]);
    expect(skipped).toEqual([{ file: 'undated.txt', reason: expect.stringMatching(/no publication date/) }]);
    expect(dataset.articles.map((a) => a.file)).toEqual(['dated.txt']);
  });
});
