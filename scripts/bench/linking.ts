// Linking speed with the full built dataset (build/dataset; make it with `npm run dataset`):
// - how long the worker takes to be ready: open the dataset (names index included) and create the linker;
// - the time to link a 10,000-word article (the demo article's text repeated): median and fastest
//   of 20 runs, wall-clock and CPU time (on a busy shared machine the CPU time is the steadier);
// - throughput in words per second, against one regular expression per name (every name and alias
//   in the dataset, case-insensitive, on word boundaries) run in the same process on the same text.
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Dataset } from '../../src/dataset/store.ts';
import { fsReader } from '../../src/dataset/fs-reader.ts';
import { createLinker, type NameIndex } from '../../src/match/index.ts';

// SC_DATASET_DIR: another built dataset (the working tree's build/dataset may be mid-rebuild).
const DATASET = (process.env.SC_DATASET_DIR ?? new URL('../../build/dataset', import.meta.url).pathname).replace(/\/?$/, '/');
const DEMO = new URL('../../assets/demo/moscow-times-2024-10-24.html', import.meta.url).pathname;
const WORDS = 10_000;
const BASELINE_SAMPLE = 4000;

/** The demo article's paragraphs as plain text, repeated to at least `words` words. */
export function articleText(words = WORDS): string {
  const html = readFileSync(DEMO, 'utf8');
  const paragraphs = [...html.matchAll(/<p>((?:(?!<\/p>)[\s\S])*)<\/p>/g)]
    .map((m) =>
      m[1]
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&#39;|&rsquo;/g, '’')
        .replace(/&quot;/g, '"')
        .trim(),
    )
    .filter((p) => p && !p.includes('Related article'));
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    count += p.split(/\s+/).filter(Boolean).length;
  }
  return out.join('\n\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

export async function run(): Promise<Record<string, number | string>> {
  if (!existsSync(DATASET + 'manifest.json')) throw new Error(`no built dataset in ${DATASET} (run: npm run dataset)`);
  const searchList = JSON.parse(readFileSync(DATASET + 'search.json', 'utf8')) as string[][];

  // Ready: what the worker does at start: open the dataset (read and check the manifest, the name
  // index and the domain list) and create the linker. Median of 5 after one warm-up.
  const openTimes: number[] = [];
  const createTimes: number[] = [];
  let index: NameIndex | null = null;
  for (let k = 0; k < 6; k++) {
    const t0 = performance.now();
    const dataset = await Dataset.open(fsReader(DATASET));
    index = dataset.nameIndex as NameIndex;
    const t1 = performance.now();
    createLinker(index);
    const t2 = performance.now();
    if (k > 0) {
      openTimes.push(t1 - t0);
      createTimes.push(t2 - t1);
    }
  }
  const linker = createLinker(index!);

  const text = articleText();
  const words = text.split(/\s+/).filter(Boolean).length;
  // Warm up (JIT, token cache), then time.
  for (let k = 0; k < 3; k++) linker.link(text, { lang: 'en', date: '2024-10-24' });
  // Wall-clock and CPU time: on a shared machine the CPU time is the steadier figure.
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let mentions = 0;
  for (let k = 0; k < 20; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    mentions = linker.link(text, { lang: 'en', date: '2024-10-24' }).length;
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuTimes.push((c.user + c.system) / 1000);
  }
  const linkMs = median(times);
  // A cold link: a fresh linker, no token cache.
  const cold = createLinker(index!);
  const cpu0 = process.cpuUsage();
  const c0 = performance.now();
  cold.link(text, { lang: 'en', date: '2024-10-24' });
  const coldMs = performance.now() - c0;
  const coldCpu = process.cpuUsage(cpu0);

  // Baseline: one regular expression per name and alias. Compiled regular expressions for every
  // name do not fit in V8's code space (it runs out of memory), so a fixed sample of names is
  // compiled and run, and the time per name is scaled to all names.
  const names = new Set<string>();
  for (const row of searchList) for (let i = 2; i < row.length; i++) if (row[i].length >= 2) names.add(row[i]);
  const all = [...names];
  const step = Math.max(1, Math.floor(all.length / BASELINE_SAMPLE));
  const sample = all.filter((_, i) => i % step === 0).slice(0, BASELINE_SAMPLE);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const regexes = sample.map((n) => new RegExp(`\\b${escape(n)}\\b`, 'gi'));
  for (const re of regexes) re.test(text); // compile
  const t1 = performance.now();
  let baselineHits = 0;
  for (const re of regexes) {
    re.lastIndex = 0;
    while (re.exec(text)) baselineHits++;
  }
  const sampleMs = performance.now() - t1;
  const regexMs = (sampleMs / sample.length) * all.length;

  return {
    entities: index!.count,
    'name index MB': round(JSON.stringify(index).length / 1e6),
    'ready ms (Dataset.open + createLinker)': round(median(openTimes) + median(createTimes)),
    'Dataset.open ms (read, check, parse)': round(median(openTimes)),
    'createLinker ms': round(median(createTimes)),
    'article words': words,
    'link 10k-word article ms (median of 20)': round(linkMs),
    'link 10k-word article CPU ms (median of 20)': round(median(cpuTimes)),
    'link 10k-word article ms (fastest of 20)': round(Math.min(...times)),
    'link 10k-word article ms (cold linker)': round(coldMs),
    'link 10k-word article CPU ms (cold linker)': round((coldCpu.user + coldCpu.system) / 1000),
    'mentions found': mentions,
    'linker words/s': Math.round(words / (linkMs / 1000)),
    'regex baseline names (all)': all.length,
    'regex baseline names run': sample.length,
    'regex baseline ms for the sample': round(sampleMs, 1),
    'regex baseline ms scaled to all names': round(regexMs, 0),
    'regex baseline hits in the sample': baselineHits,
    'regex baseline words/s': Math.round(words / (regexMs / 1000)),
    'speed-up over regex baseline (x)': Math.round(regexMs / linkMs),
  };
}
