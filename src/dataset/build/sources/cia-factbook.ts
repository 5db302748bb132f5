// CIA World Factbook (final edition, January 2026): every country with its names, its chief of state and head of
// government with "since" dates, and the Factbook's note on broadcast media. The newest source for who leads a
// country. People are linked to a Wikidata QID only when an earlier source names the same person in that country.
import { join } from 'node:path';
import type { Entity, Office } from '../../schema.ts';
import { readSourceBytes, readTar } from '../io.ts';
import { isoFromName } from '../countries.ts';
import { SOURCES } from '../sources-table.ts';
import type { Emitted, ImportResult, Importer } from '../types.ts';
import { normalizeName, parseLooseDate, slug, stripHtml } from '../text.ts';

const SRC = 'cia-factbook';
const DIR = 'cia-world-factbook-json';
const ARCHIVE = `${DIR}/profiles.tar.gz`;
/** The commit the profiles were copied from (SOURCE.md): each fact cites its country's file there. */
const COMMIT = '8662a8b17a784841ab4528631b04090eb2f183eb';

const ENTITIES: Record<string, string> = { Eacute: 'É', eacute: 'é', aacute: 'á', Aacute: 'Á', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', atilde: 'ã', otilde: 'õ', auml: 'ä', ouml: 'ö', uuml: 'ü', egrave: 'è', agrave: 'à', ecirc: 'ê', ocirc: 'ô', acirc: 'â', icirc: 'î', euml: 'ë', iuml: 'ï', amp: '&', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘' };
// Capitalised forms of the accented letters (&Ntilde; -> Ñ).
for (const [k, v] of Object.entries({ ...ENTITIES })) if (/^[a-z]/.test(k) && v.length === 1 && v !== v.toUpperCase()) ENTITIES[k[0].toUpperCase() + k.slice(1)] = v.toUpperCase();

export function decodeEntities(s: string): string {
  return s.replace(/&([a-zA-Z]+);/g, (m, n) => ENTITIES[n] ?? m).replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)));
}

/** Words that belong to a title, not to a name ("Prime Minister", "Custodian of the Two Holy Mosques King"). */
const TITLE_WORDS = new Set(
  'president vice prime minister premier king queen emperor empress sultan emir amir chancellor federal chairman chairwoman chairperson chair general governor governor-general supreme leader deputy first crown prince princess grand duke co-prince state council head of the captain captains regent regents chief executive acting interim transitional sheikh shaykh pope monarch administrator commissioner secretary taoiseach lieutenant mayor presidential sovereign military junta governing director national assembly presidium commander marshal colonel brigadier field custodian two holy mosques and for foreign political affairs overall taliban co-chiefs represented by prefect high representative senior elder emperor his her majesty excellency government presidency superior territorial gnu co-vice sir dame ratu bailiff ulu o tokelau swiss confederation dr dr. officer administrative delegate resident envoy capt. gen. lt. col. maj.'.split(' '),
);

const NAME_PARTICLES = new Set(['bin', 'ibn', 'ibni', 'binti', 'al', 'el', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'y', 'e', 'ould', 'ag', 'ben', 'bint', 'abu']);

export interface ParsedHolder {
  title: string;
  /** The name as the Factbook writes it, surnames in capitals. */
  raw: string;
  given: string[];
  surname: string[];
  since: string | null;
  representative: boolean;
}

function isCapsToken(t: string): boolean {
  const caps = (x: string) => {
    const letters = x.replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  };
  // "al-MANFI", "SASSOU-Nguesso", "OSMANI-Sadriu": one part of a hyphenated name in capitals.
  return caps(t) || (t.includes('-') && t.split('-').some(caps));
}

