import type { Dataset } from '../../model/types.ts';
import { DatasetError, parseDataset } from '../../model/validate.ts';
import { GzipError, readText } from './readText.ts';

/** Where a dataset comes from: a URL to fetch (named as the user gave it) or a file the user opened or dropped. */
export type DatasetSource = { url: string; name?: string } | { file: File };

export interface LoadProgress {
  phase: 'reading' | 'validating' | 'receiving';
  /** Bytes read from the source so far (compressed bytes for a gzip file); while receiving from the worker, events. */
  loaded: number;
  /** The source's size in bytes, when known; while receiving, the number of events. */
  total?: number;
}

export function sourceName(source: DatasetSource): string {
  return 'url' in source ? (source.name ?? source.url) : source.file.name;
}

async function open(source: DatasetSource): Promise<{ stream: ReadableStream<Uint8Array>; total?: number }> {
  if ('file' in source) return { stream: source.file.stream(), total: source.file.size };
  let response: Response;
  try {
    response = await fetch(source.url);
  } catch {
    throw new DatasetError(sourceName(source), 'could not be fetched');
  }
  if (!response.ok || !response.body) throw new DatasetError(sourceName(source), `could not be fetched (HTTP ${response.status})`);
  // Content-Length counts the bytes on the wire; with Content-Encoding the body is larger, so no total then.
  const length = Number(response.headers.get('content-length'));
  const total = length > 0 && !response.headers.get('content-encoding') ? length : undefined;
  return { stream: response.body, ...(total ? { total } : {}) };
}

/**
 * Reads, decompresses when gzip, parses and validates a dataset. Every failure is a DatasetError
 * whose message is one line naming the source and the problem.
 */
export async function loadDataset(source: DatasetSource, onProgress: (progress: LoadProgress) => void = () => undefined): Promise<Dataset> {
  const name = sourceName(source);
  const { stream, total } = await open(source);
  const withTotal = total === undefined ? {} : { total };
  let text: string;
  try {
    text = await readText(stream, (loaded) => onProgress({ phase: 'reading', loaded, ...withTotal }));
  } catch (err) {
    if (err instanceof GzipError) throw new DatasetError(name, err.message);
    throw new DatasetError(name, `could not be read (${(err as Error).message})`);
  }
  onProgress({ phase: 'validating', loaded: total ?? text.length, ...withTotal });
  return parseDataset(text, name);
}
