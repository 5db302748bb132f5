// `npm run audit:pages -- <dir> [--limit N] [--every K] [--second-run all|none|N] [--json out.json]`: loads every saved page of a fixture folder
// (`<source>/<name>/source.html.gz`, or a folder of such sources) into Chromium twice — once with the built
// extension (dist/chrome) and once without — served from 127.0.0.1, with every other request aborted, and reports
// what the extension did to each page: article detected, mentions highlighted, body text identical, page errors
// only seen with the extension, layout shift after our highlights, marks in forbidden places (forms, editable
// regions, code), whether a second run changes anything, and the longest main-thread task in which the content
// script ran (a Chrome trace with V8's sampling profiler).
// The last line is a JSON summary.
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';
import { launchChromium, type ExtensionBrowser } from './lib/chromium.ts';
import { findChromium } from './lib/browsers.ts';

interface PageEntry {
  id: string;
  file: string;
}

export interface PageAudit {
  id: string;
  analysed: boolean;
  article: boolean;
  mentions: number;
  marks: number;
  textIdentical: boolean | null;
  /** The page's own text differs between two loads without the extension: text identity cannot be judged. */
  nondeterministic: boolean;
  /** The saved page navigated itself away (a redirect to the live site, blocked here): nothing to judge. */
  navigatedAway: boolean;
  pageErrors: string[];
  layoutShift: number;
  /** Without the extension the page shifted by itself after loading: its layout shift is not judged. */
  pageShiftsItself: boolean;
  /** Elements whose box differs (> 0.25 px) with and without our highlights; null when not checked or the page moves. */
  boxesMoved: number | null;
  forbiddenMarks: number;
  secondRunChanged: boolean | null;
  maxTaskMs: number;
  /** 'trace' when the content script's injection was seen in the page's trace. */
  /** The content script's own time (profiler samples) within that task. */
  maxOwnMs: number;
  taskSource: 'trace' | 'none';
}

