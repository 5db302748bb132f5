import { describe, expect, it } from 'vitest';
import type { Entity, Office } from '../schema.ts';
import { countryHeadsFromCurated, dedupeOffices, mergeAll, periodsOverlap, sameTermOtherWording } from './merge.ts';

const cite = (src: string, asOf: string) => ({ src, asOf });
const office = (title: string, start: string | null, end: string | null, src = 'wikidata-officeholders', asOf = '2022-07', extra: Partial<Office> = {}): Office => ({
  title,
  start,
  end,
  cite: cite(src, asOf),
  ...extra,
});
const person = (over: Partial<Entity>): Entity => ({ id: 'Q1', type: 'person', name: 'A', aliases: [], countries: [], ...over });
const rec = (entity: Entity, line = 1) => ({ entity, origin: { file: 'f', line } });

describe('mergeAll', () => {
  it('merges records of the same id: first source names it, aliases and countries are unions', () => {
    const m = mergeAll([rec(person({ name: 'Aleksandar Vučić', countries: ['RS'] })), rec(person({ name: 'Aleksandar Vucic', aliases: ['Vučić'], countries: ['RS', 'XK'] }))], []);
    const e = m.get('Q1')!.entity;
    expect(e.name).toBe('Aleksandar Vučić');
    expect(e.aliases.sort()).toEqual(['Aleksandar Vucic', 'Vučić']);
    expect(e.countries).toEqual(['RS', 'XK']);
  });

  it("lets a curated office replace an extract's office of the same title over an overlapping period", () => {
    const extract = person({ offices: [office('Minister of Internal Affairs', '2020-10-28', null), office('Minister of Defence', '2017-06-29', '2020-10-28')] });
    const curated = person({ name: 'Curated Name', offices: [office('Minister of Internal Affairs', '2020-10-28', '2022-12-01', 'web', '2022-12-01')] });
    const e = mergeAll([rec(extract)], [rec(curated)]).get('Q1')!.entity;
    expect(e.name).toBe('Curated Name');
    const internal = e.offices!.filter((o) => o.title === 'Minister of Internal Affairs');
    expect(internal).toHaveLength(1);
    expect(internal[0].end).toBe('2022-12-01');
    expect(e.offices!.some((o) => o.title === 'Minister of Defence')).toBe(true);
  });

  it('keeps an extract office whose period does not overlap the curated one', () => {
    const extract = person({ offices: [office('Prime Minister', '2008', '2012')] });
    const curated = person({ offices: [office('Prime Minister', '2020-01-01', null, 'web', '2024')] });
    expect(mergeAll([rec(extract)], [rec(curated)]).get('Q1')!.entity.offices).toHaveLength(2);
  });

  it('keeps the born date with more precision, and the curated description', () => {
    const a = person({ born: { date: '1972', cite: cite('captainfact', '2017') }, description: { text: 'old', cite: cite('captainfact', '2017') } });
    const b = person({ born: { date: '1972-10-02', cite: cite('web', '2024') }, description: { text: 'curated', cite: cite('web', '2024') } });
    const e = mergeAll([rec(a)], [rec(b)]).get('Q1')!.entity;
    expect(e.born!.date).toBe('1972-10-02');
    expect(e.description!.text).toBe('curated');
  });
});

