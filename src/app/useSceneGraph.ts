import { useEffect, useState } from 'react';
import type { Positions } from '../model/layout.ts';
import type { Dataset } from '../model/types.ts';
import { sceneGraphSteps, type SceneGraph } from './explorerGraph.ts';
import { browserScheduler } from './scheduler.ts';
import { runInSlices } from './slices.ts';

interface Built {
  graph?: SceneGraph;
  progress: number;
  /** What the graph was built from: a result for other inputs is stale. */
  from?: readonly [Dataset, Positions, boolean];
}

/**
 * The scene graph, built in slices once the positions are known, so that a million interactions
 * leave the page responsive and the canvas can show how far the build has come.
 */
export function useSceneGraph(dataset: Dataset, positions: Positions | undefined, eventNodes: boolean, order: Uint32Array): { graph?: SceneGraph; progress: number } {
  const [built, setBuilt] = useState<Built>({ progress: 0 });
  useEffect(() => {
    if (!positions) return;
    const from = [dataset, positions, eventNodes] as const;
    return runInSlices(
      sceneGraphSteps(dataset, positions, eventNodes, order),
      browserScheduler,
      (progress) => setBuilt({ progress, from }),
      (graph) => setBuilt({ graph, progress: 1, from }),
    );
  }, [dataset, positions, eventNodes, order]);
  const current = built.from?.[0] === dataset && built.from[1] === positions && built.from[2] === eventNodes;
  return current ? built : { progress: 0 };
}
