import { describe, expect, it } from 'vitest';
import { ArticleError, extractArticle } from './pipeline.ts';
import { summarise } from './summarise.test-helper.ts';

describe('calls and meetings with their participants', () => {
  it.each([
    ['2024-06-14', 'Indian Prime Minister Narendra Modi spoke by phone with US President Joe Biden on Thursday.', ['2024-06-13 call occurred joe-biden+narendra-modi']],
    ['2019-07-02', 'Kenyan President Uhuru Kenyatta on Monday received Ethiopian Prime Minister Abiy Ahmed at State House.', ['2019-07-01 meeting occurred abiy-ahmed+uhuru-kenyatta']],
    ['2024-10-08', 'Saudi Crown Prince Mohammed bin Salman received a phone call from Iranian President Masoud Pezeshkian on Monday.', ['2024-10-07 call occurred masoud-pezeshkian+mohammed-bin-salman']],
    ['2022-11-15', 'US President Joe Biden and Chinese President Xi Jinping held their first in-person meeting on Monday in Bali.', ['2022-11-14 meeting occurred joe-biden+xi-jinping']],
    ['2025-01-09', 'Edmundo González met Joe Biden on Monday. González was also received by Argentine President Javier Milei on Saturday.', [
      '2025-01-06 meeting occurred edmundo-gonzalez-urrutia+joe-biden',
      '2025-01-04 meeting occurred edmundo-gonzalez-urrutia+javier-milei',
    ]],
    ['2023-08-24', 'South African President Cyril Ramaphosa hosted leaders of Brazil, India and China on Wednesday.', [
      '2023-08-23 meeting occurred cyril-ramaphosa+luiz-inacio-lula-da-silva+narendra-modi+xi-jinping',
    ]],
  ])('%s: %s', (published, text, expected) => {
    expect(summarise(published, text)).toEqual(expected);
  });

  it('resolves role nouns through the offices held on the article date', () => {
    expect(summarise('2024-10-08', 'Qatar’s emir spoke with the Iranian president on Monday.')).toEqual([
      '2024-10-07 call occurred masoud-pezeshkian+tamim-bin-hamad-al-thani',
    ]);
    expect(summarise('2017-05-11', 'The British prime minister spoke to Emmanuel Macron on Sunday.')).toEqual([
      '2017-05-07 call occurred emmanuel-macron+theresa-may',
    ]);
  });

  it('resolves "his counterpart" through the office of the person it belongs to', () => {
    expect(summarise('2025-08-16', 'Volodymyr Zelensky said on Saturday he had spoken to his US counterpart.')).toEqual([
      '2025-08-16 call occurred donald-trump+volodymyr-zelensky',
    ]);
  });

  it('folds a visit to a country into the meeting held there', () => {
    expect(summarise('2022-02-08', 'French President Emmanuel Macron traveled to Kyiv on Tuesday to meet Ukrainian President Volodymyr Zelensky.')).toEqual([
      '2022-02-08 meeting occurred emmanuel-macron+volodymyr-zelensky',
    ]);
  });
});

describe('harder sentences', () => {
  it('reads lists past appositives and title adjectives', () => {
    const text = 'Antony Blinken and Jake Sullivan met with Yang Jiechi, China’s top foreign policy official, and Foreign Minister Wang Yi on Thursday.';
    expect(summarise('2021-03-19', text)).toEqual(['2021-03-18 meeting occurred antony-blinken+jake-sullivan+wang-yi+yang-jiechi']);
    expect(summarise('2014-03-04', 'John Kerry arrived in Kyiv, where he met interim Prime Minister Arseniy Yatsenyuk.')).toEqual([
      '2014-03-04 meeting occurred arseniy-yatsenyuk+john-kerry',
    ]);
  });

  it('gives "the two leaders" the people of the interaction just reported', () => {
    const text = 'Narendra Modi held talks with Vladimir Putin on Tuesday. The two leaders had an informal meeting on Monday evening.';
    expect(summarise('2024-07-09', text)).toEqual([
      '2024-07-09 meeting occurred narendra-modi+vladimir-putin',
      '2024-07-08 meeting occurred narendra-modi+vladimir-putin',
    ]);
  });

  it('is not misled by a month in a dateline or navigation lines', () => {
    const text = 'ALSO READ | Modi to visit Austria\nRIYADH, May 13 (Reuters) - Donald Trump met Syrian President Ahmed al-Sharaa on Tuesday.';
    expect(summarise('2025-05-14', text)).toEqual(['2025-05-13 meeting occurred ahmed-al-sharaa+donald-trump']);
  });
});

