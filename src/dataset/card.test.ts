import { describe, expect, it } from 'vitest';
import { buildCard, officesAt } from './card.ts';
import type { Entity, Source } from './schema.ts';

const sources = new Map<string, Source>([
  ['wikidata-officeholders', { id: 'wikidata-officeholders', name: 'Wikidata office-holder extracts', url: 'https://www.wikidata.org/', licence: 'CC0', asOf: '2022-07' }],
  ['ofac-sdn', { id: 'ofac-sdn', name: 'OFAC SDN list', url: 'https://sanctionssearch.ofac.treas.gov/', licence: 'public domain', asOf: '2024-05-03' }],
]);
const web = (url: string, asOf: string) => ({ src: 'web', url, asOf });

const person: Entity = {
  id: 'Q1',
  type: 'person',
  name: 'Ana Example',
  aliases: [],
  countries: ['RS'],
  offices: [
    { title: 'Prime Minister of Serbia', role: 'head_of_government', country: 'RS', start: '2014-04-27', end: '2017-05-31', cite: web('https://example.org/pm', '2017-05-31') },
    { title: 'President of Serbia', role: 'head_of_state', country: 'RS', start: '2017-05-31', end: null, cite: web('https://example.org/president', '2026-01-01') },
    { title: 'Minister of Defence', role: 'minister', country: 'RS', start: '2020', end: null, cite: { src: 'wikidata-officeholders', asOf: '2022-07' } },
  ],
  sanctions: [
    { authority: 'US Treasury (OFAC)', program: 'Western Balkans', listed: '2023-07-11', evidence: 'curated', cite: web('https://example.org/ofac', '2023-07-11') },
    { authority: 'EU', program: 'Somewhere', listed: '2020-01-01', evidence: 'name-only', details: 'born 1970', cite: { src: 'ofac-sdn', asOf: '2024-05-03' } },
  ],
};

describe('buildCard', () => {
  it('shows the offices held on the article date, head of state first', () => {
    const card = buildCard(person, sources, '2024-10-24');
    expect(card.atDate.offices.map((o) => o.title)).toEqual(['President of Serbia', 'Minister of Defence']);
    expect(card.headline).toBe('President of Serbia · under US Treasury (OFAC) sanctions since 2023');
  });

  it('says "as of" for an open-ended office whose source predates the article', () => {
    const card = buildCard(person, sources, '2024-10-24');
    const defence = card.atDate.offices.find((o) => o.title === 'Minister of Defence')!;
    expect(defence.asOfOnly).toBe(true);
    expect(defence.source).toEqual({ name: 'Wikidata office-holder extracts', url: 'https://www.wikidata.org/', asOf: '2022-07' });
    expect(card.atDate.offices.find((o) => o.title === 'President of Serbia')!.asOfOnly).toBe(false);
  });

  it('answers for an earlier date with the office held then, and no sanction yet in the headline', () => {
    const card = buildCard(person, sources, '2015-03-01');
    expect(card.atDate.offices.map((o) => o.title)).toEqual(['Prime Minister of Serbia']);
    expect(card.headline).toBe('Prime Minister of Serbia');
    // Listed later than the article, the sanction is still on the card, dated.
    expect(card.sanctions).toHaveLength(1);
  });

  it('never states a name-only sanctions match as a fact', () => {
    const card = buildCard(person, sources, '2024-10-24');
    expect(card.sanctions.map((s) => s.authority)).toEqual(['US Treasury (OFAC)']);
    expect(card.possibleSanctions).toEqual([
      expect.objectContaining({ authority: 'EU', details: 'born 1970' }),
    ]);
  });

  it('names the web page a curated fact cites by its host', () => {
    const card = buildCard(person, sources, '2024-10-24');
    expect(card.sanctions[0].source).toEqual({ name: 'example.org', url: 'https://example.org/ofac', asOf: '2023-07-11' });
  });

  it('notes a title in the text that disagrees with the offices on the date', () => {
    const card = buildCard(person, sources, '2024-10-24', { titleInText: 'Prime Minister' });
    expect(card.titleCheck?.saidInText).toBe('Prime Minister');
    expect(card.titleCheck?.note).toMatch(/President of Serbia/);
    expect(card.titleCheck?.note).toMatch(/Prime Minister of Serbia 2014–2017/);
    expect(buildCard(person, sources, '2024-10-24', { titleInText: 'President' }).titleCheck).toBeNull();
  });

  it('compares partial dates at the precision they have', () => {
    const offices = officesAt(person.offices!, '2020-01-15');
    expect(offices.map((o) => o.title)).toEqual(['President of Serbia', 'Minister of Defence']);
    expect(officesAt(person.offices!, '2019-12-31').map((o) => o.title)).toEqual(['President of Serbia']);
  });

  it('describes an outlet by its state affiliation', () => {
    const outlet: Entity = {
      id: 'Q2',
      type: 'outlet',
      name: 'Example News',
      aliases: [],
      countries: ['RU'],
      outlet: { domains: ['example.ru'], state: { country: 'RU', stateName: 'Russia', kind: 'state-owned', cite: web('https://example.org/s', '2024-01-01') } },
      designations: [{ by: 'Council of the EU', label: 'broadcasting suspended in the EU', date: '2022-03-02', cite: web('https://example.org/eu', '2022-03-02') }],
    };
    const card = buildCard(outlet, sources, '2024-10-24');
    expect(card.headline).toBe('state-owned (Russia)');
    expect(card.stateAffiliation?.state).toBe('Russia');
    expect(card.countries).toEqual(['Russia']);
  });
});
