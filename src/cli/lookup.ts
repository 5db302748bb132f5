// `source-context lookup "<name or QID>" [--date YYYY-MM-DD] [--json] [--dataset DIR]`: the card the extension
// shows for an entity on an article of that date. --json prints the Card object (an array when several match).
import { buildCard } from '../dataset/card.ts';
import { foldForSearch } from '../dataset/store.ts';
import { openBuiltDataset, DEFAULT_DATASET_DIR } from '../dataset/open-built.ts';
import type { Entity } from '../dataset/schema.ts';
import type { Card, SourceRef } from '../shared/types.ts';

const USAGE = 'usage: source-context lookup "<name or QID>" [--date YYYY-MM-DD] [--json] [--dataset DIR]';

export async function run(args: string[]): Promise<number> {
  let date: string | null = null;
  let json = false;
  let dir = DEFAULT_DATASET_DIR;
  const words: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (a === '--json') json = true;
    else if (a === '--date' && args[k + 1]) date = args[++k];
    else if (a.startsWith('--date=')) date = a.slice(7);
    else if (a === '--dataset' && args[k + 1]) dir = args[++k];
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    } else if (a.startsWith('--')) {
      console.error(`lookup: unknown option ${a}\n${USAGE}`);
      return 2;
    } else words.push(a);
  }
  const query = words.join(' ').trim();
  if (!query) {
    console.error(USAGE);
    return 2;
  }
  if (date !== null && !isCalendarDate(date)) {
    console.error(`lookup: --date must be YYYY-MM-DD, got "${date}"`);
    return 2;
  }
  try {
    const ds = await openBuiltDataset(dir);
    const entities = await resolve(ds, query);
    if (!entities.length) {
      if (json) console.log('[]');
      else console.error(`lookup: nothing in the dataset for "${query}"`);
      return 1;
    }
    const sources = ds.sourcesById();
    const cards = entities.map((e) => buildCard(e, sources, date));
    if (json) console.log(JSON.stringify(cards.length === 1 ? cards[0] : cards, null, 2));
    else console.log(cards.map(renderCard).join('\n\n'));
    return 0;
  } catch (e) {
    console.error(`lookup: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

/** An id (QID or sc:) directly; otherwise the entities whose name or alias is the query, else the best few matches. */
async function resolve(ds: Awaited<ReturnType<typeof openBuiltDataset>>, query: string): Promise<Entity[]> {
  if (/^(Q\d+|sc:[a-z0-9-]+)$/i.test(query)) {
    const e = await ds.getEntity(/^q/i.test(query) ? query.toUpperCase() : query);
    return e ? [e] : [];
  }
  const found = await ds.search(query, 20);
  const q = foldForSearch(query);
  const exact = found.filter((e) => foldForSearch(e.name) === q || e.aliases.some((a) => foldForSearch(a) === q));
  return exact.length ? exact.slice(0, 10) : found.slice(0, 5);
}

function src(s: SourceRef): string {
  return `[${s.name}, as of ${s.asOf}${s.url ? `, ${s.url}` : ''}]`;
}

function period(start: string | null, end: string | null): string {
  return `${start ?? '?'} – ${end ?? ''}`.trim();
}

export function renderCard(c: Card): string {
  const lines: string[] = [];
  lines.push(`${c.name}  (${c.type}${c.qid ? `, ${c.qid}` : `, ${c.id}`})`);
  if (c.headline) lines.push(`  ${c.headline}`);
  if (c.description) lines.push(`  ${c.description}`);
  if (c.countries.length) lines.push(`  Countries: ${c.countries.join(', ')}`);
  if (c.atDate.date) {
    lines.push(`  On ${c.atDate.date}:`);
    if (!c.atDate.offices.length) lines.push('    no office on record for this date');
    for (const o of c.atDate.offices) lines.push(`    ${o.title} (${period(o.start, o.end)})${o.asOfOnly ? ` — held as of ${o.source.asOf}; later unknown` : ''} ${src(o.source)}`);
  }
  if (c.stateAffiliation) lines.push(`  State affiliation: ${c.stateAffiliation.kind} (${c.stateAffiliation.state}) ${src(c.stateAffiliation.source)}`);
  if (c.owner) lines.push(`  Owner: ${c.owner.name} ${src(c.owner.source)}`);
  if (c.reliability) lines.push(`  Wikipedia reliability: ${c.reliability.status} ${src(c.reliability.source)}`);
  for (const d of c.designations) lines.push(`  Designation: ${d.label} (${d.by}${d.date ? `, ${d.date}` : ''}) ${src(d.source)}`);
  for (const s of c.sanctions) lines.push(`  Sanctioned: ${s.authority}, ${s.program}${s.listed ? `, listed ${s.listed}` : ''} ${src(s.source)}`);
  for (const s of c.possibleSanctions) lines.push(`  Possible match (name only, not confirmed): ${s.authority}, ${s.program}: ${s.details} ${src(s.source)}`);
  if (c.offices.length) {
    lines.push('  Offices:');
    for (const o of c.offices.slice(0, 15)) lines.push(`    ${o.title} (${period(o.start, o.end)}) ${src(o.source)}`);
    if (c.offices.length > 15) lines.push(`    … ${c.offices.length - 15} more`);
  }
  for (const p of c.parties) lines.push(`  Party: ${p.name} (${period(p.start, p.end)}) ${src(p.source)}`);
  for (const f of c.facts) lines.push(`  • ${f.text} ${src(f.source)}`);
  if (c.titleCheck) lines.push(`  Note: ${c.titleCheck.note}`);
  const links = Object.values(c.links).filter(Boolean);
  if (links.length) lines.push(`  Links: ${links.join(' ')}`);
  return lines.join('\n');
}

/** YYYY-MM-DD naming a real day (2024-02-30 is not one). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
