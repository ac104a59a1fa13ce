import { describe, expect, it } from 'vitest';
import { dayNumber } from './dates.ts';
import { generateDataset } from './synthetic.ts';
import { binCounts, buildTimeIndex, dailyCounts, filterDays, lowerBound, positionsBetween, upperBound } from './timeIndex.ts';
import type { InteractionEvent } from './types.ts';

const ev = (id: string, date: string): InteractionEvent => ({
  id, date, participants: ['a', 'b'], type: 'call', status: 'occurred', datePrecision: 'day', article: 'x', evidence: '',
});

describe('time index', () => {
  const events = [ev('late', '2025-03-01'), ev('early', '2025-01-01'), ev('mid1', '2025-02-01'), ev('mid2', '2025-02-01')];
  const index = buildTimeIndex(events);

  it('sorts events by day and keeps dataset order for ties', () => {
    expect(Array.from(index.order, (i) => events[i]!.id)).toEqual(['early', 'mid1', 'mid2', 'late']);
    expect(index.firstDay).toBe(dayNumber('2025-01-01'));
    expect(index.lastDay).toBe(dayNumber('2025-03-01'));
  });

  it('indexes an empty dataset as an empty span, and dates centuries apart', () => {
    const empty = buildTimeIndex([]);
    expect([empty.order.length, empty.lastDay < empty.firstDay]).toEqual([0, true]);
    const far = buildTimeIndex([ev('now', '2025-06-01'), ev('then', '1815-06-18')]);
    expect(Array.from(far.order)).toEqual([1, 0]);
    expect(Array.from(far.days)).toEqual([dayNumber('1815-06-18'), dayNumber('2025-06-01')]);
  });

  it('finds a window with binary searches, both ends inclusive', () => {
    expect(lowerBound(index.days, dayNumber('2025-02-01'))).toBe(1);
    expect(upperBound(index.days, dayNumber('2025-02-01'))).toBe(3);
    expect(positionsBetween(index, dayNumber('2025-01-02'), dayNumber('2025-02-01'))).toEqual([1, 3]);
    expect(positionsBetween(index, dayNumber('2025-03-02'), dayNumber('2025-04-01'))).toEqual([4, 4]);
    expect(positionsBetween(index, dayNumber('2025-02-02'), dayNumber('2025-02-01'))).toEqual([0, 0]);
  });

  it('agrees with a linear scan on a generated dataset', () => {
    const dataset = generateDataset({ events: 800, actors: 50, seed: 3 });
    const big = buildTimeIndex(dataset.events);
    for (const [from, to] of [['2024-02-01', '2024-02-20'], ['2024-06-30', '2024-06-30'], ['2023-01-01', '2030-01-01']] as const) {
      const [s, e] = positionsBetween(big, dayNumber(from), dayNumber(to));
      expect(e - s).toBe(dataset.events.filter((x) => x.date >= from && x.date <= to).length);
    }
  });

  it('opens the start in cumulative mode and open ends reach the data', () => {
    expect(filterDays(index, { mode: 'cumulative', from: '2025-02-01', to: '2025-02-10' })).toEqual({
      fromDay: index.firstDay,
      toDay: dayNumber('2025-02-10'),
    });
    expect(filterDays(index, { mode: 'window' })).toEqual({ fromDay: index.firstDay, toDay: index.lastDay });
  });

  it('counts events per day, optionally only the included ones, and bins long spans', () => {
    const counts = dailyCounts(index);
    expect(counts.length).toBe(index.lastDay - index.firstDay + 1);
    expect(counts[0]).toBe(1);
    expect(counts[dayNumber('2025-02-01') - index.firstDay]).toBe(2);
    const onlyFirst = dailyCounts(index, Uint8Array.from([0, 1, 0, 0]));
    expect(onlyFirst.reduce((a, b) => a + b, 0)).toBe(1);
    const { bins, daysPerBin } = binCounts(counts, 10);
    expect(daysPerBin).toBe(Math.ceil(counts.length / 10));
    expect(bins.reduce((a, b) => a + b, 0)).toBe(4);
  });
});
