// Candidate dictionary forms of an inflected Russian, Ukrainian or Serbian (Cyrillic) word.
// Names decline in these languages ("Путина", "Вулину", "Зеленського", "России"): the linker looks up
// each candidate, so the index only holds the nominative. Over-generation is harmless because a
// candidate must still equal a known name, and names are only matched when capitalised.

// [ending, replacements]: the ending is cut and each replacement appended in turn.
const RULES: Array<[string, string[]]> = [
  // adjectival surnames and names: -ский/-ская, -ий/-ый/-ой
  ['ого', ['ий', 'ый', 'ой', 'о']],
  ['его', ['ий', 'ь', 'е']],
  ['ому', ['ий', 'ый', 'ой']],
  ['ему', ['ий']],
  ['ым', ['ый', 'ий', '']],
  ['им', ['ий', 'ый', 'и']],
  ['ом', ['', 'ой', 'ий', 'ый', 'о']],
  ['ем', ['', 'ь', 'й', 'е']],
  ['ём', ['', 'ь']],
  ['ой', ['а', 'ая', 'ой', 'ий', 'ый', '']],
  ['ей', ['я', 'ь', 'ей', 'а']],
  ['ою', ['а', 'ая']],
  ['ею', ['я']],
  ['ую', ['ая']],
  ['юю', ['яя']],
  ['ии', ['ия', 'ий', 'ие']],
  ['ию', ['ия']],
  ['ией', ['ия']],
  ['іі', ['ія']],
  ['ію', ['ія']],
  ['ією', ['ія']],
  ['ами', ['', 'а', 'ы', 'и']],
  ['ах', ['', 'а', 'ы', 'и']],
  ['ам', ['', 'а', 'ы', 'и']],
  ['ов', ['', 'ы', 'и']],
  ['ев', ['', 'и']],
  ['а', ['', 'ь', 'о']],
  ['я', ['ь', 'й', 'я']],
  ['у', ['', 'а', 'о']],
  ['ю', ['ь', 'й', 'я']],
  ['е', ['', 'а', 'я', 'ь', 'о', 'ия', 'й']],
  ['і', ['а', 'я', 'ь', '', 'ія']],
  ['ы', ['а', '']],
  ['и', ['а', 'я', 'ь', 'ия', '']],
  ['ові', ['']],
  ['еві', ['', 'ь']],
  ['ом', ['']],
  ['оју', ['а']],
  ['ом', ['']],
  ['ем', ['']],
];

const MIN_STEM = 2;

/** Candidate nominative forms of a lower-case Cyrillic word, the word itself first. */
export function lemmaCandidates(lower: string): string[] {
  const out = [lower];
  for (const [ending, reps] of RULES) {
    if (lower.length - ending.length < MIN_STEM || !lower.endsWith(ending)) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    for (const r of reps) {
      const c = stem + r;
      if (!out.includes(c)) out.push(c);
    }
  }
  return out;
}

// Serbian, Croatian and Bosnian in Latin script (and other Slavic languages written in Latin) decline
// names the same way: "Vučića", "Vulinu", "Vučićem", "Srbiji".
const LATIN_RULES: Array<[string, string[]]> = [
  ['om', ['']],
  ['em', ['']],
  ['em', ['']],
  ['oj', ['a']],
  ['ji', ['ja']],
  ['ju', ['ja']],
  ['ije', ['ija']],
  ['a', ['']],
  ['u', ['', 'a']],
  ['e', ['a', '']],
  ['i', ['a', '']],
  ['y', ['a']],
  ['ę', ['a']],
  ['ą', ['a']],
];

/** Languages whose Latin-script text declines names. */
export const DECLINING_LATIN = new Set(['sr', 'hr', 'bs', 'sh', 'cnr', 'sl', 'cs', 'sk', 'pl']);

/** Candidate nominative forms of a lower-case Latin word in a declining language, the word itself first. */
export function latinLemmaCandidates(lower: string): string[] {
  const out = [lower];
  for (const [ending, reps] of LATIN_RULES) {
    if (lower.length - ending.length < 3 || !lower.endsWith(ending)) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    for (const r of reps) if (!out.includes(stem + r)) out.push(stem + r);
  }
  return out;
}
