import { describe, expect, it } from 'vitest';
import { buildGazetteer, loadGazetteer } from '../../src/extract/gazetteer.ts';
import type { GazetteerEntry } from '../../src/extract/gazetteer-types.ts';
import { gdeltActor, type GdeltActorFields } from '../../src/import/gdelt-actors.ts';
import { icewsActor } from '../../src/import/icews-actors.ts';

const entries: GazetteerEntry[] = [
  { id: 'barack-obama', name: 'Barack Obama', kind: 'person', country: 'US', aliases: ['Obama'],
    roles: [{ title: 'President', office: 'head-of-state', country: 'US', from: '2009-01-20', to: '2017-01-20' }] },
  { id: 'china', name: 'China', kind: 'country', code: 'CN', aliases: ["People's Republic of China"], capital: 'Beijing' },
  { id: 'usa', name: 'United States', kind: 'country', code: 'US', aliases: ['US'], capital: 'Washington' },
  { id: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'person', country: 'RU' },
  { id: 'nato', name: 'North Atlantic Treaty Organization', kind: 'institution', aliases: ['NATO'] },
  { id: 'john-smith-uk', name: 'John Smith', kind: 'person', country: 'GB' },
  { id: 'john-smith-au', name: 'John Smith', kind: 'person', country: 'AU' },
];
const gazetteer = buildGazetteer(entries);

const gdelt = (fields: Partial<GdeltActorFields>): GdeltActorFields => ({
  code: '', name: '', countryCode: '', knownGroupCode: '', type1Code: '', ...fields,
});

describe('ICEWS actors', () => {
  it('links people and countries to their gazetteer entries, remembering the ICEWS spelling', () => {
    expect(icewsActor('Barack_Obama', gazetteer)).toMatchObject({ id: 'barack-obama', kind: 'person', country: 'US', roles: [{ title: 'President' }] });
    expect(icewsActor('China', gazetteer)).toMatchObject({ id: 'china', name: 'China', kind: 'country', country: 'CN' });
    expect(icewsActor('North_Atlantic_Treaty_Organization', gazetteer)).toMatchObject({ id: 'nato', kind: 'institution' });
  });

  it('links a full name with middle names to the person the gazetteer knows by first and last name', () => {
    expect(icewsActor('Sergey_Viktorovich_Lavrov', gazetteer)).toMatchObject({ id: 'sergey-lavrov', aliases: ['Sergey Viktorovich Lavrov'] });
    expect(icewsActor('Barack_Hussein_Obama', gazetteer).id).toBe('barack-obama');
    expect(icewsActor('John_Peter_Smith', gazetteer).id).toBe('john-peter-smith');
  });

  it('keeps countries missing from the gazetteer as countries with their ISO code', () => {
    expect(icewsActor('South_Sudan', gazetteer)).toEqual({ id: 'south-sudan', name: 'South Sudan', kind: 'country', aliases: [], country: 'SS' });
  });

  it('makes sector actors groups of their country', () => {
    expect(icewsActor('Citizen_(India)', gazetteer)).toEqual({
      id: 'citizen-india', name: 'Citizens (India)', kind: 'group', aliases: ['Citizen (India)'], country: 'IN',
    });
    expect(icewsActor('Police_(Nigeria)', gazetteer)).toMatchObject({ id: 'police-nigeria', name: 'Police (Nigeria)', kind: 'group', country: 'NG' });
    expect(icewsActor('Foreign_Affairs_(China)', gazetteer)).toMatchObject({ kind: 'group', country: 'CN' });
    expect(icewsActor('Militant_(Hamas)', gazetteer)).toEqual({ id: 'militant-hamas', name: 'Militants (Hamas)', kind: 'group', aliases: ['Militant (Hamas)'] });
  });

  it('does not guess between two entries of the same name, nor take a capital for its country', () => {
    expect(icewsActor('John_Smith', gazetteer)).toEqual({ id: 'john-smith', name: 'John Smith', kind: 'person', aliases: [] });
    expect(icewsActor('Washington', gazetteer).kind).not.toBe('country');
  });
});

describe('GDELT actors', () => {
  it('takes a bare country code for the country, whatever place name the text used', () => {
    expect(gdeltActor(gdelt({ code: 'USA', name: 'IOWA', countryCode: 'USA' }), gazetteer)).toMatchObject({ id: 'usa', kind: 'country' });
    expect(gdeltActor(gdelt({ code: 'CHN', name: 'BEIJING', countryCode: 'CHN' }), gazetteer)).toMatchObject({ id: 'china', kind: 'country' });
    expect(gdeltActor(gdelt({ code: 'ROM', name: 'ROMANIA', countryCode: 'ROM' }), gazetteer)).toMatchObject({ id: 'romania', country: 'RO' });
  });

  it('makes typed national actors sector groups, unless the name is a known person of that country', () => {
    expect(gdeltActor(gdelt({ code: 'USAGOV', name: 'UNITED STATES', countryCode: 'USA', type1Code: 'GOV' }), gazetteer)).toEqual({
      id: 'government-united-states', name: 'Government (United States)', kind: 'group', aliases: [], country: 'US',
    });
    expect(gdeltActor(gdelt({ code: 'USAGOV', name: 'BARACK OBAMA', countryCode: 'USA', type1Code: 'GOV' }), gazetteer)).toMatchObject({
      id: 'barack-obama', aliases: ['Obama'],
    });
    expect(gdeltActor(gdelt({ code: 'CHNGOV', name: 'BARACK OBAMA', countryCode: 'CHN', type1Code: 'GOV' }), gazetteer)?.id).toBe('government-china');
  });

  it('names actors without a country after themselves and reports a missing side as none', () => {
    expect(gdeltActor(gdelt({ code: 'NGO', name: 'HUMAN RIGHTS WATCH' }), gazetteer)).toEqual({ id: 'human-rights-watch', name: 'Human Rights Watch', kind: 'institution', aliases: [] });
    expect(gdeltActor(gdelt({ code: 'IGOEUREEC', name: 'EUROPE' }), gazetteer)).toMatchObject({ name: 'Europe', kind: 'group' });
    expect(gdeltActor(gdelt({}), gazetteer)).toBeUndefined();
  });
});

describe('the bundled gazetteer', () => {
  // The gazetteer data grows; these well-known names must link to it, as article ingest does.
  const bundled = loadGazetteer();

  it('links Barack_Obama to barack-obama and China to its country entry', () => {
    expect(icewsActor('Barack_Obama', bundled).id).toBe('barack-obama');
    const china = bundled.countryByCode.get('CN');
    expect(china).toBeDefined();
    expect(icewsActor('China', bundled)).toMatchObject({ id: china!.id, kind: 'country', country: 'CN' });
    expect(icewsActor('Citizen_(India)', bundled).country).toBe('IN');
  });
});
