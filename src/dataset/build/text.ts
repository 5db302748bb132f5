// Small text helpers for importers: name normalisation for matching, slugs, date parsing.

/** Lower case, no diacritics, no punctuation, single spaces: the key two spellings of a name share. The same
 *  folding as the search box, so a name the build matches is a name the reader can find. */
import { foldForSearch } from '../store.ts';
export const normalizeName = foldForSearch;

export function slug(s: string): string {
  const n = normalizeName(s).replace(/[^a-z0-9 ]/g, '').trim().replace(/\s+/g, '-');
  return n.slice(0, 60).replace(/-+$/, '') || 'x';
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/** "31 May 2017", "May 2017", "2017", "02 Oct 1972", "17.3.2014", "2017-05-31" -> partial ISO date, or null. */
export function parseLooseDate(s: string | undefined | null): string | null {
  if (!s) return null;
  const t = s.trim();
  let m = /^(\d{4})(-\d{2}(-\d{2})?)?$/.exec(t);
  if (m) return t;
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  m = /^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(t);
  if (m && MONTHS[m[2].toLowerCase()]) return `${m[3]}-${MONTHS[m[2].toLowerCase()]}-${m[1].padStart(2, '0')}`;
  m = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(t);
  if (m && MONTHS[m[1].toLowerCase()]) return `${m[2]}-${MONTHS[m[1].toLowerCase()]}`;
  m = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (m && MONTHS[m[1].toLowerCase()]) return `${m[3]}-${MONTHS[m[1].toLowerCase()]}-${m[2].padStart(2, '0')}`;
  return null;
}

/** Wikidata dates come as "1972-10-02" or "1972-10-02T00:00:00Z"; year precision shows as "1972-01-01" with a precision column. */
export function wikidataDate(value: string | undefined, precision?: string): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return parseLooseDate(value);
  if (precision === '9') return m[1];
  if (precision === '10') return `${m[1]}-${m[2]}`;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

export function stripHtml(s: string): string {
  return s.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, ' ');
}
