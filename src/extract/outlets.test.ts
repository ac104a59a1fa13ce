import { describe, expect, it } from 'vitest';
import { summarise } from './summarise.test-helper.ts';

// More wordings of agency, regional and national outlets, and rules kept to their own wordings.
describe('wordings of regional and agency outlets', () => {
  it('finds the name after several title words, even one that reads as a pronoun', () => {
    const text = 'Asim Munir met Chinese Vice Chairman Zhang Youxia on Friday. Lloyd Austin met Vice Premier He Lifeng on Friday.';
    expect(summarise('2024-06-08', text)).toEqual([
      '2024-06-07 meeting occurred asim-munir+zhang-youxia',
      '2024-06-07 meeting occurred he-lifeng+lloyd-austin',
    ]);
  });

  it('reads a State Department readout: "Secretary of Foreign Affairs", and "the Secretary" as its principal', () => {
    const text =
      'Secretary of State Marco Rubio met with Indonesian Foreign Minister Sugiono today. The Secretary and the Foreign Minister discussed trade. ' +
      'Secretary Rubio also spoke with Philippine Secretary of Foreign Affairs Enrique Manalo by phone on Tuesday. ' +
      'The Secretary will host Japanese Foreign Minister Takeshi Iwaya next week.';
    expect(summarise('2025-03-13', text)).toEqual([
      '2025-03-13 meeting occurred marco-rubio+sugiono',
      '2025-03-11 call occurred enrique-manalo+marco-rubio',
      '2025-03-20 meeting planned marco-rubio+takeshi-iwaya',
    ]);
  });

  it('reads two titles of one person, a name that starts with "To", "over the weekend" and "earlier in the day" of a dateline', () => {
    const text =
      'Xi Jinping met To Lam on Monday. Lam also held phone talks with Lao General Secretary and President Thongloun Sisoulith on the same day. ' +
      'Volodymyr Zelensky spoke with Mark Rutte over the weekend.';
    expect(summarise('2024-03-12', text)).toEqual([
      '2024-03-11 meeting occurred to-lam+xi-jinping',
      '2024-03-11 call occurred thongloun-sisoulith+to-lam',
      '2024-03-09 call occurred mark-rutte+volodymyr-zelensky',
    ]);
    const dateline = 'OTTAWA, June 15 (Reuters) - Keir Starmer met Mark Carney in Ottawa on Sunday. Carney had hosted Emmanuel Macron earlier in the day.';
    expect(summarise('2025-06-16', dateline)).toEqual([
      '2025-06-15 meeting occurred keir-starmer+mark-carney',
      '2025-06-15 meeting occurred emmanuel-macron+mark-carney',
    ]);
  });

  it('reads "Visiting" before a title as an adjective, and a leaders\' retreat as a meeting', () => {
    const text =
      'Visiting South African President Cyril Ramaphosa and his host William Ruto on Thursday held bilateral talks at State House. ' +
      'Lawrence Wong and Anwar Ibrahim held their annual Leaders\' Retreat on Tuesday.';
    expect(summarise('2024-09-20', text)).toEqual([
      '2024-09-19 meeting occurred cyril-ramaphosa+william-ruto',
      '2024-09-17 meeting occurred anwar-ibrahim+lawrence-wong',
    ]);
  });

  it('gives an undated plan the days of the trip the sentence before announced, not the day of the announcement', () => {
    const text =
      'Joe Biden will travel to South Korea from May 20 to 24, the White House announced Thursday. ' +
      'Biden will meet South Korean President-elect Yoon Suk Yeol in Seoul.';
    expect(summarise('2022-05-02', text)).toEqual(['2022-05-20 meeting planned joe-biden+yoon-suk-yeol']);
  });

  it('keeps these rules to their own wordings', () => {
    const cases: [string, string, string[]][] = [
      ['2024-07-31', 'Joe Biden ordered new sanctions on Tuesday and spoke with Olaf Scholz by phone.', ['2024-07-30 call occurred joe-biden+olaf-scholz']],
      ['2024-07-31', 'Joe Biden Calls on Netanyahu to Allow Aid Into Gaza', []],
      ['2024-07-31', 'Recep Tayyip Erdogan is visiting President Vladimir Putin in Sochi on Wednesday.', ['2024-07-31 meeting occurred recep-tayyip-erdogan+vladimir-putin']],
      ['2024-07-31', 'Emmanuel Macron held talks with Abdelmadjid Tebboune in Algiers on Monday, insisting on the call for a ceasefire.', ['2024-07-29 meeting occurred abdelmadjid-tebboune+emmanuel-macron']],
      ['2023-11-16', 'Xi Jinping met Joe Biden in Woodside on Wednesday for talks that are likely to ease tensions.', ['2023-11-15 meeting occurred joe-biden+xi-jinping']],
      ['2023-11-16', 'At some point during the summit on Wednesday, Joe Biden spoke with Xi Jinping.', ['2023-11-15 call occurred joe-biden+xi-jinping']],
      ['2024-07-31', 'Antony Blinken met Wang Yi on Friday, saying Washington would stand alongside the Philippines.', ['2024-07-26 meeting occurred antony-blinken+wang-yi']],
    ];
    for (const [published, text, expected] of cases) expect(summarise(published, text), text).toEqual(expected);
    const twoPeople = 'Joe Biden welcomed Anthony Albanese to the White House on Monday. The president and Prime Minister Anthony Albanese later held talks in the Oval Office.';
    expect(summarise('2023-10-26', twoPeople)).toEqual(['2023-10-23 meeting occurred anthony-albanese+joe-biden']);
  });

  it('reads a Gulf court report: "the Amir", an acting president, and the purpose of a planned trip', () => {
    const text =
      'HH the Amir Sheikh Tamim bin Hamad Al Thani received a phone call yesterday from Iranian acting President Mohammad Mokhber. ' +
      'HH the Amir had met with Jordan\'s King Abdullah II in Doha last Wednesday.';
    expect(summarise('2024-06-04', text)).toEqual([
      '2024-06-03 call occurred mohammad-mokhber+tamim-bin-hamad-al-thani',
      '2024-05-29 meeting occurred abdullah-ii+tamim-bin-hamad-al-thani',
    ]);
    const trip = 'Emmanuel Macron and Friedrich Merz plan to travel to Kyiv together with Keir Starmer on Saturday to meet Volodymyr Zelensky.';
    expect(summarise('2025-05-08', trip)).toEqual(['2025-05-10 meeting planned emmanuel-macron+friedrich-merz+keir-starmer+volodymyr-zelensky']);
  });

  it('reads "the ministers previously met", a party chief before a name, and a bare title that continues the subject', () => {
    const text =
      'Sergey Lavrov and Wang Yi held talks in Beijing on Tuesday. The ministers previously met in Moscow in February. ' +
      'On Monday, Antony Blinken held talks with Shanghai party chief Chen Jining.';
    expect(summarise('2024-04-09', text)).toEqual([
      '2024-04-09 meeting occurred sergei-lavrov+wang-yi',
      '2024-02-01 meeting occurred sergei-lavrov+wang-yi',
      '2024-04-08 meeting occurred antony-blinken+chen-jining',
    ]);
    const lagos = 'President Bola Tinubu on Thursday held a closed-door meeting with French President Emmanuel Macron. The President also met with Kenyan President William Ruto.';
    expect(summarise('2023-06-23', lagos)).toEqual([
      '2023-06-22 meeting occurred bola-tinubu+emmanuel-macron',
      '2023-06-22 meeting occurred bola-tinubu+william-ruto',
    ]);
  });

  it('reads a Japanese name written family name first, and a call "for about 25 minutes with" someone', () => {
    const text =
      'Prime Minister Ishiba Shigeru spoke by phone for about 25 minutes with US President Donald Trump on Sunday night. ' +
      'Earlier on Sunday, Foreign Minister Iwaya Takeshi met with Enrique Manalo in Tokyo.';
    expect(summarise('2025-02-02', text)).toEqual([
      '2025-02-02 call occurred donald-trump+shigeru-ishiba',
      '2025-02-02 meeting occurred enrique-manalo+takeshi-iwaya',
    ]);
  });

  it('reads congratulatory calls "from several world leaders, including" each, and leaves talks that are only sought', () => {
    const text =
      'Narendra Modi on Wednesday received congratulatory phone calls from several world leaders, including Joe Biden and Emmanuel Macron. ' +
      'Friedrich Merz and Olaf Scholz seek talks with Donald Trump.';
    expect(summarise('2024-06-06', text)).toEqual([
      '2024-06-05 call occurred joe-biden+narendra-modi',
      '2024-06-05 call occurred emmanuel-macron+narendra-modi',
    ]);
  });

  it('names the leaders a host received "including" them, and does not make a possessor the subject', () => {
    const text =
      'Luiz Inacio Lula da Silva hosted South American leaders at an Amazon summit in Belem on Tuesday, including Gustavo Petro and Luis Arce. ' +
      "Shigeru Ishiba's successor is expected to meet Lee Jae-myung next month.";
    expect(summarise('2023-08-09', text)).toEqual(['2023-08-08 meeting occurred gustavo-petro+luis-arce+luiz-inacio-lula-da-silva']);
  });

  it('reads "the pontiff", and a visit to two countries with no subject as no meeting between them', () => {
    const text = 'Pope Francis met Joe Biden on Friday. The pontiff also held private talks with Narendra Modi on Friday.';
    expect(summarise('2024-06-15', text)).toEqual([
      '2024-06-14 meeting occurred joe-biden+pope-francis',
      '2024-06-14 meeting occurred narendra-modi+pope-francis',
    ]);
    expect(summarise('2024-07-10', 'Makes introductory visit to Brunei, Malaysia')).toEqual([]);
  });

  it('reads plural counterparts of several countries, "and separately to", a delegation\'s leader and "the monarch"', () => {
    const text =
      'Ishaq Dar on Saturday received telephone calls from his Saudi, Iranian and Turkish counterparts. ' +
      'Rishi Sunak has spoken to Benjamin Netanyahu and separately to Mahmoud Abbas. ' +
      'Xi Jinping met Malaysian King Sultan Ibrahim on Wednesday, a day after hosting a delegation led by Tran Thanh Man. ' +
      'Li Qiang will meet the Malaysian monarch on Thursday.';
    expect(summarise('2025-05-11', text)).toEqual([
      '2025-05-10 call occurred faisal-bin-farhan-al-saud+ishaq-dar',
      '2025-05-10 call occurred abbas-araghchi+ishaq-dar',
      '2025-05-10 call occurred hakan-fidan+ishaq-dar',
      '2025-05-11 call occurred benjamin-netanyahu+rishi-sunak',
      '2025-05-11 call occurred mahmoud-abbas+rishi-sunak',
      '2025-05-07 meeting occurred sultan-ibrahim+xi-jinping',
      '2025-05-06 meeting occurred tran-thanh-man+xi-jinping',
      '2025-05-15 meeting planned li-qiang+sultan-ibrahim',
    ]);
  });

  it('dates an undated meeting by the last past day the story named when no interaction is dated yet', () => {
    const text =
      'West African leaders met in Abuja on Sunday for a summit. Bassirou Diomaye Faye was appointed to mediate with the juntas. ' +
      'Bola Tinubu held a bilateral meeting with Nana Akufo-Addo before the summit.';
    expect(summarise('2024-07-08', text)).toEqual(['2024-07-07 meeting occurred bola-tinubu+nana-akufo-addo']);
  });

  it('reads an ambassador with a double-barrelled name, and a meeting "days after" dated a few days back', () => {
    const text =
      'Jose Manuel Albares met Israeli ambassador Rodica Radian-Gordon in Madrid on Monday. ' +
      'Viktor Orban met Vladimir Putin in Moscow on Friday, days after visiting Kyiv where he met Volodymyr Zelensky.';
    expect(summarise('2024-07-06', text)).toEqual([
      '2024-07-01 meeting occurred jose-manuel-albares+rodica-radian-gordon',
      '2024-07-05 meeting occurred viktor-orban+vladimir-putin',
      '2024-07-02 meeting occurred viktor-orban+volodymyr-zelensky',
    ]);
  });
  it('reads a Japanese ministry readout: family names in capitals, "H.E. Mr.", and a telephone talk', () => {
    const text =
      'On March 5, commencing at 5:15 p.m. for approximately 25 minutes, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, ' +
      'held a telephone talk with H.E. Mr. CHO Tae-yul, Minister of Foreign Affairs of the Republic of Korea. Takeshi Iwaya held talks with Mr. Wang Yi on Friday.';
    expect(summarise('2025-03-10', text)).toEqual(['2025-03-05 call occurred cho-tae-yul+takeshi-iwaya', '2025-03-07 meeting occurred takeshi-iwaya+wang-yi']);
  });

  it('dates "today" by an agency dateline a day before publication, and reads no name into a headline in capitals', () => {
    const text =
      'Crown Prince Receives Phone Call from Ukrainian President\n\n' +
      'Riyadh, February 12, 2025, SPA -- Crown Prince Mohammed bin Salman received a phone call today from President Volodymyr Zelensky of Ukraine.';
    expect(summarise('2025-02-13', text)).toEqual(['2025-02-12 call occurred mohammed-bin-salman+volodymyr-zelensky']);
  });

  it('reads "the Federal Chancellor", and the last of several calls', () => {
    const text =
      'Merz and Trump had already spoken on the telephone several times in recent weeks, most recently on Sunday. ' +
      'On Monday evening, the Federal Chancellor spoke by telephone with Ukrainian President Volodymyr Zelensky.';
    expect(summarise('2025-06-03', text)).toEqual([
      '2025-06-01 call occurred donald-trump+friedrich-merz',
      '2025-06-02 call occurred friedrich-merz+volodymyr-zelensky',
    ]);
  });

  it('reads a welcome at the airport by a minister, and talks planned after a forum', () => {
    const text =
      'Samia Suluhu Hassan, who is on a three-day state visit to Kenya, was received at JKIA by Foreign Affairs Cabinet Secretary Musalia Mudavadi on Sunday evening. ' +
      'On Tuesday, Samia will address a business forum before holding talks with Deputy President Rigathi Gachagua.';
    expect(summarise('2023-10-10', text)).toEqual([
      '2023-10-08 meeting occurred musalia-mudavadi+samia-suluhu-hassan',
      '2023-10-10 meeting planned rigathi-gachagua+samia-suluhu-hassan',
    ]);
  });

  it('reads the day of the month in brackets, and keeps apart the meetings a headline lists together', () => {
    const text =
      'Lula meets Macron and Starmer in Belém\n\n' +
      'President Luiz Inácio Lula da Silva met on Thursday (6) with French President Emmanuel Macron in Belém. ' +
      'Lula also held a bilateral meeting with British Prime Minister Keir Starmer.';
    expect(summarise('2025-11-07', text)).toEqual([
      '2025-11-06 meeting occurred emmanuel-macron+luiz-inacio-lula-da-silva',
      '2025-11-06 meeting occurred keir-starmer+luiz-inacio-lula-da-silva',
    ]);
  });
  it('reads "the Chairperson" as the chairperson just named, and an unqualified Secretary-General as the UN\'s', () => {
    const text =
      'The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, on Sunday received President Félix Tshisekedi. ' +
      'On Saturday, the Chairperson held a bilateral meeting with President Paul Kagame of Rwanda.';
    expect(summarise('2024-02-20', text)).toEqual([
      '2024-02-18 meeting occurred felix-tshisekedi+moussa-faki-mahamat',
      '2024-02-17 meeting occurred moussa-faki-mahamat+paul-kagame',
    ]);
    expect(summarise('2024-10-25', 'The Secretary-General spoke on the phone today with Masoud Pezeshkian, President of Iran.')).toEqual([
      '2024-10-25 call occurred antonio-guterres+masoud-pezeshkian',
    ]);
  });

  it('keeps a trilateral summit apart from the bilateral one the same day, and reads an annual consultation', () => {
    const text =
      'Yoon Suk Yeol held his first summit with Shigeru Ishiba on Friday. Yoon, Ishiba and Joe Biden also held a trilateral summit earlier in the day. ' +
      'Anwar Ibrahim will hold the annual consultation with Prabowo Subianto in Jakarta on Jan 27, acting in consultation with Joe Biden.';
    expect(summarise('2024-11-16', text)).toEqual([
      '2024-11-15 meeting occurred shigeru-ishiba+yoon-suk-yeol',
      '2024-11-15 meeting occurred joe-biden+shigeru-ishiba+yoon-suk-yeol',
      '2025-01-27 meeting planned anwar-ibrahim+prabowo-subianto',
    ]);
  });

  it('reads an Omani style and full name, and does not date talks by the date of the thing they discussed', () => {
    const text =
      'Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs, on Saturday hosted Abbas Araghchi in Muscat. ' +
      'Gustavo Petro met Nicolás Maduro in Caracas on Tuesday. The two leaders discussed the July 28 presidential election.';
    expect(summarise('2024-04-10', text)).toEqual([
      '2024-04-06 meeting occurred abbas-araghchi+badr-albusaidi',
      '2024-04-09 meeting occurred gustavo-petro+nicolas-maduro',
    ]);
  });
});
