import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../cli/common.ts';
import { generateDataset } from '../model/synthetic.ts';

/** A dataset the benchmark runs on: a seeded synthetic one, or a real one imported from a file. */
export interface BenchDataset {
  label: string;
  file: string;
  note?: string;
  /** Measured in Chromium only with --full: loading it there takes over a minute, the whole run about 5 more. */
  chromiumOnlyWhenFull?: boolean;
}

/** 10^4 to 10^6 interactions over one year; actors grow with the size, as in real archives. */
export const SYNTHETIC_SIZES = [
  { events: 10_000, actors: 2_000 },
  { events: 100_000, actors: 10_000 },
  { events: 1_000_000, actors: 50_000, chromiumOnlyWhenFull: true },
] as const;

const SEED = 1;

/**
 * The synthetic dataset file for a size, generated once into the cache folder: the same seed
 * always gives the same file, and a million interactions take a while to generate.
 */
export function syntheticFile(size: { events: number; actors: number; chromiumOnlyWhenFull?: boolean }, cacheDir: string): BenchDataset {
  const file = join(cacheDir, `synthetic-${size.events}-${size.actors}-seed${SEED}.json`);
  if (!existsSync(file)) {
    const dataset = generateDataset({ events: size.events, actors: size.actors, seed: SEED });
    writeFileAtomic(file, JSON.stringify(dataset));
  }
  return { label: `synthetic ${size.events.toLocaleString('en-GB')}`, file, ...(size.chromiumOnlyWhenFull ? { chromiumOnlyWhenFull: true } : {}) };
}
