import type { Positions } from '../model/layout.ts';
import { ACTOR_KINDS, EVENT_TYPES } from '../model/types.ts';
import type { Snapshot } from '../model/view.ts';
import { edgeSize, KIND_COLORS, nodeSize, parallelCurvature, TYPE_COLORS } from '../model/style.ts';
import { describeView, eventPairs, interactionsByActor, type ExportContext } from './snapshot-parts.ts';
import { XML_DECLARATION, xmlEscape } from './xml.ts';

export interface SvgOptions {
  width?: number;
  height?: number;
}

export const SVG_DEFAULT_SIZE = { width: 1600, height: 1000 } as const;

/** Planned interactions are dashed on paper, where the screen's faint colour would not survive printing. */
export const PLANNED_DASH = '6 4';

const MARGIN = { left: 40, right: 200, top: 100, bottom: 70 };
const FONT = 'font-family="Helvetica, Arial, sans-serif"';

interface Point {
  x: number;
  y: number;
}

const fmt = (n: number): string => (Math.round(n * 10) / 10).toString();

/** Fits the visible actors' layout positions into the drawing area, keeping the aspect ratio. */
function fitPositions(snapshot: Snapshot, positions: Positions, width: number, height: number): Map<string, Point> {
  const area = { x: MARGIN.left, y: MARGIN.top, w: width - MARGIN.left - MARGIN.right, h: height - MARGIN.top - MARGIN.bottom };
  const raw = snapshot.actors.map((a) => positions[a.id] ?? { x: 0, y: 0 });
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of raw) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const scale = Math.min(spanX > 0 ? area.w / spanX : Infinity, spanY > 0 ? area.h / spanY : Infinity);
  const k = Number.isFinite(scale) ? scale : 0;
  const offsetX = area.x + (area.w - spanX * k) / 2;
  const offsetY = area.y + (area.h - spanY * k) / 2;
  const fitted = new Map<string, Point>();
  snapshot.actors.forEach((a, i) => {
    // Screen y grows downwards, layout y upwards (as in sigma).
    fitted.set(a.id, { x: offsetX + (raw[i]!.x - minX) * k, y: offsetY + (maxY - raw[i]!.y) * k });
  });
  return fitted;
}

const pairId = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * A quadratic curve with the control point where @sigma/edge-curve puts it: off the midpoint along
 * the normal by curvature × length, so the drawing fans parallel edges as the explorer does.
 */
function curve(from: Point, to: Point, curvature: number): string {
  const cx = (from.x + to.x) / 2 + (to.y - from.y) * curvature;
  const cy = (from.y + to.y) / 2 - (to.x - from.x) * curvature;
  return `M${fmt(from.x)} ${fmt(from.y)}Q${fmt(cx)} ${fmt(cy)} ${fmt(to.x)} ${fmt(to.y)}`;
}

function* legend(height: number): Generator<string> {
  const y = height - 30;
  let x = MARGIN.left;
  yield `  <g ${FONT} font-size="13" fill="#333">\n`;
  for (const kind of ACTOR_KINDS) {
    yield `    <circle cx="${x + 6}" cy="${y - 4}" r="6" fill="${KIND_COLORS[kind]}"/><text x="${x + 18}" y="${y}">${kind}</text>\n`;
    x += 30 + kind.length * 8;
  }
  x += 20;
  for (const type of EVENT_TYPES) {
    yield `    <line x1="${x}" y1="${y - 4}" x2="${x + 28}" y2="${y - 4}" stroke="${TYPE_COLORS[type]}" stroke-width="2.5"/><text x="${x + 34}" y="${y}">${type}</text>\n`;
    x += 44 + type.length * 8;
  }
  x += 20;
  yield `    <line x1="${x}" y1="${y - 4}" x2="${x + 28}" y2="${y - 4}" stroke="#555" stroke-width="2"/><text x="${x + 34}" y="${y}">occurred</text>\n`;
  x += 110;
  yield `    <line x1="${x}" y1="${y - 4}" x2="${x + 28}" y2="${y - 4}" stroke="#555" stroke-width="2" stroke-dasharray="${PLANNED_DASH}"/><text x="${x + 34}" y="${y}">planned</text>\n`;
  yield '  </g>\n';
}

