// CaptainFact's Wikidata extract (August 2017): 11k politicians born after 1945 with QIDs, English descriptions,
// birth dates and citizenship. Native-script names in this file are mojibake: only Latin-script names are used.
import { join } from 'node:path';
import { parseCsv, readSourceText } from '../io.ts';
import { SOURCES } from '../sources-table.ts';
import type { Emitted, ImportResult, Importer } from '../types.ts';
import type { Entity } from '../../schema.ts';

const SRC = 'captainfact';
const FILE = 'captainfact-wikidata-politicians/politicians_born_after_1945_having_a_picture.csv';

const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\s.'’-]{1,80}$/u;

export const captainfact: Importer = {
  id: SRC,
  source: SOURCES[SRC],
  run(root, known): ImportResult {
    const asOf = SOURCES[SRC].asOf;
    const out: Emitted[] = [];
    let misaligned = 0;
    let nameless = 0;
    for (const r of parseCsv(readSourceText(join(root, FILE)))) {
      const v = r.values;
      const qid = /entity\/(Q\d+)$/.exec(v.politician ?? '')?.[1];
      // A broken native name shifts the columns: such rows are recognisable by a country or date out of place.
      if (!qid || !/^[A-Z]{2}$/.test(v.country ?? '') || !/^\d{4}-\d{2}-\d{2}T/.test(v.date_of_birth ?? '')) {
        misaligned++;
        continue;
      }
      const native = (v.name_in_native_language ?? '').trim();
      const name = LATIN_NAME.test(native) ? native : known.get(qid)?.entity.name;
      if (!name) {
        nameless++;
        continue;
      }
      const c = { src: SRC, asOf };
      const d = v.date_of_birth.slice(0, 10);
      const e: Entity = {
        id: qid,
        qid,
        type: 'person',
        name,
        aliases: [],
        countries: [v.country],
        links: { wikidata: `https://www.wikidata.org/wiki/${qid}` },
        // Year-precision dates come as YYYY-01-01: keep the year only.
        born: { date: d.endsWith('-01-01') ? d.slice(0, 4) : d, cite: c },
      };
      if (v.politicianDescription?.trim()) e.description = { text: v.politicianDescription.trim(), cite: c };
      out.push({ entity: e, origin: { file: `data/sources/${FILE}`, line: r.line } });
    }
    return { entities: out, notes: [`${misaligned} misaligned rows and ${nameless} rows without a usable name skipped`] };
  },
};