/** Finds `source.html.gz` pages below `dir`, in a stable order. */
export function findPages(dir: string): PageEntry[] {
  const out: PageEntry[] = [];
  const walk = (d: string) => {
    const names = readdirSync(d).sort();
    if (names.includes('source.html.gz')) {
      out.push({ id: relative(dir, d) || '.', file: join(d, 'source.html.gz') });
      return;
    }
    for (const name of names) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out;
}

/** Installed in every page before its own scripts: layout shifts and the time our first highlight appeared,
 *  collected in the page's own world. */
const INIT_SCRIPT = `(() => {
  const audit = { shifts: [], firstMarkAt: null, lastMarkAt: null };
  Object.defineProperty(window, '__scAudit', { value: audit, enumerable: false });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) audit.shifts.push({ t: e.startTime, v: e.value, input: e.hadRecentInput }); })
      .observe({ type: 'layout-shift', buffered: true });
  } catch {}
  const watch = () => new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'SC-MARK') {
      const now = performance.now();
      if (audit.firstMarkAt === null) audit.firstMarkAt = now;
      audit.lastMarkAt = now;
    }
  }).observe(document, { childList: true, subtree: true });
  watch();
})();`;

const FORBIDDEN = 'input sc-mark, textarea sc-mark, select sc-mark, button sc-mark, [contenteditable] sc-mark, code sc-mark, pre sc-mark, script sc-mark, style sc-mark, a sc-mark, svg sc-mark, noscript sc-mark';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      startTime?: number;
      cpuProfile?: { nodes?: Array<{ id: number; parent?: number; callFrame?: { url?: string } }>; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

/**
 * Records a Chrome trace of the tab with V8's sampling profiler, and reports the longest main-thread task in which
 * the content script ran (a task holding a profiler sample of content.js code). Long-task and long-animation-frame
 * entries leave extension scripts out, hence the trace. A page task that ends by running one of our callbacks (a
 * mutation observer) counts whole, so `maxOwnMs` gives the script's own time within its longest stretch, from the
 * samples; `windowMaxTaskMs` is the longest task of any kind from the script's injection on (an upper bound).
 */
export class TaskTrace {
  private events: TraceEvent[] = [];
  private done: Promise<unknown> | null = null;
  private constructor(private readonly cdp: CDPSession) {}

  static async start(context: BrowserContext, page: Page): Promise<TaskTrace> {
    const cdp = await context.newCDPSession(page);
    const trace = new TaskTrace(cdp);
    const keep = new Set(['ThreadControllerImpl::RunTask', 'EvaluateScript', 'Profile', 'ProfileChunk']);
    cdp.on('Tracing.dataCollected', (e) => {
      for (const ev of e.value as unknown as TraceEvent[]) if (keep.has(ev.name)) trace.events.push(ev);
    });
    trace.done = new Promise((ok) => cdp.on('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel,disabled-by-default-v8.cpu_profiler', transferMode: 'ReportEvents' });
    return trace;
  }

  async stop(): Promise<{ maxTaskMs: number; over50: number; maxOwnMs: number; windowMaxTaskMs: number } | null> {
    await this.cdp.send('Tracing.end').catch(() => undefined);
    await Promise.race([this.done, new Promise((ok) => setTimeout(ok, 5000))]);
    await this.cdp.detach().catch(() => undefined);
    const isOurs = (url: string | undefined) => !!url && /^(chrome|moz)-extension:.*\/content\.js/.test(url);
    const injected = this.events.find((e) => e.name === 'EvaluateScript' && isOurs(e.args?.data?.url));
    if (!injected) return null;
    const tid = injected.tid;

    // Times of the profiler samples taken while content.js code was on the stack, on the page's main thread.
    const ourSamples: number[] = [];
    /** How long each of our samples stands for (until the next sample). */
    const ourSpan = new Map<number, number>();
    const profiles = new Map<string, { time: number; parent: Map<number, number | undefined>; ours: Map<number, boolean>; urls: Map<number, string | undefined> }>();
    for (const e of this.events) {
      if (e.name === 'Profile' && e.tid === tid && e.id) profiles.set(e.id, { time: e.args?.data?.startTime ?? e.ts, parent: new Map(), ours: new Map(), urls: new Map() });
      if (e.name !== 'ProfileChunk' || !e.id) continue;
      const p = profiles.get(e.id);
      if (!p) continue;
      for (const n of e.args?.data?.cpuProfile?.nodes ?? []) {
        p.parent.set(n.id, n.parent);
        p.urls.set(n.id, n.callFrame?.url);
      }
      const oursNode = (id: number): boolean => {
        const known = p.ours.get(id);
        if (known !== undefined) return known;
        const parent = p.parent.get(id);
        const value = isOurs(p.urls.get(id)) || (parent !== undefined && oursNode(parent));
        p.ours.set(id, value);
        return value;
      };
      const samples = e.args?.data?.cpuProfile?.samples ?? [];
      const deltas = e.args?.data?.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        p.time += deltas[i] ?? 0;
        if (oursNode(samples[i])) {
          ourSamples.push(p.time);
          ourSpan.set(p.time, deltas[i + 1] ?? 0);
        }
      }
    }
    ourSamples.sort((a, b) => a - b);
    const firstAtOrAfter = (from: number) => {
      let lo = 0;
      let hi = ourSamples.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ourSamples[mid] < from) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const hasSampleIn = (from: number, to: number) => {
      const i = firstAtOrAfter(from);
      return i < ourSamples.length && ourSamples[i] <= to;
    };
    /** The content script's own time inside one task (ms), from its samples there. */
    const ownTimeIn = (from: number, to: number) => {
      let sum = 0;
      for (let i = firstAtOrAfter(from); i < ourSamples.length && ourSamples[i] <= to; i++) sum += Math.min(ourSpan.get(ourSamples[i]) ?? 0, to - ourSamples[i]);
      return sum / 1000;
    };
    const tasks = this.events.filter((e) => e.tid === tid && e.name === 'ThreadControllerImpl::RunTask' && e.ts + (e.dur ?? 0) >= injected.ts);
    const ours = tasks.filter((t) => t === injected || hasSampleIn(t.ts, t.ts + (t.dur ?? 0)) || (injected.ts >= t.ts && injected.ts <= t.ts + (t.dur ?? 0)));
    const ms = ours.map((t) => (t.dur ?? 0) / 1000);
    return {
      maxTaskMs: ms.reduce((a, b) => Math.max(a, b), 0),
      over50: ms.filter((d) => d > 50).length,
      maxOwnMs: ours.reduce((a, t) => Math.max(a, ownTimeIn(t.ts, t.ts + (t.dur ?? 0))), 0),
      windowMaxTaskMs: tasks.reduce((a, t) => Math.max(a, (t.dur ?? 0) / 1000), 0),
    };
  }
}

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function blockExternal(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    return route.abort('blockedbyclient');
  });
}

