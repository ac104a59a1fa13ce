import { dayNumber } from '../model/dates.ts';
import { isRealDate } from '../model/schema.ts';
import type { IsoDate } from '../model/types.ts';
import { isoOf, monthNumber } from './calendar.ts';

export interface ArticleHeader {
  published?: IsoDate;
  /** Where the publication date came from. */
  dateSource?: 'date-line' | 'byline' | 'dateline' | 'text' | 'given';
  /** The text after a leading "date YYYY-MM-DD" marker, or the whole text. */
  body: string;
  /** Offset of body within the original text. */
  bodyOffset: number;
  /**
   * The day a dateline gives when it is a day or two before the publication date the marker gives
   * ("Riyadh, February 12, 2025, SPA --" in a paper of the 13th): the day "today" means in the text.
   */
  storyDay?: IsoDate;
}

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, 'gi');
const ISO_IN_TEXT = /\b(20\d{2}|19\d{2})-(\d{2})-(\d{2})\b/g;
/**
 * "BEIJING, Sept. 30 (Xinhua) --", "SOCHI, Russia, Sept 4 (Reuters) -", "BEIJING, April 9. /TASS/.",
 * "Riyadh, February 12, 2025, SPA --" or "New Delhi, Sep 10:" at the start of one of the first lines
 * (after a headline or a byline).
 */
const DATELINE = new RegExp(
  `^[ \\t]*[A-Z][A-Za-z .'-]{1,40},[ \\t]*(?:[A-Z][A-Za-z .'-]{1,30},[ \\t]*)?${MONTH_NAME}[ \\t]+(\\d{1,2})(?:,?[ \\t]+(\\d{4}))?(?:,[ \\t]*[A-Z]{2,8})?[ \\t]*(?:\\(|:|-|—|–|\\.|/)`,
  'm',
);
/** "ABU DHABI, 16th December, 2024 (WAM) --": the day first. */
const DATELINE_DAY_FIRST = new RegExp(
  `^[ \\t]*[A-Z][A-Za-z .'-]{1,40},[ \\t]*(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+${MONTH_NAME},?(?:[ \\t]+(\\d{4}))?[ \\t]*(?:\\(|:|-|—|–|/)`,
  'm',
);

interface Dateline {
  month: string;
  day: number;
  year?: number;
}

function findDateline(body: string): Dateline | undefined {
  const top = body.slice(0, 600);
  const monthFirst = DATELINE.exec(top);
  if (monthFirst) return { month: monthFirst[1]!, day: Number(monthFirst[2]), ...(monthFirst[3] ? { year: Number(monthFirst[3]) } : {}) };
  const dayFirst = DATELINE_DAY_FIRST.exec(top);
  if (dayFirst) return { month: dayFirst[2]!, day: Number(dayFirst[1]), ...(dayFirst[3] ? { year: Number(dayFirst[3]) } : {}) };
  return undefined;
}
/** "08.03.2024" (day first, as outlets that write dots do) or "14/11/2024" when the day cannot be a month. */
const NUMERIC_DATE = /\b(\d{1,2})([./])(\d{1,2})\2(20\d{2})\b/g;


/** Every full calendar date written in the text, with its offset. */
export function fullDatesIn(text: string): { date: IsoDate; index: number }[] {
  const found: { date: IsoDate; index: number }[] = [];
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const d = isoOf(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
    if (d) found.push({ date: d, index: m.index });
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const d = isoOf(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
    if (d) found.push({ date: d, index: m.index });
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [dayOfMonth, month] = [Number(m[1]), Number(m[3])];
    if (m[2] === '/' && dayOfMonth <= 12) continue;
    const d = isoOf(Number(m[4]), month, dayOfMonth);
    if (d) found.push({ date: d, index: m.index });
  }
  for (const m of text.matchAll(ISO_IN_TEXT)) {
    const d = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) found.push({ date: d, index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Finds the publication date: a leading "date YYYY-MM-DD" marker; else a byline date near the top;
 * else a dateline ("BEIJING, Sept. 30 (Xinhua)") with the year taken from the text or the fallback;
 * else the fallback; else the latest full date the text gives (embedded posts carry their date).
 */
export function readArticleHeader(text: string, fallback?: IsoDate): ArticleHeader {
  const marker = DATE_LINE.exec(text);
  if (marker && isRealDate(marker[1]!)) {
    const [published, body] = [marker[1]!, text.slice(marker[0].length)];
    const dateline = findDateline(body);
    const local = dateline ? datelineDate(dateline, published, []) : undefined;
    const before = local ? dayNumber(published) - dayNumber(local) : 0;
    return { published, dateSource: 'date-line', body, bodyOffset: marker[0].length, ...(before > 0 && before <= 2 ? { storyDay: local } : {}) };
  }
  const body = text;
  const dates = fullDatesIn(body);
  const top = dates.find((d) => d.index < 300);
  const dateline = findDateline(body);
  // The dateline gives the local day ("WASHINGTON, Feb 13"); a web byline may be the next day in UTC.
  const local = dateline ? datelineDate(dateline, top?.date, dates, fallback) : undefined;
  if (local && (!top || Math.abs(dayNumber(local) - dayNumber(top.date)) <= 1)) return { published: local, dateSource: 'dateline', body, bodyOffset: 0 };
  if (top) return { published: top.date, dateSource: 'byline', body, bodyOffset: 0 };
  if (local) return { published: local, dateSource: 'dateline', body, bodyOffset: 0 };
  // A date given by the user beats guessing from dates the text mentions (a war's start, an earlier summit).
  if (fallback) return { published: fallback, dateSource: 'given', body, bodyOffset: 0 };
  if (dates.length > 0) {
    const latest = dates.reduce((a, b) => (b.date > a.date ? b : a));
    return { published: latest.date, dateSource: 'text', body, bodyOffset: 0 };
  }
  return { body, bodyOffset: 0 };
}

/** The dateline's day in the year its own text, the byline or the given date suggests. */
function datelineDate(dateline: Dateline, byline: IsoDate | undefined, dates: { date: IsoDate }[], fallback?: IsoDate): IsoDate | undefined {
  const [month, day] = [monthNumber(dateline.month), dateline.day];
  if (dateline.year) return isoOf(dateline.year, month, day);
  if (byline) {
    const year = Number(byline.slice(0, 4));
    const options = [year - 1, year, year + 1].map((y) => isoOf(y, month, day)).filter((d): d is IsoDate => !!d);
    if (options.length === 0) return undefined;
    return options.reduce((a, b) => (Math.abs(dayNumber(b) - dayNumber(byline)) < Math.abs(dayNumber(a) - dayNumber(byline)) ? b : a));
  }
  const year = yearHint(dates, fallback);
  return year ? isoOf(year, month, day) : undefined;
}

function yearHint(dates: { date: IsoDate }[], fallback?: IsoDate): number | undefined {
  if (fallback) return Number(fallback.slice(0, 4));
  const last = dates.at(-1);
  return last ? Number(last.date.slice(0, 4)) : undefined;
}
