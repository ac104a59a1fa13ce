import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../extract/ingest.ts';

export interface ArticleFiles {
  articles: ArticleInput[];
  /** Files that could not be used, each with a one-line reason. */
  problems: { file: string; reason: string }[];
}

/**
 * Every .txt file under a folder, recursively, in a stable order. Symbolic links are followed
 * (a folder of links to articles is common); a folder already visited is not read twice.
 */
function textFilesUnder(dir: string, visited = new Set<string>()): string[] {
  const real = realpathSync(dir);
  if (visited.has(real)) return [];
  visited.add(real);
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      const isDirectory = entry.isSymbolicLink() ? isFolder(path) : entry.isDirectory();
      if (isDirectory) return textFilesUnder(path, visited);
      return entry.name.toLowerCase().endsWith('.txt') && (entry.isFile() || entry.isSymbolicLink()) ? [path] : [];
    });
}

/** A broken link is not a folder; reading it later reports the problem. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads articles from files and folders; unreadable, empty, binary or non-UTF-8 files become problems. */
export function readArticleFiles(paths: readonly string[]): ArticleFiles {
  const articles: ArticleInput[] = [];
  const problems: ArticleFiles['problems'] = [];
  for (const path of paths) {
    let files: string[];
    try {
      files = statSync(path).isDirectory() ? textFilesUnder(path) : [path];
    } catch {
      problems.push({ file: path, reason: 'no such file or folder' });
      continue;
    }
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (err) {
        problems.push({ file, reason: `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
        continue;
      }
      if (bytes.includes(0)) {
        problems.push({ file, reason: 'is binary, not a text article' });
        continue;
      }
      let text: string;
      try {
        text = utf8.decode(bytes);
      } catch {
        problems.push({ file, reason: 'is not UTF-8 text' });
        continue;
      }
      if (!text.trim()) {
        problems.push({ file, reason: 'is empty' });
        continue;
      }
      articles.push({ file, text: text.replace(/^\uFEFF/, '') });
    }
  }
  return { articles, problems };
}
