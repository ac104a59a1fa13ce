import type { MergeResult } from '../model/merge.ts';
import type { ImportOutcome } from './read-files.ts';

const n = (value: number) => value.toLocaleString('en-US');
const count = (value: number, noun: string) => `${n(value)} ${noun}${value === 1 ? '' : 's'}`;

/** The end-of-import report: where every row went and what changed in the dataset. */
export function formatSummary(source: string, out: string, outcome: ImportOutcome, merge: MergeResult): string {
  const { tally } = outcome;
  const skipped = outcome.dataset.events.length - merge.added.events - merge.merged;
  const lines = [
    `Imported ${source} into ${out}`,
    `  rows read          ${n(tally.read)}`,
    `  rejected           ${n(tally.rejected)}${tally.rejected ? ' (malformed, see below)' : ''}`,
    `  other event types  ${n(tally.otherTypes)} (not calls or meetings; --all-types keeps them)`,
    `  not interactions   ${n(tally.notInteractions)} (one side missing, or both sides the same actor)`,
    `  kept               ${n(tally.kept)} → ${n(outcome.dataset.events.length)} events` +
      ` (${n(outcome.folded)} rows merged into an event of the same pair, day and type; ${n(outcome.pairedVisits)} paired visits)`,
    `  added to dataset   ${count(merge.added.events, 'event')}, ${count(merge.added.actors, 'actor')}, ${count(merge.added.articles, 'source')}`,
    `  merged             ${count(merge.merged, 'event')} into events already in the dataset`,
  ];
  if (skipped > 0) lines.push(`  already imported   ${count(skipped, 'event')} (their source was imported before; nothing duplicated)`);
  if (tally.firstRejections.length) {
    lines.push(`  first rejected rows:`);
    for (const r of tally.firstRejections) lines.push(`    ${r.file}:${r.line}: ${r.problem}`);
  }
  return lines.join('\n');
}
