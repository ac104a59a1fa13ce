import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Chunks are gathered up to this size before each write, so memory stays flat however large the file. */
const FLUSH_CHARS = 1 << 20;

export interface ChunkTarget {
  path: string;
  chunks: Iterable<string>;
}

export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

function streamToFile(path: string, chunks: Iterable<string>): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    let buffer = '';
    for (const chunk of chunks) {
      buffer += chunk;
      if (buffer.length >= FLUSH_CHARS) {
        bytes += writeSync(fd, buffer);
        buffer = '';
      }
    }
    bytes += writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/**
 * Streams each target into a temporary file beside it and renames them only when all are complete,
 * so a failure leaves no partial file. Returns the bytes written per target.
 */
export function writeChunksAtomic(targets: ChunkTarget[]): number[] {
  const temps = targets.map((t) => tempPathFor(t.path));
  try {
    const sizes = targets.map((t, i) => {
      mkdirSync(dirname(t.path), { recursive: true });
      return streamToFile(temps[i]!, t.chunks);
    });
    targets.forEach((t, i) => renameSync(temps[i]!, t.path));
    return sizes;
  } catch (err) {
    for (const tmp of temps) rmSync(tmp, { force: true });
    throw err;
  }
}
