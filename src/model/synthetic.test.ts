import { describe, expect, it } from 'vitest';
import { generateDataset } from './synthetic.ts';
import { validateDataset } from './validate.ts';

describe('generateDataset', () => {
  const dataset = generateDataset({ events: 5000, actors: 500, seed: 1 });

  it('produces a valid dataset of the requested size', () => {
    expect(() => validateDataset(dataset, 'synthetic')).not.toThrow();
    expect(dataset.events).toHaveLength(5000);
    expect(dataset.actors).toHaveLength(500);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateDataset({ events: 200, actors: 30, seed: 5 })).toEqual(generateDataset({ events: 200, actors: 30, seed: 5 }));
    expect(generateDataset({ events: 200, actors: 30, seed: 6 }).events).not.toEqual(generateDataset({ events: 200, actors: 30, seed: 5 }).events);
  });

  it('has heavy-tailed activity, multi-party meetings, calls, planned events and summit bursts', () => {
    const perActor = new Map<string, number>();
    const perDay = new Map<string, number>();
    for (const e of dataset.events) {
      for (const p of e.participants) perActor.set(p, (perActor.get(p) ?? 0) + 1);
      perDay.set(e.date, (perDay.get(e.date) ?? 0) + 1);
    }
    const activity = [...perActor.values()].sort((a, b) => b - a);
    const top5Percent = activity.slice(0, 25).reduce((a, b) => a + b, 0);
    expect(top5Percent / activity.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.3);
    expect(dataset.events.some((e) => e.participants.length >= 3)).toBe(true);
    expect(new Set(dataset.events.map((e) => e.type))).toEqual(new Set(['call', 'meeting']));
    expect(new Set(dataset.events.map((e) => e.status))).toEqual(new Set(['occurred', 'planned']));
    const busiestDay = Math.max(...perDay.values());
    expect(busiestDay).toBeGreaterThan((5 * dataset.events.length) / perDay.size);
  });

  it('writes evidence whose mentions point at each participant’s name', () => {
    for (const e of dataset.events.slice(0, 200)) {
      expect(e.mentions?.map((m) => m.actor)).toEqual(e.participants);
      for (const m of e.mentions ?? []) {
        const actor = dataset.actors.find((a) => a.id === m.actor)!;
        expect(actor.aliases).toContain(e.evidence.slice(m.start, m.end));
      }
    }
  });
});
