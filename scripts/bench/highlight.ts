// Highlighting a 10,000-word article in Chromium with the built extension: the longest main-thread task in which the
// content script ran (a Chrome trace with V8's sampling profiler; it must stay under 50 ms: the work is split into
// chunks), the longest task of any kind meanwhile (layout included), and the total time.
// The article is the demo article's body repeated; every mention is highlighted (the heaviest mode).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { launchChromium } from '../lib/chromium.ts';
import { TaskTrace } from '../audit-pages.ts';

const WORDS = 10_000;

/** The demo page with its article body repeated to at least `words` words. */
export function longArticle(words = WORDS): string {
  const demo = readFileSync(new URL('../../assets/demo/moscow-times-2024-10-24.html', import.meta.url), 'utf8');
  const head = demo.slice(0, demo.indexOf('</head>'));
  const paragraphs = [...demo.matchAll(/<p>(?:(?!<\/p>)[\s\S])*<\/p>/g)].map((m) => m[0]).filter((p) => !p.includes('Related article'));
  const body: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    body.push(p);
    count += p.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
  }
  return `${head}</head><body><main><article class="article"><h1>Long article</h1><div class="article-body">${body.join('\n')}</div></article></main></body></html>`;
}


export async function run(): Promise<Record<string, number | string>> {
  const html = longArticle();
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const ext = await launchChromium('dist/chrome');
  try {
    // @ts-expect-error chrome is the extension API inside the worker
    await ext.worker.evaluate(() => chrome.storage.local.set({ settings: { highlightMode: 'all' } }));
    const page = await ext.context.newPage();
    // Long-task and long-animation-frame entries leave extension scripts out: a trace of the page sees them.
    const trace = await TaskTrace.start(ext.context, page);
    const started = Date.now();
    await page.goto(`http://127.0.0.1:${port}/long-article.html`);
    await page.waitForSelector('sc-mark', { timeout: 30_000 });
    let last = -1;
    let marks = 0;
    for (;;) {
      marks = await page.evaluate(() => document.querySelectorAll('sc-mark').length);
      if (marks === last) break;
      last = marks;
      await page.waitForTimeout(400);
    }
    const elapsed = Date.now() - started;
    const tasks = await trace.stop();
    if (!tasks) throw new Error('the content script was not seen running');
    const words = await page.evaluate(() => document.querySelector('.article-body')!.textContent!.split(/\s+/).filter(Boolean).length);
    return {
      'article words': words,
      'marks (mode: every mention)': marks,
      'load to last highlight, ms': elapsed,
      'content script longest task, ms': Math.round(tasks.maxTaskMs),
      'content script tasks over 50 ms': tasks.over50,
      'content script own time in its longest task, ms': Math.round(tasks.maxOwnMs),
      'any task from injection to last highlight, ms': Math.round(tasks.windowMaxTaskMs),
    };
  } finally {
    await ext.close();
    server.close();
  }
}
