import { describe, expect, it } from 'vitest';
import { formatDate, statusText } from './format.ts';

describe('format', () => {
  it('writes dates with the month as a word, independent of the time zone', () => {
    expect(formatDate('2025-01-03')).toBe('3 Jan 2025');
    expect(formatDate('2024-12-31')).toBe('31 Dec 2024');
  });

  it('writes the status line with singular and plural forms', () => {
    expect(statusText(12, 9)).toBe('12 interactions · 9 actors');
    expect(statusText(1, 1)).toBe('1 interaction · 1 actor');
    expect(statusText(12_345, 0)).toBe('12,345 interactions · 0 actors');
    expect(statusText(812_004, 41_200, true)).toBe('812,004 interactions · 41,200 actors · pairs merged');
    expect(statusText(1_000_000, 46_181, true, { drawn: 49_870, of: 343_155 })).toBe(
      '1,000,000 interactions · 46,181 actors · pairs merged, busiest 49,870 of 343,155 drawn',
    );
  });
});