function titleCase(t: string): string {
  return t
    .split(/([-'’ ])/)
    .map((p) => (isCapsToken(p) && !/^[IVX]+$/.test(p) ? p[0] + p.slice(1).toLowerCase() : p))
    .join('');
}

/** "President Aleksandar VUCIC (since 31 May 2017)" -> title President, given [Aleksandar], surname [VUCIC], since 2017-05-31. */
export function parseHolders(text: string): ParsedHolder[] {
  const clean = decodeEntities(stripHtml(text)).replace(/\s+/g, ' ').trim();
  const out: ParsedHolder[] = [];
  const segments = clean.split(/;|,\s*(?=represented by )/);
  for (let seg of segments) {
    seg = seg.trim();
    if (!seg || /^note\b/i.test(seg)) continue;
    const representative = /^represented by /i.test(seg);
    if (representative) seg = seg.replace(/^represented by /i, '');
    const dateMatch = /\((?:since\s+)?([^()]*\d{4})\)/.exec(seg);
    const head = (dateMatch ? seg.slice(0, dateMatch.index) : seg)
      .replace(/\([^()]*\)/g, ' ')
      .replace(/\(.*$/, '')
      .replace(/,/g, ' ')
      .trim();
    if (/\bvacant\b/i.test(head)) continue;
    const tokens = head.split(' ').filter(Boolean);
    // Co-holders written as "Matteo ROSSI and Lorenzo BUGLI" are skipped: one line, two people.
    if (tokens.includes('and') && tokens.filter((t) => isCapsToken(t) && !TITLE_WORDS.has(t.toLowerCase())).length > 1 && tokens.indexOf('and') > tokens.findIndex((t) => isCapsToken(t) && !TITLE_WORDS.has(t.toLowerCase()))) continue;
    // The name is the last run of capitalised tokens (the family name) with what follows it, and the given names
    // before it back to the first title word: "GNU Interim Prime Minister Abd-al-Hamid DUBAYBAH".
    const isName = (t: string) => isCapsToken(t) && !TITLE_WORDS.has(t.toLowerCase());
    let lastCaps = -1;
    for (let i = tokens.length - 1; i >= 0; i--) if (isName(tokens[i])) { lastCaps = i; break; }
    if (lastCaps < 0) continue;
    let firstCaps = lastCaps;
    while (firstCaps > 0 && isName(tokens[firstCaps - 1])) firstCaps--;
    let g = firstCaps;
    // Walk back over given names; a word after "of"/"the" belongs to the title ("Government of Spain Pedro SANCHEZ").
    while (g > 0 && firstCaps - g < 4 && !TITLE_WORDS.has(tokens[g - 1].toLowerCase()) && !(g >= 2 && /^(of|the)$/i.test(tokens[g - 2]))) g--;
    if (tokens.length - g > 8) continue; // prose, not a name
    const given = tokens.slice(g, firstCaps);
    // The name ends before a lower-case phrase ("JOHANSEN chief administrative officer"); particles stay ("bin", "al").
    let endName = tokens.length;
    for (let i = lastCaps + 1; i < tokens.length; i++) {
      if (/^\p{Ll}/u.test(tokens[i]) && !NAME_PARTICLES.has(tokens[i]) && (i + 1 >= tokens.length || /^\p{Ll}/u.test(tokens[i + 1]))) {
        endName = i;
        break;
      }
    }
    const surname = tokens.slice(firstCaps, endName);
    const title = tokens.slice(0, g).join(' ');
    const since = dateMatch ? parseLooseDate(dateMatch[1].replace(/^since\s+/i, '')) : null;
    out.push({ title, raw: [...given, ...surname].join(' '), given, surname, since, representative });
  }
  return out;
}

export function displayName(h: ParsedHolder): string {
  return [...h.given, ...h.surname.map(titleCase)].join(' ');
}

/** The Factbook writes Đ as "Dj" (Djuro), the other sources as Đ, folded to "d": compare both as "d". */
function foldDj(s: string): string {
  return s.replace(/dj/g, 'd');
}

interface PersonKey {
  id: string;
  tokens: Set<string>;
  names: Set<string>;
  head: boolean;
  /** "head_of_government|PK|2024-03-03": the head terms the person's records already hold. */
  headTerms: Set<string>;
}

/** Known people by country, for linking a Factbook name to a QID. */
function indexKnown(known: ReadonlyMap<string, { entity: Entity }>): Map<string, PersonKey[]> {
  const byCountry = new Map<string, PersonKey[]>();
  for (const { entity: e } of known.values()) {
    if (e.type !== 'person') continue;
    const head = (e.offices ?? []).some((o) => o.role === 'head_of_state' || o.role === 'head_of_government');
    const names = new Set([e.name, ...e.aliases].map((n) => foldDj(normalizeName(n))));
    const tokens = new Set([...names].flatMap((n) => n.split(' ')));
    const headTerms = new Set((e.offices ?? []).filter((o) => o.role === 'head_of_state' || o.role === 'head_of_government').map((o) => `${o.role}|${o.country}|${o.start}`));
    // Another state's head for a territory ("King CHARLES III") must head a state still: Albert II of Belgium,
    // king until 2013, is not Monaco's Prince ALBERT II.
    const currentHead = (e.offices ?? []).some((o) => (o.role === 'head_of_state' || o.role === 'head_of_government') && o.end === null);
    for (const c of [...e.countries, ...(currentHead ? ['*heads'] : [])]) {
      const list = byCountry.get(c) ?? [];
      list.push({ id: e.id, tokens, names, head, headTerms });
      byCountry.set(c, list);
    }
  }
  return byCountry;
}

/**
 * The one known person whose names hold every family-name token and the first given name (or a given name sharing
 * its first three letters: Benyamin/Benjamin); null if none or several. Without given names ("King CHARLES III")
 * the known name must be exactly the Factbook's, or that name followed by "of ...".
 */
export function linkHolder(h: ParsedHolder, candidates: PersonKey[], term?: string): string | null {
  const sur = h.surname.flatMap((s) => foldDj(normalizeName(s)).split(' ')).filter(Boolean);
  const given = h.given.length ? foldDj(normalizeName(h.given[0]).split(' ')[0]) : null;
  const withSurname = candidates.filter((c) => sur.every((s) => c.tokens.has(s)));
  // A known person already holding this very term (a curated head from the same edition) is the holder, over a
  // relative whose longer name happens to hold the Factbook's first given name ("Muhammad Shehbaz SHARIF" is
  // Shehbaz Sharif, not Muhammad Hamza Shahbaz Sharif).
  if (term) {
    const holders = [...new Set(withSurname.filter((c) => c.headTerms.has(term)).map((c) => c.id))];
    if (holders.length === 1) return holders[0];
  }
  let hits: PersonKey[];
  if (given === null) {
    // "CHO Jung-tai", "King CHARLES III": the whole name must be a known name of the person.
    const full = sur.join(' ');
    hits = withSurname.filter((c) => [...c.names].some((n) => n === full || (c.head && n.startsWith(full + ' of '))));
  } else {
    hits = withSurname.filter((c) => c.tokens.has(given));
    if (!hits.length && given.length >= 4) hits = withSurname.filter((c) => c.head && [...c.tokens].some((t) => t.length >= 4 && t.slice(0, 3) === given.slice(0, 3)));
  }
  const ids = [...new Set(hits.map((c) => c.id))];
  if (ids.length === 1) return ids[0];
  const heads = [...new Set(hits.filter((c) => c.head).map((c) => c.id))];
  if (heads.length === 1) return heads[0];
  // A curated stand-in (sc: id) and the Wikidata item of the same head: the item is the identity.
  const items = (heads.length ? heads : ids).filter((id) => /^Q\d+$/.test(id));
  return items.length === 1 ? items[0] : null;
}

function text(v: unknown): string {
  return v && typeof v === 'object' && 'text' in v ? String((v as { text: unknown }).text ?? '') : '';
}

export function profileIso(profile: Record<string, Record<string, unknown>>): string | null {
  const code = /\.([a-z]{2})\b/.exec(text(profile.Communications?.['Internet country code']))?.[1];
  const names = (profile.Government?.['Country name'] ?? {}) as Record<string, unknown>;
  const short = text(names['conventional short form']);
  if (code && code !== 'eu') return code === 'uk' ? 'GB' : code.toUpperCase();
  return short && short !== 'none' ? isoFromName(short) : null;
}

export const ciaFactbook: Importer = {
  id: SRC,
  source: SOURCES[SRC],
  run(root, known): ImportResult {
    const asOf = SOURCES[SRC].asOf;
    const files = readTar(readSourceBytes(join(root, ARCHIVE)));
    const people = indexKnown(known);
    const countryQid = new Map<string, string>();
    for (const { entity: e } of known.values()) if (e.type === 'country' && e.qid && e.countries.length === 1) countryQid.set(e.countries[0], e.qid);
    const out: Emitted[] = [];
    const notes: string[] = [];
    // People this importer had to create (no known identity), by name: one person heading several territories
    // (an administrator of two island territories) is one entity.
    const created = new Map<string, string>();
    let index = 0;
    for (const [path, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      index++;
      const origin = { file: `data/sources/${ARCHIVE}#${path}`, index };
      const profile = JSON.parse(bytes.toString('utf8')) as Record<string, Record<string, unknown>>;
      const gov = profile.Government ?? {};
      const names = (gov['Country name'] ?? {}) as Record<string, unknown>;
      const shortForm = decodeEntities(text(names['conventional short form']));
      const short = shortForm && shortForm !== 'none' ? shortForm : decodeEntities(text(names['conventional long form']));
      const iso = profileIso(profile);
      if (!iso || !short || short === 'none') {
        notes.push(`${path}: no country code or name; skipped`);
        continue;
      }
      const c = { src: SRC, url: `https://github.com/factbook/factbook.json/blob/${COMMIT}/${path}`, asOf };
      const aliases = new Set<string>();
      for (const k of ['conventional long form', 'local long form', 'local short form', 'abbreviation']) {
        // "US or USA": two abbreviations; "...; note - the island of ..." is a remark, not a name.
        for (const n of decodeEntities(stripHtml(text(names[k]))).split(k === 'abbreviation' ? /\s*(?:[/;]|\bor\b)\s*/ : /\s*[/;]\s*/)) {
          const t = n.replace(/\(.*?\)/g, '').trim();
          if (t && t !== 'none' && t !== short && t.length < 80 && !/^note\b/i.test(t)) aliases.add(t);
        }
      }
      const qid = countryQid.get(iso);
      const country: Entity = {
        id: qid ?? `sc:country-${iso.toLowerCase()}`,
        type: 'country',
        name: short,
        aliases: [...aliases],
        countries: [iso],
        offices: [],
      };
      if (qid) country.qid = qid;
      const media = decodeEntities(stripHtml(text(profile.Communications?.['Broadcast media']))).trim();
      if (media) country.facts = [{ text: `Broadcast media: ${media}`, cite: c }];
      const exec = (gov['Executive branch'] ?? {}) as Record<string, unknown>;
      for (const [field, mainRole] of [
        ['chief of state', 'head_of_state'],
        ['head of government', 'head_of_government'],
      ] as const) {
        const holders = parseHolders(text(exec[field]));
        holders.forEach((h, i) => {
          const role: Office['role'] = h.representative ? 'official' : i === 0 ? mainRole : /deputy|vice/i.test(h.title) && mainRole === 'head_of_government' ? 'deputy_head_of_government' : 'official';
          const title = h.representative ? `${h.title || 'Representative'} (representing the chief of state)` : h.title || (mainRole === 'head_of_state' ? 'Chief of state' : 'Head of government');
          const name = displayName(h);
          const local = linkHolder(h, people.get(iso) ?? [], `${role}|${iso}|${h.since}`);
          // A territory's head is often another country's (King Charles III, President Macron): link to a known head
          // of state anywhere, and record the office on the territory only, not on the person.
          const foreign = local ? null : linkHolder(h, people.get('*heads') ?? []);
          const office: Office = { title, role, country: iso, start: h.since, end: null, cite: c };
          if (!foreign) {
            const id = local ?? created.get(normalizeName(name)) ?? `sc:${slug(name)}-${iso.toLowerCase()}`;
            if (!local) created.set(normalizeName(name), id);
            out.push({
              entity: { id, ...(local && /^Q\d+$/.test(local) ? { qid: local } : {}), type: 'person', name, aliases: [], countries: [iso], offices: [office] },
              origin,
            });
          }
          const linkedId = foreign ?? local;
          const shown = linkedId ? (known.get(linkedId)?.entity.name ?? name) : name;
          country.offices!.push({ title: `${title}: ${shown}`, role, country: iso, start: h.since, end: null, cite: c });
        });
      }
      if (!country.offices!.length) delete country.offices;
      out.push({ entity: country, origin });
    }
    return { entities: out, notes };
  },
};
