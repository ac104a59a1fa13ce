import { edgeKeysOf } from '../model/graph.ts';
import type { ExplorerScene } from './scene.ts';

/** A pair of actors whose parallel interactions in view draw as one edge. */
export interface MergedPair {
  source: string;
  target: string;
  count: number;
}

/** The merged lines of an actor, busiest first, with their counts in view; none unless merged. */
export function mergedPartnersOf(scene: ExplorerScene, actor: string, limit: number): MergedPair[] {
  const { graph, lod } = scene;
  if (!lod.merged || !graph.hasNode(actor)) return [];
  const lines: MergedPair[] = [];
  graph.forEachEdge(actor, (edge, _attrs, source, target) => {
    if (!lod.standsForPair(edge) || lod.countOf(edge) < 2) return;
    lines.push({ source: actor, target: source === actor ? target : source, count: lod.countOf(edge) });
  });
  return lines.sort((a, b) => b.count - a.count).slice(0, limit);
}

/**
 * The pairs of the event's edges drawn merged with others, with their counts in view; none unless
 * merged, and none for an interaction outside the view, whose edges are not drawn at all.
 */
export function mergedPairsOf(scene: ExplorerScene, eventId: string): MergedPair[] {
  const { graph, lod } = scene;
  const e = scene.eventIndex.get(eventId);
  if (e === undefined || !lod.merged || !scene.tracker.isEventInView(e)) return [];
  return edgeKeysOf(scene.dataset.events[e]!, scene.eventNodes)
    .filter((key) => graph.hasEdge(key) && lod.countOf(key) > 1)
    .map((key) => ({ source: graph.source(key), target: graph.target(key), count: lod.countOf(key) }));
}
