import { describe, expect, it } from 'vitest';
import { summarise } from './summarise.test-helper.ts';

describe('interactions that did not happen, or are not contacts, are not events', () => {
  it.each([
    ['2024-11-11', 'The Kremlin on Monday denied reports that Donald Trump had spoken with Vladimir Putin last week.'],
    ['2025-10-22', 'Trump calls off summit with Putin'],
    ['2023-04-14', 'Lula had been due to visit Beijing in March but postponed the trip.'],
    ['2023-10-12', 'Officials said a planned call between Abdel Fattah el-Sisi and Benjamin Netanyahu had not taken place.'],
    ['2024-11-14', 'Javier Milei will travel to Rio next week for the G20 summit, hosted by Brazilian President Luiz Inacio Lula da Silva.'],
    ['2025-04-24', "South Africa will host the G20 leaders' summit in Johannesburg in November."],
  ])('%s: %s', (published, text) => {
    expect(summarise(published, text)).toEqual([]);
  });
});

describe('planned or occurred', () => {
  it('reads "agree to" as planning only the interaction it governs', () => {
    expect(summarise('2023-06-19', 'Macron and Scholz agree to deepen defence ties during talks in Paris')).toEqual([
      '2023-06-19 meeting occurred emmanuel-macron+olaf-scholz',
    ]);
    expect(summarise('2023-06-19', 'Macron and Scholz agreed to hold talks again on Friday.')).toEqual([
      '2023-06-23 meeting planned emmanuel-macron+olaf-scholz',
    ]);
  });

  it('keeps a call over the phone a call when the sentence also plans to meet in person', () => {
    expect(summarise('2025-06-07', 'Lee Jae Myung and Donald Trump talked over the phone on Friday and agreed to meet in person soon.')).toEqual([
      '2025-06-06 call occurred donald-trump+lee-jae-myung',
    ]);
  });

  it('reads a strategic dialogue as talks', () => {
    expect(summarise('2023-10-13', 'Josep Borrell held a strategic dialogue with Wang Yi in Beijing on Friday.')).toEqual([
      '2023-10-13 meeting occurred josep-borrell+wang-yi',
    ]);
  });

  it('keeps "after speaking to" in the past even in a sentence about plans', () => {
    const text = 'Volodymyr Zelensky on Saturday said he will travel to Washington for a meeting with Donald Trump on Monday after speaking to him for an hour.';
    expect(summarise('2025-08-16', text)).toEqual([
      '2025-08-18 meeting planned donald-trump+volodymyr-zelensky',
      '2025-08-16 call occurred donald-trump+volodymyr-zelensky',
    ]);
  });

  it('reads a headline’s appended "…, to meet X on Friday" as a plan', () => {
    expect(summarise('2024-09-26', 'Zelensky meets Biden, Harris at White House, to meet Trump on Friday')).toEqual([
      '2024-09-26 meeting occurred joe-biden+volodymyr-zelensky',
      '2024-09-27 meeting planned donald-trump+volodymyr-zelensky',
    ]);
  });

  it('does not let a plan after a comma make an earlier clause planned', () => {
    expect(summarise('2025-07-17', 'Keir Starmer hosted Emmanuel Macron on Tuesday, and is expected to travel to Berlin in the autumn.')).toEqual([
      '2025-07-15 meeting occurred emmanuel-macron+keir-starmer',
      '2025-07-17 meeting planned germany+keir-starmer',
    ]);
  });
});
