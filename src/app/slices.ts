import type { Scheduler } from './scheduler.ts';

/** Slices of this many milliseconds keep the page answering input between them. */
export const SLICE_MS = 40;

/**
 * Drives a generator of work in slices of about sliceMs, each in a timer task of its own, so the
 * page stays responsive; reports the fraction the generator yields and, at the end, its result.
 * Returns a function that stops it.
 */
export function runInSlices<T>(
  steps: Generator<number, T, void>,
  scheduler: Scheduler,
  onProgress: (fraction: number) => void,
  onDone: (result: T) => void,
  sliceMs = SLICE_MS,
): () => void {
  let timer: number | undefined;
  const slice = () => {
    timer = undefined;
    const until = scheduler.now() + sliceMs;
    let step = steps.next();
    while (!step.done && scheduler.now() < until) step = steps.next();
    if (step.done) {
      onDone(step.value);
      return;
    }
    onProgress(step.value);
    timer = scheduler.setTimer(slice, 0);
  };
  timer = scheduler.setTimer(slice, 0);
  return () => {
    if (timer !== undefined) scheduler.clearTimer(timer);
    timer = undefined;
  };
}
