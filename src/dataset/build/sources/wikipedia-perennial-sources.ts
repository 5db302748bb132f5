// English Wikipedia's perennial-sources list: the reliability consensus on ~370 news sources with their domains.
// Two extracts: kynoptic (June 2026, status + domain) and Kudusch (March 2021, status + domains + summary).
// Each fact keeps the date of the extract it comes from. CC BY-SA 4.0: the cites name their own attributed row.
import { join } from 'node:path';
import { parseCsv, readSourceText } from '../io.ts';
import { SOURCES } from '../sources-table.ts';
import type { Emitted, ImportResult, Importer } from '../types.ts';
import type { Entity } from '../../schema.ts';
import { normalizeName, slug } from '../text.ts';
import { normalizeHost } from '../../hosts.ts';

const SRC = 'wikipedia-perennial-sources';
const DIR = 'wikipedia-perennial-sources';
const KUDUSCH_AS_OF = '2021-03-17';
const PAGE = 'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources';

const STATUS: Record<string, string> = { gr: 'Generally reliable', nc: 'No consensus', gu: 'Generally unreliable', d: 'Deprecated', b: 'Blacklisted' };

/** "TASS (ITAR-TASS, Telegraph Agency of the Soviet Union)" -> name TASS, aliases [ITAR-TASS, ...]. */
export function splitSourceName(s: string): { name: string; aliases: string[] } {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(s.trim());
  if (!m) return { name: s.trim(), aliases: [] };
  return { name: m[1].trim(), aliases: m[2].split(/\s*,\s*/).filter((x) => x.length >= 2) };
}

function domainOf(u: string): string | null {
  const h = normalizeHost(u);
  return h && /\.[a-z]{2,}$/.test(h) ? h : null;
}

/** Hosts the 2021 extract lists as references (Wikidata, Wikipedia edit pages, catalogues), not as the source's site. */
const REFERENCE_HOST = /(^|\.)(wikidata\.org|wikipedia\.org|wikisource\.org|toolforge\.org|loc\.gov|nasdaq\.com|archive\.org|doi\.org|worldcat\.org)$/;

/**
 * The 2021 extract's URLs: a bare host (or one with a language prefix such as /en) is the source's site; a host with
 * a longer path ("google.com/maps", "dailymail.co.uk/mailonsunday") means the source is one section of that site,
 * which must not claim the whole host.
 */
