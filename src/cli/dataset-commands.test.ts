// The dataset commands (lookup, qids, dataset --stats) on a tiny built dataset.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDataset } from '../dataset/build/output.ts';
import { SOURCES } from '../dataset/build/sources-table.ts';
import type { Entity } from '../dataset/schema.ts';
import { run as lookup, isCalendarDate } from './lookup.ts';
import { run as qids } from './qids.ts';
import { run as dataset } from './dataset.ts';

const web = (asOf: string) => ({ src: 'web', url: 'https://example.org/page', asOf });
const ENTITIES: Entity[] = [
  {
    id: 'Q11074974',
    qid: 'Q11074974',
    type: 'person',
    name: 'Aleksandar Vulin',
    aliases: ['Александар Вулин'],
    countries: ['RS'],
    offices: [
      { title: 'Minister of Defence', role: 'minister', country: 'RS', start: '2017-06-29', end: '2020-10-28', cite: web('2022') },
      { title: 'Deputy Prime Minister of Serbia', role: 'deputy_head_of_government', country: 'RS', start: '2024-05-02', end: '2025-04-16', cite: web('2024-05-02') },
    ],
  },
  { id: 'Q2', type: 'person', name: 'Petar Petrović', aliases: [], countries: ['RS'] },
  { id: 'sc:petar-petrovic-2', type: 'person', name: 'Petar Petrovic', aliases: [], countries: ['ME'] },
  { id: 'Q403', type: 'country', name: 'Serbia', aliases: [], countries: ['RS'] },
];

let dir: string;
let out: string[];
beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'sc-cli-')), 'dataset');
  await writeDataset(dir, ENTITIES, [SOURCES.web], {}, { shardTarget: 2 });
});
function capture() {
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
}
afterEach(() => vi.restoreAllMocks());

describe('lookup', () => {
  it('prints the card with the office held on the date', async () => {
    capture();
    expect(await lookup(['Aleksandar Vulin', '--date', '2024-10-24', '--dataset', dir])).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/Aleksandar Vulin {2}\(person, Q11074974\)/);
    expect(text).toMatch(/On 2024-10-24:\n {4}Deputy Prime Minister of Serbia \(2024-05-02 – 2025-04-16\)/);
  });

  it('prints the Card object with --json, and an array when several entities match', async () => {
    capture();
    expect(await lookup(['Q11074974', '--json', '--dataset', dir])).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ id: 'Q11074974', name: 'Aleksandar Vulin' });
    capture();
    expect(await lookup(['petar petrovic', '--json', '--dataset', dir])).toBe(0);
    const cards = JSON.parse(out.join(''));
    expect(cards.map((c: { id: string }) => c.id).sort()).toEqual(['Q2', 'sc:petar-petrovic-2']);
  });

  it('finds a name written in another script', async () => {
    capture();
    expect(await lookup(['Александар Вулин', '--json', '--dataset', dir])).toBe(0);
    expect(JSON.parse(out.join('')).id).toBe('Q11074974');
  });

  it('fails clearly on no match and on a bad date', async () => {
    capture();
    expect(await lookup(['Nobody Here', '--dataset', dir])).toBe(1);
    expect(await lookup(['Vulin', '--date', '2024-02-30', '--dataset', dir])).toBe(2);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
  });
});

describe('qids and dataset --stats', () => {
  it('lists every QID, one per line, in numeric order', async () => {
    capture();
    expect(await qids(['--dataset', dir])).toBe(0);
    expect(out.join('')).toBe('Q2\nQ403\nQ11074974\n');
  });

  it('ends the statistics with a JSON summary line', async () => {
    capture();
    expect(await dataset(['--stats', '--dataset', dir])).toBe(0);
    const summary = JSON.parse(out[out.length - 1]);
    expect(summary.byType).toEqual({ person: 3, country: 1 });
    expect(summary.bySource).toEqual({ web: 1 });
    expect(summary.factsWithoutSource).toBe(0);
    expect(out.join('\n')).toMatch(/facts without a source: 0/);
  });
});
