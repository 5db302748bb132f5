import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Entity } from '../dataset/schema.ts';
import { buildNameIndex, createLinker, normalizeName, type LinkOptions } from './index.ts';

const cite = { src: 'test', asOf: '2024-01-01' };

function entity(id: string, type: Entity['type'], name: string, aliases: string[] = [], extra: Partial<Entity> = {}): Entity {
  return { id, type, name, aliases, countries: [], ...extra };
}

const ENTITIES: Entity[] = [
  entity('Q11074974', 'person', 'Aleksandar Vulin', [], {
    countries: ['RS'],
    offices: [{ title: 'Deputy Prime Minister of Serbia', role: 'deputy_head_of_government', country: 'RS', start: '2024-05-02', end: null, cite }],
  }),
  entity('Q222031', 'person', 'Aleksandar Vučić', [], {
    countries: ['RS'],
    offices: [{ title: 'President of Serbia', role: 'head_of_state', country: 'RS', start: '2017-05-31', end: null, cite }],
  }),
  entity('Q7747', 'person', 'Vladimir Putin', ['Путин, Владимир Владимирович'], { countries: ['RU'], prominence: 1 }),
  entity('Q821172', 'outlet', 'RIA Novosti', ['РИА Новости']),
  entity('Q223897', 'outlet', 'TASS', ['ТАСС'], { countries: ['RU'] }),
  entity('Q1141046', 'outlet', 'RT', ['Russia Today']),
  entity('Q403', 'country', 'Serbia', [], { countries: ['RS'] }),
  entity('Q159', 'country', 'Russia', ['Россия'], { countries: ['RU'] }),
  entity('Q30', 'country', 'United States', ['US', 'USA'], { countries: ['US'] }),
  entity('Q900', 'place', 'Kazan', [], { countries: ['RU'] }),
  entity('Q806651', 'organization', 'Bank of Russia', [], { countries: ['RU'] }),
  entity('sc:anton-bobryshev', 'person', 'Anton Bobryshev', [], { countries: ['RU'] }),
  // Known only as a legislator: a namesake is as likely.
  entity('Q4001', 'person', 'Ivan Petrov', [], {
    countries: ['RU'],
    offices: [{ title: 'member of the State Duma', role: 'legislator', country: 'RU', start: '2016-10-05', end: null, cite }],
  }),
  // Surnames several people share: one prominent bearer and an obscure one; a president and a less prominent
  // relative; two prominent bearers.
  entity('Q61053', 'person', 'Olaf Scholz', [], { countries: ['DE'], prominence: 0.9 }),
  entity('sc:eu-oliver-scholz', 'person', 'Oliver Scholz', [], { countries: ['DE'] }),
  entity('Q22686', 'person', 'Donald Trump', [], {
    countries: ['US'],
    prominence: 0.9,
    offices: [{ title: 'President of the United States', role: 'head_of_state', country: 'US', start: '2025-01-20', end: null, cite }],
  }),
  entity('Q239411', 'person', 'Ivanka Trump', [], { countries: ['US'], prominence: 0.5 }),
  entity('Q57641', 'person', 'Viktor Orbán', [], { countries: ['HU'], prominence: 1 }),
  entity('Q1189300', 'person', 'Ludovic Orban', [], { countries: ['RO'], prominence: 0.9 }),
  // Known only in Latin script: Cyrillic text meets him across scripts.
  entity('sc:mikhail-khodorkovsky', 'person', 'Mikhail Khodorkovsky', [], { countries: ['RU'], prominence: 0.6 }),
  // Two people sharing a name, in different countries.
  entity('Q1001', 'person', 'John Carter', [], { countries: ['GB'] }),
  entity('Q1002', 'person', 'John Carter', [], { countries: ['AU'] }),
  entity('Q408', 'country', 'Australia', [], { countries: ['AU'] }),
  // Two holders of the same name, told apart by their office on the article's date.
  entity('Q2001', 'person', 'Maria Novak', [], {
    countries: ['SI'],
    offices: [{ title: 'Minister of Finance', role: 'minister', country: 'SI', start: '2010-01-01', end: '2012-12-31', cite }],
  }),
  entity('Q2002', 'person', 'Maria Novak', [], {
    countries: ['SI'],
    offices: [{ title: 'Minister of Health', role: 'minister', country: 'SI', start: '2020-01-01', end: null, cite }],
  }),
  entity('Q3001', 'person', 'Will Smith', [], { prominence: 0.6 }),
  entity('Q5218446', 'person', 'Daniel Pfeiffer', [], { prominence: 0.5 }),
];

