// Names the linker finds since the recall work of 2026-11 (docs/linking.md, "Deciding"), each with the case it must still refuse.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../dataset/schema.ts';
import { buildNameIndex, createLinker, type LinkOptions } from './index.ts';
import { descriptionProminence, prominenceOf } from './build-index.ts';

const cite = { src: 'test', asOf: '2024-01-01' };
const entity = (id: string, type: Entity['type'], name: string, aliases: string[] = [], extra: Partial<Entity> = {}): Entity => ({ id, type, name, aliases, countries: [], ...extra });
const legislator = (country: string) => ({ offices: [{ title: 'member of parliament', role: 'legislator' as const, country, start: '2010-01-01', end: '2012-01-01', cite }], countries: [country] });

const ENTITIES: Entity[] = [
  entity('Q718127', 'person', 'Luis Gutierrez', [], legislator('US')),
  entity('Q609189', 'person', 'Jesse Jackson junior', [], legislator('US')),
  entity('Q531247', 'person', 'Ray Mabus', [], { countries: ['US'], prominence: 0.7 }),
  entity('Q18164278', 'person', 'Angela Rayner', [], legislator('GB')),
  entity('Q9626', 'organization', 'Conservatives', ['Conservative Party', 'Tory', 'Tories'], { countries: ['GB'], prominence: 0.55 }),
  entity('Q9630', 'organization', 'Labour', ['Labour Party'], { countries: ['GB'] }),
  entity('Q30', 'country', 'United States', ['US'], { countries: ['US'] }),
];
const linker = createLinker(JSON.parse(JSON.stringify(buildNameIndex(ENTITIES))));
const ids = (text: string, opts?: LinkOptions) => linker.link(text, opts).map((m) => [m.surface, m.id]);

describe('support for a full name', () => {
  it('takes an office written in lower case before the name, not any word', () => {
    expect(ids('Illinois congressman Luis Gutierrez said.')).toEqual([['Luis Gutierrez', 'Q718127']]);
    expect(ids('The actor Luis Gutierrez said.')).toEqual([]);
  });

  it('reads "Jr." for "junior"', () => {
    expect(ids('Illinois congressman Jesse Jackson Jr. is in Minnesota.')).toEqual([['Jesse Jackson Jr', 'Q609189']]);
  });

  it('takes a party of one country named in the text as its country', () => {
    expect(ids('Tory MP Chris Clarkson clashes with Angela Rayner.')).toEqual([
      ['Tory', 'Q9626'],
      ['Angela Rayner', 'Q18164278'],
    ]);
    expect(ids('Chris Clarkson clashes with Angela Rayner.')).toEqual([]);
  });
});

describe('longer names', () => {
  it('reads "<office> of the <Name>" before a full name as a title', () => {
    expect(ids('Secretary of the Navy Ray Mabus said.')).toEqual([['Ray Mabus', 'Q531247']]);
    expect(ids('The University of the Navy Ray Mabus Library opened.')).toEqual([]);
  });

  it('finds a party written with a lower-case "party"', () => {
    expect(ids('A poll showed the opposition Labour party ahead.')).toEqual([['Labour party', 'Q9630']]);
  });

  it('does not take a verb after "U.S." for a noun it qualifies', () => {
    expect(ids('Few areas in U.S. get high ratings.')).toEqual([['U.S', 'Q30']]);
    expect(ids('The U.S. economy grew.')).toEqual([]);
  });
});

describe('prominence from a description', () => {
  it('counts a head of state or government and a minister, not a deputy or a chamber', () => {
    expect(descriptionProminence('Chancellor of Germany')).toBe(0.8);
    expect(descriptionProminence('British politician and former Prime Minister of the United Kingdom')).toBe(0.8);
    expect(descriptionProminence('Minister of Finance of Slovenia')).toBe(0.6);
    expect(descriptionProminence('Vice President of the United States')).toBe(0);
    expect(descriptionProminence('President of the Senate of Italy')).toBe(0);
    expect(descriptionProminence('American actor')).toBe(0);
    expect(prominenceOf(entity('Q567', 'person', 'Angela Merkel', [], { description: { text: 'Chancellor of Germany', cite } }))).toBeCloseTo(0.9);
  });
});