describe('quotations', () => {
  it('gives a quotation’s "I" to the person it is credited to, in the same sentence or the next', () => {
    expect(summarise('2025-08-16', '“I will meet President Donald Trump in Washington on Monday,” Volodymyr Zelensky said.')).toEqual([
      '2025-08-18 meeting planned donald-trump+volodymyr-zelensky',
    ]);
    expect(summarise('2025-08-16', '“I spoke with Emmanuel Macron this morning. We agreed,” Friedrich Merz told reporters.')).toEqual([
      '2025-08-16 call occurred emmanuel-macron+friedrich-merz',
    ]);
  });
});

describe('status', () => {
  it('marks announced interactions as planned and dates them forward', () => {
    expect(summarise('2016-03-18', 'The meeting between Ahmet Davutoğlu and Donald Tusk is scheduled for Friday.')).toEqual([
      '2016-03-18 meeting planned ahmet-davutoglu+donald-tusk',
    ]);
    expect(summarise('2019-07-02', 'Abiy Ahmed is scheduled to visit Uganda on Thursday where he will meet President Yoweri Museveni.')).toEqual([
      '2019-07-04 meeting planned abiy-ahmed+yoweri-museveni',
    ]);
  });

  it('leaves out negated, proposed, invited and called-off interactions', () => {
    expect(summarise('2016-03-18', 'Recep Tayyip Erdoğan won’t meet Vladimir Putin during his visit.')).toEqual([]);
    expect(summarise('2025-01-09', 'Lula and Javier Milei did not meet during the summit last month.')).toEqual([]);
    expect(summarise('2023-03-22', 'Volodymyr Zelensky said he had invited Xi Jinping to visit Kyiv.')).toEqual([]);
    expect(summarise('2020-04-16', 'A planned visit by Xi Jinping to Japan was postponed.')).toEqual([]);
    expect(summarise('2025-08-16', 'Vladimir Putin suggested he and Donald Trump meet again in Moscow.')).toEqual([]);
  });
});

describe('one interaction reported twice is one event', () => {
  it('merges an undated mention into the dated one', () => {
    const text = 'Donald Trump’s summit with Vladimir Putin ended without a deal. Trump met with Putin for three hours on Friday in Alaska.';
    expect(summarise('2025-08-16', text)).toEqual(['2025-08-15 meeting occurred donald-trump+vladimir-putin']);
  });
});

describe('articles that cannot be placed', () => {
  it('refuses an article without any date rather than guessing', () => {
    expect(() => extractArticle('Joe Biden met Xi Jinping.', { file: 'x.txt' })).toThrow(ArticleError);
    expect(() => extractArticle('   ', { file: 'x.txt' })).toThrow(/empty/);
  });
});

