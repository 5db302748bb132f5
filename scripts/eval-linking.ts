// Scores the linker on entity-linking gold in the unified docs.jsonl format (see docs/linking.md).
//   npm run eval:linking -- <dir> [--dataset build/dataset] [--json] [--errors N]
// <dir> holds one folder per data set with a docs.jsonl (or is such a folder itself).
// Gold offsets are Unicode code points; the linker's are UTF-16 code units: gold is converted.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Dataset } from '../src/dataset/store.ts';
import { fsReader } from '../src/dataset/fs-reader.ts';
import { createLinker, type NameIndex } from '../src/match/index.ts';
import { readAllChunks } from '../src/match/index-format.ts';
import type { Mention } from '../src/shared/types.ts';

interface GoldMention {
  start: number;
  end: number;
  surface: string;
  wikidata?: string | null;
  wikipedia?: string | null;
  nil?: boolean;
  types?: string[];
  coref?: boolean;
  optional?: boolean;
  desc?: boolean;
  link_annotated?: boolean;
  ner_type?: string;
  categories?: string[];
  entity_types?: string[];
}

interface Doc {
  id: string;
  dataset: string;
  lang: string;
  title: string | null;
  text: string;
  evaluation_span: [number, number] | null;
  mention_policy: string | null;
  mentions: GoldMention[];
  date?: string;
}

/** How a gold mention takes part in scoring. */
type GoldRole =
  | 'scored' // a named entity with a link: counts for recall, and a link on it is right or wrong
  | 'nil' // a named entity with no entity in the knowledge base: any link on it is wrong
  | 'ignored'; // coreference, descriptions, optional, concepts, unlinked types: a link on it is not scored

// The data sets whose gold annotates every named entity in the scored text, so a link where there is
// no gold mention is a wrong link. RSS-500 has exactly two gold mentions per sentence: there an
// unannotated link is not scored (and RSS-500 is left out of the precision averages).
const EXHAUSTIVE = new Set(['kore50', 'msnbc', 'msnbc-updated', 'news-fair-v2', 'reuters-128', 'spotlight', 'nerel', 'voxel-categorized']);
const NOT_FOR_PRECISION = new Set(['rss-500']);
const SKIPPED = new Map([['n3-news-100', 'German, linked to DBpedia-de: not scored']]);

// ELEVANT's type whitelist: person, organisation, geographic entity.
const NAMED_TYPES = new Set(['Q215627', 'Q43229', 'Q27096213']);
const VOXEL_NAMED = new Set(['Mnt-Full', 'Mnt-Short', 'Mnt-Alias']);
const VOXEL_TYPES = new Set(['Person', 'Organisation', 'Place']);

function roleOf(doc: Doc, m: GoldMention, wikiToQid: Map<string, string>): { role: GoldRole; qid: string | null } {
  const ds = doc.dataset;
  if (ds === 'nerel') {
    if (!m.link_annotated) return { role: 'ignored', qid: null };
    if (m.nil || !m.wikidata) return { role: 'nil', qid: null };
    return { role: 'scored', qid: m.wikidata };
  }
  if (ds === 'voxel-categorized') {
    const named = (m.categories ?? []).some((c) => VOXEL_NAMED.has(c)) && (m.categories ?? []).includes('Ref-Direct');
    const typed = (m.entity_types ?? []).some((t) => VOXEL_TYPES.has(t));
    if (!named || !typed) return { role: 'ignored', qid: null };
    const qid = m.wikipedia ? wikiToQid.get(normaliseWikiUrl(m.wikipedia)) ?? null : null;
    // A link to an English Wikipedia page we cannot map to our entities is scored as a mention of an entity outside the dataset.
    return { role: 'scored', qid: qid ?? `wiki:${m.wikipedia ?? ''}` };
  }
  // ELEVANT sets.
  if (m.coref || m.desc || m.optional) return { role: 'ignored', qid: null };
  if (m.nil || !m.wikidata) return { role: 'nil', qid: null };
  if (m.types && m.types.length && !m.types.some((t) => NAMED_TYPES.has(t))) return { role: 'ignored', qid: null };
  return { role: 'scored', qid: m.wikidata };
}