const bodyText = (page: Page) => page.evaluate(() => document.body?.textContent ?? '');

interface Load {
  page: Page;
  errors: string[];
}

async function load(context: BrowserContext, url: string, beforeGoto?: (page: Page) => Promise<void>): Promise<Load> {
  const page = await context.newPage();
  await beforeGoto?.(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e.message).split('\n')[0].slice(0, 200)));
  page.on('console', (m) => {
    // Content-script messages reach the tab's console too: an uncaught one of ours counts as a page error.
    if (m.type() === 'error' && /source context|extension context/i.test(m.text())) errors.push(`console: ${m.text().slice(0, 200)}`);
  });
  page.setDefaultTimeout(20_000);
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
  return { page, errors };
}

async function sessionState(ext: ExtensionBrowser): Promise<{ mentions: Array<{ id: string }>; isArticle: boolean } | null> {
  const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
  return worker.evaluate(async () => {
    // @ts-expect-error chrome is the extension API inside the worker
    const all = await chrome.storage.session.get(null);
    const key = Object.keys(all).find((k) => k.startsWith('tab:'));
    if (!key) return null;
    const a = all[key].analysis;
    return { mentions: a.mentions.map((m: { id: string }) => ({ id: m.id })), isArticle: a.article.isArticle };
  });
}

async function clearSession(ext: ExtensionBrowser): Promise<void> {
  const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
  // @ts-expect-error chrome is the extension API inside the worker
  await worker.evaluate(() => chrome.storage.session.clear());
}

async function setMode(ext: ExtensionBrowser, mode: string): Promise<void> {
  const worker = ext.context.serviceWorkers()[0] ?? ext.worker;
  await worker.evaluate(async (m: string) => {
    // @ts-expect-error chrome is the extension API inside the worker
    const got = (await chrome.storage.local.get('settings')).settings ?? {};
    // @ts-expect-error chrome is the extension API inside the worker
    await chrome.storage.local.set({ settings: { ...got, highlightMode: m } });
  }, mode);
}

/** Waits until the marks on the page stop changing (highlighting is chunked), or a deadline passes. */
async function settleMarks(page: Page, expected: number, maxMs = 8000): Promise<number> {
  const until = Date.now() + maxMs;
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < until) {
    const n = await page.evaluate(() => document.querySelectorAll('sc-mark').length).catch(() => -1);
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (n >= expected || Date.now() - stableSince > 600) return n;
    await page.waitForTimeout(80);
  }
  return last;
}

