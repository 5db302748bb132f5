// Builds the name index at dataset build time: every name and alias of every entity, keyed by the
// skeleton of its tokens (see normalize.ts), with the per-entity facts the linker needs to choose
// between entities sharing a name. The result is plain JSON (build/dataset/names.json).
import type { Entity, EntityType } from '../dataset/schema.ts';
import { foldToken, keyOfSkeleton, scriptOf, skeletonOfFolded, tokenize } from './normalize.ts';
import { COMMON_WORDS, NOT_SURNAMES } from './words.ts';
import { countryExonyms, russianCountryNames } from './exonyms.ts';
import { writeBuckets, writeChunks } from './index-format.ts';

export const INDEX_VERSION = 5;

/** Flags of one name entry. */
export const F_PARTIAL = 1; // a surname alone: links only after a full mention, or when prominent and unambiguous
export const F_CAP_FIRST = 2; // the name's first token is capitalised: so must the text's be
export const F_ACRONYM = 4; // an all-capitals acronym: the text must be all capitals too
export const F_NONLATIN = 8; // the name is not in Latin script
export const F_CAP_LAST = 16; // the name's last token is capitalised: so must the text's be
export const F_DOTTED = 32; // an acronym's letters as tokens: the text must write them with dots ("U.S.")
export const F_OTHER_SCRIPT = 64; // neither Latin nor Cyrillic (Arabic, Hebrew, Chinese…): matched only as written
export const F_PRIMARY = 128; // the entity's own name (not an alias): preferred between entities sharing a name
export const F_GENERATED = 256; // a name the index added (another language's name, an acronym): matched in its own script only

/** One name of one entity, as the linker uses it. */
export interface NameEntry {
  entity: number;
  flags: number;
  /** The name's folded tokens joined by one space. */
  fold: string;
  /** Their skeletons, computed by the linker when first needed. */
  skel?: string;
}

/**
 * The name index as stored (build/dataset/names.json). Plain JSON made of a few long strings, so
 * that parsing it and making the linker ready takes milliseconds: lists are joined with "\n" and
 * split when the linker starts.
 */
export interface NameIndex {
  version: number;
  /** Number of entities. */
  count: number;
  /** Per entity, chunked (see index-format.ts): ids. */
  ids: string;
  /** One letter per entity: see TYPE_CODES. */
  types: string;
  /** One character per entity: code 48 + prominence (0..100). */
  prominence: string;
  /** Per entity, chunked: ISO codes joined by ','. */
  countries: string;
  /** Per entity, chunked: offices as 'role|country|start|end' joined by ';'. */
  offices: string;
  /** Per entity, chunked: a few folded words of the description, space-separated. */
  keywords: string;
  /** Per entity, chunked: persons' given names as folded, space-separated ("vladimir" for Vladimir / Владимир). */
  given: string;
  /** Number of buckets in names. */
  buckets: number;
  /**
   * Key -> slot, bucketed (see index-format.ts). A key is the consonants of each token's skeleton,
   * joined by one space; a slot is "+" when a longer name continues past the key, then the names
   * ending there as "entity,flags,fold" joined by ";".
   */
  names: string;
  /** The longest name in tokens. */
  maxTokens: number;
  /** Stems of countries' one-word names with their ISO code, "stem:CC" joined by ",", for nationality words ("Hungarian"). */
  demonyms: string;
}

export const TYPE_CODES: Record<EntityType, string> = {
  person: 'p',
  organization: 'o',
  outlet: 'm',
  country: 'c',
  place: 'l',
};
export const TYPE_OF_CODE: Record<string, EntityType> = Object.fromEntries(
  Object.entries(TYPE_CODES).map(([t, c]) => [c, t as EntityType]),
) as Record<string, EntityType>;

