import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's commands the way `npm run <name> --` does, without npm's own output. */
export function runCommand(script: string, args: string[], cwd = root): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli', `${script}.ts`), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
