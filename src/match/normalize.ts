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

/**
 * The script-neutral spelling of one folded token: romanisation variants merged, in one left-to-right
 * pass: shch/sch/sh > s, dzh > j (Джонсон / Johnson), zh > z, ch/ts/tz/c/q > k (Clinton / Клинтон,
 * and č, ć, ч, ц, ћ, which fold to c), kh and h dropped (Hollande / Олланд), th > t, dj > d, ph > f,
 * w > v, x > ks, y > i; then a leading "ie" (Yeltsin / Ельцин) > e and doubled letters single.
 */
export function skeletonOfFolded(folded: string): string {
  let out = '';
  const f = folded;
  for (let i = 0; i < f.length; ) {
    const c = f[i];
    const n1 = f[i + 1];
    if (c === 's' && n1 === 'h' && f[i + 2] === 'c' && f[i + 3] === 'h') {
      out += 's';
      i += 4;
    } else if (c === 's' && n1 === 'c' && f[i + 2] === 'h') {
      out += 's';
      i += 3;
    } else if (c === 'd' && n1 === 'z' && f[i + 2] === 'h') {
      out += 'j';
      i += 3;
    } else if (n1 === 'h' && (c === 's' || c === 'z' || c === 'k' || c === 'c' || c === 't' || c === 'p')) {
      out += c === 's' ? 's' : c === 'z' ? 'z' : c === 'k' ? '' : c === 'c' ? 'k' : c === 't' ? 't' : 'f';
      i += 2;
    } else if ((c === 't' && (n1 === 's' || n1 === 'z')) || (c === 'd' && n1 === 'j')) {
      out += c === 't' ? 'k' : 'd';
      i += 2;
    } else {
      out += c === 'h' ? '' : c === 'w' ? 'v' : c === 'x' ? 'ks' : c === 'q' || c === 'c' ? 'k' : c === 'y' ? 'i' : c;
      i++;
    }
  }
  if (out.startsWith('ie')) out = out.slice(1);
  let single = '';
  for (let i = 0; i < out.length; i++) if (out[i] !== out[i - 1]) single += out[i];
  return single;
}

export function skeletonToken(token: string): string {
  return skeletonOfFolded(foldToken(token));
}

/**
 * The index key of one skeleton: its consonants. Vowels are where transcriptions differ most
 * (Trump / Трамп, Rudd / Радд), so keys leave them out; the linker then compares the fuller forms.
 */
export function keyOfSkeleton(skel: string): string {
  let k = '';
  for (let i = 0; i < skel.length; i++) {
    const c = skel[i];
    if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') continue;
    if (c !== k[k.length - 1]) k += c;
  }
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