const linker = createLinker(JSON.parse(JSON.stringify(buildNameIndex(ENTITIES))));
const link = (text: string, opts?: LinkOptions) => linker.link(text, opts);
const ids = (text: string, opts?: LinkOptions) => link(text, opts).map((m) => [m.surface, m.id]);

describe('normalizeName', () => {
  it('folds case, diacritics and script to one form', () => {
    expect(normalizeName('Aleksandar Vučić')).toBe(normalizeName('ALEKSANDAR VUCIC'));
    expect(normalizeName('Александар Вучић')).toBe(normalizeName('Aleksandar Vucic'));
    expect(normalizeName('Jean-Claude  Juncker')).toBe(normalizeName('jean claude juncker'));
    expect(normalizeName('Putin')).not.toBe(normalizeName('Patton'));
  });
});

describe('finding names', () => {
  it('ignores diacritics', () => {
    expect(ids('Aleksandar Vucic met Aleksandar Vučić.')).toEqual([
      ['Aleksandar Vucic', 'Q222031'],
      ['Aleksandar Vučić', 'Q222031'],
    ]);
  });

  it('matches Cyrillic text to Latin names and back', () => {
    expect(ids('Александар Вучић и Александар Вулин.', { lang: 'sr' })).toEqual([
      ['Александар Вучић', 'Q222031'],
      ['Александар Вулин', 'Q11074974'],
    ]);
    // The name in the index is Cyrillic ("Путин, Владимир Владимирович"), the text Latin.
    expect(ids('Vladimir Vladimirovich Putin spoke.')).toEqual([['Vladimir Vladimirovich Putin', 'Q7747']]);
  });

  it('finds inflected Russian and Serbian forms', () => {
    expect(ids('Встреча Владимира Путина в России.', { lang: 'ru' })).toEqual([
      ['Владимира Путина', 'Q7747'],
      ['России', 'Q159'],
    ]);
    expect(ids('Александар Вулин је рекао... Вулину су рекли.', { lang: 'sr' })).toEqual([
      ['Александар Вулин', 'Q11074974'],
      ['Вулину', 'Q11074974'],
    ]);
  });

  it('finds declined names in Serbian written in Latin script, given the language', () => {
    const text = 'Aleksandar Vučić je razgovarao sa Vulinom. Vučića su pitali o Srbiji.';
    expect(ids(text, { lang: 'sr-Latn', date: '2024-10-24' })).toEqual([
      ['Aleksandar Vučić', 'Q222031'],
      ['Vučića', 'Q222031'],
      ['Srbiji', 'Q403'],
    ]);
    expect(ids(text, { lang: 'en', date: '2024-10-24' })).toEqual([['Aleksandar Vučić', 'Q222031']]);
  });

  it("links a possessive name without its 's", () => {
    const [m] = link("Vladimir Putin's government");
    expect(m.surface).toBe('Vladimir Putin');
    expect(m.end).toBe('Vladimir Putin'.length);
  });

  it('reads acronyms only in capitals, dotted or not', () => {
    expect(ids('The US and the U.S. and the USA.')).toEqual([
      ['US', 'Q30'],
      ['U.S', 'Q30'],
      ['USA', 'Q30'],
    ]);
    expect(ids('Let us go.')).toEqual([]);
  });

  it('gives UTF-16 offsets also after astral characters', () => {
    const text = '😀😀 Serbia';
    const [m] = link(text);
    expect(text.slice(m.start, m.end)).toBe('Serbia');
    expect(m.start).toBe(5);
  });
});

