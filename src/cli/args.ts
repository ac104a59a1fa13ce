import { isRealDate } from '../model/schema.ts';
import { UsageError } from './common.ts';

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/**
 * Parses "--name value", "--name=value" and bare "--switch" flags. Only the flags a command
 * declares are accepted; a value flag without its value is a usage error.
 */
export function parseArgs(argv: string[], valueFlags: readonly string[], switches: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (switches.includes(name)) {
      flags.set(name, true);
    } else if (valueFlags.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positional, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function dateFlag(args: ParsedArgs, name: string): string | undefined {
  const value = stringFlag(args, name);
  if (value !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value))) {
    throw new UsageError(`--${name} must be a date as YYYY-MM-DD, not "${value}"`);
  }
  return value;
}
