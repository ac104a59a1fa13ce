import { addDays, dayNumber, weekday } from '../model/dates.ts';
import type { DatePrecision, IsoDate } from '../model/types.ts';
import { WEEKDAYS, isoOf, monthNumber } from './calendar.ts';

export type Direction = 'past' | 'future';

export interface ResolvedDate {
  date: IsoDate;
  precision: DatePrecision;
}

/** A time expression in a sentence, resolved later against the article's date and the event's tense. */
export interface DateExpression {
  start: number;
  end: number;
  /** "Friday's summit": names an event's day, not the day of the sentence. */
  possessive: boolean;
  /** "the same day", "the next day": relative to the date the text was last talking about. */
  anaphoric: boolean;
  /** "a day after holding talks": dates the interaction that follows, counting from the sentence's own day. */
  leadsInto: boolean;
  /** "days after": a guess that gives way to any other time the interaction has. */
  vague: boolean;
  resolve(anchor: IsoDate, direction: Direction, previous?: IsoDate): ResolvedDate | undefined;
}

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const PART = '(?:\\s+(?:morning|afternoon|evening|night))?';
const NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const day = (date: IsoDate): ResolvedDate => ({ date, precision: 'day' });

/** A month and day without a year: the nearest such date on the side of the anchor the tense points to. */
function nearestYear(month: number, d: number, anchor: IsoDate, direction: Direction): IsoDate | undefined {
  const year = Number(anchor.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => isoOf(y, month, d)).filter((x): x is IsoDate => !!x);
  const onSide = candidates.filter((c) => (direction === 'past' ? c <= addDays(anchor, 1) : c >= addDays(anchor, -1)));
  const pool = onSide.length ? onSide : candidates;
  return pool.reduce((a, b) => (Math.abs(dayNumber(b) - dayNumber(anchor)) < Math.abs(dayNumber(a) - dayNumber(anchor)) ? b : a));
}

