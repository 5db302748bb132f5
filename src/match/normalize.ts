// Name folding shared by the linker and the search box.
//
// Two levels:
// - fold: lower case, diacritics removed, every script romanised by any-ascii ("Vučić" -> "vucic",
//   "Вучић" -> "vuchic"). Two spellings in the same script must agree on their fold to match.
// - skeleton: a coarser key that also merges the usual romanisation variants (ch/c/č, sh/š, zh/ž,
//   kh/h, ts/c, y/i/iy, doubled letters), so a name written in Cyrillic meets its Latin spelling
//   ("Вучић" and "Vucic" both -> "vukik"). The name index is keyed by the consonants of skeletons;
//   the linker checks the stricter fold whenever text and name are in the same script, and the
//   skeleton across scripts.
import anyAscii from 'any-ascii';

const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lower case, no diacritics, romanised; apostrophes (also the soft sign's romanisation) dropped. */
export function foldToken(token: string): string {
  let s = token;
  if (!ASCII_ONLY.test(s)) {
    s = s.normalize('NFKD').replace(COMBINING, '');
    if (!ASCII_ONLY.test(s)) s = anyAscii(s);
  }
  return s.toLowerCase().replace(/['`"]/g, '');
}

// Ordered: longer clusters first. Applied to an already folded (ASCII, lower-case) token.
const SKELETON_RULES: Array<[RegExp, string]> = [
  [/shch/g, 's'],
  [/sch/g, 's'],
  [/dzh/g, 'j'], // Джонсон / Johnson
  [/sh/g, 's'],
  [/zh/g, 'z'],
  [/kh/g, 'h'],
  [/ch/g, 'c'],
  [/ts/g, 'c'],
  [/tz/g, 'c'],
  [/th/g, 't'],
  [/dj/g, 'd'],
  [/ph/g, 'f'],
  [/h/g, ''], // silent or rendered as х/г: Hollande / Олланд, Johnson / Джонсон
  [/w/g, 'v'],
  [/x/g, 'ks'],
  [/q/g, 'k'],
  [/c/g, 'k'], // Clinton / Клинтон, Macron / Макрон; č, ć, ч, ц, ћ fold to c and so to k
  [/y/g, 'i'],
  [/^ie/, 'e'],
  [/(.)\1+/g, '$1'],
];

/** The script-neutral spelling of one folded token: romanisation variants merged. */
export function skeletonOfFolded(folded: string): string {
  let s = folded;
  for (const [re, to] of SKELETON_RULES) s = s.replace(re, to);
  return s;
}

export function skeletonToken(token: string): string {
  return skeletonOfFolded(foldToken(token));
}

/**
 * The index key of one skeleton: its consonants. Vowels are where transcriptions differ most
 * (Trump / Трамп, Rudd / Радд), so keys leave them out; the linker then compares the fuller forms.
 */
export function keyOfSkeleton(skel: string): string {
  const k = skel.replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');
  return k.length ? k : skel;
}

/** Word tokens: runs of letters, marks and digits. Apostrophes, hyphens, dots and spaces separate tokens. */
export const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(s: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  for (const m of s.matchAll(WORD_RE)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/**
 * The shared folding for names: case, diacritics and script folded, punctuation reduced to single
 * spaces. "Aleksandar Vučić", "ALEKSANDAR VUCIC" and "Александар Вучић" give the same string.
 */
export function normalizeName(s: string): string {
  return tokenize(s)
    .map((t) => skeletonToken(t.text))
    .filter((t) => t.length > 0)
    .join(' ');
}

export type Script = 'latin' | 'cyrillic' | 'other';

const CYRILLIC = /[\u0400-\u052f]/;
const LATIN = /[A-Za-z\u00c0-\u024f]/;

export function scriptOf(token: string): Script {
  if (CYRILLIC.test(token)) return 'cyrillic';
  if (LATIN.test(token)) return 'latin';
  return 'other';
}