describe('times in other clauses', () => {
  it('gives a time to the clause that states it', () => {
    expect(summarise('2023-04-15', 'Lula met Xi Jinping on Friday, weeks after Xi hosted Vladimir Putin in March.')).toEqual([
      '2023-04-14 meeting occurred luiz-inacio-lula-da-silva+xi-jinping',
      '2023-03-01 meeting occurred vladimir-putin+xi-jinping',
    ]);
    expect(summarise('2023-04-15', 'Lula said he had spoken to Vladimir Putin by phone in March.')).toEqual([
      '2023-03-01 call occurred luiz-inacio-lula-da-silva+vladimir-putin',
    ]);
  });

  it('dates "the next day" from a day named earlier in the same sentence', () => {
    const text = 'Vladimir Putin spoke with Recep Tayyip Erdogan by phone on Sunday. Putin arrived in Beijing on Tuesday and met Xi Jinping the next day.';
    expect(summarise('2024-05-17', text)).toEqual([
      '2024-05-12 call occurred recep-tayyip-erdogan+vladimir-putin',
      '2024-05-15 meeting occurred vladimir-putin+xi-jinping',
    ]);
  });

  it('dates what follows with a time that opens a clause: "; a day later he met", ", and two days later"', () => {
    expect(summarise('2024-05-17', 'On Monday, Vladimir Putin spoke with Recep Tayyip Erdogan by phone; a day later he met Xi Jinping.')).toEqual([
      '2024-05-13 call occurred recep-tayyip-erdogan+vladimir-putin',
      '2024-05-14 meeting occurred vladimir-putin+xi-jinping',
    ]);
    expect(summarise('2024-05-17', 'Vladimir Putin met Recep Tayyip Erdogan on Monday, and two days later he met Xi Jinping in Beijing.')).toEqual([
      '2024-05-13 meeting occurred recep-tayyip-erdogan+vladimir-putin',
      '2024-05-15 meeting occurred vladimir-putin+xi-jinping',
    ]);
  });

  it('does not count "the next day" from a day inside a "who …" clause', () => {
    const text = 'Xi Jinping arrived in Lima on Tuesday. Joe Biden, who took office in January 2021, met Xi Jinping the next day.';
    expect(summarise('2024-11-15', text)).toEqual(['2024-11-13 meeting occurred joe-biden+xi-jinping']);
  });

  it('dates "a day after holding talks" from the day the sentence names', () => {
    expect(summarise('2024-11-15', 'Rafael Grossi met Masoud Pezeshkian on Thursday, a day after holding talks with Abbas Araghchi.')).toEqual([
      '2024-11-14 meeting occurred masoud-pezeshkian+rafael-grossi',
      '2024-11-13 meeting occurred abbas-araghchi+rafael-grossi',
    ]);
  });
});

