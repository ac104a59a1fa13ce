import { mergeDatasets } from '../model/merge.ts';
import type { Actor, Article, Dataset, InteractionEvent, IsoDate } from '../model/types.ts';
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

/**
 * Extracts every article and merges the results into `base` in one pass (so the cost stays linear
 * in the number of articles), leaving articles already in it alone.
 */
export function ingestArticles(base: Dataset, inputs: readonly ArticleInput[], options: IngestOptions = {}): IngestResult {
  const articles: Article[] = [];
  const actors: Actor[] = [];
  const events: InteractionEvent[] = [];
  const skipped: IngestResult['skipped'] = [];
  inputs.forEach((input, i) => {
    try {
      const extraction = extractArticle(input.text, {
        file: input.file,
        ...(options.published ? { published: options.published } : {}),
        ...(options.gazetteer ? { gazetteer: options.gazetteer } : {}),
      });
      articles.push(extraction.article);
      actors.push(...extraction.actors);
      events.push(...extraction.events);
    } catch (err) {
      if (!(err instanceof ArticleError)) throw err;
      skipped.push({ file: input.file, reason: err.message });
    }
    options.onProgress?.(i + 1, inputs.length);
  });
  const result = mergeDatasets(base, { ...base, articles, actors, events });
  return { dataset: result.dataset, added: result.added, merged: result.merged, skipped };
}