describe('office rules', () => {
  it('treats open ends as unbounded when testing overlap', () => {
    expect(periodsOverlap({ start: '2017', end: null }, { start: '2024-05-02', end: '2025' })).toBe(true);
    expect(periodsOverlap({ start: '2000', end: '2008' }, { start: '2012-05-07', end: null })).toBe(false);
  });

  it('keeps one head-of-state term reported by two sources, with the finer start and the newer source', () => {
    const out = dedupeOffices([
      office('President of Russia', '2012', null, 'wikidata-officeholders', '2022-10', { role: 'head_of_state', country: 'RU' }),
      office('President', '2012-05-07', null, 'cia-factbook', '2026-01-21', { role: 'head_of_state', country: 'RU' }),
      office('President', '2000-05-07', '2008-05-07', 'wikidata-officeholders', '2022-10', { role: 'head_of_state', country: 'RU' }),
    ]);
    expect(out).toHaveLength(2);
    const current = out.find((o) => o.end === null)!;
    expect(current.start).toBe('2012-05-07');
    expect(current.title).toBe('President of Russia');
    expect(current.cite.src).toBe('cia-factbook');
  });

  it('does not fold two ministries that start the same day', () => {
    const a = office('Minister of Finance', '2020-01-01', null, 'x', '2022', { role: 'minister', country: 'RS' });
    const b = office('Minister of Justice', '2020-01-01', null, 'x', '2022', { role: 'minister', country: 'RS' });
    expect(sameTermOtherWording(a, b)).toBe(false);
    expect(dedupeOffices([a, b])).toHaveLength(2);
    const c = office('Minister without portfolio (Kosovo and Metohija)', '2013-09-02', null, 'web', '2022', { role: 'minister', country: 'RS' });
    const d = office('Minister without portfolio', '2013-09-02', '2014-04-27', 'x', '2022', { role: 'minister', country: 'RS' });
    expect(sameTermOtherWording(c, d)).toBe(true);
  });

  it('matches a curated term whose start is only a year against the extract term starting on a day of that year', () => {
    const curated = office('Minister of the Economy and Finance', '2017', '2024-09-21', 'web', '2024-09-21', { role: 'minister', country: 'FR' });
    const extract = office('Minister of the Economy, Finances and Industry', '2017-06-21', null, 'wikidata-officeholders', '2022-07-23', { role: 'minister', country: 'FR' });
    expect(sameTermOtherWording(curated, extract)).toBe(true);
    const merged = mergeAll([rec(person({ offices: [extract] }))], [rec(person({ offices: [curated] }))]);
    expect(merged.get('Q1')!.entity.offices).toEqual([curated]);
    // Another year, or no start on one side: not the same term.
    expect(sameTermOtherWording({ ...curated, start: '2018' }, extract)).toBe(false);
    expect(sameTermOtherWording({ ...curated, start: null }, extract)).toBe(false);
    expect(sameTermOtherWording({ ...curated, start: '2017' }, { ...extract, start: '2017' })).toBe(false);
  });
});

describe("a country's head terms from two sources", () => {
  it('are one term only when they name the same holder', () => {
    const acting = office('President of the United Arab Emirates: Mohammed bin Rashid Al Maktoum', '2022', null, 'wikidata-officeholders', '2022-10-09', { role: 'head_of_state', country: 'AE' });
    const president = office('President: Mohammed bin Zayed Al Nahyan', '2022-05-14', null, 'cia-factbook', '2026-01-21', { role: 'head_of_state', country: 'AE' });
    expect(dedupeOffices([acting, president])).toHaveLength(2);
    const sameHolder = office('President of the United Arab Emirates: Mohammed bin Zayed Al Nahyan', '2022', null, 'wikidata-officeholders', '2022-10-09', { role: 'head_of_state', country: 'AE' });
    expect(dedupeOffices([sameHolder, president]).map((o) => [o.title, o.start])).toEqual([['President of the United Arab Emirates: Mohammed bin Zayed Al Nahyan', '2022-05-14']]);
  });

  it('are one term when one source gives no start and both name the same holder', () => {
    const wikidata = office('President of Tajikistan: Emomali Rahmon', '1994', null, 'wikidata-officeholders', '2022-10-09', { role: 'head_of_state', country: 'TJ' });
    const factbook = office('President: Emomali Rahmon', null, null, 'cia-factbook', '2026-01-21', { role: 'head_of_state', country: 'TJ' });
    expect(dedupeOffices([wikidata, factbook]).map((o) => [o.title, o.start, o.cite.asOf])).toEqual([['President of Tajikistan: Emomali Rahmon', '1994', '2026-01-21']]);
    expect(dedupeOffices([wikidata, { ...factbook, title: 'President: Someone Else' }])).toHaveLength(2);
    // Both open, the same holder, different starts: one tenure, dated by the newer source.
    const comoros = [
      office('President of Comoros: Azali Assoumani', '2019', null, 'wikidata-officeholders', '2022-10-09', { role: 'head_of_state', country: 'KM' }),
      office('President: Azali Assoumani', '2016-05-26', null, 'cia-factbook', '2026-01-21', { role: 'head_of_state', country: 'KM' }),
    ];
    expect(dedupeOffices(comoros).map((o) => [o.title, o.start])).toEqual([['President of Comoros: Azali Assoumani', '2016-05-26']]);
  });
});

