import { describe, expect, it } from 'vitest';
import { spread } from './stats.ts';

describe('spread', () => {
  it('takes the nearest-rank median and 95th percentile, whatever the order', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(spread(samples)).toEqual({ median: 50, p95: 95, count: 100 });
  });

  it('gives the only sample for both, and refuses an empty list', () => {
    expect(spread([7])).toEqual({ median: 7, p95: 7, count: 1 });
    expect(() => spread([])).toThrow(RangeError);
  });
});
