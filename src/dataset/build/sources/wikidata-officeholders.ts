// Wikidata office-holder extracts (EveryPolitician scrapers, snapshots of mid/late 2022): heads of state and
// government of all countries, cabinets of ~60 countries with dated posts, birth dates, enwiki titles, and the
// legislators of Russia, Ukraine and Serbia. An open-ended post means "held as of the snapshot date" (cite.asOf).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, Office } from '../../schema.ts';
import { parseCsv, readSourceText, sourceExists } from '../io.ts';
import { isoFromName } from '../countries.ts';
import { SOURCES } from '../sources-table.ts';
import type { Emitted, ImportResult, Importer } from '../types.ts';
import { wikidataDate } from '../text.ts';

const SRC = 'wikidata-officeholders';
export const DIR = 'wikidata-officeholders-eps';

/** Folder name -> ISO2 where the name alone does not resolve. `world` holds international posts (no country). */
const FOLDER_COUNTRY: Record<string, string | null> = {
  world: null,
  'world-leaders-2021': null,
  'us-cabinet': 'US',
  'uae-ministers': 'AE',
  'united-kingdom-cabinet': 'GB',
  'czech-ministers': 'CZ',
  'kosovo-cabinet': 'XK',
  'saudi-ministers': 'SA',
};

export function folderCountry(folder: string): string | null {
  if (folder in FOLDER_COUNTRY) return FOLDER_COUNTRY[folder];
  const name = folder.replace(/-(cabinet|ministers)$/, '').replace(/-/g, ' ');
  return isoFromName(name);
}

/** Snapshot (commit) date per folder, read from SOURCE.md so the cite says what the extract holds for. */
export function folderDates(sourceMd: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const m of sourceMd.matchAll(/^\| `([\w-]+)` \| `[0-9a-f]+` \| (\d{4}-\d{2}-\d{2}) \|/gm)) dates.set(m[1], m[2]);
  for (const m of sourceMd.matchAll(/every-politician-scrapers\/([\w-]+)[^\n]*?commit [0-9a-f]{7,40} \((\d{4}-\d{2}-\d{2})\)/g)) {
    if (!dates.has(m[1])) dates.set(m[1], m[2]);
  }
  return dates;
}

const HOG = /\b(prime minister|premier|chancellor|head of government|taoiseach|president of the government|president of the council of ministers|chairman of the council of ministers|chairman of the government)\b/i;
const DEPUTY = /\b(deputy|vice|first deputy|tánaiste|tanaiste)\b/i;
const HOS = /^(?:(?:acting|interim) )?(president|king|queen|monarch|emir|amir|sultan|emperor|supreme leader|grand duke|prince|co-prince|governor-general|chairman of the presidency|chairman of the presidium|member of the presidency|captain regent)\b/i;
const NOT_HOS = /\b(senate|assembly|parliament|court|council|chamber|bank|commission|house|committee|congress|duma|rada|party|government|cabinet|region|province|state council|republic of crimea)\b/i;

