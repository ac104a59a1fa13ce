import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The explorer as `npm run build` makes it. */
export const EXPLORER_CONFIG = { root, configFile: join(root, 'vite.config.ts') } satisfies InlineConfig;

export interface TempBuild {
  outDir: string;
  remove(): void;
}

/** A production build of a Vite page into a fresh temporary folder, which `remove` deletes. */
export async function buildIntoTempDir(prefix: string, config: InlineConfig): Promise<TempBuild> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(outDir, { recursive: true, force: true });
  try {
    await build({
      logLevel: 'warn',
      clearScreen: false,
      ...config,
      build: { outDir, emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 8192 },
    });
  } catch (err) {
    remove();
    throw err;
  }
  return { outDir, remove };
}
