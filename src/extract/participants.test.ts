import { describe, expect, it } from 'vitest';
import { extractArticle } from './pipeline.ts';

function summarise(published: string, text: string): string[] {
  const { events } = extractArticle(`date ${published}\n${text}`, { file: 'case.txt' });
  return events.map((e) => `${e.date} ${e.type} ${e.status} ${[...e.participants].sort().join('+')}`);
}

describe('subjects', () => {
  it.each([
    ['2023-11-07', 'Anthony Albanese, who landed in Beijing on Saturday, held talks with Xi Jinping on Monday.', '2023-11-06 meeting occurred anthony-albanese+xi-jinping'],
    ['2024-10-19', 'The foreign secretary, David Lammy, met Wang Yi in Beijing on Friday.', '2024-10-18 meeting occurred david-lammy+wang-yi'],
  ])('%s: %s', (published, text, expected) => {
    expect(summarise(published, text)).toEqual([expected]);
  });

  it('reads "the two leaders" before a summit qualified by countries', () => {
    const text = 'Macron met Starmer on Monday. The two leaders will hold a UK-France summit on Thursday.';
    expect(summarise('2025-07-08', text)).toContain('2025-07-10 meeting planned emmanuel-macron+keir-starmer');
  });
});

describe('objects', () => {
  it('reads "was meeting" as a verb and steps over a title after an organisation', () => {
    expect(summarise('2025-10-23', 'Donald Trump was meeting NATO chief Mark Rutte at the White House on Wednesday.')).toEqual([
      '2025-10-22 meeting occurred donald-trump+mark-rutte',
    ]);
  });
});
