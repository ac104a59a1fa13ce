import type { ActorKind, EventStatus, EventType } from './types.ts';

/** Colour-blind-friendly hues (Okabe–Ito family) that stay apart from the edge colours. */
export const KIND_COLORS: Readonly<Record<ActorKind, string>> = {
  person: '#0072b2',
  country: '#009e73',
  institution: '#cc79a7',
  group: '#e69f00',
};

export const TYPE_COLORS: Readonly<Record<EventType, string>> = {
  meeting: '#3d4b5c',
  call: '#d55e00',
};

export const EVENT_NODE_COLOR = '#8a94a3';
export const DIMMED_NODE_COLOR = '#d5dae1';
export const DIMMED_EDGE_COLOR = '#eceff3';
/** Hovered and selected edges when edges are hairlines and cannot grow thicker. */
export const EMPHASIS_EDGE_COLOR = '#7b2cbf';

/** Planned interactions draw faint and thin, so what happened stands out from what was announced. */
const PLANNED_ALPHA = 0.4;

export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

export function edgeColor(type: EventType, status: EventStatus): string {
  return status === 'planned' ? withAlpha(TYPE_COLORS[type], PLANNED_ALPHA) : TYPE_COLORS[type];
}

export function edgeSize(status: EventStatus): number {
  return status === 'planned' ? 1 : 1.6;
}

export const MAX_NODE_SIZE = 18;

/**
 * Node radius from the actor's interactions in view. Logarithmic and independent of other nodes,
 * so a slider step only resizes the actors whose counts changed.
 */
export function nodeSize(interactions: number): number {
  if (interactions <= 0) return 3;
  return Math.min(MAX_NODE_SIZE, 3.5 + 2.6 * Math.log2(1 + interactions));
}

/**
 * Curvature of the k-th of n parallel edges between the same pair: a symmetric fan, with a lone
 * edge straight. The fan widens with n but stays bounded so dense pairs remain a readable sheaf.
 */
export function parallelCurvature(k: number, n: number): number {
  if (n <= 1) return 0;
  const half = (n - 1) / 2;
  const spread = Math.min(0.9, 0.2 * half);
  return (spread * (k - half)) / half;
}
