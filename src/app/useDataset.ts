import { useCallback, useEffect, useState } from 'react';
import bundledDatasetUrl from '../../data/dataset.json?url';
import type { Dataset } from '../model/types.ts';
import { DatasetError, parseDataset } from '../model/validate.ts';

export interface DatasetState {
  dataset?: Dataset;
  /** Where the dataset came from: a URL or a file name. */
  source?: string;
  loading: boolean;
  /** One line naming the source and the problem; the previous dataset stays loaded. */
  error?: string;
}

function describe(err: unknown): string {
  return err instanceof DatasetError ? err.message : String((err as Error)?.message ?? err);
}

async function fetchDataset(url: string): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new DatasetError(url, 'could not be fetched');
  }
  if (!response.ok) throw new DatasetError(url, `could not be fetched (HTTP ${response.status})`);
  return parseDataset(await response.text(), url);
}

/** Loads `?data=<url>` or the bundled dataset, and later any file the user opens or drops. */
export function useDataset(): DatasetState & { openFile(file: File): void; dismissError(): void } {
  const [state, setState] = useState<DatasetState>({ loading: true });

  useEffect(() => {
    const url = new URLSearchParams(window.location.search).get('data') ?? bundledDatasetUrl;
    let cancelled = false;
    fetchDataset(url).then(
      (dataset) => !cancelled && setState({ dataset, source: url, loading: false }),
      (err: unknown) => !cancelled && setState({ loading: false, error: describe(err) }),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const openFile = useCallback((file: File) => {
    setState((s) => ({ ...s, loading: true }));
    file.text().then(
      (text) => {
        try {
          const dataset = parseDataset(text, file.name);
          setState({ dataset, source: file.name, loading: false });
        } catch (err) {
          setState((s) => ({ ...s, loading: false, error: describe(err) }));
        }
      },
      (err: unknown) => setState((s) => ({ ...s, loading: false, error: `${file.name}: could not be read (${describe(err)})` })),
    );
  }, []);

  const dismissError = useCallback(() => setState(({ error: _dropped, ...rest }) => rest), []);

  return { ...state, openFile, dismissError };
}
