import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchDataset } from './sizes.ts';

/**
 * ICEWS 2014 calls and meetings, imported with the project's own import command from the shared
 * data folder next to the repository. Without that folder the row is skipped with a note.
 */
export function icewsDataset(root: string, cacheDir: string): BenchDataset | { skipped: string } {
  const folder = join(root, '..', 'shared', 'datasets', 'icews14');
  if (!existsSync(join(folder, 'train.txt'))) return { skipped: `ICEWS 2014 row skipped: ${folder} not found (the shared data sits next to the repository)` };
  const file = join(cacheDir, 'icews14.json');
  // The import adds to an existing file; start from nothing so the row is the import's alone.
  rmSync(file, { force: true });
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', 'icews', folder, '--out', file], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) return { skipped: `ICEWS 2014 row skipped: import failed (${run.stderr.trim().split('\n')[0]})` };
  return { label: 'ICEWS 2014', file, note: 'calls and meetings (CAMEO 040-046) of ICEWS14, imported with npm run import' };
}
