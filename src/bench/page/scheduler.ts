import type { Scheduler } from '../../app/scheduler.ts';

/**
 * The scene's frames, run by hand while timing the window update on its own, and by the browser
 * while timing slider move to drawn frame. Timers are always the browser's.
 */
export class BenchScheduler implements Scheduler {
  manual = true;
  private queued: (() => void) | undefined;

  requestFrame(callback: () => void): number {
    if (!this.manual) return requestAnimationFrame(callback);
    this.queued = callback;
    return -1;
  }

  cancelFrame(handle: number): void {
    if (handle === -1) this.queued = undefined;
    else cancelAnimationFrame(handle);
  }

  /** Runs the frame the scene asked for, now. */
  runFrame(): void {
    const callback = this.queued;
    this.queued = undefined;
    callback?.();
  }

  setTimer(callback: () => void, ms: number): number {
    return window.setTimeout(callback, ms);
  }

  clearTimer(handle: number): void {
    window.clearTimeout(handle);
  }

  now(): number {
    return performance.now();
  }
}
