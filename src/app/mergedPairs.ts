import type { ExplorerScene } from './scene.ts';

/** A pair of actors whose parallel interactions in view draw as one edge. */
export interface MergedPair {
  source: string;
  target: string;
  count: number;
}

/** The merged lines of an actor, busiest first, with their counts in view; none unless merged. */
export function mergedPartnersOf(scene: ExplorerScene, actor: string, limit: number): MergedPair[] {
  const { graph, lod, edges } = scene;
  if (!lod.merged || !graph.hasNode(actor)) return [];
  const lines: MergedPair[] = [];
  graph.forEachEdge(actor, (_edge, attrs, source, target) => {
    if (!edges.standsForPair(attrs) || edges.countOf(attrs) < 2) return;
    lines.push({ source: actor, target: source === actor ? target : source, count: edges.countOf(attrs) });
  });
  return lines.sort((a, b) => b.count - a.count).slice(0, limit);
}

/**
 * The pairs of the event's edges drawn merged with others, with their counts in view; none unless
 * merged, and none for an interaction outside the view, whose edges are not drawn at all.
 */
export function mergedPairsOf(scene: ExplorerScene, eventId: string): MergedPair[] {
  const { graph, lod, edges } = scene;
  const e = scene.tracker.eventIndex.get(eventId);
  if (e === undefined || !lod.merged || !scene.tracker.isEventInView(e)) return [];
  return edges
    .keysOfEvent(e)
    .filter((key) => graph.hasEdge(key) && edges.countOf(graph.getEdgeAttributes(key)) > 1)
    .map((key) => ({ source: graph.source(key), target: graph.target(key), count: edges.countOf(graph.getEdgeAttributes(key)) }));
}
