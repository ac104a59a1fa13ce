import type { IsoDate } from '../model/types.ts';
import { fullDatesIn } from './article.ts';

/** A sentence of the article with its [start, end) offsets in the original text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  paragraph: number;
  /** Set for sentences of an embedded social-media post: who wrote it and when. */
  post?: { author: string; handle: string; date?: IsoDate };
}

const BOILERPLATE = new RegExp(
  [
    'your support', 'support now', 'read more', 'donat(?:e|ion)', 'subscri(?:be|ption)', 'newsletter', 'sign up',
    'paywalls?', 'journalism', 'click here', 'advertisement',
    'all rights reserved', 'follow us', 'share (?:this|on)', 'cookies?', 'terms of (?:use|service)', 'privacy policy',
    'download (?:the|our) app', 'most read', 'related articles?', 'recommended', 'watch:', 'listen:',
  ].map((m) => `\\b${m}`).join('|'),
  'i',
);
const CAPTION_PREFIX = /^(?:open image in gallery|image caption[,:]?|file photo:?|photo:|pictured:?)\s*/i;
/** Lines that are navigation or credits as a whole: "ALSO READ | …", "Image source, Getty Images". */
const BOILERPLATE_LINE = /^\s*(?:also read|read more|read also|related(?: articles?| stories)?|recommended|watch|listen|image source|photo credit|reporting by|editing by|additional reporting|follow (?:us|our)|catch all|advertisement|_{3,})\b|contributed to this report/i;
const CREDIT = /\s*\(\s*(?:[^()]*\b(?:Getty|AFP|Reuters|AP|PA|Wire|EPA|Photo|Images?|Bloomberg|Xinhua|Anadolu|via|Pool|Handout|Shutterstock|Alamy)\b[^()]*)\)\s*$/;
const POST_SIGNATURE = /^\s*[—–-]\s*(.+?)\s*\(@(\w+)\)\s*(.*)$/;
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st sen rep gen lt col maj capt gov prof jan feb mar apr jun jul aug sep sept oct nov dec no inc ltd jr sr vs etc fig rev hon adm cmdr sgt u.s u.k u.n e.u a.m p.m h.e'.split(' '),
);

function isBoilerplateParagraph(sentences: string[]): boolean {
  const hits = sentences.filter((s) => BOILERPLATE.test(s)).length;
  return hits >= 2 || (hits >= 1 && hits * 3 >= sentences.length);
}

/** Splits one paragraph into sentence ranges, not breaking after abbreviations and initials. */
export function splitSentences(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const boundary = /[.!?…]+["”’)]*(?=\s+["“‘(]?[A-Z0-9])/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    const word = /([A-Za-z.]+)\.?$/.exec(text.slice(Math.max(start, m.index - 12), m.index + 1))?.[1] ?? '';
    const bare = word.replace(/\.$/, '').toLowerCase();
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(bare) || /^[A-Z]$/.test(word.replace(/\.$/, '')))) continue;
    ranges.push([start, end]);
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length && text.slice(start).trim()) ranges.push([start, text.length]);
  return ranges.map(([s, e]) => trimRange(text, s, e)).filter(([s, e]) => e > s);
}

function trimRange(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/**
 * Drops boilerplate (support pitches, navigation, photo credits and gallery prefixes), recognises
 * embedded posts by their signature line, and returns the remaining sentences with exact offsets.
 */
export function cleanAndSplit(text: string, offset = 0): Sentence[] {
  const paragraphs: { start: number; end: number }[] = [];
  const lineRe = /[^\n]+/g;
  for (const m of text.matchAll(lineRe)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const out: Sentence[] = [];
  paragraphs.forEach((para, pIndex) => {
    const paraText = text.slice(para.start, para.end);
    if (POST_SIGNATURE.test(paraText) || BOILERPLATE_LINE.test(paraText)) return;
    const ranges = splitSentences(paraText).map(([s, e]) => stripCaption(paraText, s, e));
    const texts = ranges.map(([s, e]) => paraText.slice(s, e));
    if (isBoilerplateParagraph(texts)) return;
    const post = postOf(text, paragraphs, pIndex);
    ranges.forEach(([s, e], i) => {
      const t = texts[i]!;
      if (!/[A-Za-z]/.test(t) || BOILERPLATE.test(t)) return;
      const sentence: Sentence = { text: t, start: offset + para.start + s, end: offset + para.start + e, paragraph: pIndex };
      if (post) sentence.post = post;
      out.push(sentence);
    });
  });
  return out;
}

function stripCaption(text: string, s: number, e: number): [number, number] {
  const prefix = CAPTION_PREFIX.exec(text.slice(s, e));
  if (prefix) s += prefix[0].length;
  const credit = CREDIT.exec(text.slice(s, e));
  if (credit) e = s + credit.index;
  return trimRange(text, s, e);
}

/** If the next line signs this paragraph as a post ("— Name (@handle) November 22, 2025"), who wrote it. */
function postOf(text: string, paragraphs: { start: number; end: number }[], index: number): Sentence['post'] {
  const next = paragraphs[index + 1];
  if (!next) return undefined;
  const m = POST_SIGNATURE.exec(text.slice(next.start, next.end));
  if (!m) return undefined;
  const author = m[1]!.split('/')[0]!.trim();
  const date = fullDatesIn(m[3]!)[0]?.date;
  return date ? { author, handle: m[2]!, date } : { author, handle: m[2]! };
}
