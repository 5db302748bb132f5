// Scores article detection and extraction on saved pages with ground truth (the layout of shared/fixtures/pages:
// <source>/index.jsonl, <source>/<dir>/source.html.gz, <source>/<dir>/truth.json), next to Readability alone.
//
//   npm run eval:pages -- <dir> [--json out.json] [--only source] [--errors]
//
// Pages are parsed in child processes that are recycled every BATCH pages, so memory stays bounded.
import { fork } from 'node:child_process';
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { detectArticle, lastReasons } from '../src/detect/index.ts';
import { blockText, normaliseSpace } from '../src/detect/text.ts';
import { parseDocument, readPageFile } from '../src/cli/extract.ts';

const BATCH = 60;

interface Truth {
  id: string;
  source: string;
  url: string | null;
  site?: string | null;
  is_article: boolean | null;
  title: string | null;
  byline: string | null;
  authors?: string[] | null;
  date_published: string | null;
  body_text: string | null;
  body_text_kind?: string;
  body_snippets_with?: string[] | null;
  body_snippets_without?: string[] | null;
  site_name?: string | null;
}

interface Prediction {
  isArticle: boolean;
  title: string | null;
  byline: string | null;
  date: string | null;
  body: string;
  reasons?: string[];
}

interface PageResult {
  id: string;
  ours?: Prediction;
  readability?: Prediction;
  ms: { parse: number; ours: number; readability: number };
  error?: string;
}

interface PageJob {
  id: string;
  path: string;
  url: string;
}

// ---------- worker side ----------

function runReadability(doc: Document): Prediction {
  const isArticle = isProbablyReaderable(doc);
  let r: ReturnType<Readability<Element>['parse']> = null;
  try {
    r = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (n) => n as Element }).parse();
  } catch {
    r = null;
  }
  return {
    isArticle,
    title: r?.title ?? null,
    byline: r?.byline ?? null,
    date: r?.publishedTime ?? null,
    body: r?.content ? blockText(r.content) : '',
  };
}

function workOn(job: PageJob): PageResult {
  const ms = { parse: 0, ours: 0, readability: 0 };
  try {
    const html = readPageFile(job.path);
    let t = performance.now();
    const doc = parseDocument(html);
    ms.parse = performance.now() - t;
    t = performance.now();
    const d = detectArticle(doc, job.url);
    ms.ours = performance.now() - t;
    const ours: Prediction = {
      isArticle: d.info.isArticle,
      title: d.info.title,
      byline: d.info.byline,
      date: d.info.datePublished,
      body: d.bodyText,
      reasons: lastReasons,
    };
    t = performance.now();
    const readability = runReadability(doc);
    ms.readability = performance.now() - t;
    return { id: job.id, ours, readability, ms };
  } catch (e) {
    return { id: job.id, ms, error: (e as Error).message };
  }
}

function workerMain(): void {
  process.on('message', (msg: { jobs: PageJob[] }) => {
    const results = msg.jobs.map(workOn);
    process.send!({ results }, () => process.exit(0));
  });
}

