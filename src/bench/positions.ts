import type { Positions } from '../model/layout.ts';
import type { Dataset } from '../model/types.ts';

/**
 * Actors on a sunflower spiral, busiest in the middle. The benchmark times scrubbing, not layout
 * (the explorer lays out once, in a worker), so any fixed placement will do.
 */
export function spiralPositions(dataset: Dataset): Positions {
  const degree = new Map<string, number>();
  for (const e of dataset.events) for (const p of e.participants) degree.set(p, (degree.get(p) ?? 0) + 1);
  const byActivity = dataset.actors.map((a) => a.id).sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0));
  const golden = Math.PI * (3 - Math.sqrt(5));
  const positions: Positions = {};
  byActivity.forEach((id, i) => {
    positions[id] = { x: Math.sqrt(i) * Math.cos(i * golden), y: Math.sqrt(i) * Math.sin(i * golden) };
  });
  return positions;
}
