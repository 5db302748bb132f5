import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv, readSourceText, readTar } from './io.ts';
import { parseLooseDate, wikidataDate, normalizeName, slug } from './text.ts';

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and newlines, and reports the line each record starts on', () => {
    const rows = parseCsv('a,b,c\n1,"x, y",z\n2,"say ""hi""\nthere",w\r\n3,,\n');
    expect(rows.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(rows[0].values).toEqual({ a: '1', b: 'x, y', c: 'z' });
    expect(rows[1].values.b).toBe('say "hi"\nthere');
    expect(rows[2].values).toEqual({ a: '3', b: '', c: '' });
  });
  it('names columns by position without a header', () => {
    expect(parseCsv('1,"A, B",-0- \n', { header: false })[0].values).toEqual({ 0: '1', 1: 'A, B', 2: '-0- ' });
  });
});

describe('source files', () => {
  it('reads the gzipped copy when only it exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-io-'));
    writeFileSync(join(dir, 'x.csv.gz'), gzipSync('h\nv\n'));
    expect(readSourceText(join(dir, 'x.csv'))).toBe('h\nv\n');
    expect(() => readSourceText(join(dir, 'missing.csv'))).toThrow(/missing\.csv/);
  });
  it('reads the files of a tar archive', () => {
    const header = Buffer.alloc(512);
    header.write('europe/ri.json', 0);
    header.write('00000000002\0', 124);
    header.write('0', 156);
    const body = Buffer.alloc(512);
    body.write('{}');
    const files = readTar(Buffer.concat([header, body, Buffer.alloc(1024)]));
    expect([...files.keys()]).toEqual(['europe/ri.json']);
    expect(files.get('europe/ri.json')!.toString()).toBe('{}');
  });
});

describe('dates and names', () => {
  it('parses the date forms the sources use', () => {
    expect(parseLooseDate('31 May 2017')).toBe('2017-05-31');
    expect(parseLooseDate('02 Oct 1972')).toBe('1972-10-02');
    expect(parseLooseDate('17.3.2014')).toBe('2014-03-17');
    expect(parseLooseDate('May 2017')).toBe('2017-05');
    expect(parseLooseDate('circa 1960')).toBeNull();
    expect(wikidataDate('1972-01-01', '9')).toBe('1972');
    expect(wikidataDate('1972-10-02T00:00:00Z')).toBe('1972-10-02');
  });
  it('folds diacritics and punctuation for matching', () => {
    expect(normalizeName('Aleksandar Vučić')).toBe('aleksandar vucic');
    expect(normalizeName('Đuro  Macut')).toBe('duro macut');
    expect(slug('Rossiya RTR / RTR Planeta')).toBe('rossiya-rtr-rtr-planeta');
  });
});
