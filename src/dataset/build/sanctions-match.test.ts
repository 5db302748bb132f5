import { describe, expect, it } from 'vitest';
import type { Entity } from '../schema.ts';
import { KnownIndex, decidePerson, middlesAgree } from './sanctions-match.ts';

const cite = { src: 'web', url: 'https://example.org', asOf: '2024-01-01' };
const person = (id: string, name: string, aliases: string[] = [], born?: string): Entity => ({
  id,
  type: 'person',
  name,
  aliases,
  countries: [],
  ...(born ? { born: { date: born, cite } } : {}),
});
const index = (...people: Entity[]) => new KnownIndex(new Map(people.map((e) => [e.id, { entity: e }])));

describe('attaching a person listing', () => {
  const peskov = person('sc:dmitry-peskov', 'Dmitry Peskov', ['Dmitry Sergeyevich Peskov'], '1967-10-17');

  it('attaches on the same name and the same full birth date, patronymic spelt either way', () => {
    expect(decidePerson(index(peskov), ['Dmitry Sergeevich Peskov'], '1967-10-17')).toEqual({ kind: 'attach', id: 'sc:dmitry-peskov', evidence: 'name+birthdate' });
  });

  it('keeps a listing with another birth date apart', () => {
    expect(decidePerson(index(peskov), ['Dmitry Peskov'], '1990-01-01')).toEqual({ kind: 'own' });
  });

  it('calls a name-only match possible', () => {
    expect(decidePerson(index(person('Q1', 'Li Shangfu')), ['Li Shangfu'], null)).toEqual({ kind: 'possible', ids: ['Q1'] });
  });

  it('does not meet a name whose middle words differ (Korean given names)', () => {
    expect(decidePerson(index(person('sc:lee-ju-ho', 'Lee Ju-ho')), ['Lee Chang Ho'], null)).toEqual({ kind: 'own' });
    expect(decidePerson(index(person('sc:pak-thae-song', 'Pak Thae-song')), ['Pak Hwa Song'], '1955-01-01')).toEqual({ kind: 'own' });
  });
});

describe('middle words', () => {
  it('agree when either name has none, by consonants, or by initial', () => {
    expect(middlesAgree(['vladimir', 'putin'], ['vladimir', 'vladimirovik', 'putin'])).toBe(true);
    expect(middlesAgree(['john', 'f', 'kennedi'], ['john', 'fitzgerald', 'kennedi'])).toBe(true);
    expect(middlesAgree(['dmitri', 'sergeievik', 'peskov'], ['dmitri', 'sergeevik', 'peskov'])).toBe(true);
    expect(middlesAgree(['lee', 'ju', 'ho'], ['lee', 'kang', 'ho'])).toBe(false);
  });
});
