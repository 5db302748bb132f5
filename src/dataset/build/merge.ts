// Merging records of the same entity (same id) from several sources, and the curated overrides.
import type { Entity, Office } from '../schema.ts';
import { normalizeName } from './text.ts';
import type { Emitted, Origin } from './types.ts';

export interface Merged {
  entity: Entity;
  origins: Origin[];
  curated: boolean;
}

/** [start, end] with open ends; partial dates compare at their own precision by padding. */
function interval(o: { start: string | null; end: string | null }): [string, string] {
  const lo = o.start ? o.start.padEnd(10, o.start.length === 4 ? '-01-01' : '-01').slice(0, 10) : '0000-00-00';
  const hi = o.end ? (o.end.length === 4 ? `${o.end}-12-31` : o.end.length === 7 ? `${o.end}-31` : o.end) : '9999-99-99';
  return [lo, hi];
}

export function periodsOverlap(a: { start: string | null; end: string | null }, b: { start: string | null; end: string | null }): boolean {
  const [a0, a1] = interval(a);
  const [b0, b1] = interval(b);
  return a0 <= b1 && b0 <= a1;
}

const TITLE_STOPWORDS = new Set(['minister', 'of', 'and', 'the', 'for', 'de', 'del', 'la', 'el']);

function titleWords(t: string): Set<string> {
  // "finances" and "finance" are one word here: sources word the same ministry in singular and plural.
  return new Set(normalizeName(t).split(' ').filter((w) => w && !TITLE_STOPWORDS.has(w)).map((w) => (w.length > 4 ? w.replace(/s$/, '') : w)));
}

/**
 * The same post worded differently by two sources ("Minister without portfolio" and "Minister without portfolio
 * (Kosovo and Metohija)", "Minister of the Economy and Finance" from 2017 and "Minister of the Economy, Finances and
 * Industry" from 2017-06-21): same role and country, start dates agreeing at the precision both give (at least one
 * of them a full date), and titles sharing a third of their words.
 */
export function sameTermOtherWording(a: Office, b: Office): boolean {
  if (a.role !== b.role || a.country !== b.country || !a.start || !b.start) return false;
  const start = finerDate(a.start, b.start);
  if (!start || start.length !== 10) return false;
  const x = titleWords(a.title);
  const y = titleWords(b.title);
  const inter = [...x].filter((w) => y.has(w)).length;
  const union = new Set([...x, ...y]).size;
  return union > 0 && inter / union >= 0.34;
}

function officeKey(o: Office): string {
  return `${normalizeName(o.title)}|${o.start ?? ''}|${o.country ?? ''}`;
}

const HEAD_ROLES = new Set(['head_of_state', 'head_of_government']);

/** The more precise of two partial dates that agree (2012 vs 2012-05-07), else null. */
function finerDate(a: string | null, b: string | null): string | null | undefined {
  if (a === b) return a;
  if (a && b && b.startsWith(a)) return b;
  if (a && b && a.startsWith(b)) return a;
  return undefined;
}

/**
 * Same title and start: keep one, preferring a known end, then the newer source. Heads of state and government are
 * also the same term when role, country and start agree at the precision both give ("President of Russia" from 2012
 * and "President" from 2012-05-07): the newer source decides whether it is still held, the finer start and the
 * longer title are kept.
 */
export function dedupeOffices(offices: Office[]): Office[] {
  const byKey = new Map<string, Office>();
  for (const o of offices) {
    const k = officeKey(o);
    const prev = byKey.get(k);
    if (!prev) byKey.set(k, o);
    else if (prev.end === null && o.end !== null && o.cite.asOf >= prev.cite.asOf.slice(0, o.cite.asOf.length)) byKey.set(k, o);
    else if (prev.end === o.end && o.cite.asOf > prev.cite.asOf) byKey.set(k, o);
  }
  const out: Office[] = [];
  for (const o of byKey.values()) {
    // (Two sources naming the same holder of a country's head office are one term when either gives no start, or
    // when both leave it open: "President: Azali Assoumani" since 2016 and since his 2019 re-election.)
    const named = (p: Office) => holderNamed(p) !== null && holderNamed(o) !== null;
    const sameTerm = (p: Office) =>
      p.role === o.role && p.country === o.country && sameHolderNamed(p, o) &&
      ((finerDate(p.start, o.start) !== undefined && p.start !== null) || (named(p) && ((p.start === null) !== (o.start === null) || (p.end === null && o.end === null))));
    const same = HEAD_ROLES.has(o.role ?? '') && o.country ? out.findIndex(sameTerm) : -1;
    if (same < 0) {
      out.push(o);
      continue;
    }
    const p = out[same];
    const base = o.cite.asOf > p.cite.asOf ? o : p;
    const other = base === o ? p : o;
    const end = base.end ?? (other.end && other.cite.asOf >= base.cite.asOf ? other.end : null);
    out[same] = { ...base, title: other.title.length > base.title.length ? other.title : base.title, start: finerDate(base.start, other.start) ?? base.start ?? other.start, end };
  }
  return out;
}

