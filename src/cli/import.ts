import { existsSync, readFileSync, statSync } from 'node:fs';
import { loadGazetteer } from '../extract/gazetteer.ts';
import { isRealDate } from '../model/schema.ts';
import { mergeDatasets } from '../model/merge.ts';
import { emptyDataset, type Dataset } from '../model/types.ts';
import { parseDataset, validateDataset } from '../model/validate.ts';
import { importGdeltFile, importIcewsFolder, MissingInputError, type ImportOutcome } from '../import/read-files.ts';
import { formatSummary } from '../import/summary.ts';
import { WrongFileError } from '../import/tally.ts';
import { runCli, UsageError, UserError, writeFileAtomic } from './common.ts';

const USAGE = `Usage:
  npm run import -- icews <folder> --out <dataset.json> [--start YYYY-MM-DD] [--all-types]
  npm run import -- gdelt <events.csv> --out <dataset.json> [--all-types]

Imports machine-coded event data (calls and meetings, CAMEO 040-046) into a dataset,
adding to --out when it exists. See docs/import.md.
  --start      ICEWS only: the day time 0 stands for (default 2014-01-01, ICEWS14)
  --all-types  keep every CAMEO event type, not only calls and meetings`;

interface Args {
  format: 'icews' | 'gdelt';
  input: string;
  out: string;
  start: string;
  allTypes: boolean;
}

function parseArgs(argv: string[]): Args | undefined {
  if (argv.includes('--help') || argv.includes('-h')) return undefined;
  const positional: string[] = [];
  let out: string | undefined;
  let start: string | undefined;
  let allTypes = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out' || arg === '--start') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      if (arg === '--out') out = value;
      else start = value;
    } else if (arg === '--all-types') allTypes = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const [format, input, ...extra] = positional;
  if (format !== 'icews' && format !== 'gdelt') throw new UsageError(`expected "icews" or "gdelt", found ${JSON.stringify(format ?? '')}`);
  if (!input) throw new UsageError(`${format}: which ${format === 'icews' ? 'folder' : 'file'}?`);
  if (extra.length) throw new UsageError(`unexpected argument ${extra[0]}`);
  if (!out) throw new UsageError('--out <dataset.json> is required');
  if (start !== undefined && format !== 'icews') throw new UsageError('--start applies to icews only');
  start ??= '2014-01-01';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || !isRealDate(start)) throw new UsageError(`--start ${start}: expected a date as YYYY-MM-DD`);
  return { format, input, out, start, allTypes };
}

function readExisting(out: string): Dataset | undefined {
  if (!existsSync(out)) return undefined;
  if (statSync(out).isDirectory()) throw new UserError(`${out}: is a folder, expected a dataset file`, 2);
  return parseDataset(readFileSync(out, 'utf8'), out);
}

/** A new dataset is named after what is imported into it first. */
function newDatasetFor(imported: Dataset): Dataset {
  const base = emptyDataset(imported.name);
  if (imported.description) base.description = imported.description;
  return base;
}

function progressReporter(): ((lines: number, file: string) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (lines, file) => process.stderr.write(`\rimport: ${file}: ${lines.toLocaleString('en-US')} lines`);
}

async function readInput(args: Args): Promise<ImportOutcome> {
  const options = { allTypes: args.allTypes, gazetteer: loadGazetteer(), onProgress: progressReporter() };
  try {
    return args.format === 'icews'
      ? await importIcewsFolder(args.input, { ...options, start: args.start })
      : await importGdeltFile(args.input, options);
  } catch (err) {
    if (err instanceof WrongFileError) throw new UserError(err.message, 2);
    if (err instanceof MissingInputError) throw new UserError(err.message, 1);
    throw err;
  } finally {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  }
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args) {
    console.log(USAGE);
    return 0;
  }
  // Read --out first, so a damaged dataset stops the import before the long part.
  const existing = readExisting(args.out);
  const outcome = await readInput(args);
  const merge = mergeDatasets(existing ?? newDatasetFor(outcome.dataset), outcome.dataset);
  const dataset = validateDataset(merge.dataset, args.out);
  try {
    writeFileAtomic(args.out, `${JSON.stringify(dataset)}\n`);
  } catch (err) {
    throw new UserError(`${args.out}: could not be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  console.log(formatSummary(args.input, args.out, outcome, merge));
  return 0;
}

void runCli('import', main);