async function auditPage(ext: ExtensionBrowser, plain: Browser, url: string, id: string, checkSecondRun: boolean): Promise<PageAudit> {
  // Without the extension: the page's own text and errors, twice if needed to tell a page's own variation apart.
  const baseContext = await plain.newContext({ viewport: { width: 1200, height: 900 } });
  await blockExternal(baseContext);
  const base = await load(baseContext, url);
  await base.page.waitForTimeout(300);
  const baseText = await bodyText(base.page).catch(() => '');
  const baseShiftsAfter = async (t: number) =>
    base.page.evaluate((after: number) => ((window as any).__scAudit?.shifts ?? []).filter((s: any) => s.t >= after && !s.input).reduce((a: number, s: any) => a + s.v, 0), t).catch(() => 0);

  const extRun = async () => {
    await clearSession(ext);
    let trace: TaskTrace | null = null;
    const run = await load(ext.context, url, async (page) => {
      trace = await TaskTrace.start(ext.context, page);
    });
    let state = null as Awaited<ReturnType<typeof sessionState>>;
    const until = Date.now() + 15_000;
    while (Date.now() < until && !(state = await sessionState(ext))) await run.page.waitForTimeout(100);
    const firstOfEach = new Set(state?.mentions.map((m) => m.id) ?? []).size;
    const marks = await settleMarks(run.page, firstOfEach);
    await run.page.waitForTimeout(200);
    const tasks = trace ? await (trace as TaskTrace).stop() : null;
    const probe = await run.page
      .evaluate((forbidden: string) => {
        const a = (window as any).__scAudit ?? { shifts: [], firstMarkAt: null };
        const from = a.firstMarkAt ?? Infinity;
        const shift = a.shifts.filter((s: any) => s.t >= from - 1 && !s.input).reduce((x: number, s: any) => x + s.v, 0);
        return {
          text: document.body?.textContent ?? '',
          html: document.body?.innerHTML ?? '',
          shift,
          firstMarkAt: a.firstMarkAt as number | null,
          forbidden: document.querySelectorAll(forbidden).length,
        };
      }, FORBIDDEN)
      .catch(() => null);
    return { run, state, marks, tasks, probe, navigatedAway: run.page.url() !== url };
  };

  let { run, state, marks, tasks, probe, navigatedAway } = await extRun();
  let textIdentical: boolean | null = probe ? probe.text === baseText : null;
  let nondeterministic = false;
  if (probe && !textIdentical && !navigatedAway) {
    // A page whose own scripts vary between loads: load both again; the extension's doing would show twice.
    const again = await load(baseContext, url);
    await again.page.waitForTimeout(300);
    const againText = await bodyText(again.page).catch(() => '');
    await again.page.close();
    await run.page.close().catch(() => undefined);
    ({ run, state, marks, tasks, probe, navigatedAway } = await extRun());
    textIdentical = probe ? probe.text === againText : null;
    nondeterministic = againText !== baseText;
  }
  const baseShift = probe?.firstMarkAt != null ? await baseShiftsAfter(probe.firstMarkAt - 1) : 0;
  // A page that shifts by itself after loading (late content, its own widgets) shifts at different moments on each
  // load: its shift entries cannot be told apart from ours, so only pages that hold still without us are judged.
  const pageShiftsItself = (await baseShiftsAfter(0)) > 0.001;
  const layoutShift = pageShiftsItself ? 0 : Math.max(0, (probe?.shift ?? 0) - baseShift);

  // A second run over the same page (the mode toggled off and back, which clears and re-highlights) must leave
  // the same DOM as the first.
  let secondRunChanged: boolean | null = null;
  let boxesMoved: number | null = null;
  if (checkSecondRun && probe && marks > 0) {
    // Geometry, directly: every element's box with the highlights and without them (mode off), if the page holds
    // still on its own between two looks.
    const boxes = () =>
      run.page.evaluate(() => [...document.body.querySelectorAll('*:not(sc-mark)')].map((e) => {
        const r = e.getBoundingClientRect();
        return [r.x, r.y, r.width, r.height];
      })).catch(() => [] as number[][]);
    const withMarks = await boxes();
    await run.page.waitForTimeout(300);
    const again = await boxes();
    const differ = (a: number[][], b: number[][]) => (a.length !== b.length ? Infinity : a.filter((r, i) => r.some((v, k) => Math.abs(v - b[i][k]) > 0.25)).length);
    const still = differ(withMarks, again) === 0;
    await setMode(ext, 'off');
    await settleMarks(run.page, 0, 4000);
    if (still) boxesMoved = differ(again, await boxes());
    await setMode(ext, 'first');
    await settleMarks(run.page, marks, 8000);
    const html = await run.page.evaluate(() => document.body?.innerHTML ?? '').catch(() => '');
    secondRunChanged = html !== probe.html;
  }

  const baseErrors = new Set(base.errors);
  const pageErrors = [...new Set(run.errors.filter((e) => !baseErrors.has(e)))];
  await run.page.close().catch(() => undefined);
  await base.page.close().catch(() => undefined);
  await baseContext.close().catch(() => undefined);
  return {
    id,
    analysed: state !== null,
    article: state?.isArticle ?? false,
    mentions: state?.mentions.length ?? 0,
    marks,
    textIdentical: navigatedAway ? null : textIdentical,
    nondeterministic,
    navigatedAway,
    pageErrors,
    layoutShift: Math.round(layoutShift * 10000) / 10000,
    pageShiftsItself,
    boxesMoved,
    forbiddenMarks: probe?.forbidden ?? 0,
    secondRunChanged,
    maxTaskMs: Math.round(tasks?.maxTaskMs ?? 0),
    maxOwnMs: Math.round(tasks?.maxOwnMs ?? 0),
    taskSource: tasks ? 'trace' : 'none',
  };
}

