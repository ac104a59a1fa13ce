import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { tempPathFor } from '../export/file-sink.ts';

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A problem with an input or output file that the user can fix: exit code 1 unless told otherwise. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Writes through a temporary file in the same folder and renames it, so readers never see half a file. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = tempPathFor(path);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * Runs a command's main function: user-facing errors become one line on stderr and an exit code,
 * never a stack trace. Unexpected errors still show their stack, as they are bugs.
 */
export async function runCli(command: string, main: (args: string[]) => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${command}: ${err.message} (see --help)`);
      process.exitCode = 2;
    } else if (err instanceof UserError) {
      console.error(`${command}: ${err.message}`);
      process.exitCode = err.exitCode;
    } else if (err instanceof Error && err.name === 'DatasetError') {
      console.error(`${command}: ${err.message}`);
      process.exitCode = 2;
    } else {
      throw err;
    }
  }
}
