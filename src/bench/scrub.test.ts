import { describe, expect, it } from 'vitest';
import { dayNumber } from '../model/dates.ts';
import { samplesWithinBudget, scrubFilters, spreadSteps } from './scrub.ts';

describe('scrubFilters', () => {
  it('moves a 30-day window one day at a time from the first day of the data', () => {
    const { start, steps } = scrubFilters(dayNumber('2024-01-01'), 3);
    expect(start).toEqual({ mode: 'window', from: '2023-12-03', to: '2024-01-01' });
    expect(steps.map((s) => [s.from, s.to])).toEqual([
      ['2023-12-04', '2024-01-02'],
      ['2023-12-05', '2024-01-03'],
      ['2023-12-06', '2024-01-04'],
    ]);
  });
});

describe('spreadSteps', () => {
  it('takes evenly spaced steps starting with the first', () => {
    expect(spreadSteps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4)).toEqual([0, 2, 5, 7]);
  });

  it('takes every step when asked for as many or more, and always at least one', () => {
    expect(spreadSteps([0, 1, 2], 10)).toEqual([0, 1, 2]);
    expect(spreadSteps([0, 1, 2], 0)).toEqual([0]);
  });

  it('samples the first step, then as many spread steps as the first one says fit the budget', () => {
    const steps = Array.from({ length: 100 }, (_, i) => i);
    const seen: number[] = [];
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    const samples = samplesWithinBudget(steps, 50, 3, (step) => (seen.push(step), busy(step === 0 ? 10 : 0), step));
    expect(samples[0]).toBe(0);
    expect(samples.length).toBeGreaterThanOrEqual(3);
    expect(samples.length).toBeLessThanOrEqual(5);
    expect(seen).toEqual(samples);
    expect(samplesWithinBudget(steps, 0, 4, (step) => step)).toEqual([0, 25, 50, 75]);
  });
});
