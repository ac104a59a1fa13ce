import EdgeCurveProgram from '@sigma/edge-curve';
import type { Settings } from 'sigma/settings';
import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram, type NodeLabelDrawingFunction } from 'sigma/rendering';
import { createCurvedHairlineProgram } from './hairlineEdgeProgram.ts';
import { LabelPlacer } from './labelPlacement.ts';
import type { ExplorerScene } from './scene.ts';
import { windowedEdgePrograms } from './windowedEdgeProgram.ts';

export const LABEL_FONT = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';
const LABEL_COLOR = '#1b2430';
/**
 * Above this many nodes, discs are drawn as points. Software WebGL (SwiftShader) takes about 13 µs
 * per node a frame with sigma's triangle-based circle program, drawn or hidden, against under 1 µs
 * as points: 110 ms against 8 ms at 8,000 nodes. Points are clipped at the GPU's largest point size
 * and vanish when their centre leaves the screen, which small graphs, zoomed in, would show.
 */
const POINT_NODES_ABOVE = 1_000;
/**
 * Pieces of a curved hairline. Two make a bent line that keeps a pair's fan apart; in SwiftShader
 * each piece costs about as much as filling a short edge (a 30-day window at 10^5 interactions,
 * 17,000 curves: 27 ms as 1 piece, 38 ms as 2, 50 ms as 3).
 */
const HAIRLINE_CURVE_SEGMENTS = 2;

/** Labels with a white halo, so they stay legible over edges, and never drawn over one another. */
function labelDrawer(placer: LabelPlacer): NodeLabelDrawingFunction {
  return (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const x = data.x + data.size + 4;
    const y = data.y + size / 3;
    const box = { x: x - 2, y: y - size, width: context.measureText(data.label).width + 4, height: size + 4 };
    if (!placer.place(data.key, box, Boolean(data.forceLabel || data.highlighted))) return;
    context.lineJoin = 'round';
    context.lineWidth = 3.5;
    context.strokeStyle = 'rgba(255, 255, 255, 0.92)';
    context.strokeText(data.label, x, y);
    context.fillStyle = LABEL_COLOR;
    context.fillText(data.label, x, y);
  };
}

/** Built once per scene: @react-sigma rebuilds the renderer whenever settings change identity. */
export function makeSigmaSettings(scene: ExplorerScene): Partial<Settings> {
  const large = scene.graph.size > 100_000;
  return {
    nodeReducer: scene.nodeReducer,
    edgeReducer: scene.edgeReducer,
    defaultEdgeType: 'straight',
    nodeProgramClasses: { circle: scene.graph.order > POINT_NODES_ABOVE ? NodePointProgram : NodeCircleProgram },
    // Only the run of each edge buffer that the time window can show is drawn (see windowedEdgeProgram).
    edgeProgramClasses: windowedEdgePrograms(
      scene,
      scene.hairlines
        ? { straight: EdgeLineProgram, curved: createCurvedHairlineProgram(HAIRLINE_CURVE_SEGMENTS) }
        : { straight: EdgeRectangleProgram, curved: EdgeCurveProgram },
    ),
    enableEdgeEvents: !large,
    hideEdgesOnMove: large,
    labelFont: LABEL_FONT,
    labelSize: 12,
    labelWeight: '600',
    labelColor: { color: LABEL_COLOR },
    // The biggest node of each grid cell gets a label if it fits beside those already drawn.
    labelDensity: 1,
    labelGridCellSize: 100,
    labelRenderedSizeThreshold: 6,
    defaultDrawNodeLabel: labelDrawer(new LabelPlacer()),
    stagePadding: 40,
    minCameraRatio: 0.03,
    maxCameraRatio: 3,
    zIndex: false,
  };
}
