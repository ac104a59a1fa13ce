import type { EdgeDisplayData } from 'sigma/types';
import { DIMMED_EDGE_COLOR, EMPHASIS_EDGE_COLOR, edgeColor, edgeSize } from '../model/style.ts';
import type { InteractionEvent } from '../model/types.ts';
import { mergedEdgeSize } from './lod.ts';

/** Merged edges stand for interactions of both types and statuses, so they take a colour of their own. */
const MERGED_EDGE_COLOR = '#6b7a8f';

/** What decides how a visible edge is drawn. */
export interface EdgeLook {
  /** The sigma program the edge was indexed under (see edgeProgramType). */
  type: 'curved' | 'straight';
  curvature: number;
  /** The interaction the edge draws on its own, or undefined for a merged line of `count` interactions. */
  own: Pick<InteractionEvent, 'type' | 'status'> | undefined;
  count: number;
  /** Whether an actor is hovered, and whether the edge touches it. */
  hover: 'none' | 'touching' | 'elsewhere';
  selected: boolean;
  /** One-pixel lines cannot grow thicker: emphasis is a colour there. */
  hairlines: boolean;
}

/** How sigma draws a visible edge: its interaction's colour, or a merged line sized by its count, then hover and selection. */
export function edgeDisplay(look: EdgeLook): Partial<EdgeDisplayData> {
  const { type, own, count } = look;
  const display: Partial<EdgeDisplayData> & { curvature: number } = own
    ? { type, curvature: look.curvature, color: edgeColor(own.type, own.status), size: edgeSize(own.status) }
    : { type, curvature: 0, color: MERGED_EDGE_COLOR, size: mergedEdgeSize(count), label: `${count.toLocaleString('en-GB')} interactions` };
  const emphasise = (size: number) => {
    if (look.hairlines) display.color = EMPHASIS_EDGE_COLOR;
    else display.size = size;
  };
  if (look.hover === 'touching') emphasise(display.size! * 1.8);
  else if (look.hover === 'elsewhere' && !look.hairlines) display.color = DIMMED_EDGE_COLOR;
  if (look.selected) emphasise(4);
  return display;
}
