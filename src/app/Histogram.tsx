import { memo } from 'react';
import { binCounts } from '../model/timeIndex.ts';

interface HistogramProps {
  /** Interactions per day over the dataset's span. */
  counts: Uint32Array;
  start: number;
  end: number;
}

const MAX_BINS = 240;

/** Interactions per day (or per few days on long spans), drawn behind the slider; the range is darker. */
export const Histogram = memo(function Histogram({ counts, start, end }: HistogramProps) {
  const { bins, daysPerBin } = binCounts(counts, MAX_BINS);
  const peak = Math.max(1, ...bins);
  return (
    <svg className="histogram" viewBox={`0 0 ${bins.length} 100`} preserveAspectRatio="none" aria-hidden="true">
      {Array.from(bins, (count, i) => {
        if (!count) return null;
        const height = 8 + (92 * Math.sqrt(count)) / Math.sqrt(peak);
        const inRange = (i + 1) * daysPerBin - 1 >= start && i * daysPerBin <= end;
        return <rect key={i} x={i + 0.12} width={0.76} y={100 - height} height={height} className={inRange ? 'bar in-range' : 'bar'} />;
      })}
    </svg>
  );
});
