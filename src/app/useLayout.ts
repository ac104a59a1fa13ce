import { useEffect, useState } from 'react';
import { layoutInput, type Positions } from '../model/layout.ts';
import type { Dataset } from '../model/types.ts';

/** Positions for every actor, computed once per dataset in a web worker, which receives only the weighted pairs. */
export function useLayout(dataset: Dataset | undefined): { positions?: Positions; for?: Dataset } {
  const [result, setResult] = useState<{ positions?: Positions; for?: Dataset }>({});
  useEffect(() => {
    if (!dataset) return;
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (message: MessageEvent<Positions>) => {
      setResult({ positions: message.data, for: dataset });
      worker.terminate();
    };
    const input = layoutInput(dataset);
    worker.postMessage(input, [input.sources.buffer, input.targets.buffer, input.weights.buffer]);
    return () => worker.terminate();
  }, [dataset]);
  return result.for === dataset ? result : {};
}
