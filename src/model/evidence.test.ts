import { describe, expect, it } from 'vitest';
import { highlightSegments, mentionRanges } from './evidence.ts';
import type { Actor } from './types.ts';

const maduro: Actor = { id: 'maduro', name: 'Nicolás Maduro', kind: 'person', aliases: ['Maduro'] };

describe('evidence highlighting', () => {
  it('uses the recorded mentions of the actor', () => {
    const text = 'Maduro spoke with Lula on Monday.';
    const mentions = [{ actor: 'maduro', start: 0, end: 6 }, { actor: 'lula', start: 18, end: 22 }];
    expect(mentionRanges(text, maduro, mentions)).toEqual([[0, 6]]);
  });

  it('falls back to the names and aliases, ignoring accents, case and partial words', () => {
    const text = 'NICOLAS MADURO met envoys; later Maduro called. Madurofans cheered.';
    const ranges = mentionRanges(text, maduro);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['NICOLAS MADURO', 'Maduro']);
  });

  it('splits text into highlighted and plain runs', () => {
    expect(highlightSegments('Putin met Xi.', [[0, 5], [10, 12]])).toEqual([
      { text: 'Putin', highlight: true },
      { text: ' met ', highlight: false },
      { text: 'Xi', highlight: true },
      { text: '.', highlight: false },
    ]);
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', highlight: false }]);
  });
});