// ---------- scoring ----------

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** The scrapinghub benchmark's shingle match: 4-grams of \w+ tokens, counted, normalised to sum 1. */
export function shingleMatch(truth: string, pred: string, n = 4): [number, number, number] {
  const grams = (text: string) => {
    const toks = text.match(TOKEN) ?? [];
    const m = new Map<string, number>();
    for (let i = 0; i < Math.max(1, toks.length - n + 1); i++) {
      const g = toks.slice(i, i + n);
      if (!g.length) continue;
      const k = g.join('\u0001');
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  const t = grams(truth);
  const p = grams(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

export function shingleF1(items: Array<[number, number, number]>): { p: number; r: number; f1: number } {
  const ps: number[] = [], rs: number[] = [];
  for (const [tp, fp, fn] of items) {
    if (tp + fp > 0) ps.push(fp === 0 && fn === 0 ? 1 : tp / (tp + fp));
    if (tp + fn > 0) rs.push(fp === 0 && fn === 0 ? 1 : tp / (tp + fn));
  }
  const mean = (a: number[]) => (a.length ? a.reduce((x, y) => x + y, 0) / a.length : 0);
  const p = mean(ps), r = mean(rs);
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

function norm(s: string): string {
  return normaliseSpace(s.normalize('NFKC').replace(/[‘’´`]/g, "'").replace(/[“”«»„]/g, '"').replace(/[‐‑‒–—]/g, '-')).toLowerCase();
}

const TITLE_PARTS = /\s+[|\-:·•»/_]\s+|\s*[|｜：_ㅣ]\s*|\s*--\s*/;
const titleWords = (x: string) => (x.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** Title variants with the site-name suffix removed ("Title | Section | Site", "Title - Site", "Title [Site]"),
 * compared on words alone (no punctuation). A leading part is removed only when it names the site
 * ("Site - Title"): the issue ignores site names, not kickers or the part before a dash. */
function titleVariants(s: string, siteNames: string[]): Set<string> {
  const n = norm(s).replace(/\s*\[[^\]]*\]$/, '');
  const out = new Set([titleWords(n)]);
  const parts = n.split(TITLE_PARTS);
  const names = siteNames.map((x) => titleWords(norm(x))).filter(Boolean);
  const first = titleWords(parts[0]);
  const rest = parts.length > 1 && names.some((x) => first === x || x.includes(first) || first.includes(x)) ? parts.slice(1) : null;
  for (const ps of rest ? [parts, rest] : [parts]) {
    out.add(titleWords(ps.join(' ')));
    for (let k = ps.length - 1; k >= 1; k--) out.add(titleWords(ps.slice(0, k).join(' ')));
  }
  out.delete('');
  return out;
}

/** The comparison used before 2026-11-26: any one part at either end dropped, whatever it says (kickers too). */
function looseTitleVariants(s: string): Set<string> {
  const n = norm(s).replace(/\s*\[[^\]]*\]$/, '');
  const out = new Set([titleWords(n)]);
  const parts = n.split(TITLE_PARTS);
  if (parts.length > 1) {
    out.add(titleWords(parts.slice(0, -1).join(' ')));
    out.add(titleWords(parts.slice(1).join(' ')));
    out.add(titleWords(parts[0]));
  }
  out.delete('');
  return out;
}

export function titleMatches(truth: string, pred: string | null, siteNames: string[] = []): boolean {
  if (!pred) return false;
  const a = titleVariants(truth, siteNames);
  for (const y of titleVariants(pred, siteNames)) if (a.has(y)) return true;
  return false;
}

export function looseTitleMatches(truth: string, pred: string | null): boolean {
  if (!pred) return false;
  const a = looseTitleVariants(truth);
  for (const y of looseTitleVariants(pred)) if (a.has(y)) return true;
  return false;
}

/** The site's names as the truth and the page URL give them. */
function siteNamesOf(t: Truth): string[] {
  const out = [t.site_name, t.site].filter((x): x is string => !!x);
  try {
    if (t.url) {
      const host = new URL(t.url).hostname.replace(/^www\./, '');
      out.push(host, host.split('.')[0]);
    }
  } catch {
    // no URL: the truth's names only
  }
  return out;
}

function dayOf(raw: string | null): Set<string> {
  const out = new Set<string>();
  if (!raw) return out;
  const s = raw.trim();
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  if (m) out.add(m[1]);
  // The same instant may fall on another calendar day in UTC: accept either reading of a zoned timestamp.
  if (/[T ]\d{2}:\d{2}/.test(s) && /(Z|[+-]\d{2}:?\d{2})$/.test(s)) {
    const d = new Date(s.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (!isNaN(d.getTime())) out.add(d.toISOString().slice(0, 10));
  }
  return out;
}

export function dateMatches(truth: string, pred: string | null): boolean {
  const t = dayOf(truth);
  // A date without a time is a local calendar day: it matches a timestamped truth if that instant falls on this
  // day in some time zone (UTC-12 to UTC+14).
  if (pred && /^\d{4}-\d{2}-\d{2}$/.test(pred.trim()) && /[T ]\d{2}:\d{2}/.test(truth) && /(Z|[+-]\d{2}:?\d{2})$/.test(truth.trim())) {
    const instant = new Date(truth.trim().replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2')).getTime();
    if (!isNaN(instant)) {
      for (const h of [-12, 14]) t.add(new Date(instant + h * 3600_000).toISOString().slice(0, 10));
    }
  }
  for (const d of dayOf(pred)) if (t.has(d)) return true;
  return false;
}

function people(s: string): string[] {
  return norm(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^(by|von|par|por|de|di|от)\s+/, '')
    .split(/\s*(?:,|;|\/|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b|\bwith\b)\s*/)
    .map((p) => p.replace(/^(by|von|par|por|от)\s+/, '').replace(/[^\p{L}\p{N}\s'-]/gu, '').trim())
    .filter((p) => p.length > 1);
}

/** Bylines match when every person named on each side is named on the other (middle names and titles aside). */
export function bylineMatches(truth: string, pred: string | null): boolean {
  if (!pred) return false;
  const a = people(truth);
  const b = people(pred);
  if (!a.length || !b.length) return false;
  const same = (x: string, y: string) => {
    if (x === y) return true;
    const tx = new Set(x.split(/\s+/));
    const ty = y.split(/\s+/);
    const tyset = new Set(ty);
    return [...tx].every((t) => tyset.has(t)) || ty.every((t) => tx.has(t));
  };
  return a.every((x) => b.some((y) => same(x, y))) && b.every((y) => a.some((x) => same(x, y)));
}

function snippetPass(t: Truth, body: string): { pass: boolean; withHit: number; withN: number; withoutHit: number; withoutN: number } {
  const b = normaliseSpace(body).toLowerCase();
  const w = (t.body_snippets_with ?? []).map((s) => normaliseSpace(s).toLowerCase());
  const wo = (t.body_snippets_without ?? []).map((s) => normaliseSpace(s).toLowerCase());
  const withHit = w.filter((s) => b.includes(s)).length;
  const withoutHit = wo.filter((s) => !b.includes(s)).length;
  return { pass: withHit === w.length && withoutHit === wo.length, withHit, withN: w.length, withoutHit, withoutN: wo.length };
}

interface Tally {
  tp: number; fp: number; tn: number; fn: number;
  body: Array<[number, number, number]>;
  title: number[]; looseTitle: number[]; date: number[]; byline: number[];
  snippets: number[];
}

function newTally(): Tally {
  return { tp: 0, fp: 0, tn: 0, fn: 0, body: [], title: [], looseTitle: [], date: [], byline: [], snippets: [] };
}

function truthByline(t: Truth): string | null {
  const raw: unknown = t.byline ?? t.authors ?? null;
  const s = Array.isArray(raw) ? raw.filter((x) => typeof x === 'string').join(', ') : typeof raw === 'string' ? raw : '';
  return normaliseSpace(s) || null;
}

function addTo(t: Tally, truth: Truth, p: Prediction | undefined): void {
  const pred: Prediction = p ?? { isArticle: false, title: null, byline: null, date: null, body: '' };
  if (truth.is_article != null) {
    if (truth.is_article && pred.isArticle) t.tp++;
    else if (truth.is_article) t.fn++;
    else if (pred.isArticle) t.fp++;
    else t.tn++;
  }
  if (truth.is_article === false) return;
  if (truth.body_text && !/first ~13 words/.test(truth.body_text_kind ?? '')) t.body.push(shingleMatch(truth.body_text, pred.body));
  if (truth.body_snippets_with?.length || truth.body_snippets_without?.length) t.snippets.push(snippetPass(truth, pred.body).pass ? 1 : 0);
  if (truth.title) {
    t.title.push(titleMatches(truth.title, pred.title, siteNamesOf(truth)) ? 1 : 0);
    t.looseTitle.push(looseTitleMatches(truth.title, pred.title) ? 1 : 0);
  }
  if (truth.date_published) t.date.push(dateMatches(truth.date_published, pred.date) ? 1 : 0);
  const byline = truthByline(truth);
  if (byline) t.byline.push(bylineMatches(byline, pred.byline) ? 1 : 0);
}

function summarise(t: Tally) {
  const prec = t.tp + t.fp ? t.tp / (t.tp + t.fp) : NaN;
  const rec = t.tp + t.fn ? t.tp / (t.tp + t.fn) : NaN;
  const f1 = prec + rec > 0 ? (2 * prec * rec) / (prec + rec) : NaN;
  const spec = t.tn + t.fp ? t.tn / (t.tn + t.fp) : NaN;
  const mean = (a: number[]) => (a.length ? a.reduce((x, y) => x + y, 0) / a.length : NaN);
  return {
    labelled: t.tp + t.fp + t.tn + t.fn,
    precision: prec, recall: rec, f1, specificity: spec,
    bodyN: t.body.length, bodyF1: t.body.length ? shingleF1(t.body).f1 : NaN,
    snippetN: t.snippets.length, snippetPass: mean(t.snippets),
    titleN: t.title.length, title: mean(t.title), looseTitle: mean(t.looseTitle),
    dateN: t.date.length, date: mean(t.date),
    bylineN: t.byline.length, byline: mean(t.byline),
  };
}

// ---------- main ----------

function loadTruths(dir: string, only: string | null): Array<{ truth: Truth; job: PageJob }> {
  const out: Array<{ truth: Truth; job: PageJob }> = [];
  for (const source of readdirSync(dir).sort()) {
    if (only && source !== only) continue;
    const index = join(dir, source, 'index.jsonl');
    if (!existsSync(index)) continue;
    for (const line of readFileSync(index, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const entry = JSON.parse(line) as { id: string; dir: string; url: string | null };
      const pageDir = join(dir, source, entry.dir);
      const truth = JSON.parse(readFileSync(join(pageDir, 'truth.json'), 'utf8')) as Truth;
      truth.source = source;
      const html = ['source.html.gz', 'source.html'].map((f) => join(pageDir, f)).find(existsSync) ?? join(pageDir, 'source.html.gz');
      out.push({ truth, job: { id: entry.id, path: html, url: entry.url ?? '' } });
    }
  }
  return out;
}

async function runWorkers(jobs: PageJob[]): Promise<PageResult[]> {
  const self = fileURLToPath(import.meta.url);
  const batches: PageJob[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(jobs.slice(i, i + BATCH));
  const results: PageResult[][] = new Array(batches.length);
  let next = 0;
  const parallel = Math.max(1, Math.min(cpus().length, 4));
  const lane = async () => {
    while (next < batches.length) {
      const i = next++;
      results[i] = await new Promise<PageResult[]>((resolve, reject) => {
        const child = fork(self, ['--worker'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        let got: PageResult[] | null = null;
        child.on('message', (m: { results: PageResult[] }) => (got = m.results));
        child.on('exit', (code) =>
          got ? resolve(got) : reject(new Error(`worker for batch ${i} exited with ${code} and no results`)),
        );
        child.send({ jobs: batches[i] });
      });
      process.stderr.write(`\r${Math.min(jobs.length, (i + 1) * BATCH)}/${jobs.length} pages`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  process.stderr.write('\n');
  return results.flat();
}

function fmt(x: number, digits = 3): string {
  return Number.isNaN(x) ? '–' : x.toFixed(digits);
}

async function main(args: string[]): Promise<number> {
  const dir = args.find((a) => !a.startsWith('--') && !args[args.indexOf(a) - 1]?.match(/^--(json|only)$/));
  if (!dir || !existsSync(dir)) {
    process.stderr.write('usage: npm run eval:pages -- <pages dir> [--json out.json] [--only <source>] [--errors]\n');
    return 2;
  }
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
  const entries = loadTruths(dir, only);
  const started = performance.now();
  const results = await runWorkers(entries.map((e) => e.job));
  const wall = (performance.now() - started) / 1000;
  const byId = new Map(results.map((r) => [r.id, r]));

  const tallies = new Map<string, { ours: Tally; rd: Tally }>();
  const get = (k: string) => {
    let t = tallies.get(k);
    if (!t) tallies.set(k, (t = { ours: newTally(), rd: newTally() }));
    return t;
  };
  const errors: string[] = [];
  const details: unknown[] = [];
  const allPages: unknown[] = [];
  for (const { truth } of entries) {
    const r = byId.get(truth.id);
    if (r?.error) errors.push(`${truth.id}: ${r.error}`);
    for (const key of [truth.source, 'overall']) {
      addTo(get(key).ours, truth, r?.ours);
      addTo(get(key).rd, truth, r?.readability);
    }
    if (args.includes('--errors') && r?.ours) {
      const o = r.ours;
      const issues: string[] = [];
      if (truth.is_article != null && truth.is_article !== o.isArticle) issues.push(`article: truth ${truth.is_article} got ${o.isArticle}`);
      if (truth.is_article !== false) {
        if (truth.title && !titleMatches(truth.title, o.title, siteNamesOf(truth))) issues.push(`title: "${truth.title}" got "${o.title}"`);
        if (truth.date_published && !dateMatches(truth.date_published, o.date)) issues.push(`date: ${truth.date_published} got ${o.date}`);
        const bl = truthByline(truth);
        if (bl && !bylineMatches(bl, o.byline)) issues.push(`byline: "${bl}" got "${o.byline}"`);
        if (truth.body_text && !/first ~13/.test(truth.body_text_kind ?? '')) {
          const [tp, fp, fn] = shingleMatch(truth.body_text, o.body);
          const p = tp + fp ? tp / (tp + fp) : 0, rc = tp + fn ? tp / (tp + fn) : 0;
          if (p < 0.9 || rc < 0.9) issues.push(`body: P ${p.toFixed(2)} R ${rc.toFixed(2)}`);
        }
        if (truth.body_snippets_with || truth.body_snippets_without) {
          const s = snippetPass(truth, o.body);
          if (!s.pass) issues.push(`snippets: with ${s.withHit}/${s.withN} without ${s.withoutHit}/${s.withoutN}`);
        }
      }
      allPages.push({ id: truth.id, truth: truth.is_article, got: o.isArticle, reasons: o.reasons });
      if (issues.length) details.push({ id: truth.id, url: truth.url, issues, reasons: o.reasons });
    }
  }

  const ms = results.map((r) => r.ms);
  const median = (a: number[]) => {
    const s = [...a].sort((x, y) => x - y);
    return s.length ? s[Math.floor(s.length / 2)] : NaN;
  };
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  const rows: string[] = [];
  rows.push('| source | method | labelled | precision | recall | article F1 | specificity | body pages | body F1 | snippet pages | snippet pass | title n | title | date n | date | byline n | byline |');
  rows.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const order = [...tallies.keys()].filter((k) => k !== 'overall').sort().concat('overall');
  const summary: Record<string, unknown> = {};
  for (const k of order) {
    const t = tallies.get(k)!;
    for (const [name, tally] of [['detectArticle', t.ours], ['Readability', t.rd]] as const) {
      const s = summarise(tally);
      summary[`${k}/${name}`] = s;
      const label = k === 'overall' ? '**overall**' : k;
      rows.push(
        `| ${label} | ${name} | ${s.labelled} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} | ${fmt(s.specificity)} | ${s.bodyN} | ${fmt(s.bodyF1)} | ${s.snippetN} | ${fmt(s.snippetPass)} | ${s.titleN} | ${fmt(s.title)} | ${s.dateN} | ${fmt(s.date)} | ${s.bylineN} | ${fmt(s.byline)} |`,
      );
    }
  }
  const overall = summary['overall/detectArticle'] as { looseTitle: number } | undefined;
  const overallRd = summary['overall/Readability'] as { looseTitle: number } | undefined;
  const speed = [
    '',
    `title with the earlier, looser comparison (any one part at either end dropped): detectArticle ${fmt(overall?.looseTitle ?? NaN)}, Readability ${fmt(overallRd?.looseTitle ?? NaN)}`,
    `pages: ${entries.length} (${errors.length} unreadable); wall time ${wall.toFixed(1)} s with worker processes`,
    `median per page: parse (linkedom) ${fmt(median(ms.map((m) => m.parse)), 1)} ms, detectArticle ${fmt(median(ms.map((m) => m.ours)), 1)} ms, Readability (isProbablyReaderable + parse on a clone) ${fmt(median(ms.map((m) => m.readability)), 1)} ms`,
    `pages per second, one process (parse + detectArticle): ${fmt(entries.length / (sum(ms.map((m) => m.parse + m.ours)) / 1000), 1)}; Readability (parse + isProbablyReaderable + parse()): ${fmt(entries.length / (sum(ms.map((m) => m.parse + m.readability)) / 1000), 1)}`,
  ];
  process.stdout.write(rows.join('\n') + '\n' + speed.join('\n') + '\n');
  if (errors.length) process.stdout.write(`unreadable pages:\n${errors.map((e) => `  ${e}`).join('\n')}\n`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ summary, details, allPages }, null, 1));
  else if (details.length) process.stderr.write(details.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return 0;
}

if (process.argv.includes('--worker')) workerMain();
else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
