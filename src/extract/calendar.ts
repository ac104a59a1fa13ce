import { isRealDate } from '../model/schema.ts';
import type { IsoDate } from '../model/types.ts';

/** Three-letter keys for month and weekday names, in calendar order. */
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** 1–12 for a month name or its abbreviation ("Sept", "march"); 0 for anything else. */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The ISO date of a year, month and day, or undefined when there is no such day (30 February). */
export function isoOf(year: number, month: number, day: number): IsoDate | undefined {
  const s = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealDate(s) ? s : undefined;
}
