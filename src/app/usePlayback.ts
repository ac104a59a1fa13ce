import { useEffect, useRef, useState } from 'react';
import { addDays, dayNumber } from '../model/dates.ts';
import type { IsoDate } from '../model/types.ts';
import type { ViewFilter } from '../model/view.ts';

export const SPEEDS = [
  { label: '2 days/s', daysPerSecond: 2 },
  { label: '1 week/s', daysPerSecond: 7 },
  { label: '1 month/s', daysPerSecond: 30 },
] as const;

const TICK_MS = 200;

/**
 * Where playback goes next: the window (or, in cumulative mode, the end) moves forward by whole
 * days; at the end of the data it stops. Returns undefined when there is nowhere to go.
 */
export function advance(filter: ViewFilter, days: number, last: IsoDate): ViewFilter | undefined {
  const to = filter.to ?? last;
  if (to >= last || days < 1) return undefined;
  const step = Math.min(days, dayNumber(last) - dayNumber(to));
  return filter.mode === 'window' && filter.from
    ? { ...filter, from: addDays(filter.from, step), to: addDays(to, step) }
    : { ...filter, to: addDays(to, step) };
}

/** Where playback starts: from the beginning when the range already reaches the end. */
export function rewind(filter: ViewFilter, first: IsoDate, last: IsoDate): ViewFilter {
  const to = filter.to ?? last;
  if (to < last) return filter;
  if (filter.mode === 'cumulative') return { ...filter, to: first };
  const from = filter.from ?? first;
  const span = dayNumber(last) - dayNumber(first);
  const width = from > first ? dayNumber(to) - dayNumber(from) : Math.max(6, Math.round(span / 10));
  return { ...filter, from: first, to: addDays(first, Math.min(width, span)) };
}

/** Play and pause: moves the range forward in ticks, carrying fractions of days between ticks. */
export function usePlayback(filter: ViewFilter, span: { first: IsoDate; last: IsoDate }, onStep: (next: ViewFilter) => void) {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const latest = useRef({ filter, onStep });
  latest.current = { filter, onStep };

  useEffect(() => {
    if (!playing) return;
    let carry = 0;
    const timer = window.setInterval(() => {
      carry += (SPEEDS[speed]!.daysPerSecond * TICK_MS) / 1000;
      const days = Math.floor(carry);
      if (days < 1) return;
      carry -= days;
      const next = advance(latest.current.filter, days, span.last);
      if (next) latest.current.onStep(next);
      else setPlaying(false);
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [playing, speed, span.last]);

  const toggle = () => {
    if (!playing) {
      const start = rewind(filter, span.first, span.last);
      if (start !== filter) onStep(start);
    }
    setPlaying(!playing);
  };
  return { playing, toggle, speed, setSpeed };
}
