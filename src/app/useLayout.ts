import { useEffect, useState } from 'react';
import { layoutInput, type Positions } from '../model/layout.ts';
import type { Participation } from '../model/participation.ts';

/** Positions for every actor, computed once per dataset in a web worker, which receives only the weighted pairs. */
export function useLayout(participation: Participation): { positions?: Positions } {
  const [result, setResult] = useState<{ positions?: Positions; for?: Participation }>({});
  useEffect(() => {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (message: MessageEvent<Positions>) => {
      setResult({ positions: message.data, for: participation });
      worker.terminate();
    };
    const input = layoutInput(participation);
    worker.postMessage(input, [input.sources.buffer, input.targets.buffer, input.weights.buffer]);
    return () => worker.terminate();
  }, [participation]);
  return result.for === participation ? result : {};
}
