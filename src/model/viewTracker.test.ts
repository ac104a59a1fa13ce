import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import { generateDataset, seededRandom } from './synthetic.ts';
import { selectSnapshot, type ViewFilter } from './view.ts';
import { ViewTracker } from './viewTracker.ts';

const dataset = generateDataset({ events: 1500, actors: 80, seed: 7, start: '2024-01-01', days: 200 });

function expectAgreesWithSnapshot(tracker: ViewTracker, filter: ViewFilter): void {
  const snapshot = selectSnapshot(dataset, filter);
  expect(tracker.interactions).toBe(snapshot.events.length);
  expect(tracker.actors).toBe(snapshot.actors.length);
  const perActor = new Map<string, number>();
  for (const e of snapshot.events) for (const p of e.participants) perActor.set(p, (perActor.get(p) ?? 0) + 1);
  tracker.actorIds.forEach((id, a) => expect(tracker.interactionsOf(a)).toBe(perActor.get(id) ?? 0));
}

describe('ViewTracker', () => {
  it('agrees with selectSnapshot through a random scrub with filter changes', () => {
    const tracker = new ViewTracker(dataset);
    const random = seededRandom(11);
    let from = 0;
    let to = 30;
    for (let step = 0; step < 60; step++) {
      from = Math.max(0, from + Math.floor(random() * 15) - 5);
      to = Math.max(from, to + Math.floor(random() * 15) - 5);
      const filter: ViewFilter = {
        mode: step % 7 === 3 ? 'cumulative' : 'window',
        from: addDays('2024-01-01', from),
        to: addDays('2024-01-01', to),
        ...(step >= 20 && step < 40 ? { types: ['meeting'] as const, kinds: ['person', 'country'] as const } : {}),
        ...(step >= 30 ? { statuses: ['occurred'] as const } : {}),
      };
      tracker.update(filter);
      expectAgreesWithSnapshot(tracker, filter);
    }
  });

  it('reports exactly the events that enter or leave when only the dates move', () => {
    const tracker = new ViewTracker(dataset);
    const first: ViewFilter = { mode: 'window', from: '2024-02-01', to: '2024-03-01' };
    expect(tracker.update(first).full).toBe(true);
    const before = dataset.events.map((_, e) => tracker.isEventInView(e));
    const change = tracker.update({ mode: 'window', from: '2024-02-08', to: '2024-03-05' });
    expect(change.full).toBe(false);
    const flipped = dataset.events.map((_, e) => e).filter((e) => tracker.isEventInView(e) !== before[e]);
    expect([...change.events].sort((a, b) => a - b)).toEqual(flipped);
    expect(flipped.length).toBeGreaterThan(0);
    for (const e of flipped) {
      for (const a of tracker.participantsOf(e)) expect(change.actors).toContain(a);
    }
  });

  it('asks for a full redraw when a category filter changes', () => {
    const tracker = new ViewTracker(dataset);
    tracker.update({ mode: 'window' });
    expect(tracker.update({ mode: 'window', statuses: ['planned'] }).full).toBe(true);
    expect(tracker.update({ mode: 'cumulative', statuses: ['planned'], to: '2024-03-01' }).full).toBe(false);
  });

  it('lists an actor’s events in view in date order', () => {
    const tracker = new ViewTracker(dataset);
    tracker.update({ mode: 'window', from: '2024-03-01', to: '2024-04-30' });
    const busiest = tracker.actorIds.map((_, a) => a).sort((a, b) => tracker.interactionsOf(b) - tracker.interactionsOf(a))[0]!;
    const listed = tracker.eventsInViewOf(busiest).map((e) => dataset.events[e]!);
    expect(listed.length).toBe(tracker.interactionsOf(busiest));
    expect(listed.every((e) => e.date >= '2024-03-01' && e.date <= '2024-04-30')).toBe(true);
    expect(listed.map((e) => e.date)).toEqual([...listed.map((e) => e.date)].sort());
  });
});
