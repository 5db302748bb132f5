// Turns a dataset record into the card a reader sees for an article of a given date.
// Pure: the worker, the popup's search and `source-context lookup` all call this one function.
import type { Cite, Entity, Office, Source } from './schema.ts';
import type { Card, SourceRef } from '../shared/types.ts';
import { countryName } from '../shared/countries.ts';

export interface CardOptions {
  /** A title the article writes before the name ("Prime Minister"), checked against the offices on the date. */
  titleInText?: string | null;
}

/** Turns a cite into what the card shows: the source's name, the page stating the fact, the date it holds for. */
export function sourceRef(cite: Cite, sources: Map<string, Source>): SourceRef {
  const source = sources.get(cite.src);
  const url = cite.url ?? source?.url ?? '';
  let name = source?.name ?? cite.src;
  if (cite.src === 'web' && cite.url) name = hostOf(cite.url);
  return { name, url, asOf: cite.asOf };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Compares partial dates (YYYY, YYYY-MM, YYYY-MM-DD) at the precision both have. */
function startsOnOrBefore(start: string | null, date: string): boolean {
  if (!start) return true;
  return start <= date.slice(0, start.length);
}
function endsOnOrAfter(end: string | null, date: string): boolean {
  if (!end) return true;
  return end >= date.slice(0, end.length);
}

/** Offices held on `date`. An office with no end counts only up to its source's as-of date, and says so. */
export function officesAt(offices: Office[], date: string): Array<Office & { asOfOnly: boolean }> {
  const held: Array<Office & { asOfOnly: boolean }> = [];
  for (const office of offices) {
    if (!startsOnOrBefore(office.start, date) || !endsOnOrAfter(office.end, date)) continue;
    // Open-ended in a source dated before the article: we only know it was held as of that source's date.
    const asOfOnly = office.end === null && office.cite.asOf < date.slice(0, office.cite.asOf.length);
    held.push({ ...office, asOfOnly });
  }
  return held.sort(byRoleWeight);
}

const ROLE_WEIGHT: Record<string, number> = {
  head_of_state: 0,
  head_of_government: 1,
  deputy_head_of_government: 2,
  minister: 3,
  official: 4,
  legislator: 5,
  other: 6,
};
function byRoleWeight(a: Office, b: Office): number {
  return (ROLE_WEIGHT[a.role ?? 'other'] ?? 6) - (ROLE_WEIGHT[b.role ?? 'other'] ?? 6);
}

function year(d: string | null): string {
  return d ? d.slice(0, 4) : '';
}

/** "under US sanctions since 2023", "state-owned (Russia)", the office on the date: the line that matters. */
function headlineFor(card: Omit<Card, 'headline'>): string | null {
  const parts: string[] = [];
  const office = card.atDate.offices[0];
  if (office) parts.push(office.asOfOnly ? `${office.title} (as of ${year(office.source.asOf)})` : office.title);
  if (card.stateAffiliation) parts.push(`${card.stateAffiliation.kind} (${card.stateAffiliation.state})`);
  const date = card.atDate.date;
  const inForce = card.sanctions.filter((s) => !date || !s.listed || s.listed <= date);
  if (inForce.length > 0) {
    const authorities = [...new Set(inForce.map((s) => s.authority))];
    const since = inForce.map((s) => s.listed).filter((d): d is string => !!d).sort()[0];
    parts.push(`under ${authorities.join(', ')} sanctions${since ? ` since ${year(since)}` : ''}`);
  }
  const designated = card.designations.filter((d) => !date || !d.date || d.date <= date);
  if (parts.length === 0 && designated.length > 0) {
    const d = designated[designated.length - 1];
    parts.push(`${d.label}${d.date ? ` (${year(d.date)})` : ''}`);
  }
  return parts.length ? parts.join(' · ') : null;
}

const TITLE_WORDS = /\b(president|prime minister|premier|deputy prime minister|minister|chancellor|king|queen|senator|governor|mayor|speaker|secretary)\b/i;

function checkTitle(titleInText: string, atDate: Card['atDate'], all: Office[], sources: Map<string, Source>): Card['titleCheck'] {
  if (!atDate.date || !TITLE_WORDS.test(titleInText)) return null;
  const said = titleInText.trim().toLowerCase();
  const held = atDate.offices.map((o) => o.title.toLowerCase());
  // "Deputy Prime Minister" contains "Prime Minister": only an office title that starts with the phrase (after
  // qualifiers such as "Deputy") and has no extra qualifier before it agrees.
  const agrees = held.some((t) => t === said || t.startsWith(said + ' ') || t.startsWith(said + ' of'));
  if (agrees || atDate.offices.length === 0) return null;
  const relied = atDate.offices[0];
  const formerly = all.find((o) => o.title.toLowerCase().startsWith(said));
  const note = formerly
    ? `The article says "${titleInText}"; on ${atDate.date} the records show ${relied.title} (${formerly.title} ${year(formerly.start)}–${year(formerly.end)}).`
    : `The article says "${titleInText}"; on ${atDate.date} the records show ${relied.title}.`;
  return { saidInText: titleInText, note, source: relied.source };
}

export function buildCard(entity: Entity, sources: Map<string, Source>, date: string | null, options: CardOptions = {}): Card {
  const ref = (c: Cite) => sourceRef(c, sources);
  const day = date ? date.slice(0, 10) : null;
  const offices = entity.offices ?? [];
  const atDate: Card['atDate'] = {
    date: day,
    offices: day
      ? officesAt(offices, day).map((o) => ({ title: o.title, start: o.start, end: o.end, source: ref(o.cite), asOfOnly: o.asOfOnly }))
      : [],
  };
  // Listings and designations after the article's date are still shown (dated); only the headline is date-bound.
  const sanctions = (entity.sanctions ?? []).filter((s) => s.evidence !== 'name-only');
  const possible = (entity.sanctions ?? []).filter((s) => s.evidence === 'name-only');
  const state = entity.outlet?.state;
  const base: Omit<Card, 'headline'> = {
    id: entity.id,
    qid: entity.qid ?? (entity.id.startsWith('Q') ? entity.id : null),
    type: entity.type,
    name: entity.name,
    description: entity.description?.text ?? null,
    countries: entity.countries.map((code) => countryName(code)),
    atDate,
    offices: [...offices]
      .sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))
      .map((o) => ({ title: o.title, start: o.start, end: o.end, source: ref(o.cite) })),
    parties: (entity.parties ?? []).map((p) => ({ name: p.name, start: p.start, end: p.end, source: ref(p.cite) })),
    sanctions: sanctions.map((s) => ({ authority: s.authority, program: s.program, listed: s.listed, source: ref(s.cite) })),
    possibleSanctions: possible.map((s) => ({
      authority: s.authority,
      program: s.program,
      listed: s.listed,
      details: s.details ?? '',
      source: ref(s.cite),
    })),
    stateAffiliation: state ? { state: state.stateName, kind: state.kind, source: ref(state.cite) } : null,
    owner: entity.outlet?.owner ? { name: entity.outlet.owner.name, source: ref(entity.outlet.owner.cite) } : null,
    reliability: entity.outlet?.reliability
      ? { status: entity.outlet.reliability.status, summary: entity.outlet.reliability.summary ?? null, source: ref(entity.outlet.reliability.cite) }
      : null,
    designations: [...(entity.designations ?? [])]
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
      .map((d) => ({ by: d.by, label: d.label, date: d.date, source: ref(d.cite) })),
    facts: (entity.facts ?? []).map((f) => ({ text: f.text, source: ref(f.cite), asOf: f.cite.asOf })),
    links: { ...(entity.links ?? {}) },
    titleCheck: null,
  };
  if (options.titleInText) base.titleCheck = checkTitle(options.titleInText, atDate, offices, sources);
  return { ...base, headline: headlineFor(base) };
}