describe('surnames', () => {
  it('links a surname after a full mention', () => {
    expect(ids('Aleksandar Vulin spoke. Later Vulin said no.')).toEqual([
      ['Aleksandar Vulin', 'Q11074974'],
      ['Vulin', 'Q11074974'],
    ]);
  });

  it('takes a short given name before the surname as a full mention', () => {
    expect(ids('Dan Pfeiffer spoke. Pfeiffer said no. Jill Pfeiffer did not.')).toEqual([
      ['Dan Pfeiffer', 'Q5218446'],
      ['Pfeiffer', 'Q5218446'],
    ]);
  });

  it('does not link a surname alone that is neither mentioned in full nor prominent', () => {
    expect(ids('Later Vulin said no.')).toEqual([]);
    expect(ids('Yesterday Bobryshev left.')).toEqual([]);
  });

  it('links a prominent unambiguous surname alone', () => {
    expect(ids('A message to Putin.')).toEqual([['Putin', 'Q7747']]);
  });

  it("links the head of state's surname alone when the article is about the country, at its date", () => {
    expect(ids('In Serbia, Vucic said no.', { date: '2024-10-24' })).toEqual([
      ['Serbia', 'Q403'],
      ['Vucic', 'Q222031'],
    ]);
    expect(ids('In Serbia, Vucic said no.', { date: '2010-01-01' })).toEqual([['Serbia', 'Q403']]);
  });

  it('links a surname alone to its prominent bearer when every other bearer is obscure', () => {
    expect(ids('Scholz said no.')).toEqual([['Scholz', 'Q61053']]);
  });

  it("links a shared surname alone to the one bearer heading a state on the article's date", () => {
    expect(ids('Trump said no.', { date: '2025-06-01' })).toEqual([['Trump', 'Q22686']]);
    expect(ids('Trump said no.', { date: '2023-06-01' })).toEqual([]);
  });

  it('links nothing when two prominent people share the surname', () => {
    expect(ids('Orban said no.')).toEqual([]);
  });

  it("does not take a Russian woman's surname for a man's across scripts", () => {
    const text = 'Михаил Ходорковский приехал. Пришла и Ходорковская. Ходорковского ждали.';
    expect(ids(text, { lang: 'ru' })).toEqual([
      ['Михаил Ходорковский', 'sc:mikhail-khodorkovsky'],
      ['Ходорковского', 'sc:mikhail-khodorkovsky'],
    ]);
  });

  it('refuses a surname whose initial is not the person’s', () => {
    expect(ids('Vladimir Putin and V. Putin, but not A. Putin.').map((x) => x[0])).toEqual(['Vladimir Putin', 'Putin']);
  });
});

describe('choosing between entities', () => {
  it('links nothing when two entities share the name and nothing tells them apart', () => {
    expect(ids('John Carter spoke.')).toEqual([]);
  });

  it("decides by the article's country", () => {
    expect(ids('In Australia, John Carter spoke.')).toEqual([
      ['Australia', 'Q408'],
      ['John Carter', 'Q1002'],
    ]);
    expect(ids('John Carter spoke.', { country: 'GB' })).toEqual([['John Carter', 'Q1001']]);
  });

  it("decides by the office held on the article's date", () => {
    expect(ids('Maria Novak said.', { date: '2011-05-01' })).toEqual([['Maria Novak', 'Q2001']]);
    expect(ids('Maria Novak said.', { date: '2024-05-01' })).toEqual([['Maria Novak', 'Q2002']]);
    expect(ids('Maria Novak said.', { date: '2016-05-01' })).toEqual([]);
  });
});

describe('namesakes', () => {
  it('links a little-known person only with support from the text', () => {
    expect(ids('Ivan Petrov played the lead.')).toEqual([]);
    expect(ids('In Russia, Ivan Petrov voted.')).toEqual([
      ['Russia', 'Q159'],
      ['Ivan Petrov', 'Q4001'],
    ]);
    expect(ids('Ivan Petrov voted.', { date: '2020-01-01' })).toEqual([['Ivan Petrov', 'Q4001']]);
  });
});

