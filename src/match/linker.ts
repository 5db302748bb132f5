// Finds the names of the index in article text in one left-to-right pass over its word tokens
// (longest match first, via the prefix slots of the index), then decides which entity each name
// means, or that it means none we can name with confidence.
import type { Mention } from '../shared/types.ts';
import {
  F_ACRONYM,
  F_CAP_FIRST,
  F_CAP_LAST,
  F_NONLATIN,
  F_PARTIAL,
  TYPE_OF_CODE,
  type NameEntry,
  type NameIndex,
  type NameSlot,
} from './build-index.ts';
import { lemmaCandidates } from './inflect.ts';
import { foldToken, scriptOf, skeletonOfFolded, WORD_RE, type Script } from './normalize.ts';
import { NEIGHBOUR_OK, TITLE_WORDS } from './words.ts';
import { citedAround } from './cited.ts';

export interface LinkOptions {
  /** The article's language (BCP 47; only the primary subtag is used). */
  lang?: string | null;
  /** The article's date, YYYY-MM-DD. */
  date?: string | null;
  /** ISO code of the country the article is about or published in, where known. */
  country?: string | null;
}

export interface Linker {
  link(text: string, opts?: LinkOptions): Mention[];
}

interface Form {
  skel: string;
  fold: string;
}

interface TokenInfo {
  forms: Form[];
  script: Script;
  upperInitial: boolean;
  allCaps: boolean;
  fold: string;
}

interface Span {
  first: number; // token index
  last: number; // token index, inclusive
  full: number[]; // entity numbers matched by a full name
  partial: number[]; // entity numbers matched by a surname alone
}

// Scores for choosing between entities sharing a name (see docs/linking.md).
const W_PROMINENCE = 0.5;
const W_COUNTRY = 0.3;
const W_OFFICE_AT_DATE = 0.35;
const W_COMENTION = 0.3;
const W_KEYWORD = 0.1;
const MAX_KEYWORD = 0.3;
const MIN_MARGIN = 0.15;
const MIN_SCORE = 0.25;
/** A surname alone with no full mention links only for entities at least this prominent (0..100). */
const PROMINENT_SURNAME = 75;

const CACHE_LIMIT = 200_000;
const hasOwn = Object.prototype.hasOwnProperty;