export function classifyOffice(title: string, heads?: Set<string>): Office['role'] {
  const t = title.trim();
  if (heads?.has(t.toLowerCase())) return /prime|premier|chancellor|government|council of ministers/i.test(t) ? 'head_of_government' : 'head_of_state';
  if (/exchequer|duchy of lancaster|lord chancellor/i.test(t)) return 'minister';
  if (HOG.test(t)) return DEPUTY.test(t) ? 'deputy_head_of_government' : 'head_of_government';
  if (HOS.test(t) && !NOT_HOS.test(t) && !DEPUTY.test(t)) return 'head_of_state';
  if (/\b(member of|deputy of the|senator|representative|mp\b|member of parliament|people's deputy)/i.test(t)) return 'legislator';
  if (/minister|secretary of state|secretary|commissioner/i.test(t)) return 'minister';
  return 'official';
}

interface Bio {
  name?: string;
  dob?: string | null;
  enwiki?: string;
}

function wikiUrl(title: string | undefined): string | undefined {
  if (!title) return undefined;
  return 'https://en.wikipedia.org/wiki/' + encodeURIComponent(title.replace(/ /g, '_')).replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%28/g, '(').replace(/%29/g, ')');
}

/** Year-precision dates render as YYYY-01-01 in the holders files (no precision column): keep the year only. */
function dobFromHolders(v: string | undefined): string | null {
  if (!v || !/^\d{4}-\d{2}-\d{2}/.test(v)) return null;
  const d = v.slice(0, 10);
  return d.endsWith('-01-01') ? d.slice(0, 4) : d;
}

export function importFolder(root: string, folder: string, asOf: string, heads?: Set<string>): Emitted[] {
  const dir = join(root, DIR, folder);
  const country = folderCountry(folder);
  const out: Emitted[] = [];
  const bios = new Map<string, Bio>();
  const bioFile = join(dir, 'bio.csv');
  if (sourceExists(bioFile)) {
    for (const r of parseCsv(readSourceText(bioFile))) {
      const v = r.values;
      if (!/^Q\d+$/.test(v.id)) continue;
      bios.set(v.id, { name: v.name, dob: wikidataDate(v.dob, v.dobp), enwiki: v.enwiki || undefined });
    }
  }
  const files: Array<[string, boolean]> = [
    ['holders21.csv', false],
    ['current.csv', false],
    ['legislators.csv', true],
  ];
  for (const [file, legislators] of files) {
    const path = join(dir, file);
    if (!sourceExists(path)) continue;
    const rel = `${DIR}/${folder}/${file}`;
    for (const r of parseCsv(readSourceText(path))) {
      const v = r.values;
      const qid = v.personID;
      if (!/^Q\d+$/.test(qid ?? '') || !v.position) continue;
      const bio = bios.get(qid);
      const name = (bio?.name || v.person || '').trim();
      if (!name || /^Q\d+$/.test(name)) continue;
      // The statement lives on the person's Wikidata page: the cite points there.
      const c = { src: SRC, url: `https://www.wikidata.org/wiki/${qid}`, asOf };
      const office: Office = {
        title: v.position.trim(),
        role: legislators ? 'legislator' : classifyOffice(v.position, heads),
        start: wikidataDate(v.start),
        end: wikidataDate(v.end),
        cite: c,
      };
      if (country) office.country = country;
      const dob = bio?.dob ?? dobFromHolders(v.DOB);
      const entity: Entity = {
        id: qid,
        qid,
        type: 'person',
        name,
        aliases: v.person && v.person.trim() !== name ? [v.person.trim()] : [],
        countries: country ? [country] : [],
        links: { wikidata: `https://www.wikidata.org/wiki/${qid}` },
        offices: [office],
      };
      const wiki = wikiUrl(bio?.enwiki || v.enwiki || undefined);
      if (wiki) entity.links!.wikipedia = wiki;
      if (dob) entity.born = { date: dob, cite: c };
      out.push({ entity, origin: { file: `data/sources/${rel}`, line: r.line } });
    }
  }
  return out;
}

/** world-leaders-2021: heads of state and government of every country, holders in 2021-22, with their years. */
export function importWorldLeaders(root: string, asOf: string): { emitted: Emitted[]; heads: Set<string> } {
  const rel = `${DIR}/world-leaders-2021/wikidata.csv`;
  const out: Emitted[] = [];
  const heads = new Set<string>();
  for (const r of parseCsv(readSourceText(join(root, rel)))) {
    const v = r.values;
    if (!/^Q\d+$/.test(v.officeholder ?? '') || !v.positionLabel) continue;
    heads.add(v.positionLabel.toLowerCase());
    const country = isoFromName(v.country);
    const c = { src: SRC, url: `https://www.wikidata.org/wiki/${v.officeholder}`, asOf };
    const role = /prime|premier|chancellor|government|council of ministers|taoiseach/i.test(v.positionLabel) ? 'head_of_government' : 'head_of_state';
    const office: Office = { title: v.positionLabel, role, start: v.start_year || null, end: v.end_year || null, cite: c };
    if (country) office.country = country;
    out.push({
      entity: {
        id: v.officeholder,
        qid: v.officeholder,
        type: 'person',
        name: v.officeholderLabel,
        aliases: [],
        countries: country ? [country] : [],
        links: { wikidata: `https://www.wikidata.org/wiki/${v.officeholder}` },
        offices: [office],
      },
      origin: { file: `data/sources/${rel}`, line: r.line },
    });
    // The country itself, keyed by its QID, with this head as an office.
    if (/^Q\d+$/.test(v.countryid) && country) {
      out.push({
        entity: {
          id: v.countryid,
          qid: v.countryid,
          type: 'country',
          name: v.country,
          aliases: [],
          countries: [country],
          links: { wikidata: `https://www.wikidata.org/wiki/${v.countryid}` },
          offices: [{ title: `${v.positionLabel}: ${v.officeholderLabel}`, role, country, start: v.start_year || null, end: v.end_year || null, cite: c }],
        },
        origin: { file: `data/sources/${rel}`, line: r.line },
      });
    }
  }
  return { emitted: out, heads };
}

/** world/foreign-ministers.csv: the foreign minister of ~210 states as of the snapshot, and each state's QID. */
function importForeignMinisters(root: string, asOf: string): Emitted[] {
  const rel = `${DIR}/world/foreign-ministers.csv`;
  const path = join(root, rel);
  if (!sourceExists(path)) return [];
  const out: Emitted[] = [];
  for (const r of parseCsv(readSourceText(path))) {
    const v = r.values;
    const origin = { file: `data/sources/${rel}`, line: r.line };
    const country = isoFromName(v.countryLabel ?? '');
    const c = { src: SRC, ...(/^Q\d+$/.test(v.person ?? '') ? { url: `https://www.wikidata.org/wiki/${v.person}` } : {}), asOf };
    if (country && /^Q\d+$/.test(v.country ?? '')) {
      out.push({
        entity: { id: v.country, qid: v.country, type: 'country', name: v.countryLabel, aliases: [], countries: [country], links: { wikidata: `https://www.wikidata.org/wiki/${v.country}` } },
        origin,
      });
    }
    if (!/^Q\d+$/.test(v.person ?? '') || !v.name || /^Q\d+$/.test(v.name)) continue;
    const office: Office = { title: v.positionLabel || 'Minister of Foreign Affairs', role: 'minister', start: wikidataDate(v.start), end: null, cite: c };
    if (country) office.country = country;
    out.push({
      entity: { id: v.person, qid: v.person, type: 'person', name: v.name, aliases: [], countries: country ? [country] : [], links: { wikidata: `https://www.wikidata.org/wiki/${v.person}` }, offices: [office] },
      origin,
    });
  }
  return out;
}

export const wikidataOfficeholders: Importer = {
  id: SRC,
  source: SOURCES[SRC],
  run(root: string): ImportResult {
    const dates = folderDates(readFileSync(join(root, DIR, 'SOURCE.md'), 'utf8'));
    const dateOf = (f: string) => dates.get(f) ?? SOURCES[SRC].asOf;
    const { emitted, heads } = importWorldLeaders(root, dateOf('world-leaders-2021'));
    const out = [...emitted];
    const notes: string[] = [];
    for (const folder of readdirSync(join(root, DIR)).sort()) {
      if (folder === 'world-leaders-2021' || !statSync(join(root, DIR, folder)).isDirectory()) continue;
      if (folder !== 'world' && !folderCountry(folder)) notes.push(`${folder}: no ISO code for the folder's country`);
      if (!dates.has(folder)) notes.push(`${folder}: no snapshot date in SOURCE.md; using ${SOURCES[SRC].asOf}`);
      out.push(...importFolder(root, folder, dateOf(folder), heads));
    }
    out.push(...importForeignMinisters(root, dateOf('world')));
    return { entities: out, notes };
  },
};
