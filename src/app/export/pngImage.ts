import { drawOnCanvas } from '@sigma/export-image';
import type { Sigma } from 'sigma';
import { describeView } from '../../export/snapshot-parts.ts';
import type { PngScale } from '../../export/formats.ts';
import { ACTOR_KINDS, EVENT_TYPES } from '../../model/types.ts';
import { KIND_COLORS, TYPE_COLORS, withAlpha } from '../../model/style.ts';
import type { ViewFilter } from '../../model/view.ts';

const CAPTION_HEIGHT = 58;
const LEGEND_HEIGHT = 36;
const FONT = 'Helvetica, Arial, sans-serif';

export interface PngCaption {
  datasetName: string;
  filter: ViewFilter;
  interactions: number;
  actors: number;
}

/**
 * Draws the graph at `scale` device pixels per CSS pixel. @sigma/export-image renders at
 * window.devicePixelRatio, so that is overridden for the duration of the drawing and then restored.
 */
async function drawGraph(sigma: Sigma, scale: PngScale): Promise<HTMLCanvasElement> {
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => scale });
  try {
    return await drawOnCanvas(sigma, { backgroundColor: '#ffffff' });
  } finally {
    delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

function drawLegend(ctx: CanvasRenderingContext2D, y: number): void {
  ctx.font = `13px ${FONT}`;
  ctx.textBaseline = 'middle';
  let x = 16;
  for (const kind of ACTOR_KINDS) {
    ctx.fillStyle = KIND_COLORS[kind];
    ctx.beginPath();
    ctx.arc(x + 6, y, 6, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#333';
    ctx.fillText(kind, x + 16, y);
    x += 28 + ctx.measureText(kind).width;
  }
  const line = (label: string, colour: string) => {
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 26, y);
    ctx.stroke();
    ctx.fillStyle = '#333';
    ctx.fillText(label, x + 32, y);
    x += 46 + ctx.measureText(label).width;
  };
  x += 12;
  for (const type of EVENT_TYPES) line(type, TYPE_COLORS[type]);
  line('planned (faint)', withAlpha(TYPE_COLORS.meeting, 0.35));
}

/** The current view as a PNG: caption (dataset name, range, counts) above, legend below, on white. */
export async function viewToPng(sigma: Sigma, scale: PngScale, caption: PngCaption): Promise<Blob> {
  const graph = await drawGraph(sigma, scale);
  const width = graph.width / scale;
  const height = graph.height / scale;
  const canvas = document.createElement('canvas');
  canvas.width = graph.width;
  canvas.height = (height + CAPTION_HEIGHT + LEGEND_HEIGHT) * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw the image (no 2D canvas)');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height + CAPTION_HEIGHT + LEGEND_HEIGHT);
  ctx.fillStyle = '#111';
  ctx.font = `bold 17px ${FONT}`;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(caption.datasetName, 16, 26);
  ctx.fillStyle = '#444';
  ctx.font = `13px ${FONT}`;
  ctx.fillText(`${describeView(caption.filter)} · ${caption.interactions} interactions among ${caption.actors} actors`, 16, 46);
  ctx.drawImage(graph, 0, CAPTION_HEIGHT, width, height);
  drawLegend(ctx, CAPTION_HEIGHT + height + LEGEND_HEIGHT / 2);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'),
  );
}