describe('dates from context', () => {
  it('dates a meeting on the sidelines by the gathering the article reports, not by background', () => {
    const text =
      'Volodymyr Zelensky hosted Recep Tayyip Erdogan in Lviv on Thursday. Erdogan, who met Vladimir Putin in Sochi on Aug. 5, said he would call him. ' +
      'Dmytro Kuleba met his Turkish counterpart Mevlut Cavusoglu on the sidelines.';
    expect(summarise('2022-08-19', text)).toContain('2022-08-18 meeting occurred dmytro-kuleba+mevlut-cavusoglu');
  });

  it('continues an earlier interaction of the same people rather than the last day named', () => {
    const text = 'Joe Biden and Rishi Sunak held talks on Wednesday morning. Joe Biden arrived in Belfast on Tuesday night. Downing Street said the prime minister and the president discussed trade.';
    expect(summarise('2023-04-13', text)).toEqual(['2023-04-12 meeting occurred joe-biden+rishi-sunak']);
  });

  it('keeps a context-dated meeting apart from an earlier one of the same pair', () => {
    const text =
      'Vladimir Putin told Recep Tayyip Erdogan on Monday that the deal was dead. Erdogan, who travelled to Sochi for talks with Putin, had hoped for more. ' +
      'The two presidents last met in Astana in October.';
    expect(summarise('2023-09-04', text)).toEqual([
      '2023-09-04 meeting occurred recep-tayyip-erdogan+vladimir-putin',
      '2022-10-01 meeting occurred recep-tayyip-erdogan+vladimir-putin',
    ]);
  });

  it('does not carry the day of a "last spoke" background sentence to the next report', () => {
    const text =
      'Olaf Scholz held a telephone conversation with Vladimir Putin on Friday. The two men last spoke in December 2022. ' +
      'Scholz had briefed the Ukrainian president, Volodymyr Zelenskyy, before the call, and spoke with him again afterwards.';
    expect(summarise('2024-11-15', text)).toContain('2024-11-15 call occurred olaf-scholz+volodymyr-zelensky');
  });

  it('merges a week or month with the day a later sentence gives', () => {
    const text = 'Vladimir Putin told Narendra Modi about his meeting with Donald Trump last week. Putin and Trump met in Anchorage on Friday.';
    expect(summarise('2025-08-18', text)).toEqual(['2025-08-15 meeting occurred donald-trump+vladimir-putin']);
  });

  it('keeps a meeting in a "when" clause on its visit’s month, apart from today’s meeting', () => {
    const text = 'Alexander Lukashenko met Vladimir Putin in Minsk on Monday. Lukashenko last visited Russia in late November, when he met Putin in St. Petersburg.';
    expect(summarise('2022-12-19', text)).toEqual([
      '2022-12-19 meeting occurred alexander-lukashenko+vladimir-putin',
      '2022-11-01 meeting occurred alexander-lukashenko+vladimir-putin',
    ]);
  });

  it('does not date a visit by the time of a relative clause before it', () => {
    expect(summarise('2025-02-07', 'Shigeru Ishiba, who took office in October, became the second leader to visit the White House on Friday.')).toEqual([
      '2025-02-07 meeting occurred shigeru-ishiba+white-house',
    ]);
    expect(summarise('2025-02-07', 'Shigeru Ishiba, who took office in October, visited the White House.')).toEqual([
      '2025-02-07 meeting occurred shigeru-ishiba+white-house',
    ]);
  });

  it('folds an undated upcoming visit into the dated meeting of the trip', () => {
    const text = 'S Jaishankar met Sergey Lavrov and discussed Narendra Modi’s upcoming visit to Moscow. Modi will hold a summit with Vladimir Putin in Moscow next week.';
    expect(summarise('2024-07-04', text)).toEqual([
      '2024-07-04 meeting occurred sergei-lavrov+subrahmanyam-jaishankar',
      '2024-07-11 meeting planned narendra-modi+vladimir-putin',
    ]);
  });

  it('dates talks "during which" by the visit they belong to', () => {
    const text = 'Emmanuel Macron paid a state visit to China from April 5 to 7, during which he held talks with Xi Jinping in Beijing.';
    expect(summarise('2023-04-26', text)).toEqual(['2023-04-05 meeting occurred emmanuel-macron+xi-jinping']);
  });

  it('keeps separate bilateral meetings apart from the trilateral, and reads "the three leaders"', () => {
    const text =
      'Yoon Suk Yeol, Joe Biden and Fumio Kishida held a trilateral summit at Camp David on Friday. ' +
      'Yoon also held separate bilateral summits with Biden and Kishida on the same day. The three leaders had last met in Hiroshima in May.';
    expect(summarise('2023-08-19', text)).toEqual([
      '2023-08-18 meeting occurred fumio-kishida+joe-biden+yoon-suk-yeol',
      '2023-08-18 meeting occurred joe-biden+yoon-suk-yeol',
      '2023-08-18 meeting occurred fumio-kishida+yoon-suk-yeol',
      '2023-05-01 meeting occurred fumio-kishida+joe-biden+yoon-suk-yeol',
    ]);
  });

  it('splits plural calls into one per partner, and takes their day from the body when the headline has none', () => {
    const text =
      'Zelensky holds calls with Scholz, Tusk\n\nVolodymyr Zelensky said on Sunday that he had spoken with German Chancellor Olaf Scholz. ' +
      'Later the same day, Zelensky held a phone conversation with Polish Prime Minister Donald Tusk.';
    expect(summarise('2024-09-02', text)).toEqual([
      '2024-09-01 call occurred olaf-scholz+volodymyr-zelensky',
      '2024-09-01 call occurred donald-tusk+volodymyr-zelensky',
    ]);
  });

  it('dates a sentence opening with "Earlier," to the day just told', () => {
    const text = 'Shehbaz Sharif met Recep Tayyip Erdogan in Ankara on Saturday. Earlier, Ishaq Dar met Hakan Fidan.';
    expect(summarise('2024-05-26', text)).toEqual([
      '2024-05-25 meeting occurred recep-tayyip-erdogan+shehbaz-sharif',
      '2024-05-25 meeting occurred hakan-fidan+ishaq-dar',
    ]);
  });
});
