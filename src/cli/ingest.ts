import { existsSync, readFileSync } from 'node:fs';
import { ingestArticles } from '../extract/ingest.ts';
import { emptyDataset } from '../model/types.ts';
import { parseDataset } from '../model/validate.ts';
import { dateFlag, parseArgs, stringFlag } from './args.ts';
import { runCli, UsageError, writeFileAtomic } from './common.ts';
import { progressBar } from './progress.ts';
import { readArticleFiles } from './read-articles.ts';

const HELP = `Usage: npm run ingest -- <files or folders…> --out <dataset.json> [--published YYYY-MM-DD] [--name NAME] [--replace]

Extracts calls and meetings from news articles (plain-text files; folders are read recursively
for .txt files) into a dataset. If --out exists, new articles are merged into it.
  --out FILE          the dataset to write (atomically)
  --published DATE    publication date for articles that state none
  --name NAME         the dataset's name, when a new one is created
  --replace           start a new dataset even if --out exists
Exit codes: 0 all articles read, 1 some were skipped (each is named on stderr), 2 usage error.`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const args = parseArgs(argv, ['out', 'published', 'name'], ['replace']);
  const out = stringFlag(args, 'out');
  if (!out) throw new UsageError('--out <dataset.json> is required');
  if (args.positional.length === 0) throw new UsageError('name at least one article file or folder');
  const published = dateFlag(args, 'published');
  const base = existsSync(out) && !args.flags.has('replace') ? parseDataset(readFileSync(out, 'utf8'), out) : emptyDataset(stringFlag(args, 'name'));
  const { articles, problems } = readArticleFiles(args.positional);
  const result = ingestArticles(base, articles, { ...(published ? { published } : {}), onProgress: progressBar('ingest') });
  const skipped = [...problems, ...result.skipped];
  for (const s of skipped) console.error(`ingest: ${s.file}: ${s.reason}; skipped`);
  writeFileAtomic(out, `${JSON.stringify(result.dataset, null, 1)}\n`);
  const d = result.dataset;
  console.log(
    `ingest: ${result.added.articles} new articles (${d.articles.length} in all), ${d.actors.length} actors, ` +
      `${d.events.length} events (${result.added.events} new, ${result.merged} merged), ${skipped.length} skipped → ${out}`,
  );
  return skipped.length > 0 ? 1 : 0;
}

void runCli('ingest', main);