describe('two curated files telling one term', () => {
  it('keep the ended term of the newer page over the open term of the older one, whichever file comes first', () => {
    const open = office('President of Bulgaria', '2017-01-22', null, 'cia-factbook', '2026-01', { role: 'head_of_state', country: 'BG' });
    const ended = office('President of Bulgaria', '2017-01-22', '2026-01-23', 'web', '2026-01-23', { role: 'head_of_state', country: 'BG' });
    for (const [first, second] of [[ended, open], [open, ended]]) {
      const m = mergeAll([], [rec(person({ offices: [first] })), rec(person({ offices: [second] }))]);
      expect(m.get('Q1')!.entity.offices).toEqual([ended]);
    }
  });
});

describe("a country's heads from its curated people", () => {
  it("replace the country's term for the same holder and add newer terms", () => {
    const romania: Entity = {
      id: 'Q218',
      type: 'country',
      name: 'Romania',
      aliases: [],
      countries: ['RO'],
      offices: [
        office('Prime Minister: Ilie Bolojan', '2005-06-23', null, 'cia-factbook', '2026-01-21', { role: 'head_of_government', country: 'RO' }),
        office('President: Nicușor Dan', '2025-05-26', null, 'cia-factbook', '2026-01-21', { role: 'head_of_state', country: 'RO' }),
      ],
    };
    const corrected = office('Prime Minister of Romania', '2025-06-23', null, 'web', '2025-06-23', { role: 'head_of_government', country: 'RO' });
    const bolojan = person({ id: 'Q18538164', name: 'Ilie Bolojan', countries: ['RO'], offices: [corrected] });
    // An extract's person (not curated) changes nothing.
    const other = person({ id: 'Q2', name: 'Someone Else', offices: [office('Prime Minister of Romania', '1990', '1991', 'wikidata-officeholders', '2022', { role: 'head_of_government', country: 'RO' })] });
    const merged = mergeAll([rec(romania), rec(other)], [rec(bolojan)]);
    countryHeadsFromCurated(merged);
    expect(merged.get('Q218')!.entity.offices!.map((o) => [o.title, o.start])).toEqual([
      ['President: Nicușor Dan', '2025-05-26'],
      ['Prime Minister of Romania: Ilie Bolojan', '2025-06-23'],
    ]);
  });

  it('keep both of one holder\'s back-to-back terms', () => {
    const netherlands: Entity = { id: 'Q55', type: 'country', name: 'Netherlands', aliases: [], countries: ['NL'], offices: [office('Prime Minister: Dick Schoof', '2024-07-02', null, 'cia-factbook', '2026-01', { role: 'head_of_government', country: 'NL' })] };
    const pm = office('Prime Minister of the Netherlands', '2024-07-02', '2025-06-03', 'web', '2025-06-03', { role: 'head_of_government', country: 'NL' });
    const caretaker = office('Prime Minister of the Netherlands (caretaker)', '2025-06-03', '2026-02-23', 'web', '2026-02-23', { role: 'head_of_government', country: 'NL' });
    const merged = mergeAll([rec(netherlands)], [rec(person({ id: 'Q3', name: 'Dick Schoof', offices: [pm, caretaker] }))]);
    countryHeadsFromCurated(merged);
    expect(merged.get('Q55')!.entity.offices!.map((o) => o.start)).toEqual(['2024-07-02', '2025-06-03']);
  });
});

describe('country heads', () => {
  it("drops an older source's open-ended head term once a newer source names a later head", async () => {
    const { supersedeCountryHeads } = await import('./merge.ts');
    const country: Entity = {
      id: 'Q403',
      type: 'country',
      name: 'Serbia',
      aliases: [],
      countries: ['RS'],
      offices: [
        office('Prime Minister of Serbia: Ana Brnabić', '2017', null, 'wikidata-officeholders', '2022-10-09', { role: 'head_of_government', country: 'RS' }),
        office('Prime Minister: Djuro Macut', '2025-04-16', null, 'cia-factbook', '2026-01-21', { role: 'head_of_government', country: 'RS' }),
        office('President of Serbia: Aleksandar Vučić', '2017-05-31', null, 'cia-factbook', '2026-01-21', { role: 'head_of_state', country: 'RS' }),
        office('Prime Minister: Someone', '2008', '2012', 'wikidata-officeholders', '2022-10-09', { role: 'head_of_government', country: 'RS' }),
      ],
    };
    expect(supersedeCountryHeads(country).offices!.map((o) => o.title)).toEqual(['Prime Minister: Djuro Macut', 'President of Serbia: Aleksandar Vučić', 'Prime Minister: Someone']);
    const someone = person({ offices: country.offices });
    expect(supersedeCountryHeads(someone)).toBe(someone);
  });
});
