import { describe, expect, it } from 'vitest';
import type { Scheduler } from './scheduler.ts';
import { runInSlices } from './slices.ts';

/** A scheduler whose clock moves one millisecond per reading and whose timers run when asked. */
function manualScheduler() {
  let clock = 0;
  const timers = new Map<number, () => void>();
  let next = 1;
  const scheduler: Scheduler = {
    requestFrame: () => 0,
    cancelFrame: () => {},
    setTimer: (cb) => (timers.set(next, cb), next++),
    clearTimer: (h) => void timers.delete(h),
    now: () => clock++,
  };
  const runTimers = () => {
    let ran = 0;
    while (timers.size) {
      const [handle, cb] = timers.entries().next().value!;
      timers.delete(handle);
      cb();
      ran++;
    }
    return ran;
  };
  return { scheduler, runTimers, pending: () => timers.size };
}

function* counting(steps: number): Generator<number, string, void> {
  for (let i = 0; i < steps; i++) yield i / steps;
  return 'done';
}

describe('work in slices', () => {
  it('runs a long generator over several timer tasks, reporting progress, then hands over the result', () => {
    const { scheduler, runTimers } = manualScheduler();
    const progress: number[] = [];
    let result: string | undefined;
    runInSlices(counting(100), scheduler, { onProgress: (f) => progress.push(f), onDone: (r) => (result = r), onError: () => {} }, 10);
    expect(result).toBeUndefined();
    const tasks = runTimers();
    expect(result).toBe('done');
    expect(tasks).toBeGreaterThan(5);
    expect(progress.length).toBe(tasks - 1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('stops when cancelled, leaving no timer behind and the generator closed', () => {
    const { scheduler, runTimers, pending } = manualScheduler();
    let result: string | undefined;
    const steps = counting(100);
    const stop = runInSlices(steps, scheduler, { onProgress: () => {}, onDone: (r) => (result = r), onError: () => {} }, 10);
    stop();
    expect(pending()).toBe(0);
    runTimers();
    expect(result).toBeUndefined();
    expect(steps.next().done).toBe(true);
  });

  it('hands over what the work threw, and schedules nothing after it', () => {
    const { scheduler, runTimers, pending } = manualScheduler();
    function* failing(): Generator<number, string, void> {
      yield 0.5;
      throw new Error('bad event');
    }
    const errors: unknown[] = [];
    runInSlices(failing(), scheduler, { onProgress: () => {}, onDone: () => {}, onError: (e) => errors.push(e) }, 10);
    runTimers();
    expect(errors).toEqual([new Error('bad event')]);
    expect(pending()).toBe(0);
  });
});
