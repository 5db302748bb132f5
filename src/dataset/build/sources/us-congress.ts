// unitedstates/congress-legislators (June 2026): the current US Congress with QIDs, birth dates, terms and party,
// and the presidents and vice presidents that carry a QID.
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Entity, Office } from '../../schema.ts';
import { readSourceText } from '../io.ts';
import { SOURCES } from '../sources-table.ts';
import type { Emitted, ImportResult, Importer } from '../types.ts';

const SRC = 'us-congress';
const DIR = 'us-congress-legislators';

interface Term {
  type: 'sen' | 'rep' | 'prez' | 'viceprez';
  start: string;
  end: string;
  state?: string;
  district?: number;
  party?: string;
}
interface Legislator {
  id: { wikidata?: string; wikipedia?: string; bioguide?: string };
  name: { first: string; middle?: string; last: string; official_full?: string; nickname?: string; suffix?: string };
  bio?: { birthday?: string };
  terms: Term[];
}

const PARTY: Record<string, string> = { Democrat: 'Democratic Party', Republican: 'Republican Party', Independent: 'Independent' };

function officeTitle(t: Term): string {
  switch (t.type) {
    case 'sen':
      return `United States Senator from ${t.state}`;
    case 'rep':
      return t.district !== undefined && t.district > 0 ? `U.S. Representative for ${t.state}-${t.district}` : `U.S. Representative for ${t.state}`;
    case 'prez':
      return 'President of the United States';
    case 'viceprez':
      return 'Vice President of the United States';
  }
}

const ROLE: Record<Term['type'], Office['role']> = { sen: 'legislator', rep: 'legislator', prez: 'head_of_state', viceprez: 'official' };

/** Consecutive terms in the same office merge into one period. */
function offices(terms: Term[], asOf: string): Office[] {
  const out: Office[] = [];
  for (const t of terms) {
    const title = officeTitle(t);
    const prev = out[out.length - 1];
    if (prev && prev.title === title && prev.end && prev.end >= t.start.slice(0, 10)) {
      prev.end = t.end;
      continue;
    }
    out.push({ title, role: ROLE[t.type], country: 'US', start: t.start, end: t.end, cite: { src: SRC, asOf } });
  }
  // A term ending after the extract date is the scheduled end: the source says the seat is held as of its date.
  for (const o of out) if (o.end && o.end > asOf) o.end = null;
  return out;
}

function parties(terms: Term[], asOf: string): NonNullable<Entity['parties']> {
  const out: NonNullable<Entity['parties']> = [];
  for (const t of terms) {
    if (!t.party) continue;
    const name = PARTY[t.party] ?? t.party;
    const prev = out[out.length - 1];
    if (prev && prev.name === name) {
      prev.end = t.end > asOf ? null : t.end;
      continue;
    }
    out.push({ name, start: t.start, end: t.end > asOf ? null : t.end, cite: { src: SRC, asOf } });
  }
  return out;
}

export function legislatorEntity(l: Legislator, asOf: string): Entity | null {
  const qid = l.id.wikidata;
  if (!qid || !/^Q\d+$/.test(qid)) return null;
  const name = l.name.official_full ?? [l.name.first, l.name.middle, l.name.last, l.name.suffix].filter(Boolean).join(' ');
  const aliases = new Set<string>([`${l.name.first} ${l.name.last}`, l.name.nickname ? `${l.name.nickname} ${l.name.last}` : '', [l.name.first, l.name.middle, l.name.last].filter(Boolean).join(' ')]);
  aliases.delete('');
  aliases.delete(name);
  const e: Entity = {
    id: qid,
    qid,
    type: 'person',
    name,
    aliases: [...aliases],
    countries: ['US'],
    links: { wikidata: `https://www.wikidata.org/wiki/${qid}` },
    offices: offices(l.terms, asOf),
  };
  if (l.id.wikipedia) e.links!.wikipedia = `https://en.wikipedia.org/wiki/${encodeURIComponent(l.id.wikipedia.replace(/ /g, '_'))}`;
  if (l.bio?.birthday) e.born = { date: l.bio.birthday, cite: { src: SRC, asOf } };
  const p = parties(l.terms, asOf);
  if (p.length) e.parties = p;
  return e;
}

export const usCongress: Importer = {
  id: SRC,
  source: SOURCES[SRC],
  run(root): ImportResult {
    const asOf = SOURCES[SRC].asOf;
    const out: Emitted[] = [];
    let skipped = 0;
    for (const file of ['legislators-current.yaml', 'executive.yaml']) {
      const list = parse(readSourceText(join(root, DIR, file))) as Legislator[];
      list.forEach((l, index) => {
        const e = legislatorEntity(l, asOf);
        if (e) out.push({ entity: e, origin: { file: `data/sources/${DIR}/${file}`, index } });
        else skipped++;
      });
    }
    return { entities: out, notes: [`${skipped} records without a Wikidata QID skipped`] };
  },
};
