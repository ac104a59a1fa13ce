import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ingestArticles } from '../extract/ingest.ts';
import { parseGold } from '../evaluate/gold.ts';
import { score, type Dyad } from '../evaluate/score.ts';
import { emptyDataset } from '../model/types.ts';
import { parseArgs, stringFlag } from './args.ts';
import { runCli, UsageError, UserError } from './common.ts';
import { readArticleFiles } from './read-articles.ts';

const HELP = `Usage: npm run eval -- --gold <gold.json> <articles folder or files…>

Extracts the articles and scores the interactions against a gold annotation (interaction-gold/1):
dyad precision, recall, F1 and type accuracy, then the misses and false alarms with their sentences.
An article with no date of its own takes the publication date the annotation gives.`;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function show(title: string, dyads: Dyad[]): void {
  console.log(`\n${title} (${dyads.length})`);
  for (const d of dyads) {
    const when = d.dates.length ? d.dates.join('|') : 'any date';
    console.log(`  ${d.article}: ${d.label} [${d.type}, ${d.status}, ${when}]\n      “${d.evidence}”`);
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const args = parseArgs(argv, ['gold']);
  const goldFile = stringFlag(args, 'gold');
  if (!goldFile) throw new UsageError('--gold <gold.json> is required');
  if (args.positional.length === 0) throw new UsageError('name the articles folder');
  let goldText: string;
  try {
    goldText = readFileSync(goldFile, 'utf8');
  } catch {
    throw new UserError(`${goldFile}: cannot be read`, 2);
  }
  const gold = parseGold(goldText, goldFile);
  const publishedByFile = new Map(gold.articles.map((a) => [a.file, a.published]));
  const { articles, problems } = readArticleFiles(args.positional);
  for (const p of problems) console.error(`eval: ${p.file}: ${p.reason}; skipped`);
  let dataset = emptyDataset('evaluation');
  for (const article of articles) {
    const published = publishedByFile.get(basename(article.file));
    const result = ingestArticles(dataset, [article], published ? { published } : {});
    for (const s of result.skipped) console.error(`eval: ${s.file}: ${s.reason}; skipped`);
    dataset = result.dataset;
  }
  const s = score(gold, dataset);
  console.log(`articles ${articles.length}, gold dyads ${s.required}, extracted dyads ${s.extracted}, matched ${s.matched}`);
  console.log(`precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  type accuracy ${pct(s.typeAccuracy)}`);
  show('Misses', s.misses);
  show('False alarms', s.falseAlarms);
  return 0;
}

void runCli('eval', main);
