import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeHtml, extractPage } from './extract.ts';

const PAGE = new URL('../../tests/pages/detect/demo-article.html', import.meta.url).pathname;

describe('extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-test-'));

  it('reads plain and gzipped pages alike', () => {
    const gz = join(dir, 'page.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(PAGE)));
    const plain = extractPage(PAGE, 'http://127.0.0.1/demo.html');
    const zipped = extractPage(gz, 'http://127.0.0.1/demo.html');
    expect(plain.error).toBeUndefined();
    expect(plain.isArticle).toBe(true);
    expect(plain.title).toBe('Serbian Official Praises Ties With Russia at Summit');
    expect(zipped).toEqual({ ...plain, path: gz });
  });

  it('reports bad input as an error line instead of failing', () => {
    const broken = join(dir, 'broken.html.gz');
    writeFileSync(broken, gzipSync(readFileSync(PAGE)).subarray(0, 200));
    expect(extractPage(join(dir, 'missing.html'), '').error).toMatch(/cannot read/);
    expect(extractPage(broken, '').error).toMatch(/broken gzip/);
    const binary = join(dir, 'binary.html');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]));
    expect(extractPage(binary, '').error).toMatch(/not HTML/);
  });

  it('decodes UTF-8 whatever the page declares, and a declared legacy charset otherwise', () => {
    const utf8 = Buffer.from('<meta charset="windows-1251"><p>Привет</p>', 'utf8');
    expect(decodeHtml(utf8)).toContain('Привет');
    const cp1251 = Buffer.concat([Buffer.from('<meta charset="windows-1251"><p>'), Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), Buffer.from('</p>')]);
    expect(decodeHtml(cp1251)).toContain('Привет');
  });
});
