import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Dataset, DatasetError } from './store.ts';
import { fsReader } from './fs-reader.ts';
import { writeDataset } from './build/output.ts';
import { SOURCES } from './build/sources-table.ts';
import { shardFile, shardOf } from './format.ts';
import type { Entity } from './schema.ts';

const c = { src: 'web', url: 'https://example.org/a', asOf: '2024-01-01' };
const ENTITIES: Entity[] = [
  { id: 'Q11074974', qid: 'Q11074974', type: 'person', name: 'Aleksandar Vulin', aliases: ['Александар Вулин'], countries: ['RS'], born: { date: '1972-10-02', cite: c } },
  { id: 'Q222031', qid: 'Q222031', type: 'person', name: 'Aleksandar Vučić', aliases: [], countries: ['RS'], prominence: 0.9 },
  { id: 'Q5059', type: 'outlet', name: 'CNN', aliases: ['Cable News Network'], countries: ['US'], outlet: { domains: ['cnn.com'] } },
  { id: 'Q821172', type: 'outlet', name: 'RIA Novosti', aliases: [], countries: ['RU'], outlet: { domains: ['ria.ru', 'www.rian.ru'] } },
  { id: 'sc:bbc-russian', type: 'outlet', name: 'BBC News Russian', aliases: [], countries: ['GB'], outlet: { domains: ['russian.bbc.com'] } },
  { id: 'Q403', type: 'country', name: 'Serbia', aliases: ['Srbija'], countries: ['RS'] },
];

async function build(dir: string) {
  return writeDataset(dir, ENTITIES, [SOURCES.web], { kind: 'test-index', names: ['x'] }, { shardTarget: 2, builtAt: '2026-01-01T00:00:00Z' });
}

describe('Dataset store', () => {
  let dir: string;
  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'sc-store-')), 'dataset');
    await build(dir);
  });

  it('opens the manifest and the name index, and loads entities from their shard', async () => {
    const ds = await Dataset.open(fsReader(dir));
    expect(ds.manifest.counts.entities).toBe(ENTITIES.length);
    expect(ds.manifest.shards).toBe(3);
    expect(ds.nameIndex).toEqual({ kind: 'test-index', names: ['x'] });
    expect((await ds.getEntity('Q11074974'))!.born!.date).toBe('1972-10-02');
    expect(await ds.getEntity('Q999')).toBeNull();
    const many = await ds.getEntities(['Q403', 'Q222031', 'Q999']);
    expect([...many.keys()].sort()).toEqual(['Q222031', 'Q403']);
    expect(ds.sourcesById().get('web')!.name).toBe(SOURCES.web.name);
  });

  it('finds outlets by host: subdomains, www, URLs, and a listed subdomain before its parent', async () => {
    const ds = await Dataset.open(fsReader(dir));
    expect(ds.outletForHost('edition.cnn.com')).toBe('Q5059');
    expect(ds.outletForHost('https://www.cnn.com/2024/x')).toBe('Q5059');
    expect(ds.outletForHost('rian.ru')).toBe('Q821172');
    expect(ds.outletForHost('russian.bbc.com')).toBe('sc:bbc-russian');
    expect(ds.outletForHost('www.bbc.com')).toBeNull();
    expect(ds.outletForHost('example.org')).toBeNull();
  });

  it('searches names and aliases without regard to case or diacritics', async () => {
    const ds = await Dataset.open(fsReader(dir));
    expect((await ds.search('vucic')).map((e) => e.id)).toEqual(['Q222031']);
    expect((await ds.search('ALEKSANDAR')).map((e) => e.id).sort()).toEqual(['Q11074974', 'Q222031']);
    expect((await ds.search('александар вулин')).map((e) => e.id)).toEqual(['Q11074974']);
    expect((await ds.search('cable news')).map((e) => e.id)).toEqual(['Q5059']);
    expect(await ds.search('   ')).toEqual([]);
    expect((await ds.search('q403')).map((e) => e.id)).toEqual(['Q403']);
  });

  it('refuses a tampered shard with a DatasetError naming the file', async () => {
    const tampered = join(mkdtempSync(join(tmpdir(), 'sc-store-')), 'dataset');
    await build(tampered);
    const file = shardFile(shardOf('Q11074974', 3));
    const text = readFileSync(join(tampered, file), 'utf8');
    writeFileSync(join(tampered, file), text.replace('1972-10-02', '1970-01-01'));
    const ds = await Dataset.open(fsReader(tampered));
    await expect(ds.getEntity('Q11074974')).rejects.toThrow(DatasetError);
    await expect(ds.getEntity('Q11074974')).rejects.toThrow(new RegExp(`${file}: checksum mismatch`));
  });

  it('refuses a shard record that fails the schema even when the checksum was updated to match', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'sc-store-')), 'dataset');
    await build(bad);
    const file = shardFile(shardOf('Q403', 3));
    const shard = JSON.parse(readFileSync(join(bad, file), 'utf8'));
    shard.Q403.countries = 'RS';
    const text = JSON.stringify(shard);
    writeFileSync(join(bad, file), text);
    const manifest = JSON.parse(readFileSync(join(bad, 'manifest.json'), 'utf8'));
    const { sha256Hex } = await import('./format.ts');
    manifest.files[file] = await sha256Hex(text);
    writeFileSync(join(bad, 'manifest.json'), JSON.stringify(manifest));
    const ds = await Dataset.open(fsReader(bad));
    await expect(ds.getEntity('Q403')).rejects.toThrow(/record Q403 fails the schema at countries/);
  });

  it('refuses a corrupt manifest or name index at open', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'sc-store-')), 'dataset');
    await build(broken);
    writeFileSync(join(broken, 'names.json'), '{"kind":"other"}');
    await expect(Dataset.open(fsReader(broken))).rejects.toThrow(/names\.json: checksum mismatch/);
    writeFileSync(join(broken, 'manifest.json'), '{not json');
    await expect(Dataset.open(fsReader(broken))).rejects.toThrow(/manifest\.json: is not valid JSON/);
    await expect(Dataset.open(fsReader(join(broken, 'nowhere')))).rejects.toThrow(/manifest\.json: cannot be read/);
  });
});
