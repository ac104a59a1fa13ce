import { addDays, dayNumber } from '../model/dates.ts';
import type { IsoDate } from '../model/types.ts';
import type { ViewFilter } from '../model/view.ts';
import { formatDate, plural } from './format.ts';
import { Histogram } from './Histogram.tsx';
import { RangeSlider } from './RangeSlider.tsx';
import { StatusLine, type ViewCounts } from './StatusLine.tsx';
import { SPEEDS, usePlayback } from './usePlayback.ts';

interface TimelineProps {
  span: { first: IsoDate; last: IsoDate };
  /** The view's filter with both dates filled in. */
  filter: ViewFilter;
  dailyCounts: Uint32Array;
  counts: ViewCounts;
  onScrub(filter: ViewFilter): void;
  onPlay(filter: ViewFilter): void;
  onModeChange(filter: ViewFilter): void;
}

export function Timeline({ span, filter, dailyCounts, counts, onScrub, onPlay, onModeChange }: TimelineProps) {
  const firstDay = dayNumber(span.first);
  const max = dayNumber(span.last) - firstDay;
  const cumulative = filter.mode === 'cumulative';
  const start = cumulative ? 0 : dayNumber(filter.from ?? span.first) - firstDay;
  const end = dayNumber(filter.to ?? span.last) - firstDay;
  const { playing, toggle, speed, setSpeed } = usePlayback(filter, span, onPlay);
  const dateOf = (day: number) => addDays(span.first, day);
  const rangeText = `${formatDate(dateOf(start))} – ${formatDate(dateOf(end))}`;

  return (
    <footer className="timeline" aria-label="Timeline">
      <div className="timeline-bar">
        <button type="button" className="play" onClick={toggle} aria-pressed={playing} title={playing ? 'Pause' : 'Play'}>
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
          <span className="play-label">{playing ? 'Pause' : 'Play'}</span>
        </button>
        <label className="speed">
          <span className="visually-hidden">Speed</span>
          <select value={speed} onChange={(e) => setSpeed(Number(e.currentTarget.value))}>
            {SPEEDS.map((s, i) => (
              <option key={s.label} value={i}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <div className="segmented" role="group" aria-label="Range mode">
          {(['window', 'cumulative'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              aria-pressed={filter.mode === mode}
              title={mode === 'window' ? 'Interactions between the two dates' : 'Everything up to the end date'}
              onClick={() => filter.mode !== mode && onModeChange({ ...filter, mode })}
            >
              {mode === 'window' ? 'Window' : 'Cumulative'}
            </button>
          ))}
        </div>
        <div className="range-text">
          <strong>{cumulative ? `Up to ${formatDate(dateOf(end))}` : rangeText}</strong>
          <span className="muted"> · {plural(end - start + 1, 'day')}</span>
        </div>
        <StatusLine {...counts} />
      </div>
      <div className="timeline-slider">
        <Histogram counts={dailyCounts} start={start} end={end} />
        <RangeSlider
          max={max}
          start={start}
          end={end}
          startDisabled={cumulative}
          describe={(day) => formatDate(dateOf(day))}
          onChange={(s, e) => onScrub({ ...filter, from: dateOf(s), to: dateOf(e) })}
        />
      </div>
      <div className="timeline-axis muted">
        <span>{formatDate(span.first)}</span>
        <span>{formatDate(span.last)}</span>
      </div>
    </footer>
  );
}