/**
 * The snapshot as an SVG drawing for print: nodes sized by interactions in view and coloured by kind,
 * labels, curved parallel edges coloured by type (planned ones dashed), a caption and a legend.
 */
export function* svgChunks(snapshot: Snapshot, positions: Positions, context: ExportContext, options: SvgOptions = {}): Generator<string> {
  const width = options.width ?? SVG_DEFAULT_SIZE.width;
  const height = options.height ?? SVG_DEFAULT_SIZE.height;
  const at = fitPositions(snapshot, positions, width, height);
  const counts = interactionsByActor(snapshot);
  const radius = (id: string): number => nodeSize(counts.get(id) ?? 0);
  yield XML_DECLARATION;
  yield `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">\n`;
  yield `  <title>${xmlEscape(context.datasetName)}</title>\n`;
  yield `  <rect width="${width}" height="${height}" fill="#ffffff"/>\n`;
  yield `  <text x="${MARGIN.left}" y="40" ${FONT} font-size="22" font-weight="bold" fill="#111">${xmlEscape(context.datasetName)}</text>\n`;
  const summary = `${describeView(context.filter)} · ${snapshot.events.length} interactions among ${snapshot.actors.length} actors`;
  yield `  <text x="${MARGIN.left}" y="66" ${FONT} font-size="14" fill="#444">${xmlEscape(summary)}</text>\n`;
  if (snapshot.events.length === 0) {
    yield `  <text x="${width / 2}" y="${height / 2}" ${FONT} font-size="18" fill="#888" text-anchor="middle">No interactions in view</text>\n`;
  }

  const parallel = new Map<string, number>();
  for (const event of snapshot.events) {
    for (const p of eventPairs(event)) parallel.set(pairId(p.source, p.target), (parallel.get(pairId(p.source, p.target)) ?? 0) + 1);
  }
  const drawn = new Map<string, number>();
  yield '  <g fill="none" stroke-opacity="0.7">\n';
  for (const event of snapshot.events) {
    const style = `stroke="${TYPE_COLORS[event.type]}" stroke-width="${edgeSize(event.status)}"` +
      (event.status === 'planned' ? ` stroke-dasharray="${PLANNED_DASH}"` : '');
    for (const p of eventPairs(event)) {
      const id = pairId(p.source, p.target);
      const [a, b] = p.source < p.target ? [p.source, p.target] : [p.target, p.source];
      const k = parallel.get(id)!;
      const i = drawn.get(id) ?? 0;
      drawn.set(id, i + 1);
      yield `    <path d="${curve(at.get(a)!, at.get(b)!, parallelCurvature(i, k))}" ${style}/>\n`;
    }
  }
  yield '  </g>\n';

  yield '  <g stroke="#ffffff" stroke-width="1.5">\n';
  for (const actor of snapshot.actors) {
    const p = at.get(actor.id)!;
    yield `    <circle cx="${fmt(p.x)}" cy="${fmt(p.y)}" r="${fmt(radius(actor.id))}" fill="${KIND_COLORS[actor.kind]}"/>\n`;
  }
  yield '  </g>\n';
  yield `  <g ${FONT} font-size="12" fill="#111" stroke="#ffffff" stroke-width="3" paint-order="stroke">\n`;
  for (const actor of snapshot.actors) {
    const p = at.get(actor.id)!;
    yield `    <text x="${fmt(p.x + radius(actor.id) + 3)}" y="${fmt(p.y + 4)}">${xmlEscape(actor.name)}</text>\n`;
  }
  yield '  </g>\n';
  yield* legend(height);
  yield '</svg>\n';
}
