/** Median and 95th percentile of a list of timings, by the nearest-rank method. */
export interface Spread {
  median: number;
  p95: number;
  count: number;
}

export function spread(samples: readonly number[]): Spread {
  if (samples.length === 0) throw new RangeError('no samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  return { median: rank(0.5), p95: rank(0.95), count: sorted.length };
}