describe('what is not a name', () => {
  it('does not link a name inside a longer name', () => {
    expect(ids('She studied at Kazan Federal University.')).toEqual([]);
    expect(ids('The Bank of Russia raised rates.')).toEqual([['Bank of Russia', 'Q806651']]);
    expect(ids('Russian protests and anti-Kremlin views in Kazan.')).toEqual([['Kazan', 'Q900']]);
  });

  it('does not link common words', () => {
    expect(ids('Will they come? They will.')).toEqual([]);
    expect(ids('Will Smith came.')).toEqual([['Will Smith', 'Q3001']]);
  });

  it('needs the capital a name is written with', () => {
    expect(ids('serbia and kazan')).toEqual([]);
  });
});

describe('cited sources and titles', () => {
  it('marks outlets the text cites', () => {
    const text =
      'Vulin told the state-run RIA Novosti news agency. According to TASS, it rained. RT reported a storm. In Russia he reads TASS daily and likes RT. Об этом сообщает ТАСС.';
    const cited = link(text)
      .filter((m) => m.type === 'outlet' || m.type === 'country')
      .map((m) => [m.surface, m.cited === true]);
    expect(cited).toEqual([
      ['RIA Novosti', true],
      ['TASS', true],
      ['RT', true],
      ['Russia', false],
      ['TASS', false],
      // An outlet's acronym that the text neither cites nor names in full, nor is about its country, is not linked.
      ['ТАСС', true],
    ]);
  });

  it('records the title written before a name', () => {
    const ms = link('Deputy Prime Minister Aleksandar Vulin and Prime Minister Aleksandar Vucic met President Vladimir Putin and Mr Putin.');
    expect(ms.map((m) => [m.surface, m.titleInText ?? null])).toEqual([
      ['Aleksandar Vulin', 'Deputy Prime Minister'],
      ['Aleksandar Vucic', 'Prime Minister'],
      ['Vladimir Putin', 'President'],
      ['Putin', null],
    ]);
  });
});

describe('the reference article', () => {
  it('links every name it must', () => {
    const text = [
      'Tens of thousands of Russians fled to Serbia after President Vladimir Putin ordered the invasion of Ukraine.',
      '“Among the Russians in Serbia…” Deputy Prime Minister Aleksandar Vulin told the state-run RIA Novosti news agency.',
      'Vulin, who was speaking at the BRICS summit, said Serbia remains “friendly” to Russia and the Kremlin.',
      'Prime Minister Aleksandar Vucic has sought to limit contact. Vulin represented Serbia in Kazan after Vucic said no.',
      'Anton Bobryshev left. Bobryshev said it was political.',
    ].join('\n');
    const found = link(text, { date: '2024-10-24' }).map((m) => m.surface);
    for (const name of ['Vladimir Putin', 'Aleksandar Vulin', 'RIA Novosti', 'Aleksandar Vucic', 'Vucic', 'Kazan', 'Anton Bobryshev', 'Bobryshev']) {
      expect(found).toContain(name);
    }
    expect(found.filter((s) => s === 'Vulin')).toHaveLength(2);
  });
});

describe('properties', () => {
  const pieces = ['Aleksandar Vulin', 'Vulin', 'Putin', 'Путина', 'Serbia', 'U.S.', 'US', 'the', 'said', ' ', '. ', ', ', '-', "'s", '\n', 'John Carter', 'Kazan Federal', 'RIA Novosti', 'ТАСС', '😀', 'é'];
  it('is deterministic, sorted and never overlapping, with offsets that slice the surface', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 }), fc.constantFrom(null, '2024-10-24'), (parts, date) => {
        const text = parts.join(' ');
        const a = linker.link(text, { date });
        const b = createLinker(buildNameIndex(ENTITIES)).link(text, { date });
        expect(b).toEqual(a);
        for (let k = 0; k < a.length; k++) {
          expect(text.slice(a[k].start, a[k].end)).toBe(a[k].surface);
          expect(a[k].end).toBeGreaterThan(a[k].start);
          if (k > 0) expect(a[k].start).toBeGreaterThanOrEqual(a[k - 1].end);
        }
      }),
      { numRuns: 300 },
    );
  });
});