/** A country's office names its holder after ": " ("President: Nicușor Dan"); a person's own office names none. */
function holderNamed(o: Office): string | null {
  const at = o.title.lastIndexOf(': ');
  return at > 0 ? normalizeName(o.title.slice(at + 2)) : null;
}

/** Two terms of a country's head are one only if they name the same holder (or either names none). */
function sameHolderNamed(a: Office, b: Office): boolean {
  const x = holderNamed(a);
  const y = holderNamed(b);
  return x === null || y === null || x === y;
}

function dedupeBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Folds `b` into `a` (a's name and single-valued facts win unless b is curated). */
export function mergeTwo(a: Entity, b: Entity, bCurated: boolean): Entity {
  const first = bCurated ? b : a;
  const second = bCurated ? a : b;
  const out: Entity = { ...second, ...first };
  out.name = first.name;
  const names = new Set([a.name, b.name, ...a.aliases, ...b.aliases]);
  names.delete(out.name);
  out.aliases = [...names];
  out.countries = [...new Set([...first.countries, ...second.countries])];
  out.links = { ...second.links, ...first.links };
  if (!out.links.wikipedia && !out.links.wikidata && !out.links.website) delete out.links;
  out.description = first.description ?? second.description;
  out.born = pickBorn(first.born, second.born);
  if (!out.description) delete out.description;
  if (!out.born) delete out.born;
  if (a.qid || b.qid) out.qid = first.qid ?? second.qid;

  let offices = [...(second.offices ?? [])];
  if (bCurated && b.offices?.length) {
    // A curated office replaces an extract's office with the same title over an overlapping period.
    // A curated head of state or government also replaces the extracts' same role in that country for that period.
    // Another curated file's office is not replaced but deduplicated below: the term whose end is known from a
    // source at least as new wins (a country file's ended premiership over the heads file's open one).
    offices = offices.filter(
      (o) =>
        curatedOffices.has(o) ||
        !b.offices!.some(
          (c) =>
            ((normalizeName(c.title) === normalizeName(o.title) || (HEAD_ROLES.has(c.role ?? '') && c.role === o.role && c.country === o.country)) && periodsOverlap(c, o)) ||
            sameTermOtherWording(c, o),
        ),
    );
  }
  offices = dedupeOffices([...(first.offices ?? []), ...offices]);
  if (offices.length) out.offices = offices;
  else delete out.offices;

  const parties = dedupeBy([...(first.parties ?? []), ...(second.parties ?? [])], (p) => `${p.id ?? normalizeName(p.name)}|${p.start ?? ''}`);
  if (parties.length) out.parties = parties;
  const designations = dedupeBy([...(first.designations ?? []), ...(second.designations ?? [])], (d) => `${d.by}|${d.label}`);
  if (designations.length) out.designations = designations;
  const sanctions = dedupeBy([...(first.sanctions ?? []), ...(second.sanctions ?? [])], (s) => `${s.authority}|${s.program}|${s.cite.src}|${s.evidence}`);
  if (sanctions.length) out.sanctions = sanctions;
  const facts = dedupeBy([...(first.facts ?? []), ...(second.facts ?? [])], (f) => f.text);
  if (facts.length) out.facts = facts;

  if (first.outlet || second.outlet) {
    const fo = first.outlet ?? { domains: [] };
    const so = second.outlet ?? { domains: [] };
    out.outlet = { ...so, ...fo, domains: [...new Set([...fo.domains, ...so.domains])] };
    for (const k of ['owner', 'parent', 'state', 'reliability'] as const) {
      const v = fo[k] ?? so[k];
      if (v) (out.outlet as Record<string, unknown>)[k] = v;
    }
  }
  if (first.prominence !== undefined || second.prominence !== undefined) out.prominence = Math.max(first.prominence ?? 0, second.prominence ?? 0);
  return out;
}

/** A full date beats a year; otherwise the first (preferred) record wins. */
function pickBorn(a: Entity['born'], b: Entity['born']): Entity['born'] {
  if (!a) return b;
  if (!b) return a;
  if (b.date.length > a.date.length && b.date.startsWith(a.date)) return b;
  return a;
}

/** Folds one record into the map: a new id is added; an existing one is merged (curated records take precedence). */
/** Offices that come from curated records, so that one curated file does not overwrite another's. */
const curatedOffices = new WeakSet<Office>();

export function addRecord(map: Map<string, Merged>, { entity, origin }: Emitted, curated: boolean): void {
  const prev = map.get(entity.id);
  if (!prev) {
    const copy = structuredClone(entity);
    if (curated) for (const o of copy.offices ?? []) curatedOffices.add(o);
    map.set(entity.id, { entity: copy, origins: [origin], curated });
    return;
  }
  if (curated) for (const o of entity.offices ?? []) curatedOffices.add(o);
  prev.entity = mergeTwo(prev.entity, entity, curated);
  if (curated) {
    prev.entity.type = entity.type;
    prev.origins.unshift(origin);
    prev.curated = true;
  } else if (prev.origins.length < 8) prev.origins.push(origin);
}

/**
 * Merges extract records by id, in the order given (earlier sources' names win), then folds the curated records in.
 * An entity typed differently by two sources keeps the first type (curated wins).
 */
export function mergeAll(extracts: Emitted[], curated: Emitted[]): Map<string, Merged> {
  const out = new Map<string, Merged>();
  for (const e of extracts) addRecord(out, e, false);
  for (const e of curated) addRecord(out, e, true);
  return out;
}

/**
 * A country's heads: when a newer source names a head of state (or government) in office, an older source's
 * open-ended term of the same role that began earlier is no longer "held as of" anything useful and would show
 * the predecessor on later dates: it is dropped from the country (the person keeps it, dated by its source).
 */
export function supersedeCountryHeads(e: Entity): Entity {
  if (e.type !== 'country' || !e.offices?.length) return e;
  const offices = e.offices.filter((o) => {
    if (o.end !== null || !HEAD_ROLES.has(o.role ?? '')) return true;
    return !e.offices!.some((n) => n !== o && n.role === o.role && n.end === null && n.cite.asOf > o.cite.asOf && (n.start ?? '') > (o.start ?? ''));
  });
  return offices.length === e.offices.length ? e : { ...e, offices };
}

/**
 * A country's heads as its curated people tell them. The Factbook and the 2022 extracts give a country's heads as of
 * their edition; a curated person's dated head-of-state or head-of-government term is newer or corrected (a
 * premiership that ended in 2026, a Factbook typo of 2005 for 2025). Each such term becomes an office of the country
 * ("Prime Minister of Romania: Ilie Bolojan"), replacing the country's own term of that role for the same holder
 * over an overlapping period. Older open-ended terms of other holders are left to supersedeCountryHeads.
 */
export function countryHeadsFromCurated(merged: Map<string, Merged>): void {
  const countriesByCode = new Map<string, Entity[]>();
  for (const m of merged.values()) {
    if (m.entity.type !== 'country' || !m.entity.offices?.some((o) => HEAD_ROLES.has(o.role ?? ''))) continue;
    for (const c of m.entity.countries) {
      let list = countriesByCode.get(c);
      if (!list) countriesByCode.set(c, (list = []));
      list.push(m.entity);
    }
  }
  for (const m of merged.values()) {
    const person = m.entity;
    if (!m.curated || person.type !== 'person') continue;
    const names = new Set([person.name, ...person.aliases].map(normalizeName));
    for (const o of person.offices ?? []) {
      if (!curatedOffices.has(o) || !HEAD_ROLES.has(o.role ?? '') || !o.country) continue;
      for (const country of countriesByCode.get(o.country) ?? []) {
        const sameHolder = (c: Office) => names.has(holderNamed(c) ?? '');
        // (The holder's other curated terms stay: back-to-back terms share a boundary day.)
        const kept = (country.offices ?? []).filter((c) => curatedOffices.has(c) || !(c.role === o.role && sameHolder(c) && periodsOverlap(c, o)));
        const added = { ...o, title: `${o.title}: ${person.name}` };
        curatedOffices.add(added);
        country.offices = [...kept, added];
      }
    }
  }
}
