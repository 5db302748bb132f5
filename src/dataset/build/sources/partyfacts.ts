// Party Facts: 6,854 political parties in 216 countries with names in native scripts; QIDs from its Wikidata links.
import { join } from 'node:path';
import { parseCsv, readSourceText } from '../io.ts';
import { countryName, isoFromAlpha3 } from '../countries.ts';
import { SOURCES } from '../sources-table.ts';
import type { Emitted, ImportResult, Importer } from '../types.ts';
import type { Entity } from '../../schema.ts';

const SRC = 'partyfacts';
const DIR = 'partyfacts';

/** "Serbian: Покрет социјалиста / Pokret" -> the names after the language labels. */
export function otherNames(s: string): string[] {
  return s
    .split(/\s*[/;|]\s*/)
    .map((x) => x.replace(/^[\p{L} ]{2,30}:\s*/u, '').replace(/\u200e|\u200f/g, '').trim())
    .filter((x) => x.length >= 2);
}

const EXTRA_CODES: Record<string, string> = { XKX: 'XK', NIR: 'GB' };

export const partyfacts: Importer = {
  id: SRC,
  source: SOURCES[SRC],
  run(root): ImportResult {
    const asOf = SOURCES[SRC].asOf;
    const qids = new Map<string, string>();
    // The Wikidata table's English label ("Conservative Party" for "Conservatives") is a name too.
    const wikidataNames = new Map<string, string[]>();
    for (const r of parseCsv(readSourceText(join(root, DIR, 'wikidata.csv')))) {
      if (/^Q\d+$/.test(r.values.wikidata_id ?? '')) qids.set(r.values.partyfacts_id, r.values.wikidata_id);
      const label = (r.values.name ?? '').trim();
      if (label.length >= 2) wikidataNames.set(r.values.partyfacts_id, [label]);
    }
    const out: Emitted[] = [];
    const seen = new Set<string>();
    let noCountry = 0;
    for (const r of parseCsv(readSourceText(join(root, DIR, 'partyfacts-core-parties.csv')))) {
      const v = r.values;
      if (v.technical?.trim()) continue; // technical entries: "other parties", "independents"
      // Party Facts' own codes: Kosovo (XKX), Northern Ireland (NIR); historical states (DDR, YMD, ...) have no ISO code.
      const iso = isoFromAlpha3(v.country ?? '') ?? EXTRA_CODES[v.country] ?? null;
      if (!iso) noCountry++;
      const qid = qids.get(v.partyfacts_id);
      const id = qid ?? `sc:partyfacts-${v.partyfacts_id}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const english = otherNames(v.name_english ?? '');
      const name = english[0] ?? v.name?.trim();
      if (!name) continue;
      const aliases = new Set([...english.slice(1), v.name?.trim() ?? '', ...otherNames(v.name_other ?? '')]);
      if ((v.name_short ?? '').trim().length >= 3) aliases.add(v.name_short.trim());
      for (const x of wikidataNames.get(v.partyfacts_id) ?? []) aliases.add(x);
      aliases.delete(name);
      aliases.delete('');
      const c = { src: SRC, asOf };
      const years = v.year_first ? ` (${v.year_first}${v.year_last ? `–${v.year_last}` : ''})` : '';
      const e: Entity = {
        id,
        type: 'organization',
        name,
        aliases: [...aliases],
        countries: iso ? [iso] : [],
        description: { text: `Political party ${iso ? `in ${countryName(iso) ?? iso}` : `(Party Facts country code ${v.country})`}${years}`, cite: c },
      };
      // Prominence from the party's best vote share: only a party that has won a majority of the
      // vote reaches the level at which its short name links alone ("GOP"); one gone before 2000 counts half.
      const share = Number(v.share);
      if (v.share && Number.isFinite(share) && share > 0) {
        const gone = v.year_last && Number(v.year_last) < 2000;
        e.prominence = Math.round(Math.min(100, share) * (gone ? 0.5 : 1)) / 100;
      }
      if (qid) {
        e.qid = qid;
        e.links = { wikidata: `https://www.wikidata.org/wiki/${qid}` };
      }
      if (v.wikipedia?.startsWith('http')) e.links = { ...e.links, wikipedia: v.wikipedia };
      out.push({ entity: e, origin: { file: `data/sources/${DIR}/partyfacts-core-parties.csv`, line: r.line } });
    }
    return { entities: out, notes: noCountry ? [`${noCountry} parties of states without an ISO code (kept, no country)`] : [] };
  },
};
