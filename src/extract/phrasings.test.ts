import { describe, expect, it } from 'vitest';
import { summarise } from './summarise.test-helper.ts';

// Wordings met in agency, regional and national outlets beyond the seed articles.
describe('phrasings of other outlets', () => {
  it('keeps "talks between Moscow and Kyiv" to the ministers the sentence names, without the host as a third country', () => {
    const text =
      'Turkish Foreign Minister Mevlut Cavusoglu on Thursday hosted his Russian and Ukrainian counterparts, Sergey Lavrov and Dmytro Kuleba, ' +
      'in the first talks between Moscow and Kyiv since the war began.';
    expect(summarise('2022-03-10', text)).toEqual(['2022-03-10 meeting occurred dmytro-kuleba+mevlut-cavusoglu+sergei-lavrov']);
  });

  it('reads a meeting that "is likely" as planned, and "sat down with" as a meeting', () => {
    const text =
      'Narendra Modi will travel to Tianjin at the end of the month, where a bilateral meeting with President Xi Jinping is likely. ' +
      'On Friday, Yoon Suk Yeol sat down with former Prime Minister Yoshihide Suga.';
    expect(summarise('2025-08-20', text)).toEqual([
      '2025-08-31 meeting planned narendra-modi+xi-jinping',
      '2025-08-15 meeting occurred yoon-suk-yeol+yoshihide-suga',
    ]);
  });

  it('resolves "the premier" to the prime minister the article named', () => {
    const text = 'Prime Minister Shehbaz Sharif arrived in Ankara on Saturday. The premier was received by President Recep Tayyip Erdogan at the presidential complex.';
    expect(summarise('2024-05-26', text)).toEqual(['2024-05-25 meeting occurred recep-tayyip-erdogan+shehbaz-sharif']);
  });

  it('reads talks "in Doha with" someone, and a call the leaders "discussed" during', () => {
    const text =
      'Steve Witkoff met Benjamin Netanyahu in Jerusalem on Saturday, a day after holding talks in Doha with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani. ' +
      'Mohamed bin Zayed received a phone call from Abdel Fattah el-Sisi on Saturday. During the call, the two leaders discussed regional developments.';
    expect(summarise('2025-01-11', text)).toEqual([
      '2025-01-11 meeting occurred benjamin-netanyahu+steve-witkoff',
      '2025-01-10 meeting occurred mohammed-bin-abdulrahman-al-thani+steve-witkoff',
      '2025-01-11 call occurred abdel-fattah-el-sisi+mohamed-bin-zayed-al-nahyan',
    ]);
  });

  it('reads "His Highness" without a name, and a leader who goes by a first name, as the person the article named', () => {
    const text =
      'Mohamed bin Zayed spoke by phone with Emmanuel Macron on Monday. His Highness also received a phone call from King Abdullah II of Jordan. ' +
      'William Ruto hosted Samia Suluhu Hassan at State House on Monday. Samia also held a meeting with Uhuru Kenyatta on Tuesday.';
    expect(summarise('2023-10-10', text)).toEqual([
      '2023-10-09 call occurred emmanuel-macron+mohamed-bin-zayed-al-nahyan',
      '2023-10-09 call occurred abdullah-ii+mohamed-bin-zayed-al-nahyan',
      '2023-10-09 meeting occurred samia-suluhu-hassan+william-ruto',
      '2023-10-10 meeting occurred samia-suluhu-hassan+uhuru-kenyatta',
    ]);
  });

  it('gives a title that would meet itself to the holder named before, and reads an instructed trip as planned', () => {
    const text =
      'President William Ruto will travel to Kampala next month for talks with Ugandan President Yoweri Museveni. The President last met Museveni in August. ' +
      'Benjamin Netanyahu instructed David Barnea to travel to Doha.';
    expect(summarise('2023-10-10', text)).toEqual([
      '2023-11-01 meeting planned william-ruto+yoweri-museveni',
      '2023-08-01 meeting occurred william-ruto+yoweri-museveni',
      '2023-10-10 meeting planned david-barnea+qatar',
    ]);
  });

  it('adds those met "alongside" or "together with" the others, and leaves out a companion on the trip', () => {
    const text =
      'Volodymyr Zelensky and Donald Trump met in Paris on Saturday, alongside French President Emmanuel Macron. ' +
      'Trade Minister Don Farrell, who is travelling with Anthony Albanese, met Wang Wentao on Sunday.';
    expect(summarise('2024-12-10', text)).toEqual([
      '2024-12-07 meeting occurred donald-trump+emmanuel-macron+volodymyr-zelensky',
      '2024-12-08 meeting occurred don-farrell+wang-wentao',
    ]);
  });

  it('gives "the two leaders" to the pair this sentence just formed', () => {
    const text =
      'Narendra Modi held a bilateral meeting with Mark Carney on Tuesday. ' +
      'Earlier, Modi dialled US President Donald Trump, who had left the summit early, and the two leaders spoke for about 35 minutes.';
    expect(summarise('2025-06-18', text)).toEqual([
      '2025-06-17 meeting occurred mark-carney+narendra-modi',
      '2025-06-17 call occurred donald-trump+narendra-modi',
    ]);
  });

  it('reads a courtesy call "during a visit to" a capital, and an EU "foreign policy chief"', () => {
    const text =
      'Abbas Araghchi paid a courtesy call on Sultan Haitham bin Tarik during a visit to Muscat on Monday. ' +
      'S Jaishankar will travel to Brussels next week for talks with EU foreign policy chief Kaja Kallas.';
    expect(summarise('2025-03-05', text)).toEqual([
      '2025-03-03 meeting occurred abbas-araghchi+haitham-bin-tariq',
      '2025-03-12 meeting planned kaja-kallas+subrahmanyam-jaishankar',
    ]);
  });

  it('names an organisation chair before a name, but never a chair alone', () => {
    expect(summarise('2025-05-22', 'Ursula von der Leyen and African Union Commission chairperson Mahmoud Ali Youssouf met in Brussels on Wednesday.')).toEqual([
      '2025-05-21 meeting occurred mahmoud-ali-youssouf+ursula-von-der-leyen',
    ]);
    expect(summarise('2025-05-22', 'Ursula von der Leyen met the chairman of the African Union Commission on Wednesday.')).toEqual([]);
  });

  it('dates "a day after X spoke with Y" a day before the day just told, and not by a day the story only mentions', () => {
    const text =
      'Ursula von der Leyen met Mahmoud Ali Youssouf in Brussels on Wednesday. The meeting came a day after von der Leyen spoke with William Ruto. ' +
      'Vladimir Putin spoke by phone with Narendra Modi on Friday. He told him about the events of June 24. On the same day, Putin also spoke with Mohamed bin Zayed.';
    expect(summarise('2025-05-22', text)).toEqual([
      '2025-05-21 meeting occurred mahmoud-ali-youssouf+ursula-von-der-leyen',
      '2025-05-20 call occurred ursula-von-der-leyen+william-ruto',
      '2025-05-16 call occurred narendra-modi+vladimir-putin',
      '2025-05-16 call occurred mohamed-bin-zayed-al-nahyan+vladimir-putin',
    ]);
  });

  it('gives a "who" clause the whole list of people before it, and drops a country its own president stands for', () => {
    const text =
      'João Lourenço on Tuesday received the foreign ministers of Congo and Rwanda, Thérèse Kayikwamba Wagner and Olivier Nduhungirehe, ' +
      'who were in Luanda for talks mediated by Angola.';
    expect(summarise('2024-07-31', text)).toEqual(['2024-07-30 meeting occurred joao-lourenco+olivier-nduhungirehe+therese-kayikwamba-wagner']);
  });

  it('reads a Malaysian style before a name, a courtesy call received from a visitor, and talks "on the sidelines with"', () => {
    const text =
      'Prime Minister Datuk Seri Anwar Ibrahim today received a courtesy call from his Singaporean counterpart Lawrence Wong. ' +
      'Javier Milei instead held talks on the sidelines with Giorgia Meloni. He had dined with Emmanuel Macron on Sunday.';
    expect(summarise('2024-09-05', text)).toEqual([
      '2024-09-05 meeting occurred anwar-ibrahim+lawrence-wong',
      '2024-09-05 meeting occurred giorgia-meloni+javier-milei',
      '2024-09-01 meeting occurred emmanuel-macron+javier-milei',
    ]);
  });

  it('keeps a day named in a later "and is expected to" clause off the meeting before it, and drops a visit "at some point"', () => {
    const text =
      'JD Vance is due to travel to Rome on Friday, where he will meet Giorgia Meloni and is expected to see the pope on Sunday. ' +
      'Donald Trump said he would at some point visit Italy.';
    expect(summarise('2025-04-18', text)).toEqual(['2025-04-18 meeting planned giorgia-meloni+jd-vance']);
  });
  it('reads "X\'s meeting with Y" as a meeting of both, and a portfolio title before a name', () => {
    const text =
      "Vladimir Putin's meeting with Xi Jinping on Sunday was productive. " +
      "Talks were launched during Trade Minister Todd McClay's meeting with Indian commerce minister Piyush Goyal on Monday.";
    expect(summarise('2025-03-18', text)).toEqual([
      '2025-03-16 meeting occurred vladimir-putin+xi-jinping',
      '2025-03-17 meeting occurred piyush-goyal+todd-mcclay',
    ]);
  });

  it('reads time spent with someone as a meeting, or a call when spent on the phone', () => {
    const text =
      'Alexander Stubb spent Saturday in Florida with Donald Trump, playing a round of golf. ' +
      'Emmanuel Macron spent an hour on the phone with Vladimir Putin on Friday.';
    expect(summarise('2025-03-30', text)).toEqual([
      '2025-03-29 meeting occurred alexander-stubb+donald-trump',
      '2025-03-28 call occurred emmanuel-macron+vladimir-putin',
    ]);
  });

  it('gives "the two prime ministers" the two people the sentence named, and "the Russian leader" the Russian premier it named', () => {
    const text =
      'Russian Prime Minister Mikhail Mishustin arrived in Hanoi on Tuesday. ' +
      "Prime Minister Pham Minh Chinh chaired a welcome ceremony for Mishustin and the two prime ministers held talks, during the Russian leader's visit to Vietnam.";
    expect(summarise('2025-01-15', text)).toEqual(['2025-01-14 meeting occurred mikhail-mishustin+pham-minh-chinh']);
  });
  it('dates each clause by its own day: "met A on Sunday, and on Monday he held talks with B"', () => {
    const text = 'Antony Blinken met Qin Gang on Sunday, and on Monday morning he held talks with Wang Yi.';
    expect(summarise('2023-06-20', text)).toEqual([
      '2023-06-18 meeting occurred antony-blinken+qin-gang',
      '2023-06-19 meeting occurred antony-blinken+wang-yi',
    ]);
  });

  it('reads "a day after separate meetings at the White House with A and B"', () => {
    const text = 'Benjamin Netanyahu met Donald Trump in Florida on Friday, a day after separate meetings at the White House with Joe Biden and Kamala Harris.';
    expect(summarise('2024-07-27', text)).toEqual([
      '2024-07-26 meeting occurred benjamin-netanyahu+donald-trump',
      '2024-07-25 meeting occurred benjamin-netanyahu+joe-biden',
      '2024-07-25 meeting occurred benjamin-netanyahu+kamala-harris',
    ]);
  });

  it('keeps a trip "before travelling to…" as planned as the long clause before it', () => {
    const text = 'From Ankara, Prabowo Subianto will continue to Egypt to meet President Abdel Fattah al-Sisi, before travelling to Qatar and Jordan.';
    expect(summarise('2025-04-10', text).every((line) => line.includes(' planned '))).toBe(true);
    expect(summarise('2025-04-10', text)).toHaveLength(3);
  });
  it('reads Indian and Nigerian readouts: "Shri", "received in audience", and an envoy "for Africa" named after a comma', () => {
    const text =
      'Prime Minister Shri Narendra Modi received a telephone call today from the President of the United States of America, H.E. Mr. Joseph R. Biden. ' +
      'President Bola Tinubu on Tuesday received in audience the United States Special Presidential Envoy for Africa, Johnnie Carson, at the Presidential Villa. ' +
      'Tinubu also received in audience his Ghanaian counterpart, Nana Akufo-Addo.';
    expect(summarise('2024-06-11', text)).toEqual([
      '2024-06-11 call occurred joe-biden+narendra-modi',
      '2024-06-11 meeting occurred bola-tinubu+johnnie-carson',
      '2024-06-11 meeting occurred bola-tinubu+nana-akufo-addo',
    ]);
  });

  it('reads a Kremlin readout naming a country of four words, and "a separate meeting" of two ministers', () => {
    const text =
      'At the Kremlin, Vladimir Putin held talks with President of the Republic of the Congo Denis Sassou Nguesso on Thursday. ' +
      'Sergei Lavrov and his Congolese counterpart Jean-Claude Gakosso held a separate meeting on Thursday.';
    expect(summarise('2024-05-31', text)).toEqual([
      '2024-05-30 meeting occurred denis-sassou-nguesso+vladimir-putin',
      '2024-05-30 meeting occurred jean-claude-gakosso+sergei-lavrov',
    ]);
  });

  it('reads no meeting into a question, into treaty negotiations, or into "the host of the gathering"', () => {
    const text =
      'Wang Yi meets Rubio? Wang also held talks with Ronald Lamola, the host of the gathering, on Friday. ' +
      'Ferdinand Marcos Jr. met Fumio Kishida on Friday, where the two leaders agreed to start negotiations on a reciprocal access agreement.';
    expect(summarise('2025-02-22', text)).toEqual([
      '2025-02-21 meeting occurred ronald-lamola+wang-yi',
      '2025-02-21 meeting occurred ferdinand-marcos-jr+fumio-kishida',
    ]);
  });
  it('reads a day-first agency dateline, "exchanged views with … in a phone call", and talks "over lunch" as a meeting', () => {
    const wam =
      'ABU DHABI, 16th December, 2024 (WAM) -- Sheikh Mohamed bin Zayed Al Nahyan received a phone call today from Ahmed al-Sharaa. ' +
      'He also exchanged views with King Abdullah II of Jordan in a phone call earlier in the day.';
    expect(summarise('2024-12-17', wam)).toEqual([
      '2024-12-16 call occurred ahmed-al-sharaa+mohamed-bin-zayed-al-nahyan',
      '2024-12-16 call occurred abdullah-ii+mohamed-bin-zayed-al-nahyan',
    ]);
    const lunch = 'Olaf Scholz and Xi Jinping talked for more than three hours on Tuesday, including during a walk and over lunch.';
    expect(summarise('2024-04-16', lunch)).toEqual(['2024-04-16 meeting occurred olaf-scholz+xi-jinping']);
  });

  it('gives the purpose of a trip its traveller, and reads a title behind a possessor in lower case', () => {
    const text =
      'Emmanuel Macron and Abdelmadjid Tebboune spoke on Monday. The two presidents tasked their ministers with the next steps, ' +
      'and Foreign Minister Jean-Noël Barrot will travel to Algiers on April 6 to meet Tebboune. ' +
      'On Monday, Olaf Scholz had held talks in Shanghai with the city\'s Communist Party chief Chen Jining.';
    expect(summarise('2025-04-01', text)).toEqual([
      '2025-03-31 call occurred abdelmadjid-tebboune+emmanuel-macron',
      '2025-04-06 meeting planned abdelmadjid-tebboune+jean-noel-barrot',
      '2025-03-31 meeting occurred chen-jining+olaf-scholz',
    ]);
  });
});
