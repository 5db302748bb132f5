// Attaching a sanctions listing to an entity of the dataset. Strong evidence only: the same name and the same full
// birth date. A name match without it is recorded as `name-only` (a possible match, never shown as a fact); a
// listing that matches nobody becomes its own entity (evidence `identifier`: the listing is the entity).
import type { Entity } from '../schema.ts';
import { normalizeName } from './text.ts';

interface Known {
  id: string;
  type: Entity['type'];
  born: string | null;
}

/** A known person under one of their names, with the name's folded words (to compare middle names). */
interface KnownName extends Known {
  words: string[];
}

const LATIN = /^[\p{Script=Latin}\p{N}\s.'’,()&/-]+$/u;

function personWords(name: string): string[] | null {
  if (!LATIN.test(name)) return null;
  const t = normalizeName(name).split(' ').filter(Boolean);
  return t.length < 2 ? null : t;
}

/** First and last word of a person's name: "Vladimir Vladimirovich Putin" and "Vladimir Putin" meet. */
export function personKey(name: string): string | null {
  const t = personWords(name);
  return t ? `${t[0]}|${t[t.length - 1]}` : null;
}

const consonants = (w: string) => w.replace(/[aeiou]/g, '');

/**
 * Two names with the same first and last word, both with middle words, must agree on those too when no birth date
 * decides (consonants only:
 * "Sergeyevich" and "Sergeevich" agree; an initial agrees with the word it starts): "Lee Ju-ho" is not "Lee Chang
 * Ho", "Pak Thae-song" not "Pak Hwa Song". A name without middle words meets either.
 */
export function middlesAgree(a: string[], b: string[]): boolean {
  const x = a.slice(1, -1);
  const y = b.slice(1, -1);
  if (!x.length || !y.length) return true;
  if (x.length !== y.length) return false;
  return x.every((w, k) => {
    const v = y[k];
    if (w.length === 1 || v.length === 1) return w[0] === v[0];
    return consonants(w) === consonants(v);
  });
}

export class KnownIndex {
  private persons = new Map<string, KnownName[]>();
  private orgs = new Map<string, Known[]>();

  constructor(known: ReadonlyMap<string, { entity: Entity }>) {
    for (const { entity: e } of known.values()) this.add(e);
  }

  add(e: Entity): void {
    const k: Known = { id: e.id, type: e.type, born: e.born?.date ?? null };
    for (const n of new Set([e.name, ...e.aliases])) {
      if (e.type === 'person') {
        const words = personWords(n);
        if (words) push(this.persons, `${words[0]}|${words[words.length - 1]}`, { ...k, words });
      } else if (e.type === 'organization' || e.type === 'outlet') {
        const key = normalizeName(n);
        if (key.length >= 3) push(this.orgs, key, k);
      }
    }
  }

  /** Known people sharing a first and last word with one of the names; `sameMiddles`: also their middle words. */
  personCandidates(names: string[], sameMiddles = false): Known[] {
    return uniqueById(
      names.flatMap((n) => {
        const words = personWords(n);
        if (!words) return [];
        const all = this.persons.get(`${words[0]}|${words[words.length - 1]}`) ?? [];
        return sameMiddles ? all.filter((k) => middlesAgree(words, k.words)) : all;
      }),
    );
  }

  orgCandidates(names: string[]): Known[] {
    return uniqueById(names.flatMap((n) => this.orgs.get(normalizeName(n)) ?? []));
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

function uniqueById(xs: Known[]): Known[] {
  const seen = new Map<string, Known>();
  for (const x of xs) if (!seen.has(x.id)) seen.set(x.id, { id: x.id, type: x.type, born: x.born });
  return [...seen.values()];
}

export type Decision = { kind: 'attach'; id: string; evidence: 'name+birthdate' } | { kind: 'possible'; ids: string[] } | { kind: 'own' };

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How a person listing (names, birth date) relates to the known people. */
export function decidePerson(index: KnownIndex, names: string[], born: string | null): Decision {
  const candidates = index.personCandidates(names);
  if (!candidates.length) return { kind: 'own' };
  if (born && FULL_DATE.test(born)) {
    const same = candidates.filter((c) => c.born === born);
    if (same.length === 1) return { kind: 'attach', id: same[0].id, evidence: 'name+birthdate' };
    if (same.length > 1) return { kind: 'possible', ids: same.map((c) => c.id).slice(0, 3) };
  }
  // A known full birth date that differs (or a different year) means a different person; without a birth date to
  // agree on, differing middle names do too.
  const sameMiddles = new Set(index.personCandidates(names, true).map((c) => c.id));
  const compatible = candidates.filter((c) => sameMiddles.has(c.id) && (!c.born || !born || compatibleDates(c.born, born)));
  if (!compatible.length) return { kind: 'own' };
  return { kind: 'possible', ids: compatible.map((c) => c.id).slice(0, 3) };
}

function compatibleDates(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  if (FULL_DATE.test(a) && FULL_DATE.test(b)) return a === b;
  return a.slice(0, n) === b.slice(0, n);
}

export function decideOrganization(index: KnownIndex, names: string[]): Decision {
  const candidates = index.orgCandidates(names);
  if (!candidates.length) return { kind: 'own' };
  return { kind: 'possible', ids: candidates.map((c) => c.id).slice(0, 3) };
}

/** "PUTIN, Vladimir Vladimirovich" -> "Vladimir Vladimirovich Putin"; "Sergey Valeryevich AKSYONOV" -> "... Aksyonov". */
export function displayPersonName(s: string): string {
  const m = /^([^,]+),\s*(.+)$/.exec(s.trim());
  const full = m ? `${m[2]} ${m[1]}` : s.trim();
  return full
    .split(/(\s+|-)/)
    .map((w) => {
      const letters = w.replace(/[^\p{L}]/gu, '');
      return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() ? w[0] + w.slice(1).toLowerCase() : w;
    })
    .join('');
}