/** The weekday on or before the anchor (past) or on or after it (future); "last"/"next" skip the anchor's own week day. */
export function resolveWeekday(target: number, anchor: IsoDate, direction: Direction, strict = false): IsoDate {
  const today = weekday(anchor);
  if (direction === 'past') {
    let back = (today - target + 7) % 7;
    if (strict && back === 0) back = 7;
    return addDays(anchor, -back);
  }
  let ahead = (target - today + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(anchor, ahead);
}

function startOfMonth(anchor: IsoDate, offset: number): IsoDate {
  const [y, m] = [Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)) - 1 + offset];
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  return `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** What "a day after" or "days before" must lead into to date it: "holding talks", "von der Leyen spoke", "separate meetings". */
const CLAUSE_OF_CONTACT =
  "(?= \\w+ing\\b| (?:[\\w'-]+ ){1,4}(?:met|spoke|talked|held|visited|called|phoned|hosted|received)\\b| (?:[\\w'-]+ ){0,2}(?:meetings?|talks|summit|call|visit)\\b)";

interface Rule {
  pattern: RegExp;
  anaphoric?: boolean;
  leadsInto?: boolean;
  vague?: boolean;
  resolve: (m: RegExpExecArray, anchor: IsoDate, direction: Direction, previous?: IsoDate) => ResolvedDate | undefined;
}

const RULES: Rule[] = [
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    resolve: (m, anchor, dir) => {
      const [mo, d] = [monthNumber(m[1]!), Number(m[2])];
      const date = m[3] ? isoOf(Number(m[3]), mo, d) : nearestYear(mo, d, anchor, dir);
      return date ? day(date) : undefined;
    },
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    resolve: (m, anchor, dir) => {
      const [mo, d] = [monthNumber(m[2]!), Number(m[1])];
      const date = m[3] ? isoOf(Number(m[3]), mo, d) : nearestYear(mo, d, anchor, dir);
      return date ? day(date) : undefined;
    },
  },
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => { const d = isoOf(Number(m[1]), Number(m[2]), Number(m[3])); return d ? day(d) : undefined; } },
  {
    // "Good Friday (Agreement)", "Black Friday" name holidays and treaties, not a day of the week.
    pattern: new RegExp(`\\b(?:(last|next|this|coming)\\s+)?(?<!(?:good|black|holy|maundy|ash|super|cyber|easter|palm) )${WEEKDAY}(['’]s)?${PART}\\b`, 'gi'),
    resolve: (m, anchor, dir) => {
      const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const qualifier = m[1]?.toLowerCase();
      if (qualifier === 'last') return day(resolveWeekday(target, anchor, 'past', true));
      if (qualifier === 'next' || qualifier === 'coming') return day(resolveWeekday(target, anchor, 'future', qualifier === 'next'));
      return day(resolveWeekday(target, anchor, dir));
    },
  },
  { pattern: /\b(?:(?:earlier|later) )?(?:today|tonight|this (?:morning|afternoon|evening))\b/gi, resolve: (_m, anchor) => day(anchor) },
  // "Carney had hosted Macron earlier in the day": the day the story is telling, which a dateline may set before publication.
  { pattern: /\b(?:earlier|later) in the day\b/gi, anaphoric: true, resolve: (_m, anchor, _d, prev) => day(prev ?? anchor) },
  // "spoke over the weekend": the Saturday of the last weekend, or of the next for plans.
  {
    pattern: /\b(?:over|at|during) the weekend\b/gi,
    resolve: (_m, anchor, dir) => ({ date: resolveWeekday(6, anchor, dir), precision: 'week' }),
  },
  { pattern: /\byesterday\b/gi, resolve: (_m, anchor) => day(addDays(anchor, -1)) },
  { pattern: /\bthe day after tomorrow\b/gi, resolve: (_m, anchor) => day(addDays(anchor, 2)) },
  { pattern: /\btomorrow\b/gi, resolve: (_m, anchor) => day(addDays(anchor, 1)) },
  {
    pattern: /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) days ago\b/gi,
    resolve: (m, anchor) => day(addDays(anchor, -(NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1])))),
  },
  { pattern: /\b(?:on )?(?:the same day|that day|the same evening)\b/gi, anaphoric: true, resolve: (_m, _a, _d, prev) => (prev ? day(prev) : undefined) },
  { pattern: /\bthe (?:next|following) day\b/gi, anaphoric: true, resolve: (_m, _a, _d, prev) => (prev ? day(addDays(prev, 1)) : undefined) },
  {
    pattern: /\b(a|one|two|three|four|five) days? later\b/gi,
    anaphoric: true,
    resolve: (m, _a, _d, prev) => (prev ? day(addDays(prev, NUMBERS[m[1]!.toLowerCase()]!)) : undefined),
  },
  // A sentence that opens with "Earlier," goes back from the day the story was just telling.
  { pattern: /^(?:earlier|before that)(?=,)/gi, anaphoric: true, resolve: (_m, _a, _d, prev) => (prev ? day(prev) : undefined) },
  {
    // "days after visiting Kyiv": a few days before the day just told, as precise as a week.
    pattern: new RegExp(`\\b(?:a few |several )?days (after|before)${CLAUSE_OF_CONTACT}`, 'gi'),
    anaphoric: true,
    leadsInto: true,
    vague: true,
    resolve: (m, _a, _d, prev) => (prev ? { date: addDays(prev, m[1]!.toLowerCase() === 'after' ? -3 : 3), precision: 'week' } : undefined),
  },
  { pattern: /\b(?:the day before|a day earlier|the previous day)\b/gi, anaphoric: true, resolve: (_m, _a, _d, prev) => (prev ? day(addDays(prev, -1)) : undefined) },
  {
    // "a day after holding talks", "a day after von der Leyen spoke with Ruto": the time of the clause it opens.
    pattern: new RegExp(`\\b(a|one|two|three) days? (after|before)${CLAUSE_OF_CONTACT}`, 'gi'),
    anaphoric: true,
    leadsInto: true,
    resolve: (m, _a, _d, prev) => {
      const n = NUMBERS[m[1]!.toLowerCase()]!;
      return prev ? day(addDays(prev, m[2]!.toLowerCase() === 'after' ? -n : n)) : undefined;
    },
  },
  { pattern: /\blast week(?:end)?\b/gi, resolve: (_m, anchor) => ({ date: addDays(anchor, -7), precision: 'week' }) },
  { pattern: /\bnext week(?:end)?\b/gi, resolve: (_m, anchor) => ({ date: addDays(anchor, 7), precision: 'week' }) },
  // "later this week" is after today, "earlier this week" before it.
  {
    pattern: /\b(?:(earlier|later) )?this week(?:end)?\b|\b(earlier|later) in the week\b/gi,
    resolve: (m, anchor) => ({ date: addDays(anchor, { earlier: -1, later: 1 }[(m[1] ?? m[2])?.toLowerCase() ?? ''] ?? 0), precision: 'week' }),
  },
  // "at the end of the month": its last week, dated by its last day.
  {
    pattern: /\b(?:at|towards?|around) the (?:end|close) of (the|this|next) month\b/gi,
    resolve: (m, anchor) => ({ date: addDays(startOfMonth(anchor, m[1]!.toLowerCase() === 'next' ? 2 : 1), -1), precision: 'week' }),
  },
  { pattern: /\blast month\b/gi, resolve: (_m, anchor) => ({ date: startOfMonth(anchor, -1), precision: 'month' }) },
  { pattern: /\bnext month\b/gi, resolve: (_m, anchor) => ({ date: startOfMonth(anchor, 1), precision: 'month' }) },
  // "later this month" is after today, "earlier this month" before it: the nearest such day stands for the month.
  {
    pattern: /\b(earlier|later) this month\b/gi,
    resolve: (m, anchor) => {
      const next = addDays(anchor, m[1]!.toLowerCase() === 'later' ? 1 : -1);
      return { date: next.slice(0, 7) === anchor.slice(0, 7) ? next : anchor, precision: 'month' };
    },
  },
  { pattern: /\bthis month\b/gi, resolve: (_m, anchor) => ({ date: anchor, precision: 'month' }) },
  {
    // "last August", "next March": the nearest such month before or after this one.
    pattern: new RegExp(`\\b(last|next) ${MONTH}\\b(?!\\s+\\d)`, 'gi'),
    resolve: (m, anchor) => {
      // Lowercase "next march" or "last may" is a noun or a verb, not a month.
      if (!/^[A-Z]/.test(m[2]!)) return undefined;
      const [mo, now] = [monthNumber(m[2]!), Number(anchor.slice(5, 7))];
      const year = Number(anchor.slice(0, 4)) + (m[1]!.toLowerCase() === 'last' ? (mo < now ? 0 : -1) : mo > now ? 0 : 1);
      const date = isoOf(year, mo, 1);
      return date ? { date, precision: 'month' } : undefined;
    },
  },
  {
    pattern: new RegExp(`\\bin (?:(?:early|mid|late)[ -])?${MONTH}(?:\\s+(\\d{4})|\\s+(?:of\\s+)?(last|next|this) year)?\\b(?!\\s+\\d)`, 'gi'),
    resolve: (m, anchor, dir) => {
      const mo = monthNumber(m[1]!);
      const shift = { last: -1, next: 1, this: 0 }[m[3]?.toLowerCase() ?? ''];
      const year = m[2] ? Number(m[2]) : shift !== undefined ? Number(anchor.slice(0, 4)) + shift : undefined;
      const date = year !== undefined ? isoOf(year, mo, 1) : nearestYear(mo, 1, anchor, dir);
      return date ? { date, precision: 'month' } : undefined;
    },
  },
];

/** Words before a time that make it a deadline or a span, not the day something happened. */
const NOT_A_DAY = /\b(?:by|until|till|since|before|through|ahead of)\s+$/i;

export function findDateExpressions(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      if (NOT_A_DAY.test(text.slice(Math.max(0, start - 12), start))) continue;
      const match = m as RegExpExecArray;
      found.push({
        start,
        end,
        possessive: /['’]s\b/.test(m[0]) || /^['’]s\b/.test(text.slice(end)),
        anaphoric: rule.anaphoric ?? false,
        leadsInto: rule.leadsInto ?? false,
        vague: rule.vague ?? false,
        resolve: (anchor, direction, previous) => rule.resolve(match, anchor, direction, previous),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
