import type { Attributes } from 'graphology-types';
import { Camera, type Sigma } from 'sigma';
import type { NodeDisplayData } from 'sigma/types';
import { matrixFromCamera } from 'sigma/utils';
import type { Refreshable } from './scene.ts';

/** What a label re-index touches inside sigma 3, which offers no method for it. */
interface LabelInternals {
  labelGrid: {
    resizeAndClear(dimensions: { width: number; height: number }, cellSize: number): void;
    add(key: string, size: number, position: { x: number; y: number }): void;
    organize(): void;
  };
  nodeDataCache: Record<string, NodeDisplayData | undefined>;
}

/**
 * Rebuilds sigma's label grid (which node of each cell may show its label) from the nodes as they
 * are drawn now, the way sigma's full processing does, without writing every edge into the WebGL
 * buffers again: a pass over the nodes instead of over all the edges, which at 10^6 interactions
 * took tens of seconds. Relies on sigma 3.0's internals, typed above.
 */
export function reindexLabels<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): void {
  const internals = sigma as unknown as LabelInternals;
  const dimensions = sigma.getDimensions();
  const unzoomed = matrixFromCamera(new Camera().getState(), dimensions, sigma.getGraphDimensions(), sigma.getStagePadding());
  internals.labelGrid.resizeAndClear(dimensions, sigma.getSetting('labelGridCellSize'));
  for (const node of sigma.getGraph().nodes()) {
    const data = internals.nodeDataCache[node];
    if (data && typeof data.label === 'string' && !data.hidden) internals.labelGrid.add(node, data.size, sigma.framedGraphToViewport(data, { matrix: unzoomed }));
  }
  internals.labelGrid.organize();
  sigma.scheduleRender();
}

/** Sigma as the scene drives it. */
export function sigmaTarget(sigma: Sigma): Refreshable {
  return { refresh: (options) => sigma.refresh(options), reindexLabels: () => reindexLabels(sigma) };
}
