import type { Scheduler } from './scheduler.ts';

/** Slices of this many milliseconds keep the page answering input between them. */
const SLICE_MS = 40;

/**
 * Drives a generator of work in slices of about sliceMs, each in a timer task of its own, so the
 * page stays responsive; reports the fraction the generator yields, then its result or what it
 * threw. Returns a function that stops it and closes the generator.
 */
export function runInSlices<T>(
  steps: Generator<number, T, void>,
  scheduler: Scheduler,
  handlers: { onProgress(fraction: number): void; onDone(result: T): void; onError(error: unknown): void },
  sliceMs = SLICE_MS,
): () => void {
  let timer: number | undefined;
  const slice = () => {
    timer = undefined;
    const until = scheduler.now() + sliceMs;
    let step: IteratorResult<number, T>;
    try {
      step = steps.next();
      while (!step.done && scheduler.now() < until) step = steps.next();
    } catch (error) {
      handlers.onError(error);
      return;
    }
    if (step.done) {
      handlers.onDone(step.value);
      return;
    }
    handlers.onProgress(step.value);
    timer = scheduler.setTimer(slice, 0);
  };
  timer = scheduler.setTimer(slice, 0);
  return () => {
    if (timer !== undefined) scheduler.clearTimer(timer);
    timer = undefined;
    steps.return(undefined as T);
  };
}