function normaliseWikiUrl(u: string): string {
  const t = decodeURIComponent(u.replace(/^https?:\/\/en\.wikipedia\.org\/wiki\//, '')).replace(/ /g, '_');
  return t.length ? t[0].toUpperCase() + t.slice(1) : t;
}

/** UTF-16 offset of every code point offset. */
function codePointToUtf16(text: string): Int32Array {
  const cps = Array.from(text);
  const map = new Int32Array(cps.length + 1);
  let u = 0;
  for (let i = 0; i < cps.length; i++) {
    map[i] = u;
    u += cps[i].length;
  }
  map[cps.length] = u;
  return map;
}

interface Counts {
  docs: number;
  predicted: number; // links inside the scored text
  correct: number;
  wrongEntity: number; // a link on a gold mention of another entity
  onNil: number; // a link on a gold mention of an entity outside the knowledge base
  unannotated: number; // a link where the gold has no mention (wrong in exhaustive sets)
  unscored: number; // a link on an ignored gold mention, or unannotated in a non-exhaustive set
  noQid: number; // a link on a scored gold mention to an entity of ours with no Wikidata QID: cannot be judged
  gold: number;
  goldFound: number;
  goldInDataset: number;
  goldInDatasetFound: number;
}

const zero = (): Counts => ({ docs: 0, predicted: 0, noQid: 0, correct: 0, wrongEntity: 0, onNil: 0, unannotated: 0, unscored: 0, gold: 0, goldFound: 0, goldInDataset: 0, goldInDatasetFound: 0 });

function precisionOf(c: Counts): number | null {
  const wrong = c.wrongEntity + c.onNil + c.unannotated;
  return c.correct + wrong ? c.correct / (c.correct + wrong) : null;
}

function dateOf(doc: Doc): string | null {
  if (doc.date && /^\d{4}-\d{2}-\d{2}/.test(doc.date)) return doc.date.slice(0, 10);
  // news-fair-v2 titles start with the publication date: "20190711 - Great Orme bus fire".
  const m = /^(\d{4})(\d{2})(\d{2}) - /.exec(doc.title ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export interface EvalResult {
  perDataset: Record<string, Counts & { precision: number | null; recall: number | null; recallInDataset: number | null; lang: string }>;
  summary: Record<string, number | null>;
}

export async function evaluate(dir: string, datasetDir: string, errors = 0): Promise<EvalResult> {
  const dataset = await Dataset.open(fsReader(datasetDir));
  const index = dataset.nameIndex as NameIndex;
  const linker = createLinker(index);
  // Entity id -> QID, and English Wikipedia title -> QID, from the dataset itself.
  const entities = await dataset.getEntities(readAllChunks(index.ids));
  const qidOf = new Map<string, string>();
  const wikiToQid = new Map<string, string>();
  for (const e of entities.values()) {
    const qid = e.qid ?? (/^Q\d+$/.test(e.id) ? e.id : null);
    if (!qid) continue;
    qidOf.set(e.id, qid);
    const w = e.links?.wikipedia;
    if (w && /en\.wikipedia\.org\/wiki\//.test(w)) wikiToQid.set(normaliseWikiUrl(w), qid);
  }
  // Entities without a Wikipedia link (countries, curated entries): their English name is taken as the
  // page title, when no other entity has that name.
  const byName = new Map<string, string | null>();
  for (const e of entities.values()) {
    const qid = qidOf.get(e.id);
    if (!qid || e.links?.wikipedia) continue;
    const t = e.name.replace(/ /g, '_');
    byName.set(t, byName.has(t) && byName.get(t) !== qid ? null : qid);
  }
  for (const [t, qid] of byName) if (qid && !wikiToQid.has(t)) wikiToQid.set(t, qid);
  const inDataset = new Set(qidOf.values());

  const files: string[] = [];
  if (existsSync(join(dir, 'docs.jsonl'))) files.push(join(dir, 'docs.jsonl'));
  else
    for (const d of readdirSync(dir).sort()) {
      const f = join(dir, d, 'docs.jsonl');
      if (statSync(join(dir, d)).isDirectory() && existsSync(f)) files.push(f);
    }
  if (files.length === 0) throw new Error(`no docs.jsonl under ${dir}`);

  const perDataset: EvalResult['perDataset'] = {};
  let errorsShown = 0;
  for (const file of files) {
    const name = basename(join(file, '..'));
    if (SKIPPED.has(name)) {
      process.stderr.write(`${name}: ${SKIPPED.get(name)}\n`);
      continue;
    }
    const c = zero();
    let lang = '';
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as Doc;
      lang = doc.lang;
      c.docs++;
      const cp = codePointToUtf16(doc.text);
      const spanStart = doc.evaluation_span ? cp[doc.evaluation_span[0]] : 0;
      const spanEnd = doc.evaluation_span ? cp[doc.evaluation_span[1]] : doc.text.length;
      const gold = doc.mentions
        .map((m) => ({ ...m, s: cp[m.start], e: cp[m.end], ...roleOf(doc, m, wikiToQid) }))
        .filter((g) => g.s >= spanStart && g.e <= spanEnd);
      const predicted = linker
        .link(doc.text, { lang: doc.lang, date: dateOf(doc) })
        .filter((p) => p.start >= spanStart && p.end <= spanEnd);
      const show = (what: string, p: Mention | null, g: { surface: string; qid: string | null } | null) => {
        if (errorsShown >= errors) return;
        errorsShown++;
        process.stderr.write(`${doc.id} ${what}: ${p ? `"${p.surface}" -> ${p.id}` : ''}${g ? ` gold "${g.surface}" ${g.qid ?? 'NIL'}` : ''}\n`);
      };

      for (const p of predicted) {
        c.predicted++;
        const pq = qidOf.get(p.id) ?? p.id;
        const overlapping = gold.filter((g) => g.s < p.end && p.start < g.e);
        const exact = overlapping.filter((g) => g.s === p.start && g.e === p.end);
        const pool = exact.length ? exact : overlapping;
        if (pool.some((g) => g.role === 'scored' && g.qid === pq)) c.correct++;
        else if (!/^Q\d+$/.test(pq) && pool.some((g) => g.role === 'scored')) {
          c.noQid++;
          show('no QID', p, pool.find((g) => g.role === 'scored')!);
        } else if (pool.some((g) => g.role === 'scored')) {
          c.wrongEntity++;
          show('wrong entity', p, pool.find((g) => g.role === 'scored')!);
        } else if (pool.some((g) => g.role === 'nil')) {
          c.onNil++;
          show('link on NIL', p, pool.find((g) => g.role === 'nil')!);
        } else if (pool.length) c.unscored++;
        else if (EXHAUSTIVE.has(doc.dataset)) {
          c.unannotated++;
          show('unannotated', p, null);
        } else c.unscored++;
      }
      for (const g of gold) {
        if (g.role !== 'scored') continue;
        const found = predicted.some((p) => g.s < p.end && p.start < g.e && (qidOf.get(p.id) ?? p.id) === g.qid);
        c.gold++;
        if (found) c.goldFound++;
        if (g.qid && inDataset.has(g.qid)) {
          c.goldInDataset++;
          if (found) c.goldInDatasetFound++;
          else show('missed', null, g);
        }
      }
    }
    perDataset[name] = {
      ...c,
      lang,
      precision: precisionOf(c),
      recall: c.gold ? c.goldFound / c.gold : null,
      recallInDataset: c.goldInDataset ? c.goldInDatasetFound / c.goldInDataset : null,
    };
  }

  const avg = (xs: Array<number | null>): number | null => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
  };
  const pooled = (lang: string) => {
    const sets = Object.entries(perDataset).filter(([, r]) => r.lang === lang);
    const found = sets.reduce((a, [, r]) => a + r.goldInDatasetFound, 0);
    const total = sets.reduce((a, [, r]) => a + r.goldInDataset, 0);
    return total ? found / total : null;
  };
  const en = Object.entries(perDataset).filter(([, r]) => r.lang === 'en');
  const ru = Object.entries(perDataset).filter(([, r]) => r.lang === 'ru');
  const summary = {
    precisionEnglishAvg: avg(en.filter(([n]) => !NOT_FOR_PRECISION.has(n)).map(([, r]) => r.precision)),
    recallInDatasetEnglishAvg: avg(en.map(([, r]) => r.recallInDataset)),
    recallInDatasetEnglishPooled: pooled('en'),
    precisionRussian: avg(ru.map(([, r]) => r.precision)),
    recallInDatasetRussian: pooled('ru'),
  };
  return { perDataset, summary };
}

function fmt(x: number | null): string {
  return x === null ? '–' : x.toFixed(3);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  let dir: string | null = null;
  let datasetDir = 'build/dataset';
  let json = false;
  let errors = 0;
  for (let k = 0; k < args.length; k++) {
    if (args[k] === '--dataset') datasetDir = args[++k];
    else if (args[k] === '--json') json = true;
    else if (args[k] === '--errors') errors = Number(args[++k]);
    else dir = args[k];
  }
  if (!dir) {
    process.stderr.write('usage: npm run eval:linking -- <dir with data sets> [--dataset build/dataset] [--json] [--errors N]\n');
    return 2;
  }
  if (!existsSync(join(datasetDir, 'manifest.json'))) {
    process.stderr.write(`no built dataset in ${datasetDir} (run: npm run dataset)\n`);
    return 2;
  }
  const r = await evaluate(dir, datasetDir, errors);
  if (json) {
    process.stdout.write(JSON.stringify(r, null, 2) + '\n');
    return 0;
  }
  const lines = [
    '| data set | lang | docs | links | correct | wrong entity | on NIL | unannotated | unscored | no QID | precision | recall | gold in dataset | recall in dataset |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, c] of Object.entries(r.perDataset)) {
    lines.push(
      `| ${name}${NOT_FOR_PRECISION.has(name) ? ' (precision not scored)' : ''} | ${c.lang} | ${c.docs} | ${c.predicted} | ${c.correct} | ${c.wrongEntity} | ${c.onNil} | ${c.unannotated} | ${c.unscored} | ${c.noQid} | ${fmt(NOT_FOR_PRECISION.has(name) ? null : c.precision)} | ${fmt(c.recall)} | ${c.goldInDataset} | ${fmt(c.recallInDataset)} |`,
    );
  }
  lines.push('');
  for (const [k, v] of Object.entries(r.summary)) lines.push(`${k}: ${fmt(v)}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

if (process.argv[1] && /eval-linking\.ts$/.test(process.argv[1])) {
  main().then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`eval-linking: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