function isUpperInitial(s: string): boolean {
  const c = s[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isAllCaps(s: string): boolean {
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
}

export function createLinker(index: NameIndex): Linker {
  const names = index.names as Record<string, NameSlot>;
  const maxTokens = index.maxTokens;
  const slotOf = (key: string): NameSlot | undefined => (hasOwn.call(names, key) ? names[key] : undefined);

  // Parsed lazily per entity: most entities never appear in a given article.
  const countryCache = new Map<number, string[]>();
  const countriesOf = (n: number): string[] => {
    let c = countryCache.get(n);
    if (!c) countryCache.set(n, (c = index.countries[n] ? index.countries[n].split(',') : []));
    return c;
  };

  const tokenCache = new Map<string, TokenInfo>();
  const infoOf = (raw: string): TokenInfo => {
    let info = tokenCache.get(raw);
    if (info) return info;
    const script = scriptOf(raw);
    const fold = foldToken(raw);
    const forms: Form[] = [{ skel: skeletonOfFolded(fold), fold }];
    if (script === 'cyrillic') {
      const seen = new Set([forms[0].skel + '|' + fold]);
      for (const lemma of lemmaCandidates(raw.toLowerCase()).slice(1)) {
        const f = foldToken(lemma);
        const s = skeletonOfFolded(f);
        const k = s + '|' + f;
        if (seen.has(k)) continue;
        seen.add(k);
        forms.push({ skel: s, fold: f });
      }
    }
    info = { forms, script, upperInitial: isUpperInitial(raw), allCaps: isAllCaps(raw), fold };
    if (tokenCache.size > CACHE_LIMIT) tokenCache.clear();
    tokenCache.set(raw, info);
    return info;
  };

  function link(text: string, opts: LinkOptions = {}): Mention[] {
    // Tokens.
    const starts: number[] = [];
    const ends: number[] = [];
    const infos: TokenInfo[] = [];
    WORD_RE.lastIndex = 0;
    for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
      infos.push(infoOf(m[0]));
    }
    const n = infos.length;

    // Tokens i and i+1 may belong to one name only when separated by a space, a hyphen, an apostrophe or a dot.
    const joinable = (i: number): boolean => {
      const gap = ends[i];
      const len = starts[i + 1] - gap;
      if (len < 1 || len > 2) return false;
      for (let k = gap; k < gap + len; k++) {
        const c = text.charCodeAt(k);
        if (!(c === 32 || c === 0xa0 || c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019 || c === 46)) return false;
      }
      return true;
    };

    const verify = (entry: NameEntry, first: number, last: number, fold: string, key: string): boolean => {
      const flags = entry[1];
      const a = infos[first];
      const b = infos[last];
      if (flags & F_CAP_FIRST && !a.upperInitial) return false;
      if (flags & F_CAP_LAST && !b.upperInitial) return false;
      if (flags & F_ACRONYM) {
        for (let k = first; k <= last; k++) if (!infos[k].allCaps && !(ends[k] - starts[k] === 1 && infos[k].upperInitial)) return false;
      } else if (first === last && a.allCaps && ends[first] - starts[first] <= 5) {
        // "US" is not "Us", "AIM" is not "Aim".
        return false;
      }
      const textLatin = a.script === 'latin';
      const nameLatin = !(flags & F_NONLATIN);
      if (textLatin === nameLatin && (entry.length === 3 ? entry[2] : key) !== fold) return false;
      return true;
    };

    // Longest name starting at token i.
    let best: Span | null = null;
    const visit = (first: number, j: number, key: string, fold: string): void => {
      const slot = slotOf(key);
      if (!slot) return;
      if (slot.e && (!best || j > best.last)) {
        const full: number[] = [];
        const partial: number[] = [];
        for (const entry of slot.e) {
          if (!verify(entry, first, j, fold, key)) continue;
          const list = entry[1] & F_PARTIAL ? partial : full;
          if (!list.includes(entry[0])) list.push(entry[0]);
        }
        if (full.length || partial.length) best = { first, last: j, full, partial };
      }
      if (slot.p && j + 1 < n && j + 1 - first < maxTokens && joinable(j)) {
        for (const f of infos[j + 1].forms) visit(first, j + 1, key + ' ' + f.skel, fold + ' ' + f.fold);
      }
    };

    const spans: Span[] = [];
    for (let i = 0; i < n; ) {
      best = null;
      for (const f of infos[i].forms) visit(i, i, f.skel, f.fold);
      const found = best as Span | null;
      if (found) {
        spans.push(found);
        i = found.last + 1;
      } else i++;
    }
    if (spans.length === 0) return [];

    // --- Context -----------------------------------------------------------------------------
    const lineTitleCase = new Map<number, boolean>();
    const lineStartOf = (pos: number): number => text.lastIndexOf('\n', pos - 1) + 1;
    // A headline in title case: every word capitalised, so capitalised neighbours say nothing.
    const inTitleCaseLine = (tok: number): boolean => {
      const ls = lineStartOf(starts[tok]);
      let v = lineTitleCase.get(ls);
      if (v === undefined) {
        let le = text.indexOf('\n', ls);
        if (le < 0) le = text.length;
        const words = text.slice(ls, le).match(/[\p{L}]+/gu) ?? [];
        const long = words.filter((w) => w.length > 3);
        const caps = long.filter((w) => isUpperInitial(w)).length;
        v = long.length >= 3 && caps / long.length >= 0.75;
        lineTitleCase.set(ls, v);
      }
      return v;
    };
    const sentenceInitial = (tok: number): boolean => {
      for (let k = starts[tok] - 1; k >= 0; k--) {
        const c = text[k];
        if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '‘' || c === "'" || c === '«' || c === '(' || c === '[' || c === '*' || c === '—' || c === '–' || c === '-' || c === '\u00a0') continue;
        return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === ';' || c === '…' || c === '\r';
      }
      return true;
    };
    // A capitalised word right before or after the name makes it part of a longer name we do not
    // know ("Kazan Federal University", "New Mexico"): link nothing there.
    const capitalisedNeighbour = (k: number): boolean => {
      const w = text.slice(starts[k], ends[k]);
      if (!infos[k].upperInitial) return false;
      if (NEIGHBOUR_OK.has(infos[k].fold) || TITLE_WORDS.has(infos[k].fold)) return false;
      return w.length > 1;
    };
    const insideLongerName = (s: Span): boolean => {
      if (inTitleCaseLine(s.first)) return false;
      const onlySpace = (a: number, b: number) => /^[ \u00a0]$/.test(text.slice(ends[a], starts[b]));
      if (s.last + 1 < n && onlySpace(s.last, s.last + 1) && capitalisedNeighbour(s.last + 1)) return true;
      if (s.first > 0 && onlySpace(s.first - 1, s.first) && capitalisedNeighbour(s.first - 1) && !sentenceInitial(s.first - 1)) return true;
      return false;
    };

    const date = opts.date ?? null;
    const docCountries = new Set<string>();
    if (opts.country) docCountries.add(opts.country.toUpperCase());
    const unambiguous = new Set<number>();
    const usable = spans.map((s) => !insideLongerName(s));
    spans.forEach((s, k) => {
      if (!usable[k] || s.full.length !== 1) return;
      const e = s.full[0];
      unambiguous.add(e);
      if (index.types[e] === 'c') for (const c of countriesOf(e)) docCountries.add(c);
    });
    // Folded words of the text, for description overlap.
    let docWords: Set<string> | null = null;
    const wordsOfDoc = (): Set<string> => (docWords ??= new Set(infos.map((t) => t.fold)));

    const officeAtDate = (e: number): boolean => {
      if (!date || !index.offices[e]) return false;
      for (const o of index.offices[e].split(';')) {
        const [, , start, end] = o.split('|');
        if (start && start > date) continue;
        if (end && end.length >= 4 && (end.length === 10 ? end : end + '-99') < date) continue;
        if (!start && !end) continue;
        return true;
      }
      return false;
    };
    const score = (e: number): number => {
      let s = (index.prominence[e] / 100) * W_PROMINENCE;
      if (countriesOf(e).some((c) => docCountries.has(c))) s += W_COUNTRY;
      if (officeAtDate(e)) s += W_OFFICE_AT_DATE;
      if (unambiguous.has(e)) s += W_COMENTION;
      const kw = index.keywords[e];
      if (kw) {
        const words = wordsOfDoc();
        let hits = 0;
        for (const w of kw.split(' ')) if (words.has(w)) hits++;
        s += Math.min(MAX_KEYWORD, hits * W_KEYWORD);
      }
      return s;
    };
    const choose = (cands: number[]): number | null => {
      if (cands.length === 1) return cands[0];
      const scored = cands.map((e) => ({ e, s: score(e) })).sort((a, b) => b.s - a.s);
      if (scored[0].s < MIN_SCORE || scored[0].s - scored[1].s < MIN_MARGIN) return null;
      return scored[0].e;
    };

    // Pass 1: full names.
    const chosen: Array<number | null> = spans.map(() => null);
    const fullyMentioned = new Map<number, number[]>(); // entity -> span numbers
    spans.forEach((s, k) => {
      if (!usable[k] || s.full.length === 0) return;
      const e = choose(s.full);
      chosen[k] = e;
      if (e !== null) {
        let list = fullyMentioned.get(e);
        if (!list) fullyMentioned.set(e, (list = []));
        list.push(k);
      }
    });
    // Pass 2: surnames. One that names a person mentioned in full in this text means that person,
    // also over another entity of that name ("Michael Jordan … Jordan"); otherwise a surname alone
    // links only to a prominent entity that no other entity shares it with.
    spans.forEach((s, k) => {
      if (!usable[k] || s.partial.length === 0) return;
      const mentioned = s.partial.filter((e) => fullyMentioned.has(e) && !fullyMentioned.get(e)!.includes(k));
      if (mentioned.length === 1) {
        chosen[k] = mentioned[0];
        return;
      }
      if (mentioned.length > 1) {
        // The nearest full mention before this one decides; none before: nothing.
        let bestE: number | null = null;
        let bestAt = -1;
        for (const e of mentioned) for (const at of fullyMentioned.get(e)!) if (at < k && at > bestAt) { bestAt = at; bestE = e; }
        chosen[k] = bestE;
        return;
      }
      if (s.full.length === 0 && s.partial.length === 1 && index.prominence[s.partial[0]] >= PROMINENT_SURNAME) chosen[k] = s.partial[0];
    });

    const mentions: Mention[] = [];
    spans.forEach((s, k) => {
      const e = chosen[k];
      if (e === null) return;
      const start = starts[s.first];
      const end = ends[s.last];
      const type = TYPE_OF_CODE[index.types[e]];
      const m: Mention = { start, end, surface: text.slice(start, end), id: index.ids[e], type };
      if (type === 'outlet' && citedAround(text, start, end)) m.cited = true;
      if (type === 'person') {
        const title = titleBefore(s.first);
        if (title) m.titleInText = title;
      }
      mentions.push(m);
    });
    return mentions;

    // The run of title words written right before a name: "Deputy Prime Minister" Aleksandar Vulin.
    function titleBefore(first: number): string | null {
      let k = first - 1;
      let from = -1;
      let hasOffice = false;
      while (k >= 0) {
        const gap = text.slice(ends[k], k === first - 1 ? starts[first] : starts[from]);
        if (!/^[ \u00a0]$/.test(gap) && !(gap === '-' && from >= 0)) break;
        const t = infos[k];
        if (!TITLE_WORDS.has(t.fold)) {
          // "Minister of Foreign Affairs": a lower-case joiner between title words.
          if ((t.fold === 'of' || t.fold === 'for') && k > 0 && TITLE_WORDS.has(infos[k - 1].fold) && from >= 0) {
            from = k;
            k--;
            continue;
          }
          break;
        }
        if (t.script === 'latin' && !t.upperInitial) break;
        if (HONORIFICS.has(t.fold)) break;
        if (!MODIFIERS.has(t.fold)) hasOffice = true;
        from = k;
        k--;
      }
      if (from < 0 || !hasOffice) return null;
      return text.slice(starts[from], ends[first - 1]);
    }
  }

  return { link };
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'dame', 'prof', 'professor']);
const MODIFIERS = new Set(['first', 'former', 'acting', 'interim', 'then', 'vice', 'deputy', 'assistant', 'under', 'senior', 'junior', 'exs', 'бывший', 'экс', 'первый', 'вице']);
