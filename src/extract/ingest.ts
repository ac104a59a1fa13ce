import { mergeDatasets } from '../model/merge.ts';
import type { Dataset, IsoDate } from '../model/types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { ArticleError, extractArticle } from './pipeline.ts';

export interface ArticleInput {
  file: string;
  text: string;
}

export interface IngestOptions {
  published?: IsoDate;
  gazetteer?: Gazetteer;
  onProgress?: (done: number, total: number) => void;
}

export interface IngestResult {
  dataset: Dataset;
  added: { articles: number; actors: number; events: number };
  /** Events that another article had already reported. */
  merged: number;
  /** Articles left out, with the reason. */
  skipped: { file: string; reason: string }[];
}

/** Extracts every article and merges the results into `base`, leaving articles already in it alone. */
export function ingestArticles(base: Dataset, inputs: readonly ArticleInput[], options: IngestOptions = {}): IngestResult {
  let dataset = base;
  const added = { articles: 0, actors: 0, events: 0 };
  let merged = 0;
  const skipped: IngestResult['skipped'] = [];
  inputs.forEach((input, i) => {
    try {
      const extraction = extractArticle(input.text, {
        file: input.file,
        ...(options.published ? { published: options.published } : {}),
        ...(options.gazetteer ? { gazetteer: options.gazetteer } : {}),
      });
      const result = mergeDatasets(dataset, { ...dataset, articles: [extraction.article], actors: extraction.actors, events: extraction.events });
      dataset = result.dataset;
      added.articles += result.added.articles;
      added.actors += result.added.actors;
      added.events += result.added.events;
      merged += result.merged;
    } catch (err) {
      if (!(err instanceof ArticleError)) throw err;
      skipped.push({ file: input.file, reason: err.message });
    }
    options.onProgress?.(i + 1, inputs.length);
  });
  return { dataset, added, merged, skipped };
}
