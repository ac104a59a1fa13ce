import { describe, expect, it } from 'vitest';
import { findDateExpressions, resolveWeekday } from './temporal.ts';

function resolveFirst(text: string, anchor: string, direction: 'past' | 'future', previous?: string) {
  const [expr] = findDateExpressions(text);
  return expr?.resolve(anchor, direction, previous);
}

describe('weekdays follow the tense', () => {
  // 2025-08-16 was a Saturday.
  it('takes the previous occurrence for past events and the next for planned ones', () => {
    expect(resolveWeekday(4, '2025-08-16', 'past')).toBe('2025-08-14');
    expect(resolveWeekday(1, '2025-08-16', 'future')).toBe('2025-08-18');
    expect(resolveFirst('they met on Friday', '2025-08-16', 'past')?.date).toBe('2025-08-15');
    expect(resolveFirst('they will meet on Monday', '2025-08-16', 'future')?.date).toBe('2025-08-18');
  });

  it('reads the publication day itself as that weekday', () => {
    expect(resolveFirst('a statement on Saturday morning', '2025-08-16', 'past')?.date).toBe('2025-08-16');
  });

  it('skips a whole week for "last" and "next"', () => {
    expect(resolveFirst('last Saturday', '2025-08-16', 'past')?.date).toBe('2025-08-09');
    expect(resolveFirst('next Saturday', '2025-08-16', 'future')?.date).toBe('2025-08-23');
  });
});

describe('other expressions', () => {
  it('dates a sentence opening with "Earlier," to the day the story was telling', () => {
    expect(resolveFirst('Earlier, the ministers met in Ankara', '2024-05-26', 'past', '2024-05-25')?.date).toBe('2024-05-25');
    expect(resolveFirst('He had met her earlier, aides said', '2024-05-26', 'past', '2024-05-25')).toBeUndefined();
  });

  it('reads "at the end of the month" as the last week of this month or the next', () => {
    expect(resolveFirst('in Tianjin at the end of the month', '2025-08-20', 'future')).toEqual({ date: '2025-08-31', precision: 'week' });
    expect(resolveFirst('towards the end of next month', '2025-12-10', 'future')).toEqual({ date: '2026-01-31', precision: 'week' });
    expect(resolveFirst('a deal by the end of the month', '2025-08-20', 'future')).toBeUndefined();
  });

  it('resolves relative days against the anchor', () => {
    expect(resolveFirst('tomorrow', '2025-11-22', 'future')?.date).toBe('2025-11-23');
    expect(resolveFirst('yesterday', '2025-11-22', 'past')?.date).toBe('2025-11-21');
    expect(resolveFirst('this morning', '2025-11-22', 'future')?.date).toBe('2025-11-22');
    expect(resolveFirst('three days ago', '2025-11-22', 'past')?.date).toBe('2025-11-19');
  });

  it('gives a year to a month and day by the tense', () => {
    expect(resolveFirst('on December 6', '2025-01-09', 'past')?.date).toBe('2024-12-06');
    expect(resolveFirst('on 12 March', '2025-01-09', 'future')?.date).toBe('2025-03-12');
    expect(resolveFirst('on March 12, 2019', '2025-01-09', 'past')?.date).toBe('2019-03-12');
  });

  it('marks weeks and months as coarser than a day', () => {
    expect(resolveFirst('next week', '2024-09-30', 'future')).toEqual({ date: '2024-10-07', precision: 'week' });
    // "later this month" cannot be today: the next day stands for the rest of the month.
    expect(resolveFirst('later this month', '2017-05-11', 'future')).toEqual({ date: '2017-05-12', precision: 'month' });
    expect(resolveFirst('later this month', '2017-05-31', 'future')).toEqual({ date: '2017-05-31', precision: 'month' });
    expect(resolveFirst('in July last year', '2024-07-04', 'past')).toEqual({ date: '2023-07-01', precision: 'month' });
    expect(resolveFirst('later this week', '2023-10-08', 'future')).toEqual({ date: '2023-10-09', precision: 'week' });
    expect(resolveFirst('a summit earlier in the week', '2025-02-13', 'past')).toEqual({ date: '2025-02-12', precision: 'week' });
    expect(resolveFirst('when he visited Berlin last August', '2025-07-17', 'past')).toEqual({ date: '2024-08-01', precision: 'month' });
    expect(resolveFirst('he will return next March', '2025-07-17', 'future')).toEqual({ date: '2026-03-01', precision: 'month' });
    expect(resolveFirst('organisers said the next march would go ahead', '2025-07-17', 'future')).toBeUndefined();
    expect(resolveFirst('what comes next may surprise them', '2025-07-17', 'future')).toBeUndefined();
  });

  it('resolves "the same day" to the day the text last named', () => {
    expect(resolveFirst('On the same day, they met', '2025-08-16', 'past', '2025-08-14')?.date).toBe('2025-08-14');
  });

  it('does not take deadlines and spans for the day of an event', () => {
    expect(findDateExpressions('a response by Thursday')).toHaveLength(0);
    expect(findDateExpressions('fighting since Monday')).toHaveLength(0);
  });

  it('flags a weekday that names an event ("Friday\'s summit")', () => {
    expect(findDateExpressions('if Friday’s summit is a success')[0]?.possessive).toBe(true);
  });
});

describe('what is not a day of the week', () => {
  it('skips holidays and treaties named after weekdays', () => {
    expect(findDateExpressions('on the Good Friday Agreement anniversary')).toEqual([]);
    expect(resolveFirst('earlier in the day', '2023-05-07', 'past')?.date).toBe('2023-05-07');
    expect(resolveFirst('he visited in late November', '2022-12-19', 'past')).toEqual({ date: '2022-11-01', precision: 'month' });
  });
});
