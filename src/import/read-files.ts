import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Gazetteer } from '../extract/gazetteer.ts';
import type { Dataset, IsoDate } from '../model/types.ts';
import { EventCollector } from './collect.ts';
import { GdeltReader } from './gdelt.ts';
import { ICEWS_DICTIONARIES, ICEWS_SPLITS, IcewsReader, parseDictionary } from './icews.ts';
import { ImportTally, WrongFileError } from './tally.ts';

/** A path that does not exist or cannot be read: the user's to fix (exit code 1). */
export class MissingInputError extends Error {
  override name = 'MissingInputError';
}

export interface ImportOutcome {
  dataset: Dataset;
  tally: ImportTally;
  /** Kept rows folded into an event of the same pair, day and type from this import. */
  folded: number;
  pairedVisits: number;
}

export interface ReadOptions {
  allTypes: boolean;
  gazetteer: Gazetteer;
  /** Called every so many lines with the number of lines read so far. */
  onProgress?: (linesRead: number, file: string) => void;
}

const PROGRESS_EVERY = 20_000;

async function forEachLine(path: string, onLine: (lineNumber: number, line: string) => void, options: ReadOptions): Promise<void> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    onLine(n, line);
    if (n % PROGRESS_EVERY === 0) options.onProgress?.(n, basename(path));
  }
}

function requireFile(path: string, what: string): void {
  if (!existsSync(path)) throw new MissingInputError(`${path}: no such ${what}`);
  if (!statSync(path).isFile()) throw new WrongFileError(`${path}: expected a file, found a folder`);
}

/** Reads a TKG-style ICEWS folder: the two dictionaries and whichever of train/valid/test are present. */
export async function importIcewsFolder(folder: string, options: ReadOptions & { start: IsoDate }): Promise<ImportOutcome> {
  if (!existsSync(folder)) throw new MissingInputError(`${folder}: no such folder`);
  if (!statSync(folder).isDirectory()) throw new WrongFileError(`${folder}: expected an ICEWS folder (entity2id.txt, relation2id.txt, train.txt…), found a file`);
  const [entityFile, relationFile] = ICEWS_DICTIONARIES.map((f) => join(folder, f)) as [string, string];
  for (const path of [entityFile, relationFile]) {
    if (!existsSync(path)) throw new WrongFileError(`${folder}: not an ICEWS folder (no ${basename(path)})`);
  }
  const splits = ICEWS_SPLITS.filter((f) => existsSync(join(folder, f)));
  if (splits.length === 0) throw new WrongFileError(`${folder}: not an ICEWS folder (none of ${ICEWS_SPLITS.join(', ')})`);
  const entities = parseDictionary(readFileSync(entityFile, 'utf8'), entityFile);
  const relations = parseDictionary(readFileSync(relationFile, 'utf8'), relationFile);
  const tally = new ImportTally();
  const collector = new EventCollector();
  const name = basename(resolve(folder));
  const reader = new IcewsReader(entities, relations, { ...options, folder: name }, collector, tally);
  for (const split of splits) {
    const path = join(folder, split);
    const article = reader.article(split);
    await forEachLine(path, (n, line) => reader.addLine(split, n, line, article), options);
  }
  const dataset = collector.dataset(`ICEWS ${name}`, `Imported from the ICEWS folder ${name} (${splits.join(', ')}).`);
  return { dataset, tally, folded: collector.folded, pairedVisits: collector.pairedVisits };
}

/** Reads a GDELT 1.0 event export (quoted CSV or GDELT's tab-separated raw file). */
export async function importGdeltFile(path: string, options: ReadOptions): Promise<ImportOutcome> {
  requireFile(path, 'file');
  const tally = new ImportTally();
  const collector = new EventCollector();
  const file = basename(path);
  const reader = new GdeltReader(file, options, collector, tally);
  await forEachLine(path, (n, line) => reader.addLine(n, line), options);
  if (tally.read === 0) throw new WrongFileError(`${path}: no GDELT event rows`);
  const dataset = collector.dataset(`GDELT ${file}`, `Imported from the GDELT 1.0 event export ${file}.`);
  return { dataset, tally, folded: collector.folded, pairedVisits: collector.pairedVisits };
}
