import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SOURCES } from './sources-table.ts';
import { RecordError, validateRecord } from './validate.ts';
import { parseCuratedFile } from './curated.ts';
import { buildEntities } from './pipeline.ts';
import type { Importer } from './types.ts';

const sources = new Map(Object.values(SOURCES).map((s) => [s.id, s]));

describe('validateRecord', () => {
  it('accepts a record whose every fact cites a known source', () => {
    const e = validateRecord(
      { id: 'Q1', type: 'person', name: 'A', aliases: [], countries: ['RS'], born: { date: '1970', cite: { src: 'captainfact', asOf: '2017' } } },
      { file: 'x', line: 3 },
      sources,
    );
    expect(e.id).toBe('Q1');
  });

  it('refuses an office without a cite, naming the file, the line and the field', () => {
    const raw = { id: 'Q1', type: 'person', name: 'A', aliases: [], countries: [], offices: [{ title: 'Minister', start: null, end: null }] };
    expect(() => validateRecord(raw, { file: 'data/curated/x.yaml', line: 12 }, sources)).toThrow(/data\/curated\/x\.yaml:12: .*offices\[0\]: fact without a source/);
  });

  it('refuses a cite to a source that is not in the sources table, and a web cite without its page', () => {
    const unknown = { id: 'Q1', type: 'person', name: 'A', aliases: [], countries: [], facts: [{ text: 't', cite: { src: 'memory', asOf: '2024' } }] };
    expect(() => validateRecord(unknown, { file: 'f', index: 4 }, sources)).toThrow(/f \(record 4\).*unknown source "memory"/);
    const web = { id: 'Q1', type: 'person', name: 'A', aliases: [], countries: [], facts: [{ text: 't', cite: { src: 'web', asOf: '2024' } }] };
    expect(() => validateRecord(web, { file: 'f', line: 1 }, sources)).toThrow(/web cite needs the url/);
  });

  it('refuses a malformed id or date through the schema', () => {
    const bad = { id: 'Vulin', type: 'person', name: 'A', aliases: [], countries: [], born: { date: '2 Oct 1972', cite: { src: 'web', url: 'https://x.org', asOf: '2024' } } };
    try {
      validateRecord(bad, { file: 'f', line: 2 }, sources);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RecordError);
      expect((e as RecordError).problems.join(' ')).toMatch(/\$\.id/);
      expect((e as RecordError).problems.join(' ')).toMatch(/\$\.born\.date/);
    }
  });
});

describe('curated files', () => {
  it('gives each entity the line its list item starts on', () => {
    const text = 'entities:\n  - id: Q1\n    name: A\n  # comment\n  - id: Q2\n    name: B\n';
    expect(parseCuratedFile(text, 'c.yaml').map((r) => r.origin.line)).toEqual([2, 5]);
  });

  it('stops the build on a curated fact without a source, reporting its file and line', () => {
    const root = mkdtempSync(join(tmpdir(), 'sc-build-'));
    mkdirSync(join(root, 'curated'));
    writeFileSync(
      join(root, 'curated', 'bad.yaml'),
      [
        'entities:',
        '  - id: Q1',
        '    type: person',
        '    name: Good',
        '    aliases: []',
        '    countries: []',
        '  - id: Q2',
        '    type: person',
        '    name: No Source',
        '    aliases: []',
        '    countries: []',
        '    facts:',
        '      - text: Held a post.',
        '',
      ].join('\n'),
    );
    const none: Importer[] = [];
    expect(() => buildEntities({ sourcesDir: root, curatedDir: join(root, 'curated'), before: none, after: none })).toThrow(/data\/curated\/bad\.yaml:7: .*facts\[0\]: fact without a source/);
  });

  it('stops the build on an importer record that fails, reporting the source file and line', () => {
    const broken: Importer = {
      id: 'captainfact',
      source: SOURCES.captainfact,
      run: () => ({ entities: [{ entity: { id: 'Q5', type: 'person', name: '', aliases: [], countries: [] }, origin: { file: 'data/sources/x.csv', line: 42 } }] }),
    };
    const root = mkdtempSync(join(tmpdir(), 'sc-build-'));
    expect(() => buildEntities({ sourcesDir: root, curatedDir: join(root, 'none'), before: [broken], after: [] })).toThrow(/data\/sources\/x\.csv:42: invalid record: \$\.name/);
  });
});
