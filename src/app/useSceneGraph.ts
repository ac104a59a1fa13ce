import { useEffect, useState } from 'react';
import type { Positions } from '../model/layout.ts';
import type { Dataset } from '../model/types.ts';
import type { ViewTracker } from '../model/viewTracker.ts';
import { sceneGraphSteps, type BuiltScene } from './explorerGraph.ts';
import { browserScheduler } from './scheduler.ts';
import { runInSlices } from './slices.ts';

interface Built {
  scene?: BuiltScene;
  /** Whole percent done, so the page re-renders a hundred times at most. */
  percent: number;
  error?: string;
  /** What the graph was built from: a result for other inputs is stale. */
  from?: readonly [Dataset, Positions, boolean];
}

/**
 * The scene graph, built in slices once the positions are known, so that a million interactions
 * leave the page responsive and the canvas can show how far the build has come.
 */
export function useSceneGraph(dataset: Dataset, positions: Positions | undefined, eventNodes: boolean, tracker: ViewTracker): Omit<Built, 'from'> {
  const [built, setBuilt] = useState<Built>({ percent: 0 });
  useEffect(() => {
    if (!positions) return;
    const from = [dataset, positions, eventNodes] as const;
    return runInSlices(sceneGraphSteps(dataset, positions, eventNodes, tracker), browserScheduler, {
      onProgress: (fraction) => {
        const percent = Math.floor(fraction * 100);
        setBuilt((b) => (b.from === from && b.percent === percent ? b : { percent, from }));
      },
      onDone: (scene) => setBuilt({ scene, percent: 100, from }),
      onError: (error) => setBuilt({ percent: 0, error: error instanceof Error ? error.message : String(error), from }),
    });
  }, [dataset, positions, eventNodes, tracker]);
  const current = built.from?.[0] === dataset && built.from[1] === positions && built.from[2] === eventNodes;
  return current ? built : { percent: 0 };
}
