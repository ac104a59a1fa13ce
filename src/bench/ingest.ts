import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer } from '../extract/gazetteer.ts';
import { ingestArticles, type ArticleInput } from '../extract/ingest.ts';
import { emptyDataset } from '../model/types.ts';

export interface IngestFigures {
  articles: number;
  events: number;
  ms: number;
  articlesPerSecond: number;
}

/** Short wire-style reports naming people the gazetteer knows, to go with the real seed articles. */
const WIRE_REPORTS = [
  'date 2023-07-14\nLavrov and Wang Yi meet in Jakarta\nRussian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Jakarta on Thursday, the two ministries said.',
  'date 2023-09-10\nModi hosts Lula\nIndian Prime Minister Narendra Modi held talks with Brazilian President Luiz Inácio Lula da Silva in New Delhi on Sunday.',
  'date 2023-05-20\nKishida and Macron talk\nJapanese Prime Minister Fumio Kishida spoke by phone with French President Emmanuel Macron on Saturday about the summit.',
  'date 2023-11-02\nScholz to visit Ankara\nGerman Chancellor Olaf Scholz will meet Turkish President Recep Tayyip Erdoğan in Ankara next week, a spokesman said on Thursday.',
  'date 2023-08-23\nRamaphosa greets Modi\nSouth African President Cyril Ramaphosa met Indian Prime Minister Narendra Modi in Johannesburg on Wednesday on the sidelines of the BRICS summit.',
  'date 2023-06-19\nBlinken in Beijing\nU.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday. The two also spoke by phone last week.',
];

/**
 * The seed articles copied under new file names up to `count` articles, plus the wire reports:
 * every copy is a new article to the ingest, so each one goes through extraction and merging.
 */
export function benchArticles(seedDir: string, count: number): ArticleInput[] {
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedDir, f), 'utf8'));
  const copies = Array.from({ length: count }, (_, i) => ({ file: `copy-${String(i).padStart(4, '0')}.txt`, text: seeds[i % seeds.length]! }));
  return [...copies, ...WIRE_REPORTS.map((text, i) => ({ file: `wire-${i}.txt`, text }))];
}

/** Articles per second through ingestArticles on one core; the gazetteer is loaded beforehand, as the CLI does once per run. */
export function measureIngest(inputs: readonly ArticleInput[]): IngestFigures {
  const gazetteer = loadGazetteer();
  const start = performance.now();
  const result = ingestArticles(emptyDataset('bench'), inputs, { gazetteer });
  const ms = performance.now() - start;
  return { articles: inputs.length, events: result.dataset.events.length, ms, articlesPerSecond: inputs.length / (ms / 1000) };
}
