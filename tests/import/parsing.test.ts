import { describe, expect, it } from 'vitest';
import { interactionForCode, interactionForLabel, normaliseCameoCode } from '../../src/import/cameo.ts';
import { detectSeparator, splitDelimited } from '../../src/import/delimited.ts';
import { parseDictionary, parseIcewsRow } from '../../src/import/icews.ts';
import { addDays } from '../../src/model/dates.ts';
import { guessKind, parseSectorName, sectorDisplayName, tidyCapitals, tidyName } from '../../src/import/names.ts';
import { WrongFileError } from '../../src/import/tally.ts';

describe('CAMEO mapping', () => {
  it('keeps 040-046 by default, 041 as a call and the rest as meetings', () => {
    expect(interactionForCode('041', false)).toMatchObject({ type: 'call', label: 'Discuss by telephone' });
    for (const code of ['040', '042', '043', '044', '045', '046']) expect(interactionForCode(code, false)?.type).toBe('meeting');
    expect(interactionForCode('190', false)).toBeUndefined();
    expect(interactionForCode('047', false)).toBeUndefined();
  });

  it('maps ICEWS relation names to the same CAMEO entries', () => {
    expect(interactionForLabel('Discuss_by_telephone', false)).toMatchObject({ code: '041', type: 'call' });
    expect(interactionForLabel("Meet_at_a_'third'_location", false)).toMatchObject({ code: '044', type: 'meeting' });
    expect(interactionForLabel('Make_statement', false)).toBeUndefined();
  });

  it('keeps other types as meetings labelled with what they are under --all-types', () => {
    expect(interactionForCode('190', true)).toEqual({ code: '190', label: 'Fight (CAMEO 190)', type: 'meeting' });
    expect(interactionForLabel('Use_conventional_military_force', true)).toEqual({ code: '', label: 'Use conventional military force', type: 'meeting' });
  });

  it('restores the leading zero that exports drop, using the root code', () => {
    expect(normaliseCameoCode('40', '4')).toBe('040');
    expect(normaliseCameoCode('043', '04')).toBe('043');
    expect(normaliseCameoCode('12', '1')).toBe('012');
    expect(normaliseCameoCode('1043', '10')).toBe('1043');
    expect(normaliseCameoCode('190', '19')).toBe('190');
    expect(normaliseCameoCode('40', '19')).toBeUndefined();
    expect(normaliseCameoCode('abc', '4')).toBeUndefined();
  });
});

describe('delimited lines', () => {
  it('splits quoted CSV with commas inside quotes and unquoted NULLs', () => {
    expect(splitDelimited('"1","a, b",NULL,"say ""hi""",""', ',')).toEqual(['1', 'a, b', '', 'say "hi"', '']);
  });

  it('splits tab-separated lines and reports broken quoting', () => {
    expect(splitDelimited('1\tCHN\t\tNULL', '\t')).toEqual(['1', 'CHN', '', '']);
    expect(splitDelimited('"1","open', ',')).toMatch(/unterminated quote in field 2/);
    expect(detectSeparator('1\t2')).toBe('\t');
    expect(detectSeparator('"1","2"')).toBe(',');
  });
});

describe('ICEWS rows', () => {
  it('parses id lines and rejects anything else as the wrong file', () => {
    expect(parseDictionary('China\t0\nBarack_Obama\t4\n', 'entity2id.txt')).toEqual(new Map([[0, 'China'], [4, 'Barack_Obama']]));
    expect(() => parseDictionary('{"format": 1}', 'entity2id.txt')).toThrow(WrongFileError);
    expect(() => parseDictionary('{"format": 1}', 'entity2id.txt')).toThrow(/entity2id.txt:1: expected "name<TAB>id"/);
  });

  it('parses quadruples and names the problem with a bad one', () => {
    expect(parseIcewsRow('4\t4\t0\t528\t-1')).toEqual({ subject: 4, relation: 4, object: 0, time: 528 });
    expect(parseIcewsRow('4\t4\t0\t528')).toEqual({ subject: 4, relation: 4, object: 0, time: 528 });
    expect(parseIcewsRow('4 4 0 528')).toMatch(/expected 4 or 5 tab-separated fields, found 1/);
    expect(parseIcewsRow('4\tx\t0\t528\t-1')).toMatch(/whole numbers/);
  });

  it('counts days from the start date across month and year ends', () => {
    expect(addDays('2014-01-01', 0)).toBe('2014-01-01');
    expect(addDays('2014-01-01', 22)).toBe('2014-01-23');
    expect(addDays('2014-01-01', 364)).toBe('2014-12-31');
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
  });
});

describe('actor names', () => {
  it('tidies underscores, keeping the spelling otherwise', () => {
    expect(tidyName('Barack_Obama')).toBe('Barack Obama');
    expect(tidyName('Kim_Jong-Un')).toBe('Kim Jong-Un');
    expect(tidyName('RENAMO')).toBe('RENAMO');
  });

  it('title-cases GDELT capitals but keeps short acronyms', () => {
    expect(tidyCapitals('UNITED STATES')).toBe('United States');
    expect(tidyCapitals('BANK OF CHINA')).toBe('Bank of China');
    expect(tidyCapitals('THE US')).toBe('The US');
    expect(tidyCapitals('UN SECURITY COUNCIL')).toBe('UN Security Council');
    expect(tidyCapitals('Already Mixed')).toBe('Already Mixed');
  });

  it('reads the parent of a sector, nested parentheses included', () => {
    expect(parseSectorName('Police (Nigeria)')).toEqual({ sector: 'Police', parent: 'Nigeria' });
    expect(parseSectorName('Military (Govt) (Zimbabwe)')).toEqual({ sector: 'Military (Govt)', parent: 'Zimbabwe' });
    expect(parseSectorName('Ministry (Holy See (Vatican City State))')).toEqual({ sector: 'Ministry', parent: 'Holy See (Vatican City State)' });
    expect(parseSectorName('Barack Obama')).toBeUndefined();
    expect(sectorDisplayName('Citizen')).toBe('Citizens');
    expect(sectorDisplayName('Police')).toBe('Police');
  });

  it('guesses kinds from the words of a name', () => {
    expect(guessKind('Central Intelligence Agency')).toBe('institution');
    expect(guessKind('Bangladesh Nationalist Party')).toBe('group');
    expect(guessKind('Middle East')).toBe('group');
    expect(guessKind('Mahinda Rajapaksa')).toBe('person');
  });
});
