// SupraVerden: 617 international organisations with QIDs and names in many languages (CC BY-SA 4.0: every fact
// taken from it cites its own attributed source row).
import { join } from 'node:path';
import { parse } from 'yaml';
import { readSourceText } from '../io.ts';
import { SOURCES } from '../sources-table.ts';
import type { Emitted, ImportResult, Importer } from '../types.ts';
import type { Entity } from '../../schema.ts';
import { slug } from '../text.ts';

const SRC = 'supraverden-igos';
const FILE = 'supraverden-igos/general_list.yaml';

type Row = Record<string, unknown>;

export function igoEntity(key: string, row: Row, asOf: string): Entity {
  const str = (k: string) => (typeof row[k] === 'string' || typeof row[k] === 'number' ? String(row[k]).trim() : '');
  const qid = /^Q\d+$/.test(str('Wikidata_code')) ? str('Wikidata_code') : undefined;
  const name = str('Name_en') || key;
  const aliases = new Set<string>([key]);
  for (const [k, v] of Object.entries(row)) {
    if (typeof v !== 'string') continue;
    if (/^Name_/.test(k) || /^Abbreviation_/.test(k)) for (const n of v.split(/\s*;\s*/)) if (n.trim()) aliases.add(n.trim());
  }
  aliases.delete(name);
  const c = { src: SRC, asOf };
  const family = str('Org_family');
  const parts = ['International organisation', family && family !== 'Stand-alone' ? `(${family})` : '', str('Year_established') ? `established ${str('Year_established')}` : '', str('Headquarters') ? `headquarters: ${str('Headquarters')}` : ''].filter(Boolean);
  const e: Entity = {
    id: qid ?? `sc:sprvd-${slug(str('SPRVD_id') || name)}`,
    type: 'organization',
    name,
    aliases: [...aliases],
    countries: [],
    description: { text: parts.join(', ').replace('organisation, (', 'organisation ('), cite: c },
  };
  if (qid) {
    e.qid = qid;
    e.links = { wikidata: `https://www.wikidata.org/wiki/${qid}` };
  }
  if (/^https?:\/\//.test(str('Website'))) e.links = { ...e.links, website: str('Website') };
  return e;
}

export const supraverdenIgos: Importer = {
  id: SRC,
  source: SOURCES[SRC],
  run(root): ImportResult {
    const asOf = SOURCES[SRC].asOf;
    const doc = parse(readSourceText(join(root, FILE))) as Record<string, Row>;
    const out: Emitted[] = [];
    let index = 0;
    for (const [key, row] of Object.entries(doc)) {
      index++;
      if (!row || typeof row !== 'object') continue;
      out.push({ entity: igoEntity(key, row, asOf), origin: { file: `data/sources/${FILE}`, index } });
    }
    return { entities: out };
  },
};
