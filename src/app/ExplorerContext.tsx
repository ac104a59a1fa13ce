import { createContext, useContext } from 'react';
import type { Sigma } from 'sigma';
import type { Dataset } from '../model/types.ts';
import type { ViewFilter } from '../model/view.ts';

/**
 * What any panel may need about the current view: the dataset, the filter (the same ViewFilter
 * the export CLI takes, with both dates filled in) and the sigma instance once it exists.
 */
export interface ExplorerContextValue {
  dataset: Dataset;
  filter: ViewFilter;
  sigma: Sigma | null;
}

export const ExplorerContext = createContext<ExplorerContextValue | null>(null);

export function useExplorer(): ExplorerContextValue {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error('useExplorer must be used inside <ExplorerContext.Provider>');
  return value;
}
