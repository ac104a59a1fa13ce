import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { SceneEdgeAttributes, SceneNodeAttributes } from '../../app/explorerGraph.ts';
import { KIND_COLORS, edgeColor, edgeSize } from '../../model/style.ts';
import type { IsoDate } from '../../model/types.ts';

/**
 * The obvious time filter the explorer must beat: an edge reducer that reads the window, and a full
 * sigma refresh on every slider move. It is kept cheaper than a faithful version (every node stays
 * drawn, so no per-node counting), which makes the ratio to our path a lower bound.
 */
export class NaiveWindow {
  from: IsoDate = '';
  to: IsoDate = '';

  readonly nodeReducer = (_node: string, data: Attributes): Partial<NodeDisplayData> => {
    const attrs = data as SceneNodeAttributes;
    return { x: attrs.x, y: attrs.y, label: attrs.label, size: 3, color: KIND_COLORS[attrs.kind] };
  };

  readonly edgeReducer = (_edge: string, data: Attributes): Partial<EdgeDisplayData> => {
    const attrs = data as SceneEdgeAttributes;
    if (attrs.date < this.from || attrs.date > this.to) return { hidden: true };
    const display: Partial<EdgeDisplayData> & { curvature: number } = {
      type: attrs.curvature ? 'curved' : 'straight',
      curvature: attrs.curvature,
      color: edgeColor(attrs.type, attrs.status),
      size: edgeSize(attrs.status),
    };
    return display;
  };
}
