import { isoFromDay } from '../model/dates.ts';
import type { ViewFilter } from '../model/view.ts';

/** The scrub: a 30-day window moved one day at a time, 365 times. Kept here, free of Node modules, as the browser page uses it. */
const WINDOW_DAYS = 30;
const SCRUB_STEPS = 365;

/**
 * A scrub across the data: the starting view, then one filter per step, a WINDOW_DAYS window whose
 * end moves one day at a time from the first day on, as a user dragging the slider would see.
 */
export function scrubFilters(firstDay: number, steps = SCRUB_STEPS): { start: ViewFilter; steps: ViewFilter[] } {
  const [start, ...rest] = Array.from({ length: steps + 1 }, (_, i) => ({
    mode: 'window' as const,
    from: isoFromDay(firstDay + i - WINDOW_DAYS + 1),
    to: isoFromDay(firstDay + i),
  }));
  return { start: start!, steps: rest };
}

/** `count` steps spread evenly over the scrub (all of them when count covers it), for paths too slow to time at every step. */
export function spreadSteps<T>(steps: readonly T[], count: number): T[] {
  const n = Math.max(1, Math.min(steps.length, count));
  const stride = steps.length / n;
  return Array.from({ length: n }, (_, i) => steps[Math.floor(i * stride)]!);
}

/**
 * Samples of a path too slow to time at every step: `measure` on the first step, then on as many
 * evenly spread steps as the first one's wall time says fit the budget, at least `minSteps`.
 */
export function samplesWithinBudget<T>(steps: readonly T[], budgetMs: number, minSteps: number, measure: (step: T) => number): number[] {
  const began = performance.now();
  const first = measure(steps[0]!);
  const count = Math.max(minSteps, Math.floor(budgetMs / Math.max(performance.now() - began, 1)));
  return [first, ...spreadSteps(steps, count).slice(1).map(measure)];
}