export async function main(args: string[]): Promise<number> {
  const dir = args.find((a, i) => !a.startsWith('--') && !['--limit', '--json', '--second-run', '--dist', '--every', '--offset'].includes(args[i - 1] ?? ''));
  if (!dir || !existsSync(dir)) {
    console.error('usage: npm run audit:pages -- <dir> [--limit N] [--every K [--offset I]] [--json out.json] [--second-run all|none|N] [--dist dist/chrome]');
    return 2;
  }
  if (!existsSync('dist/chrome/manifest.json')) {
    console.error('dist/chrome is missing: run `npm run build` first.');
    return 2;
  }
  const limit = Number(arg(args, '--limit') ?? Infinity);
  // Every k-th page across all sources: a representative sample when the whole folder would take too long.
  const every = Math.max(1, Number(arg(args, '--every') ?? 1));
  const offset = Number(arg(args, '--offset') ?? 0) % every;
  const secondRunArg = arg(args, '--second-run') ?? 'all';
  let pages = findPages(resolve(dir)).filter((_, i) => i % every === offset);
  if (Number.isFinite(limit)) pages = pages.slice(0, limit);
  const secondEvery = secondRunArg === 'all' ? 1 : secondRunArg === 'none' ? 0 : Number(secondRunArg);

  const byPath = new Map(pages.map((p, i) => [`/p/${i}/`, p.file]));
  const server = createServer((req, res) => {
    const file = byPath.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(gunzipSync(readFileSync(file)));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;

  const ext = await launchChromium(arg(args, '--dist') ?? 'dist/chrome');
  await blockExternal(ext.context);
  await ext.context.addInitScript(INIT_SCRIPT);
  const plain = await chromium.launch({ executablePath: findChromium()!, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  // The baseline contexts get the same instrumentation.
  const origNewContext = plain.newContext.bind(plain);
  plain.newContext = async (options) => {
    const c = await origNewContext(options);
    await c.addInitScript(INIT_SCRIPT);
    return c;
  };

  const results: PageAudit[] = [];
  try {
    for (let i = 0; i < pages.length; i++) {
      const url = `http://127.0.0.1:${port}/p/${i}/`;
      let result: PageAudit;
      try {
        result = await auditPage(ext, plain, url, pages[i].id, secondEvery > 0 && i % secondEvery === 0);
      } catch (error) {
        result = { id: pages[i].id, analysed: false, article: false, mentions: 0, marks: 0, textIdentical: null, nondeterministic: false, navigatedAway: false, pageErrors: [`audit failed: ${String(error).slice(0, 200)}`], layoutShift: 0, pageShiftsItself: false, boxesMoved: null, forbiddenMarks: 0, secondRunChanged: null, maxTaskMs: 0, maxOwnMs: 0, taskSource: 'none' };
      }
      results.push(result);
      const yn = (v: boolean | null) => (v === null ? 'n/a' : v ? 'yes' : 'NO');
      console.log(
        [
          result.id,
          `article=${yn(result.article)}`,
          `mentions=${result.mentions}`,
          `marks=${result.marks}`,
          `textIdentical=${yn(result.textIdentical)}${result.nondeterministic ? '(page varies)' : ''}${result.navigatedAway ? '(page navigated away)' : ''}`,
          `pageErrors=${result.pageErrors.length}${result.pageErrors.length ? ` [${result.pageErrors.join(' | ')}]` : ''}`,
          `layoutShift=${result.pageShiftsItself ? 'n/a(page shifts itself)' : result.layoutShift}`,
          `boxesMoved=${result.boxesMoved ?? 'n/a'}`,
          `forbiddenMarks=${result.forbiddenMarks}`,
          `secondRunChanged=${result.secondRunChanged === null ? 'n/a' : result.secondRunChanged ? 'YES' : 'no'}`,
          `maxTaskMs=${result.maxTaskMs}`,
          `ownMs=${result.maxOwnMs}`,
          result.analysed ? '' : 'NOT ANALYSED',
        ].join('  '),
      );
    }
  } finally {
    await ext.close();
    await plain.close().catch(() => undefined);
    server.close();
  }

  const judged = results.filter((r) => r.textIdentical !== null);
  const summary = {
    pages: results.length,
    analysed: results.filter((r) => r.analysed).length,
    articles: results.filter((r) => r.article).length,
    mentions: results.reduce((a, r) => a + r.mentions, 0),
    marks: results.reduce((a, r) => a + r.marks, 0),
    navigatedAway: results.filter((r) => r.navigatedAway).length,
    textIdentical: judged.length ? Math.round((judged.filter((r) => r.textIdentical).length / judged.length) * 10000) / 100 : 100,
    textJudged: judged.length,
    textNotIdentical: results.filter((r) => r.textIdentical === false).map((r) => r.id),
    pageErrors: results.reduce((a, r) => a + r.pageErrors.length, 0),
    layoutShift: Math.round(results.reduce((a, r) => a + r.layoutShift, 0) * 10000) / 10000,
    pagesWithShift: results.filter((r) => r.layoutShift > 0).length,
    shiftJudged: results.filter((r) => !r.pageShiftsItself).length,
    boxesChecked: results.filter((r) => r.boxesMoved !== null).length,
    boxesMoved: results.reduce((a, r) => a + (r.boxesMoved ?? 0), 0),
    forbiddenMarks: results.reduce((a, r) => a + r.forbiddenMarks, 0),
    secondRunChecked: results.filter((r) => r.secondRunChanged !== null).length,
    secondRunChanged: results.filter((r) => r.secondRunChanged).length,
    tasksMeasured: results.filter((r) => r.taskSource === 'trace').length,
    maxTaskMs: results.reduce((a, r) => Math.max(a, r.maxTaskMs), 0),
    pagesWithTaskOver50ms: results.filter((r) => r.maxTaskMs > 50).length,
    maxOwnMs: results.reduce((a, r) => Math.max(a, r.maxOwnMs), 0),
    pagesWithOwnOver50ms: results.filter((r) => r.maxOwnMs > 50).length,
  };
  const jsonOut = arg(args, '--json');
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ summary, results }, null, 2));
  console.log(JSON.stringify(summary));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (error) => {
    console.error(error);
    process.exit(1);
  });
}
