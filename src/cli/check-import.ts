import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadGazetteer } from '../extract/gazetteer.ts';
import { importGdeltFile, importIcewsFolder, type ImportOutcome } from '../import/read-files.ts';
import { emptyDataset } from '../model/types.ts';
import { mergeDatasets } from '../model/merge.ts';
import { validateDataset } from '../model/validate.ts';
import { runCli, UsageError, UserError, writeFileAtomic } from './common.ts';

const USAGE = `Usage: npx tsx src/cli/check-import.ts [<datasets folder>] [--out-dir <folder>]

Imports ../shared/datasets/icews14 and ../shared/datasets/gdelt-sample (or those under the given folder),
checks the counts against a direct count of the raw files, and prints events by type, actors by kind,
rejected rows and the import time. --out-dir also writes the two datasets there.
Exit code 1 when a count disagrees.`;

const ICEWS_CALLS_AND_MEETINGS = ['Consult', 'Make_a_visit', 'Host_a_visit', "Meet_at_a_'third'_location", 'Engage_in_negotiation', 'Mediate', 'Discuss_by_telephone'];

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
}

interface RawCount {
  rows: number;
  /** Rows of calls and meetings. */
  selected: number;
  /** Distinct (call or meeting, day, pair of coded actors) among them: the events, unless two codes name one actor. */
  distinct: number;
}

/** Calls and meetings in the raw ICEWS files, counted without the importer's code. */
function rawIcewsCount(folder: string): RawCount {
  const relations = new Map(lines(join(folder, 'relation2id.txt')).map((l) => [l.split('\t')[1]!, l.split('\t')[0]!]));
  let rows = 0;
  let selected = 0;
  const keys = new Set<string>();
  for (const split of ['train.txt', 'valid.txt', 'test.txt']) {
    for (const line of lines(join(folder, split))) {
      rows++;
      const [s, r, o, t] = line.split('\t');
      const relation = relations.get(r!) ?? '';
      if (!ICEWS_CALLS_AND_MEETINGS.includes(relation)) continue;
      selected++;
      if (s !== o) keys.add(`${relation === 'Discuss_by_telephone'} ${t} ${[s, o].sort().join(' ')}`);
    }
  }
  return { rows, selected, distinct: keys.size };
}

/** Calls and meetings (root code 04, codes 040-046 with the zero possibly dropped) in a raw GDELT export. */
function rawGdeltCount(file: string): RawCount {
  const rows = lines(file).map((l) => [...l.matchAll(/"([^"]*)"|NULL/g)].map((m) => m[1] ?? ''));
  const selected = rows.filter((r) => Number(r[28]) === 4 && Number(r[26]) >= 40 && Number(r[26]) <= 46);
  const keys = new Set(selected.filter((r) => r[5] && r[15] && r[5] !== r[15]).map((r) => `${r[26] === '41'} ${r[1]} ${[r[5], r[15]].sort().join(' ')}`));
  return { rows: rows.length, selected: selected.length, distinct: keys.size };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]));
}

function report(title: string, outcome: ImportOutcome, raw: RawCount, seconds: number): boolean {
  const { tally, dataset } = outcome;
  const accounted = tally.kept + tally.notInteractions;
  const ok = tally.read === raw.rows && accounted === raw.selected && tally.rejected === 0 && dataset.events.length <= raw.distinct;
  console.log(`\n${title}: ${ok ? 'OK' : 'MISMATCH'} (${seconds.toFixed(2)} s to read, merge, validate and serialise)`);
  console.log(`  rows: read ${tally.read} (raw ${raw.rows}), rejected ${tally.rejected}, other types ${tally.otherTypes}`);
  console.log(`  calls and meetings: raw ${raw.selected} = kept ${tally.kept} + not interactions ${tally.notInteractions}`);
  console.log(`  events: ${dataset.events.length}, raw distinct (type, day, pair) ${raw.distinct} (${outcome.folded} rows merged, ${outcome.pairedVisits} paired visits)`);
  console.log(`  events by type: ${JSON.stringify(countBy(dataset.events, (e) => e.type))}`);
  console.log(`  events by mode (top 8): ${JSON.stringify(Object.fromEntries(Object.entries(countBy(dataset.events, (e) => e.mode ?? '')).slice(0, 8)))}`);
  console.log(`  actors by kind: ${JSON.stringify(countBy(dataset.actors, (a) => a.kind))} (${dataset.actors.length} in all)`);
  console.log(`  sources: ${dataset.articles.length}`);
  return ok;
}

async function timed(read: () => Promise<ImportOutcome>): Promise<{ outcome: ImportOutcome; seconds: number; json: string }> {
  const start = performance.now();
  const outcome = await read();
  const merged = mergeDatasets(emptyDataset(outcome.dataset.name), outcome.dataset).dataset;
  const json = JSON.stringify(validateDataset(merged, outcome.dataset.name));
  return { outcome, seconds: (performance.now() - start) / 1000, json };
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  let outDir: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out-dir') {
      outDir = argv[++i];
      if (!outDir) throw new UsageError('--out-dir needs a folder');
    } else if (argv[i]!.startsWith('--')) throw new UsageError(`unknown option ${argv[i]}`);
    else positional.push(argv[i]!);
  }
  const root = positional[0] ?? '../shared/datasets';
  const icews = join(root, 'icews14');
  const gdelt = join(root, 'gdelt-sample', 'events.csv');
  if (!existsSync(icews) || !existsSync(gdelt)) throw new UserError(`${root}: expected icews14/ and gdelt-sample/events.csv there`);

  const gazetteer = loadGazetteer();
  const icewsRun = await timed(() => importIcewsFolder(icews, { allTypes: false, gazetteer, start: '2014-01-01' }));
  const gdeltRun = await timed(() => importGdeltFile(gdelt, { allTypes: false, gazetteer }));
  const ok = [
    report('ICEWS 2014 (icews14)', icewsRun.outcome, rawIcewsCount(icews), icewsRun.seconds),
    report('GDELT sample (gdelt-sample/events.csv)', gdeltRun.outcome, rawGdeltCount(gdelt), gdeltRun.seconds),
  ].every(Boolean);
  if (outDir) {
    writeFileAtomic(join(outDir, 'icews14.json'), `${icewsRun.json}\n`);
    writeFileAtomic(join(outDir, 'gdelt-sample.json'), `${gdeltRun.json}\n`);
    console.log(`\nWrote ${join(outDir, 'icews14.json')} and ${join(outDir, 'gdelt-sample.json')}`);
  }
  return ok ? 0 : 1;
}

void runCli('check-import', main);
