import type { KeyboardEvent } from 'react';

interface RangeSliderProps {
  /** Number of days in the dataset's span, minus one: handles move over 0..max. */
  max: number;
  start: number;
  end: number;
  /** In cumulative mode the start is pinned to the first day. */
  startDisabled: boolean;
  describe(day: number): string;
  onChange(start: number, end: number): void;
}

const KEY_DIRECTION: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 };

/**
 * Two native range inputs over one track: each is a real `slider` for assistive technology and
 * tests, named "Start date" and "End date". Arrow keys step a day, shift+arrow a week.
 */
export function RangeSlider({ max, start, end, startDisabled, describe, onChange }: RangeSliderProps) {
  const clamp = (day: number) => Math.min(max, Math.max(0, day));
  const move = (which: 'start' | 'end', day: number) => {
    if (which === 'start') onChange(Math.min(clamp(day), end), end);
    else onChange(start, Math.max(clamp(day), startDisabled ? 0 : start));
  };
  const onKeyDown = (which: 'start' | 'end') => (event: KeyboardEvent<HTMLInputElement>) => {
    const direction = KEY_DIRECTION[event.key];
    if (!direction) return;
    event.preventDefault();
    move(which, (which === 'start' ? start : end) + direction * (event.shiftKey ? 7 : 1));
  };
  const percent = (day: number) => (max > 0 ? (100 * day) / max : 0);
  const handle = (which: 'start' | 'end', value: number, label: string) => (
    <input
      type="range"
      className={`range-handle range-${which}`}
      aria-label={label}
      aria-valuetext={describe(value)}
      min={0}
      max={max}
      step={1}
      value={value}
      disabled={which === 'start' && startDisabled}
      onChange={(event) => move(which, Number(event.currentTarget.value))}
      onKeyDown={onKeyDown(which)}
    />
  );
  return (
    <div className="range">
      <div className="range-track">
        <div className="range-fill" style={{ left: `${percent(start)}%`, width: `${percent(end) - percent(start)}%` }} />
      </div>
      {handle('start', start, 'Start date')}
      {handle('end', end, 'End date')}
    </div>
  );
}
