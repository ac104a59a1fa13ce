import { useCallback, useEffect, useRef, useState } from 'react';
import bundledDatasetUrl from '../../data/dataset.json?url';
import type { Dataset } from '../model/types.ts';
import { loadDataset, sourceName, type DatasetSource, type LoadProgress } from './load/loadDataset.ts';
import { loadInWorker } from './load/loadInWorker.ts';

/** What the progress bar shows: the loader's phases, then the page building the graph. */
export type LoadingState = { source: string } & (LoadProgress | { phase: 'building' });

export interface DatasetState {
  dataset?: Dataset;
  /** Where the dataset came from: a URL or a file name. */
  source?: string;
  loading: boolean;
  /** Set while a dataset is being read, checked or built into a graph. */
  progress?: LoadingState;
  /** One line naming the source and the problem; the previous dataset stays loaded. */
  error?: string;
}

/**
 * Lets the progress bar paint "building" before the page spends its time on the new graph. A
 * background tab never paints, so a timer stands in for the frame there.
 */
const nextPaint = () =>
  new Promise<void>((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(fallback), resolve()), 0));
  });

/**
 * Loads `?data=<url>` or the bundled dataset, and later any file the user opens or drops (plain or
 * gzip JSON). Large datasets are read and validated in a web worker with progress; the small
 * bundled one loads directly. A newer load supersedes an older one still running.
 */
export function useDataset(): DatasetState & { openFile(file: File): void; dismissError(): void } {
  const [state, setState] = useState<DatasetState>({ loading: true });
  const current = useRef<{ cancel(): void }>(undefined);

  const load = useCallback((source: DatasetSource, inWorker: boolean) => {
    current.current?.cancel();
    const name = sourceName(source);
    let cancelled = false;
    const onProgress = (progress: LoadProgress) => !cancelled && setState((s) => ({ ...s, loading: true, progress: { source: name, ...progress } }));
    const worker = inWorker ? loadInWorker(source, onProgress) : undefined;
    current.current = {
      cancel: () => {
        cancelled = true;
        worker?.cancel();
      },
    };
    setState((s) => ({ ...s, loading: true, progress: { source: name, phase: 'reading', loaded: 0 } }));
    (worker?.done ?? loadDataset(source, onProgress)).then(
      async (dataset) => {
        if (cancelled) return;
        if (inWorker) {
          setState((s) => ({ ...s, progress: { source: name, phase: 'building' } }));
          await nextPaint();
        }
        if (!cancelled) setState({ dataset, source: name, loading: false });
      },
      (err: unknown) => !cancelled && setState(({ progress: _done, ...s }) => ({ ...s, loading: false, error: (err as Error).message })),
    );
  }, []);

  useEffect(() => {
    const data = new URLSearchParams(window.location.search).get('data');
    // A relative URL must resolve against the page, not against the worker's script.
    if (data) load({ url: new URL(data, window.location.href).href, name: data }, true);
    else load({ url: bundledDatasetUrl }, false);
    return () => current.current?.cancel();
  }, [load]);

  const openFile = useCallback((file: File) => load({ file }, true), [load]);
  const dismissError = useCallback(() => setState(({ error: _dropped, ...rest }) => rest), []);

  return { ...state, openFile, dismissError };
}