export function classifyUrls(urls: string[], name: string): { sites: string[]; sections: string[] } {
  const sites: string[] = [];
  const sections: string[] = [];
  const folded = normalizeName(name).replace(/ /g, '');
  for (const u of urls) {
    const host = domainOf(u);
    if (!host) continue;
    if (REFERENCE_HOST.test(host) && !folded.includes(host.split('.').slice(-2, -1)[0])) continue;
    const path = u.replace(/^[a-z]+:\/\//i, '').replace(/^[^/?#]*/, '');
    const first = path.split(/[/?#]/).filter(Boolean)[0] ?? '';
    if (!first || first.length <= 3) sites.push(host);
    else sections.push(host);
  }
  return { sites, sections };
}

function jsonList(s: string | undefined): string[] {
  try {
    const v = JSON.parse(s ?? '[]');
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

interface Entry2021 {
  name: string;
  status: string;
  summary?: string;
}

interface Row {
  name: string;
  aliases: string[];
  domains: string[];
  sections: string[];
  status2026?: string;
  citations?: number;
  entries2021: Entry2021[];
  wiki?: string;
  origin: { file: string; line: number };
}

export const wikipediaPerennialSources: Importer = {
  id: SRC,
  source: SOURCES[SRC],
  run(root, known): ImportResult {
    const rows: Row[] = [];
    const byDomain = new Map<string, Row>();
    const byName = new Map<string, Row>();
    const kyFile = `${DIR}/kynoptic/reliability_ranking.csv`;
    for (const r of parseCsv(readSourceText(join(root, kyFile)))) {
      const v = r.values;
      const d = domainOf(v.domain ?? '');
      const { name, aliases } = splitSourceName(v.source_name ?? '');
      if (!name) continue;
      const row: Row = { name, aliases, domains: d ? [d] : [], sections: [], status2026: STATUS[v.status] ?? v.status, citations: Number(v.total_citations) || 0, entries2021: [], origin: { file: `data/sources/${kyFile}`, line: r.line } };
      rows.push(row);
      if (d) byDomain.set(d, row);
      byName.set(normalizeName(name), row);
    }
    const kuFile = `${DIR}/kudusch/perennial-sources.csv`;
    for (const r of parseCsv(readSourceText(join(root, kuFile)))) {
      const v = r.values;
      const { name, aliases } = splitSourceName(v.name ?? '');
      if (!name) continue;
      const { sites, sections } = classifyUrls(jsonList(v.urls), name);
      // Several 2021 entries may cover one site (Fox News: news, politics, talk shows): they share one outlet.
      let row = sites.map((d) => byDomain.get(d)).find(Boolean) ?? byName.get(normalizeName(name));
      if (!row) {
        row = { name, aliases, domains: [], sections: [], entries2021: [], origin: { file: `data/sources/${kuFile}`, line: r.line } };
        rows.push(row);
        byName.set(normalizeName(name), row);
      } else row.aliases.push(...[name, ...aliases].filter((a) => a !== row!.name));
      row.domains = [...new Set([...row.domains, ...sites])];
      row.sections.push(...sections);
      for (const d of sites) byDomain.set(d, row);
      row.entries2021.push({ name: v.name.trim(), status: jsonList(v.status).join(' / '), summary: v.info?.trim() || undefined });
      if (v.wiki_url?.startsWith('http') && !row.wiki) row.wiki = v.wiki_url;
    }
    // A source that is one section of a site (Google Maps on google.com) does not own the site's host.
    for (const row of rows) if (row.sections.length) row.domains = row.domains.filter((d) => !row.sections.includes(d));

    // An outlet already in the dataset (curated, with its domain) receives the rating; otherwise the row is one.
    const outletByDomain = new Map<string, string>();
    const outletByName = new Map<string, string>();
    for (const { entity: e } of known.values()) {
      if (e.type !== 'outlet') continue;
      for (const d of e.outlet?.domains ?? []) {
        const h = normalizeHost(d);
        if (h) outletByDomain.set(h, e.id);
      }
      for (const n of [e.name, ...e.aliases]) outletByName.set(normalizeName(n), e.id);
    }
    const out: Emitted[] = [];
    const used = new Set<string>();
    for (const row of rows) {
      if (!row.domains.length) continue; // the list's non-web sources (books, databases without a domain)
      let id = row.domains.map((d) => outletByDomain.get(d)).find(Boolean) ?? outletByName.get(normalizeName(row.name));
      if (!id) {
        id = `sc:${slug(row.name)}`;
        while (used.has(id) || (known.has(id) && known.get(id)!.entity.type !== 'outlet')) id = `${id}-${slug(row.domains[0])}`.slice(0, 90);
      }
      used.add(id);
      const e: Entity = {
        id,
        type: 'outlet',
        name: row.name,
        aliases: [...new Set(row.aliases)].filter((a) => a !== row.name),
        countries: [],
        outlet: { domains: row.domains },
        prominence: row.citations ? Math.min(1, Math.log10(row.citations + 1) / 6) : undefined,
      };
      if (e.prominence === undefined) delete e.prominence;
      const page = { src: SRC, url: PAGE };
      const dated2021 = (x: Entry2021) => `Wikipedia's perennial-sources entry "${x.name}" (March 2021): ${x.status}.${x.summary ? ` ${x.summary}` : ''}`;
      if (row.status2026) {
        e.outlet!.reliability = { status: row.status2026, cite: { ...page, asOf: SOURCES[SRC].asOf } };
        if (row.entries2021.length) e.facts = row.entries2021.map((x) => ({ text: dated2021(x), cite: { ...page, asOf: KUDUSCH_AS_OF } }));
      } else if (row.entries2021.length) {
        const [main, ...rest] = row.entries2021;
        e.outlet!.reliability = { status: main.status, ...(main.summary ? { summary: main.summary } : {}), cite: { ...page, asOf: KUDUSCH_AS_OF } };
        if (rest.length) e.facts = rest.map((x) => ({ text: dated2021(x), cite: { ...page, asOf: KUDUSCH_AS_OF } }));
      }
      if (row.wiki) e.links = { wikipedia: row.wiki };
      out.push({ entity: e, origin: row.origin });
    }
    return { entities: out };
  },
};
