import { describe, expect, it } from 'vitest';
import { readArticleHeader } from './article.ts';
import { cleanAndSplit, splitSentences } from './clean.ts';

describe('readArticleHeader', () => {
  it('reads a leading date line, even with text on the same line', () => {
    const h = readArticleHeader(' date 2025-08-16 Your support helps us');
    expect(h.published).toBe('2025-08-16');
    expect(h.body).toBe('Your support helps us');
  });

  it('reads a byline date, then a dateline with the year from the fallback', () => {
    expect(readArticleHeader('By A Reporter\nMarch 17, 2014 at 10:04 AM\nText.').published).toBe('2014-03-17');
    expect(readArticleHeader('BEIJING, Sept. 30 (Xinhua) -- Text.', '2024-01-01').published).toBe('2024-09-30');
  });

  it('finds a dateline after the headline, with a country or an agency slash', () => {
    expect(readArticleHeader('Leaders meet\n\nSOCHI, Russia, Sept 4 (Reuters) - Text.', '2023-01-01').published).toBe('2023-09-04');
    expect(readArticleHeader('Ministers talk\nBEIJING, April 9. /TASS/. Text.', '2024-01-01').published).toBe('2024-04-09');
  });

  it('prefers the dateline’s local day to a UTC byline a day later', () => {
    expect(readArticleHeader('Title\nBy Reuters\nFebruary 14, 2025 3:05 AM UTC\n\nWASHINGTON, Feb 13 (Reuters) - Text.').published).toBe('2025-02-13');
    expect(readArticleHeader('Title\nJanuary 1, 2025 1:00 AM UTC\n\nBEIJING, Dec 31 (Reuters) - Text.').published).toBe('2024-12-31');
  });

  it('reads day-first numeric bylines and prefers a given date to dates the text merely mentions', () => {
    expect(readArticleHeader('By A Reporter |08.03.2024\nText.').published).toBe('2024-03-08');
    expect(readArticleHeader('Ministers met.\n'.repeat(30) + 'The war began on February 24, 2022.', '2024-05-02').published).toBe('2024-05-02');
  });

  it('falls back to the latest full date in the text, then to the given date', () => {
    const text = 'Some text.\n'.repeat(40) + '— Someone (@someone) November 22, 2025';
    expect(readArticleHeader(text).published).toBe('2025-11-22');
    expect(readArticleHeader('No date here.', '2020-02-02').published).toBe('2020-02-02');
    expect(readArticleHeader('No date here.').published).toBeUndefined();
  });
});

describe('cleanAndSplit', () => {
  it('drops support pitches and keeps captions without their credit', () => {
    const text = [
      'Your support helps us to tell the story. Read more. Our journalism is free.',
      'open image in gallery Trump met with Putin on Friday ( Andrew Caballero-Reynolds/AFP via Getty Images )',
    ].join('\n');
    const sentences = cleanAndSplit(text);
    expect(sentences.map((s) => s.text)).toEqual(['Trump met with Putin on Friday']);
    expect(text.slice(sentences[0]!.start, sentences[0]!.end)).toBe('Trump met with Putin on Friday');
  });

  it('attributes an embedded post to the author named in its signature', () => {
    const text = 'I spoke with @Keir_Starmer.\n— Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa) November 22, 2025';
    const [post] = cleanAndSplit(text);
    expect(post?.post).toEqual({ author: 'Volodymyr Zelenskyy', handle: 'ZelenskyyUa', date: '2025-11-22' });
  });

  it('does not split after honorifics, initials or U.S.', () => {
    const text = 'Mr. Kerry met Donald J. Trump in the U.S. capital. They talked.';
    expect(splitSentences(text).map(([s, e]) => text.slice(s, e))).toEqual([
      'Mr. Kerry met Donald J. Trump in the U.S. capital.',
      'They talked.',
    ]);
  });
});
