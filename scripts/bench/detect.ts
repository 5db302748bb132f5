// Median per-page time of detectArticle against Readability's parse() (on a clone, as the content script would
// have to run it), on the shared fixture pages when present, else on the committed test pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { detectArticle } from '../../src/detect/index.ts';
import { parseDocument, readPageFile } from '../../src/cli/extract.ts';

const FIXTURES = '/work/shared/fixtures/pages';
const COMMITTED = new URL('../../tests/pages/detect/', import.meta.url).pathname;
const MAX_PAGES = 150;

function fixturePages(): Array<{ path: string; url: string }> {
  const out: Array<{ path: string; url: string }> = [];
  for (const source of readdirSync(FIXTURES).sort()) {
    const index = join(FIXTURES, source, 'index.jsonl');
    if (!existsSync(index)) continue;
    for (const line of readFileSync(index, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const e = JSON.parse(line) as { dir: string; url: string | null };
      out.push({ path: join(FIXTURES, source, e.dir, 'source.html.gz'), url: e.url ?? '' });
    }
  }
  // Every fifth page: all sources, bounded time.
  return out.filter((_, i) => i % 5 === 0).slice(0, MAX_PAGES);
}

function committedPages(): Array<{ path: string; url: string }> {
  return readdirSync(COMMITTED)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ path: join(COMMITTED, f), url: `https://example.org/news/2024/10/24/${f.replace(/\.html$/, '')}` }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}

export async function run(): Promise<Record<string, number | string>> {
  const useFixtures = existsSync(FIXTURES);
  const pages = useFixtures ? fixturePages() : committedPages();
  const ours: number[] = [];
  const readability: number[] = [];
  const ratios: number[] = [];
  for (const page of pages) {
    let doc: Document;
    try {
      doc = parseDocument(readPageFile(page.path));
    } catch {
      continue;
    }
    // Warm-up on the first page so JIT compilation is not charged to either side.
    if (!ours.length) {
      detectArticle(doc, page.url);
      new Readability(doc.cloneNode(true) as Document).parse();
    }
    let t = performance.now();
    detectArticle(doc, page.url);
    const a = performance.now() - t;
    t = performance.now();
    try {
      new Readability(doc.cloneNode(true) as Document).parse();
    } catch {
      /* a page Readability cannot parse still costs its time */
    }
    const b = performance.now() - t;
    ours.push(a);
    readability.push(b);
    ratios.push(a / b);
  }
  const mOurs = median(ours);
  const mReadability = median(readability);
  return {
    pages: ours.length,
    page_set: useFixtures ? 'shared fixtures (every 5th page)' : 'tests/pages/detect',
    detect_median_ms: +mOurs.toFixed(2),
    readability_parse_median_ms: +mReadability.toFixed(2),
    detect_p90_ms: +[...ours].sort((x, y) => x - y)[Math.floor(ours.length * 0.9)].toFixed(2),
    median_time_ratio_detect_over_readability: +median(ratios).toFixed(3),
    detect_faster_on_median_page: mOurs < mReadability ? 'yes' : 'no',
  };
}
