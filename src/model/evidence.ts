import { foldAccents } from '../extract/normalise.ts';
import type { Actor, Mention } from './types.ts';

export interface Segment {
  text: string;
  highlight: boolean;
}

/** Folds each character on its own, so positions in the folded text map back to the original. */
function foldWithPositions(text: string): string {
  let out = '';
  for (const ch of text) out += (foldAccents(ch).toLowerCase()[0] ?? ch).padEnd(ch.length, ' ');
  return out;
}

/**
 * Where the actor is named in an evidence sentence: the recorded mentions when there are any,
 * otherwise every occurrence of its name or aliases (case and accents ignored).
 */
export function mentionRanges(evidence: string, actor: Actor, mentions?: readonly Mention[]): [number, number][] {
  const recorded = (mentions ?? [])
    .filter((m) => m.actor === actor.id && m.start < m.end && m.end <= evidence.length)
    .map((m): [number, number] => [m.start, m.end]);
  if (recorded.length) return recorded;
  const haystack = foldWithPositions(evidence);
  const ranges: [number, number][] = [];
  const names = [actor.name, ...actor.aliases].filter((n) => n.length >= 3).sort((a, b) => b.length - a.length);
  for (const name of names) {
    const needle = foldWithPositions(name);
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      const wordStart = at === 0 || !/\p{L}/u.test(haystack[at - 1]!);
      const wordEnd = end === haystack.length || !/\p{L}/u.test(haystack[end]!);
      if (wordStart && wordEnd && !ranges.some(([s, e]) => at < e && end > s)) ranges.push([at, end]);
    }
  }
  return ranges;
}

/** Splits text into plain and highlighted runs; overlapping ranges merge. */
export function highlightSegments(text: string, ranges: readonly [number, number][]): Segment[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of sorted) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) segments.push({ text: text.slice(cursor, from), highlight: false });
    segments.push({ text: text.slice(from, end), highlight: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), highlight: false });
  return segments;
}
