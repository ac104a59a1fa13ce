import { describe, expect, it } from 'vitest';
import { summarise } from './summarise.test-helper.ts';

describe('subjects', () => {
  it.each([
    ['2023-11-07', 'Anthony Albanese, who landed in Beijing on Saturday, held talks with Xi Jinping on Monday.', '2023-11-06 meeting occurred anthony-albanese+xi-jinping'],
    ['2024-10-19', 'The foreign secretary, David Lammy, met Wang Yi in Beijing on Friday.', '2024-10-18 meeting occurred david-lammy+wang-yi'],
    // A country's possessive before each of a pair of people qualifies that person only.
    ['2025-05-17', "Ukraine's Andrii Sybiha and Russia's Sergei Lavrov held talks in Antalya on Thursday.", '2025-05-15 meeting occurred andrii-sybiha+sergei-lavrov'],
    ['2025-05-17', "Ukraine's Andrii Sybiha held talks with Sergei Lavrov in Antalya on Thursday.", '2025-05-15 meeting occurred andrii-sybiha+sergei-lavrov'],
    // A verb after a group is no adjective: the group is the subject, not a qualifier of "talks".
    ['2024-07-24', 'Hamas held talks with Fatah in Beijing on Tuesday.', '2024-07-23 meeting occurred fatah+hamas'],
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

  it.each([
    ['2025-07-08', 'Emmanuel Macron is also due to meet the Conservative leader, Kemi Badenoch, during the visit.', ['2025-07-08 meeting planned emmanuel-macron+kemi-badenoch']],
    ['2024-11-14', "Rafael Grossi also met the head of Iran's Atomic Energy Organization, Mohammad Eslami, on Thursday.", ['2024-11-14 meeting occurred mohammad-eslami+rafael-grossi']],
    ['2023-04-12', "Joe Biden met the leaders of the main parties, including Sinn Féin's Michelle O'Neill and the DUP's Jeffrey Donaldson, on Wednesday.", [
      '2023-04-12 meeting occurred jeffrey-donaldson+joe-biden+michelle-oneill',
    ]],
    ['2024-11-08', 'Yoon Suk Yeol will travel to Peru and Brazil next week for the APEC and G20 summits.', [
      '2024-11-15 meeting planned peru+yoon-suk-yeol',
      '2024-11-15 meeting planned brazil+yoon-suk-yeol',
    ]],
  ])('reads the names a description stands for, one visit per country: %s', (published, text, expected) => {
    expect(summarise(published, text)).toEqual(expected);
  });

  it('adds whoever mediated the talks to the meeting, but not a mediator of something the clause merely mentions', () => {
    const mediated = "Abbas Araghchi and Steve Witkoff held a second round of talks in Rome on Saturday, mediated by Oman's Foreign Minister Badr Albusaidi.";
    expect(summarise('2025-04-20', mediated)).toEqual(['2025-04-19 meeting occurred abbas-araghchi+badr-albusaidi+steve-witkoff']);
    const mentioned = 'Abbas Araghchi met Hakan Fidan in Ankara on Saturday and praised the ceasefire brokered by Qatar.';
    expect(summarise('2025-04-20', mentioned)).toEqual(['2025-04-19 meeting occurred abbas-araghchi+hakan-fidan']);
  });

  it('steps over an organisation and its capitalised title to the official', () => {
    expect(summarise('2024-11-15', 'Economy Minister Luis Caputo met IMF Managing Director Kristalina Georgieva in Washington last month.')).toEqual([
      '2024-10-01 meeting occurred kristalina-georgieva+luis-caputo',
    ]);
  });

  it('reads an object pronoun as the other person named before it', () => {
    const text = 'Olaf Scholz briefed the Ukrainian president, Volodymyr Zelenskyy, on Friday and spoke with him again afterwards.';
    expect(summarise('2024-11-15', text)).toEqual(['2024-11-15 call occurred olaf-scholz+volodymyr-zelensky']);
  });

  it.each([
    ['2025-06-07', 'Foreign Minister Cho Tae-yul met U.S. Ambassador Philip Goldberg on Thursday.', ['2025-06-05 meeting occurred cho-tae-yul+philip-goldberg']],
    ['2023-10-12', 'Antony Blinken will travel to Jordan on Friday to meet King Abdullah II and Mahmoud Abbas, the State Department said.', [
      '2023-10-13 meeting planned abdullah-ii+antony-blinken+mahmoud-abbas',
    ]],
    ['2023-10-12', 'Antony Blinken is expected to visit Qatar and the United Arab Emirates.', [
      '2023-10-12 meeting planned antony-blinken+qatar',
      '2023-10-12 meeting planned antony-blinken+united-arab-emirates',
    ]],
  ])('reads newcomers after a title word, stops at the source of a report: %s', (published, text, expected) => {
    expect(summarise(published, text)).toEqual(expected);
  });
});

describe('whose interaction', () => {
  it('gives "his meeting" in a relative clause to the person the clause is about', () => {
    const text = 'Narendra Modi on Monday received a phone call from Vladimir Putin, who briefed him on his meeting with Donald Trump in Alaska last week.';
    expect(summarise('2025-08-18', text)).toEqual([
      '2025-08-18 call occurred narendra-modi+vladimir-putin',
      '2025-08-11 meeting occurred donald-trump+vladimir-putin',
    ]);
  });

  it('does not make the subject a party to an event it merely discusses', () => {
    expect(summarise('2025-08-18', 'Modi receives call from Putin, discusses Alaska summit with Trump')).toEqual([
      '2025-08-18 call occurred narendra-modi+vladimir-putin',
    ]);
  });

  it('adds whoever "joined the call" to the call just reported', () => {
    const text = 'Donald Trump had a phone call with Volodymyr Zelenskyy on Wednesday. Billionaire Elon Musk also joined the call.';
    expect(summarise('2024-11-11', text)).toEqual(['2024-11-06 call occurred donald-trump+elon-musk+volodymyr-zelensky']);
  });

  it.each([
    ['2023-02-08', 'Emmanuel Macron and Olaf Scholz spoke by phone on Tuesday to coordinate their positions.', ['2023-02-07 call occurred emmanuel-macron+olaf-scholz']],
    ['2024-09-26', 'Zelensky met with Pennsylvania Governor Josh Shapiro and Republican candidate Donald Trump on Monday.', [
      '2024-09-23 meeting occurred donald-trump+josh-shapiro+volodymyr-zelensky',
    ]],
  ])('reads joint subjects with a purpose, and people behind descriptions: %s', (published, text, expected) => {
    expect(summarise(published, text)).toEqual(expected);
  });

  it('reads "called on" and "a courtesy call on" as visits, and "called on X to" as no contact', () => {
    const text =
      'S Jaishankar on Monday called on Sri Lankan President Anura Kumara Dissanayake. Jaishankar also paid a courtesy call on Prime Minister Harini Amarasuriya. ' +
      'Jaishankar called on Russia to withdraw its troops. He had a phone call on Wednesday with Wang Yi.';
    expect(summarise('2024-12-16', text)).toEqual([
      '2024-12-16 meeting occurred anura-kumara-dissanayake+subrahmanyam-jaishankar',
      '2024-12-16 meeting occurred harini-amarasuriya+subrahmanyam-jaishankar',
      '2024-12-11 call occurred subrahmanyam-jaishankar+wang-yi',
    ]);
  });

  it('reads "called on" a host introduced by "his" or "the" as a visit, and not a call on a topic', () => {
    const text =
      'Antony Blinken called on his Chinese counterpart Wang Yi in Beijing on Monday. ' +
      'S Jaishankar called on the Sri Lankan Prime Minister Harini Amarasuriya on Tuesday. ' +
      'Blinken and Jaishankar held a call on the Red Sea on Thursday. ' +
      'Blinken and Wang Yi held a call on the general situation in the Middle East on Friday. ' +
      'Blinken called on the Israeli prime minister, Benjamin Netanyahu, to agree to a ceasefire.';
    expect(summarise('2024-12-18', text)).toEqual([
      '2024-12-16 meeting occurred antony-blinken+wang-yi',
      '2024-12-17 meeting occurred harini-amarasuriya+subrahmanyam-jaishankar',
      '2024-12-12 call occurred antony-blinken+subrahmanyam-jaishankar',
      '2024-12-13 call occurred antony-blinken+wang-yi',
    ]);
  });

  it('does not make the object of one verb the subject of the next', () => {
    expect(summarise('2024-12-16', 'Jaishankar calls on Sri Lankan President Dissanayake, holds talks with counterpart Herath')).toEqual([]);
  });

  it('does not make a gathering on whose margins talks were held another party', () => {
    const text = 'Yoko Kamikawa held talks with Wang Yi in Busan on Sunday on the margins of a trilateral ministerial meeting with South Korea.';
    expect(summarise('2023-11-27', text)).toEqual(['2023-11-26 meeting occurred wang-yi+yoko-kamikawa']);
  });

  it.each([
    ['2025-06-14', 'Vladimir Putin held phone talks with Masoud Pezeshkian and with Benjamin Netanyahu on Friday.', [
      '2025-06-13 call occurred masoud-pezeshkian+vladimir-putin',
      '2025-06-13 call occurred benjamin-netanyahu+vladimir-putin',
    ]],
    ['2023-10-09', 'Hakan Fidan on Sunday held separate phone calls with his Israeli, Palestinian and Egyptian counterparts, Eli Cohen, Riyad al-Maliki and Sameh Shoukry.', [
      '2023-10-08 call occurred eli-cohen+hakan-fidan',
      '2023-10-08 call occurred hakan-fidan+riyad-al-maliki',
      '2023-10-08 call occurred hakan-fidan+sameh-shoukry',
    ]],
    ['2023-11-29', 'Sheikh Tamim bin Hamad Al Thani met a Hamas delegation led by Ismail Haniyeh in Doha on Tuesday.', [
      '2023-11-28 meeting occurred hamas+ismail-haniyeh+tamim-bin-hamad-al-thani',
    ]],
    ['2023-11-29', 'William Burns and David Barnea were in Doha on Tuesday for talks with Sheikh Mohammed bin Abdulrahman Al Thani.', [
      '2023-11-28 meeting occurred david-barnea+mohammed-bin-abdulrahman-al-thani+william-burns',
    ]],
  ])('reads "and with" as separate, plural counterparts named after them, a delegation with its head, a whole subject list: %s', (published, text, expected) => {
    expect(summarise(published, text)).toEqual(expected);
  });

  it('gives an interaction in a "whose members" clause to the clause’s antecedent', () => {
    const text = 'Friedrich Merz praised the coalition of the willing, whose members held a video call with Volodymyr Zelenskyy on Monday.';
    expect(summarise('2025-07-17', text)).toEqual(['2025-07-14 call occurred coalition-of-the-willing+volodymyr-zelensky']);
  });

  it('reads a qualified group as a description of the people it includes', () => {
    expect(summarise('2024-07-11', 'Volodymyr Zelenskyy also met U.S. congressional leaders, including House Speaker Mike Johnson, on Wednesday.')).toEqual([
      '2024-07-10 meeting occurred mike-johnson+volodymyr-zelensky',
    ]);
  });

  it.each([
    ['2021-11-16', 'Chinese Vice Premier Liu He and U.S. Treasury Secretary Janet Yellen held a video call last month.', ['2021-10-01 call occurred janet-yellen+liu-he']],
    ['2023-06-22', 'Lula had lunch with Paris Mayor Anne Hidalgo on Wednesday.', ['2023-06-21 meeting occurred anne-hidalgo+luiz-inacio-lula-da-silva']],
  ])('reads a subject list past a qualifier, and meals as meetings: %s', (published, text, expected) => {
    expect(summarise(published, text)).toEqual(expected);
  });

  it.each([
    ['2023-07-09', 'Gustavo Petro and Lula met on Saturday in Leticia. The two leftist leaders, who last met in Brasilia in May, agreed to work together.', [
      '2023-07-08 meeting occurred gustavo-petro+luiz-inacio-lula-da-silva',
      '2023-05-01 meeting occurred gustavo-petro+luiz-inacio-lula-da-silva',
    ]],
    ['2024-11-09', 'After China, Prabowo Subianto will travel to the United States, where he is expected to meet President Joe Biden on Tuesday.', [
      '2024-11-12 meeting planned joe-biden+prabowo-subianto',
    ]],
  ])('reads "the two <adjective> leaders, who…" and leaves a fronted phrase out of the subject: %s', (published, text, expected) => {
    expect(summarise(published, text)).toEqual(expected);
  });

  it('leaves a fronted participle out of the subject and gives the next "he" to the subject', () => {
    const text = 'Before meeting Donald Trump, Narendra Modi held talks with tech billionaire Elon Musk. He also met National Security Adviser Mike Waltz.';
    expect(summarise('2025-02-13', text)).toEqual([
      '2025-02-13 meeting occurred elon-musk+narendra-modi',
      '2025-02-13 meeting occurred mike-waltz+narendra-modi',
    ]);
  });
});
