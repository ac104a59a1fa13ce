import { describe, expect, it } from 'vitest';
import { summarise } from './summarise.test-helper.ts';

describe('role nouns', () => {
  it('reads "the US president" as the holder of a title that is President, not an adviser to one', () => {
    expect(summarise('2024-11-06', 'Yoon Suk Yeol spoke by phone with the US president on Wednesday.')).toEqual([
      '2024-11-06 call occurred joe-biden+yoon-suk-yeol',
    ]);
  });

  it('keeps the name after "President-elect" instead of resolving the office', () => {
    expect(summarise('2024-11-08', 'South Korean President Yoon Suk Yeol spoke by phone with U.S. President-elect Donald Trump on Thursday.')).toEqual([
      '2024-11-07 call occurred donald-trump+yoon-suk-yeol',
    ]);
  });

  it('takes the name set off by commas after a title', () => {
    expect(summarise('2024-07-05', 'S Jaishankar met his Maldivian counterpart, Moosa Zameer, on Thursday.')).toEqual([
      '2024-07-04 meeting occurred moosa-zameer+subrahmanyam-jaishankar',
    ]);
  });

  it('reads "the two foreign ministers" as the latest pair holding that office', () => {
    const text = 'Emmanuel Macron met Olaf Scholz on Monday. Catherine Colonna met Annalena Baerbock on Tuesday. The two foreign ministers will meet again on Friday.';
    expect(summarise('2023-03-15', text)).toContain('2023-03-17 meeting planned annalena-baerbock+catherine-colonna');
    const reversed = 'Catherine Colonna met Annalena Baerbock on Tuesday. Emmanuel Macron met Olaf Scholz on Monday. The two foreign ministers will meet again on Friday.';
    expect(summarise('2023-03-15', reversed)).toContain('2023-03-17 meeting planned annalena-baerbock+catherine-colonna');
  });

  it('prefers the holder whose title the words name ("external affairs minister")', () => {
    expect(summarise('2024-07-04', 'S Jaishankar met Wang Yi on Thursday. The external affairs minister also met Sergey Lavrov.')).toContain(
      '2024-07-04 meeting occurred sergei-lavrov+subrahmanyam-jaishankar',
    );
  });

  it('reads a name after a title and an honorific', () => {
    expect(summarise('2023-05-19', 'Volodymyr Zelensky held talks with Crown Prince Sheikh Mishal al-Ahmad al-Sabah on Friday.')).toEqual([
      '2023-05-19 meeting occurred mishal-al-ahmad-al-jaber-al-sabah+volodymyr-zelensky',
    ]);
  });

  it('reads "the Russian diplomat" as the Russian the article named last', () => {
    const text = 'Sergey Lavrov held talks with Wang Yi on Tuesday. The Russian diplomat also plans to meet with Chinese Vice President Han Zheng on Wednesday.';
    expect(summarise('2024-04-09', text)).toContain('2024-04-10 meeting planned han-zheng+sergei-lavrov');
    expect(summarise('2024-04-09', 'The minister met Wang Yi on Tuesday.')).toEqual([]);
  });

  it('reads "the Russian minister" as the last Russian named who is a minister, not the president named after him', () => {
    const text =
      'Sergey Lavrov arrived in Beijing on Monday, days after Vladimir Putin spoke with Xi Jinping. The Russian minister met Wang Yi on Tuesday.';
    expect(summarise('2024-04-10', text)).toContain('2024-04-09 meeting occurred sergei-lavrov+wang-yi');
    // A foreign secretary is a minister; a prime minister is not "the minister".
    const british = 'David Lammy arrived in Beijing on Monday, days after Keir Starmer spoke with Xi Jinping. The British minister met Wang Yi on Tuesday.';
    expect(summarise('2024-10-22', british)).toContain('2024-10-22 meeting occurred david-lammy+wang-yi');
  });

  it('reads "Prince Faisal" and "the two had spoken" through the people named before', () => {
    const text =
      'Antony Blinken met Saudi Foreign Minister Prince Faisal bin Farhan on Monday. Prince Faisal spoke by phone with Hossein Amir-Abdollahian on Sunday. ' +
      'Lloyd Austin met Dong Jun on Friday. The two had spoken by video call in April.';
    expect(summarise('2024-05-31', text)).toEqual([
      '2024-05-27 meeting occurred antony-blinken+faisal-bin-farhan-al-saud',
      '2024-05-26 call occurred faisal-bin-farhan-al-saud+hossein-amir-abdollahian',
      '2024-05-31 meeting occurred dong-jun+lloyd-austin',
      '2024-04-01 call occurred dong-jun+lloyd-austin',
    ]);
  });
});
