// US Treasury OFAC SDN list (as of 2024-05-03): individuals and entities with programmes, birth dates and aliases.
// A listing is attached to a known person only on name + full birth date; a name match alone is a possible match
// (`name-only`); a listing that matches nobody becomes an entity of its own. Vessels and aircraft are left out.
import { join } from 'node:path';
import { parseCsv, readSourceText } from '../io.ts';
import { isoFromName } from '../countries.ts';
import { loadPrograms, ofacProgram } from '../programs.ts';
import { decideOrganization, decidePerson, displayPersonName, KnownIndex } from '../sanctions-match.ts';
import { SOURCES } from '../sources-table.ts';
import type { Emitted, ImportResult, Importer } from '../types.ts';
import type { Entity } from '../../schema.ts';
import { parseLooseDate } from '../text.ts';

const SRC = 'ofac-sdn';
const FILE = 'ofac-sdn/sdn.csv';
const AUTHORITY = 'US Treasury (OFAC)';

const empty = (s: string | undefined) => (!s || s.trim() === '-0-' ? '' : s.trim());

export interface SdnRow {
  entNum: string;
  name: string;
  type: string;
  programs: string[];
  title: string;
  remarks: string;
}

export function parseRemarks(remarks: string): { dob: string | null; aliases: string[]; nationality: string | null } {
  const dobText = /\bDOB (?:circa )?([0-9]{1,2} [A-Za-z]{3} [0-9]{4}|[A-Za-z]{3} [0-9]{4}|[0-9]{4})/.exec(remarks)?.[1];
  const aliases = [...remarks.matchAll(/a\.k\.a\. '([^']+)'/g)].map((m) => m[1].trim());
  const nat = /\b(?:nationality|citizen) ([A-Z][A-Za-z ,.'-]+?)(?:;|\.|$)/.exec(remarks)?.[1];
  return { dob: parseLooseDate(dobText), aliases, nationality: nat ? isoFromName(nat.trim()) : null };
}

export const ofacSdn: Importer = {
  id: SRC,
  source: SOURCES[SRC],
  run(root, known): ImportResult {
    const asOf = SOURCES[SRC].asOf;
    const programs = loadPrograms(join(root, 'eu-sanctions-opensanctions-oj/programs'));
    const index = new KnownIndex(known);
    // Listings that became entities in this run, for later listings of the same person or body.
    const ownEntities = new Map<string, Entity>();
    const out: Emitted[] = [];
    const counts = { own: 0, strong: 0, possible: 0, skipped: 0 };
    for (const r of parseCsv(readSourceText(join(root, FILE)), { header: false })) {
      const v = r.values;
      const row: SdnRow = {
        entNum: empty(v['0']),
        name: empty(v['1']),
        type: empty(v['2']),
        programs: empty(v['3']).split(/\]\s*\[/).map((p) => p.replace(/[[\]]/g, '').trim()).filter(Boolean),
        title: empty(v['4']),
        remarks: empty(v['11']),
      };
      if (!row.entNum || !row.name || row.type === 'vessel' || row.type === 'aircraft') {
        counts.skipped++;
        continue;
      }
      const origin = { file: `data/sources/${FILE}`, line: r.line };
      const person = row.type === 'individual';
      const { dob, aliases, nationality } = parseRemarks(row.remarks);
      const name = person ? displayPersonName(row.name) : row.name;
      // A one-word a.k.a. of a person is a nickname ('Serbian', 'Fritz'): it identifies no one in running text.
      const aliasNames = [...new Set(aliases.map((a) => (person ? displayPersonName(a) : a)))].filter(
        (a) => a !== name && (!person || a.trim().split(/\s+/).length > 1),
      );
      const details = `SDN entry ${row.entNum}: ${row.name}${row.title ? `; ${row.title}` : ''}${row.remarks ? `; ${row.remarks}` : ''}`.slice(0, 240);
      const cite = { src: SRC, url: 'https://sanctionssearch.ofac.treas.gov/', asOf };
      const listings = (evidence: NonNullable<Entity['sanctions']>[number]['evidence']) =>
        row.programs.map((code) => {
          const p = ofacProgram(code, programs);
          // The listing's details are kept only where a reader needs them to judge a possible (name-only) match.
          return { authority: AUTHORITY, program: p ? `${p.title} (${code})` : code, listed: null, evidence, ...(evidence === 'name-only' ? { details } : {}), cite };
        });
      const decision = person ? decidePerson(index, [name, ...aliasNames], dob) : decideOrganization(index, [name, ...aliasNames]);
      if (decision.kind === 'attach' || decision.kind === 'possible') {
        const ids = decision.kind === 'attach' ? [decision.id] : decision.ids;
        for (const id of ids) {
          const target = known.get(id)?.entity ?? ownEntities.get(id)!;
          // A curated listing by the same authority already states this (with its date): do not repeat it.
          if (target.sanctions?.some((s) => s.evidence === 'curated' && /OFAC|Treasury/i.test(s.authority))) continue;
          const strong = decision.kind === 'attach';
          out.push({
            entity: { id, type: target.type, name: target.name, aliases: strong ? aliasNames : [], countries: [], sanctions: listings(strong ? 'name+birthdate' : 'name-only') },
            origin,
          });
        }
        counts[decision.kind === 'attach' ? 'strong' : 'possible']++;
        continue;
      }
      const e: Entity = {
        id: `sc:ofac-${row.entNum}`,
        type: person ? 'person' : 'organization',
        name,
        aliases: aliasNames,
        countries: nationality ? [nationality] : [],
        sanctions: listings('identifier'),
      };
      if (person && dob) e.born = { date: dob, cite };
      if (row.title) e.description = { text: row.title, cite };
      index.add(e);
      ownEntities.set(e.id, e);
      out.push({ entity: e, origin });
      counts.own++;
    }
    return {
      entities: out,
      notes: [`${counts.own} listings as their own entities, ${counts.strong} attached on name + birth date, ${counts.possible} possible (name-only) matches, ${counts.skipped} vessels/aircraft/empty rows skipped`],
    };
  },
};
