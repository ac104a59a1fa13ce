import { parseArgs } from 'node:util';
import { isRealDate } from '../model/schema.ts';
import { generateDataset } from '../model/synthetic.ts';
import { runCli, UsageError, writeFileAtomic } from './common.ts';

const HELP = `Usage: npx tsx src/cli/synthetic.ts --events N --actors M [--seed S] [--start YYYY-MM-DD] [--days D] --out FILE

Writes a seeded synthetic dataset (heavy-tailed activity, summit bursts, multi-party meetings).`;

function positiveInteger(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} is required`);
    return fallback;
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive whole number, got "${value}"`);
  return n;
}

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        events: { type: 'string' },
        actors: { type: 'string' },
        seed: { type: 'string' },
        start: { type: 'string' },
        days: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.out) throw new UsageError('--out is required');
  if (values.start !== undefined && !isRealDate(values.start)) {
    throw new UsageError(`--start must be a date as YYYY-MM-DD, got "${values.start}"`);
  }
  const actors = positiveInteger('actors', values.actors);
  if (actors < 2) throw new UsageError('--actors must be at least 2');
  const dataset = generateDataset({
    events: positiveInteger('events', values.events),
    actors,
    seed: positiveInteger('seed', values.seed, 1),
    days: positiveInteger('days', values.days, 365),
    ...(values.start ? { start: values.start } : {}),
  });
  writeFileAtomic(values.out, JSON.stringify(dataset));
  console.log(`synthetic: wrote ${dataset.events.length} interactions among ${dataset.actors.length} actors to ${values.out}`);
  return 0;
}

void runCli('synthetic', main);
