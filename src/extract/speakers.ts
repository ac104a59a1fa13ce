import type { ActorRef } from './context.ts';
import type { AnalysedSentence } from './mentions.ts';

const ATTRIBUTION = /\b(?:said|says|added|told|wrote|stated|posted|tweeted)\b/;
const OPEN = /[“"]/;
const CLOSE = /[”"]/g;

/** The first person named after `from` in a sentence that attributes a quote ("…,” Mr Zelensky said). */
function attributed(a: AnalysedSentence, from: number): ActorRef | undefined {
  if (!ATTRIBUTION.test(a.sentence.text.slice(from))) return undefined;
  return a.mentions.find((m) => m.start >= from && m.kind === 'name' && m.actors[0]?.kind === 'person')?.actors[0];
}

function lastClose(text: string): number {
  let at = -1;
  for (const m of text.matchAll(CLOSE)) at = m.index;
  return at;
}

/**
 * Who speaks the "I" of a quotation: the person the same sentence credits after the closing
 * quote, or, when the quotation runs on, the one the next sentence credits.
 */
export function quoteSpeaker(current: AnalysedSentence, next: AnalysedSentence | undefined): ActorRef | undefined {
  const text = current.sentence.text;
  const open = text.search(OPEN);
  if (open < 0) return undefined;
  const close = lastClose(text);
  if (close > open) return attributed(current, close + 1);
  if (!next) return undefined;
  const nextClose = lastClose(next.sentence.text);
  return nextClose >= 0 ? attributed(next, nextClose + 1) : undefined;
}