// Tokens that join a surname to the word before it ("van Gogh", "de Gaulle", "bin Salman").
const SURNAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'ten']);
// Generational suffixes are not surnames.
const NAME_SUFFIXES = new Set(['jr', 'sr', 'junior', 'senior', 'ii', 'iii', 'iv']);
const PATRONYMIC = /(ovich|evich|ovna|evna|ichna|ich|ovych|ovych|yovych|ivna|ович|евич|овна|евна|ична|ич|ович|івна|ьович)$/i;

const KEYWORD_STOP = new Set([
  'the', 'and', 'for', 'with', 'from', 'that', 'this', 'was', 'has', 'his', 'her', 'who', 'which', 'born', 'since',
  'former', 'current', 'of', 'in', 'on', 'at', 'by', 'to', 'an', 'a', 'is', 'as', 'its', 'are', 'be', 'or',
]);

function descriptionKeywords(text: string | undefined): string {
  if (!text) return '';
  const seen = new Set<string>();
  for (const t of tokenize(text)) {
    const f = foldToken(t.text);
    if (f.length < 4 || KEYWORD_STOP.has(f) || /^\d+$/.test(f)) continue;
    seen.add(f);
    if (seen.size >= 8) break;
  }
  return [...seen].join(' ');
}

function isUpperInitial(s: string): boolean {
  const c = s[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
function isAllCaps(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/**
 * Prominence 0..1: the dataset's own weight where it gives one, otherwise estimated from what the
 * record says: countries; the highest office held (head of state or government, minister, other
 * official, legislator); an English Wikipedia article and a description; names in many languages
 * (Wikidata items only: a sanctions listing's many aliases are spellings of one obscure name).
 */
export function prominenceOf(e: Entity): number {
  let p = 0;
  if (e.type === 'country') p = 0.9;
  for (const o of e.offices ?? []) p = Math.max(p, ROLE_PROMINENCE[o.role ?? 'other'] ?? 0.2);
  // Offices the record states only in its description ("Chancellor of Germany", "former Prime
  // Minister of the United Kingdom"): the extracts list offices held in 2021-22, not earlier ones.
  if (e.type === 'person' && e.description) p = Math.max(p, descriptionProminence(e.description.text));
  if (e.links?.wikipedia) p += 0.1;
  if (e.description) p += 0.1;
  if (/^Q\d+$/.test(e.qid ?? e.id)) p = Math.max(p, Math.min(0.6, 0.1 * new Set(e.aliases).size));
  if (e.prominence !== undefined) p = Math.max(p, e.prominence);
  return Math.min(1, Math.max(0, p));
}

const HEAD_IN_DESCRIPTION = /\b(president|prime minister|chancellor|premier|taoiseach|king|queen|emperor|emir|sultan) of\b/i;
const MINISTER_IN_DESCRIPTION = /\b(minister|secretary of state|secretary general) of\b/i;
// "Vice President of", "President of the Senate", "First Lady": not the head of a state or government.
const NOT_HEAD = /\b(vice|deputy|assistant|first lady|candidate|nominee|spouse|wife|husband|son|daughter)\b|\b(president|premier) of (the )?([\p{L}-]+ ){0,3}(senate|assembly|parliament|court|council|commission|party|bank|university|club|federation|association|company|league|committee|house|region|province|state of|republic of [\p{L}]+ (oblast|krai))/iu;

/** The prominence of an office a description names: a head of state or government, or a minister. */
export function descriptionProminence(text: string): number {
  if (NOT_HEAD.test(text)) return 0;
  if (HEAD_IN_DESCRIPTION.test(text)) return ROLE_PROMINENCE.head_of_state;
  if (MINISTER_IN_DESCRIPTION.test(text)) return ROLE_PROMINENCE.minister;
  return 0;
}

const ROLE_PROMINENCE: Record<string, number> = {
  head_of_state: 0.8,
  head_of_government: 0.8,
  deputy_head_of_government: 0.6,
  minister: 0.6,
  official: 0.4,
  legislator: 0.25,
  other: 0.2,
};

interface Variant {
  tokens: string[]; // original tokens
  flags: number;
}

/** The spellings of one entity to index: its names, dotted acronyms, "The X" without "The", short person forms. */
function variantsOf(e: Entity): Variant[] {
  const out: Variant[] = [];
  const names = [e.name, ...e.aliases];
  const own = new Set(names);
  if (e.type === 'country' && e.countries.length === 1) {
    const exonyms = countryExonyms(e.countries[0]);
    // A country's short code ("AS" for American Samoa) is not how text names it, unless the
    // name lists give it as a name ("US", "UK", "UAE").
    for (let k = names.length - 1; k >= 0; k--) if (/^[A-Z]{2,3}$/.test(names[k]) && !exonyms.includes(names[k])) names.splice(k, 1);
    names.push(...exonyms);
    // "Российская Федерация" is "РФ", "Объединённые Арабские Эмираты" "ОАЭ".
    for (const n of russianCountryNames(e.countries[0])) {
      const acronym = cyrillicAcronym(n);
      if (acronym) names.push(acronym);
    }
  }
  // "Организация Объединённых Наций" is "ООН", "Либерально-Демократическая Партия России" "ЛДПР".
  if (e.type === 'organization' || e.type === 'outlet') {
    for (const n of [e.name, ...e.aliases]) {
      if (scriptOf(n) !== 'cyrillic') continue;
      const acronym = cyrillicAcronym(n);
      if (acronym) names.push(acronym);
    }
  }
  for (const written of names) {
    // Names in another script, added here, are for reading text in that script: the Serbian
    // "Чиле" (Chile) must not meet an English "Kyle".
    const primary = (written === e.name ? F_PRIMARY : 0) | (own.has(written) ? 0 : F_GENERATED);
    // "Путин, Владимир Владимирович": surname first, as in lists.
    const comma = e.type === 'person' ? /^([^,]+),\s*([^,]+)$/.exec(written) : null;
    const name = comma ? `${comma[2]} ${comma[1]}` : written;
    const tokens = tokenize(name).map((t) => t.text);
    if (tokens.length === 0) continue;
    out.push({ tokens, flags: primary });
    // "Jesse Jackson junior" is written "Jesse Jackson Jr." (and the other way round).
    if (e.type === 'person' && tokens.length >= 3) {
      const suffix = tokens[tokens.length - 1].toLowerCase();
      const other = suffix === 'junior' ? 'Jr' : suffix === 'jr' ? 'Junior' : suffix === 'senior' ? 'Sr' : suffix === 'sr' ? 'Senior' : null;
      if (other) out.push({ tokens: [...tokens.slice(0, -1), other], flags: primary });
    }
    // "the opposition Labour party": news writes a party's generic last word in lower case.
    if (e.type === 'organization' && tokens.length >= 2 && tokens[tokens.length - 1] === 'Party' && own.has(written)) out.push({ tokens: [...tokens.slice(0, -1), 'party'], flags: primary });
    // "The Moscow Times" is also written "the Moscow Times" and "Moscow Times".
    // ("The Cut" stays whole: one word alone would be a common word.)
    if (tokens.length > 2 && /^the$/i.test(tokens[0]) && e.type !== 'person') out.push({ tokens: tokens.slice(1), flags: primary });
    // "Margrethe II of Denmark": a style, not a surname.
    if (e.type === 'person' && tokens.length >= 2 && !tokens.some((t) => t === 'of')) {
      // Russian-style "Vladimir Vladimirovich Putin" is mostly written "Vladimir Putin".
      if (tokens.length === 3 && PATRONYMIC.test(tokens[1])) out.push({ tokens: [tokens[0], tokens[2]], flags: primary });
      // Surname alone.
      let last = tokens.length - 1;
      while (last > 0 && NAME_SUFFIXES.has(tokens[last].toLowerCase())) last--;
      if (last > 0) {
        let first = last;
        while (first > 1 && SURNAME_PARTICLES.has(tokens[first - 1].toLowerCase())) first--;
        // A comma-less "Surname Name" order cannot be told apart; index the last token only.
        out.push({ tokens: tokens.slice(first, last + 1), flags: F_PARTIAL });
      }
    }
  }
  return out;
}

/** The initials of a Cyrillic name of two or more words, short function words left out: null if not such a name. */
// (Russian only: Ukrainian names, told by their letters, give other acronyms: МКС is the ISS in Russian.)
function cyrillicAcronym(name: string): string | null {
  if (/[іїєґІЇЄҐ]/.test(name)) return null;
  const words = name.split(/[\s\-–]+/).filter((w) => w.length >= 3 || (w.length > 0 && isUpperInitial(w)));
  if (words.length < 2 || !words.every((w) => scriptOf(w) === 'cyrillic' && /^[\p{L}’']+$/u.test(w) && !isAllCaps(w))) return null;
  return words.map((w) => w[0]).join('').toUpperCase();
}

function givenNamesOf(e: Entity): string {
  const out = new Set<string>();
  for (const written of [e.name, ...e.aliases]) {
    const comma = /^([^,]+),\s*([^,]+)$/.exec(written);
    const tokens = tokenize(comma ? comma[2] : written);
    if (tokens.length >= (comma ? 1 : 2)) out.add(clean(foldToken(tokens[0].text)).replace(/ /g, ''));
  }
  return [...out].join(' ');
}

function clean(s: string): string {
  return s.replace(/[\n\t;,\u0001]/g, ' ');
}

interface Slot {
  entries: NameEntry[];
  prefix: boolean;
}

export function buildNameIndex(entities: Entity[]): NameIndex {
  const ids: string[] = [];
  const types: string[] = [];
  const prominence: string[] = [];
  const countries: string[] = [];
  const offices: string[] = [];
  const keywords: string[] = [];
  const given: string[] = [];
  let maxTokens = 1;
  const names = new Map<string, Slot>();
  const slot = (key: string): Slot => {
    let s = names.get(key);
    if (!s) names.set(key, (s = { entries: [], prefix: false }));
    return s;
  };
  const clean = (s: string) => s.replace(/[\n\t;,\u0001]/g, ' ');

  entities.forEach((e, n) => {
    ids.push(e.id);
    types.push(TYPE_CODES[e.type]);
    prominence.push(String.fromCharCode(48 + Math.round(prominenceOf(e) * 100)));
    countries.push(clean(e.countries.join(' ')).replace(/ /g, ','));
    offices.push(
      (e.offices ?? [])
        .map((o) => [o.role ?? '', o.country ?? '', o.start ?? '', o.end ?? ''].map((x) => x.replace(/[\n;|]/g, ' ')).join('|'))
        .join(';'),
    );
    keywords.push(descriptionKeywords(e.description?.text));
    given.push(e.type === 'person' ? givenNamesOf(e) : '');

    const seen = new Set<string>();
    const add = (tokensKeys: string[], entry: NameEntry) => {
      const key = tokensKeys.join(' ');
      const dedupe = `${key}\u0000${entry.flags}\u0000${entry.fold}`;
      if (seen.has(dedupe)) return;
      seen.add(dedupe);
      slot(key).entries.push(entry);
      for (let k = 1; k < tokensKeys.length; k++) slot(tokensKeys.slice(0, k).join(' ')).prefix = true;
      if (tokensKeys.length > maxTokens) maxTokens = tokensKeys.length;
    };
    for (const v of variantsOf(e)) {
      const folds = v.tokens.map((t) => clean(foldToken(t)).replace(/ /g, '')).filter((f) => f.length > 0);
      if (folds.length === 0) continue;
      const skels = folds.map((f) => keyOfSkeleton(skeletonOfFolded(f)));
      const key = skels.join(' ');
      const fold = folds.join(' ');
      // Bare numbers and one-letter names are not names to find in text.
      if (/^[\d ]+$/.test(key) || (v.tokens.length === 1 && [...v.tokens[0]].length < 2)) continue;
      let flags = v.flags;
      const firstTok = v.tokens[0];
      const lastTok = v.tokens[v.tokens.length - 1];
      if (isUpperInitial(firstTok)) flags |= F_CAP_FIRST;
      if (isUpperInitial(lastTok)) flags |= F_CAP_LAST;
      const acronym = v.tokens.length === 1 && isAllCaps(firstTok) && firstTok.length <= 6;
      if (acronym) flags |= F_ACRONYM;
      if (v.tokens.some((t) => scriptOf(t) !== 'latin')) flags |= F_NONLATIN;
      if (v.tokens.some((t) => scriptOf(t) === 'other')) flags |= F_OTHER_SCRIPT;
      // A single common word ("Will", "Who", "May") is not linked unless it is an acronym or a country.
      if (v.tokens.length === 1 && !acronym) {
        const lower = v.tokens[0].toLowerCase();
        const common = (w: string) => (flags & F_PARTIAL ? NOT_SURNAMES.has(w) : e.type !== 'country' && COMMON_WORDS.has(w));
        if (common(fold) || common(lower)) continue;
      }
      add(skels, { entity: n, flags, fold });
      // "US" is also written "U.S.": index the letters as tokens.
      if (acronym && firstTok.length >= 2 && firstTok.length <= 4 && scriptOf(firstTok) === 'latin') {
        add(
          [...fold].map((c) => keyOfSkeleton(skeletonOfFolded(c))),
          { entity: n, flags: flags | F_DOTTED, fold: [...fold].join(' ') },
        );
      }
    }
  });
  const slotTexts = new Map<string, string>();
  for (const [k, s] of names) slotTexts.set(k, (s.prefix ? '+' : '') + s.entries.map((x) => `${x.entity},${x.flags},${x.fold}`).join(';'));
  const buckets = Math.max(1, 1 << Math.ceil(Math.log2(Math.max(1, slotTexts.size / 32))));
  // "Hungarian" from "Hungary", "российский" from "Россия": the stem of a one-word country name.
  const stems = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== 'country' || e.countries.length !== 1) continue;
    for (const name of [e.name, ...e.aliases, ...countryExonyms(e.countries[0])]) {
      if (!/^[\p{L}]+$/u.test(name) || !isUpperInitial(name)) continue;
      const f = foldToken(name);
      const stem = scriptOf(name) === 'cyrillic' ? f.slice(0, Math.max(4, f.length - 3)) : f.slice(0, Math.max(4, f.length - 2));
      if (f.length >= 4 && !stems.has(stem)) stems.set(stem, e.countries[0]);
    }
  }
  return {
    version: INDEX_VERSION,
    count: entities.length,
    ids: writeChunks(ids),
    types: types.join(''),
    prominence: prominence.join(''),
    countries: writeChunks(countries),
    offices: writeChunks(offices),
    keywords: writeChunks(keywords),
    given: writeChunks(given),
    buckets,
    names: writeBuckets(slotTexts, buckets),
    maxTokens,
    demonyms: [...stems].sort().map(([k, v]) => `${k}:${v}`).join(','),
  };
}

/** Parses the slot text of one key. */
export function decodeSlot(text: string): Slot {
  const prefix = text.startsWith('+');
  const body = prefix ? text.slice(1) : text;
  const entries: NameEntry[] = [];
  if (body)
    for (const part of body.split(';')) {
      const a = part.indexOf(',');
      const b = part.indexOf(',', a + 1);
      entries.push({ entity: Number(part.slice(0, a)), flags: Number(part.slice(a + 1, b)), fold: part.slice(b + 1) });
    }
  return { entries, prefix };
}
