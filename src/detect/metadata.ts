// Cheap metadata readers: JSON-LD, OpenGraph and other <meta>, microdata, <time>. None of them modify the document.
import { normaliseSpace } from './text.ts';

export const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'asknewsarticle', 'askpublicnewsarticle', 'blogposting',
  'socialmediaposting', 'scholarlyarticle', 'techarticle', 'satiricalarticle', 'report', 'review', 'posting',
  'liveblogposting',
]);
/** Types that describe a page of many items or a non-article main object. */
const LISTING_TYPES = new Set(['itemlist', 'collectionpage', 'searchresultspage', 'sitenavigationelement']);
const NON_ARTICLE_MAIN_TYPES = new Set(['videoobject', 'imagegallery', 'recipe', 'product', 'event', 'mediagallery']);

export interface LdObject { [key: string]: unknown }

export interface PageMetadata {
  /** The JSON-LD article object that describes this page, if any. */
  ldArticle: LdObject | null;
  /** Every JSON-LD article object found (a listing page may describe many). */
  ldArticleCount: number;
  ldTypes: Set<string>;
  ldListing: boolean;
  ldNonArticleMain: boolean;
  meta: Map<string, string>;
  microdataArticle: Element | null;
  canonical: string | null;
  /** A JSON-LD object of another type that describes this page (a WebPage, a forum post), when no article does. */
  ldPage: LdObject | null;
  /** datePublished of `ldPage`. */
  ldPageDate: string | null;
  /** JSON-LD objects by their @id, to follow references ({"author": {"@id": "...#author"}}). */
  ldById: Map<string, LdObject>;
  /** Every value of each meta key, in document order (`meta` keeps the first). */
  metaAll: Map<string, string[]>;
}

function typesOf(o: LdObject): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : t == null ? [] : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, '').toLowerCase());
}

export function isArticleLd(o: LdObject): boolean {
  return typesOf(o).some((t) => ARTICLE_TYPES.has(t));
}

function parseLdJson(raw: string): unknown {
  // Wrapped in an HTML comment or a CDATA section (XHTML habits, bare or behind // or /* */ comments).
  let s = raw
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*(?:\/\/|\/\*)?\s*<!\[CDATA\[(?:\s*\*\/)?|(?:\/\/|\/\*)?\s*\]\]>\s*(?:\*\/)?\s*$/g, '')
    .trim();
  if (s.endsWith(';')) s = s.slice(0, -1);
  try {
    return JSON.parse(s);
  } catch {
    try {
      // Raw control characters inside strings are a common publisher mistake.
      return JSON.parse(s.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

/** Flattens arrays, `@graph` and `mainEntity` nesting into a list of typed objects. */
function collectLd(value: unknown, out: LdObject[], depth = 0): void {
  if (depth > 6 || value == null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectLd(v, out, depth + 1);
    return;
  }
  const o = value as LdObject;
  if (o['@type'] != null) out.push(o);
  if (o['@graph'] != null) collectLd(o['@graph'], out, depth + 1);
  for (const key of ['mainEntity', 'mainEntityOfPage', 'itemListElement', 'hasPart']) {
    const v = o[key];
    if (v && typeof v === 'object') collectLd(v, out, depth + 1);
  }
}

function stripUrl(u: string): string {
  return u.replace(/^https?:\/\/(www\.)?/i, '').replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();
}

function ldUrl(o: LdObject): string | null {
  for (const key of ['url', 'mainEntityOfPage', '@id']) {
    const v = o[key];
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const id = (v as LdObject)['@id'] ?? (v as LdObject)['url'];
      if (typeof id === 'string') return id;
    }
  }
  return null;
}

export function readMetadata(doc: Document, url: string): PageMetadata {
  const meta = new Map<string, string>();
  const metaAll = new Map<string, string[]>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') || m.getAttribute('name') || m.getAttribute('itemprop') || '').trim().toLowerCase();
    const content = m.getAttribute('content');
    if (!key || !content) continue;
    const value = normaliseSpace(content);
    if (!meta.has(key)) meta.set(key, value);
    const all = metaAll.get(key);
    if (all) all.push(value);
    else metaAll.set(key, [value]);
  }
  const canonicalEl = doc.querySelector('link[rel="canonical"]');
  const canonical = canonicalEl?.getAttribute('href') || meta.get('og:url') || null;

  const objects: LdObject[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    collectLd(parseLdJson(s.textContent ?? ''), objects);
  }
  const ldTypes = new Set<string>();
  for (const o of objects) for (const t of typesOf(o)) ldTypes.add(t);
  const articles = objects.filter(isArticleLd);
  const pageKeys = new Set([url, canonical].filter((u): u is string => !!u).map(stripUrl));
  let ldArticle: LdObject | null = null;
  if (articles.length) {
    ldArticle =
      articles.find((a) => {
        const u = ldUrl(a);
        return u != null && pageKeys.has(stripUrl(u));
      }) ??
      articles.find((a) => typeof a['articleBody'] === 'string') ??
      articles.find((a) => a['headline'] != null) ??
      articles[0];
  }
  const ldListing = [...ldTypes].some((t) => LISTING_TYPES.has(t));
  const ldNonArticleMain = objects.some(
    (o) => typesOf(o).some((t) => NON_ARTICLE_MAIN_TYPES.has(t)) && (() => {
      const u = ldUrl(o);
      return u != null && pageKeys.has(stripUrl(u));
    })(),
  );

  let microdataArticle: Element | null = null;
  for (const el of Array.from(doc.querySelectorAll('[itemscope][itemtype]'))) {
    const t = (el.getAttribute('itemtype') ?? '').replace(/^.*[/#]/, '').toLowerCase();
    if (ARTICLE_TYPES.has(t)) {
      microdataArticle = el;
      break;
    }
  }
  // Without an article object, another object for this page may still carry the date: a WebPage (WordPress
  // plugins write one for every post), a DiscussionForumPosting, a QAPage.
  let ldPage: LdObject | null = null;
  if (!ldArticle) {
    const dated = objects.filter((o) => o['datePublished'] != null && !typesOf(o).some((t) => LISTING_TYPES.has(t)));
    ldPage = dated.find((o) => {
      const u = ldUrl(o);
      return u != null && pageKeys.has(stripUrl(u));
    }) ?? (dated.length === 1 ? dated[0] : null);
  }
  const ldPageDate = ldPage ? ldString(ldPage['datePublished']) : null;
  const ldById = new Map<string, LdObject>();
  for (const o of objects) if (typeof o['@id'] === 'string' && !ldById.has(o['@id'])) ldById.set(o['@id'], o);
  return {
    ldArticle, ldArticleCount: articles.length, ldTypes, ldListing, ldNonArticleMain, meta, metaAll, microdataArticle, canonical,
    ldPage, ldPageDate, ldById,
  };
}

/** A JSON-LD value with a bare {"@id": ...} reference replaced by the object it names, when the page has it. */
export function ldResolve(value: unknown, byId: Map<string, LdObject> | undefined): unknown {
  if (!byId || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const o = value as LdObject;
  const id = o['@id'];
  if (typeof id === 'string' && o['name'] == null && o['givenName'] == null && o['familyName'] == null) return byId.get(id) ?? value;
  return value;
}

/** Plain names from a JSON-LD author/creator value (Person, Organization, string, or arrays of them). */
export function ldNames(value: unknown, out: string[] = [], byId?: Map<string, LdObject>): string[] {
  value = ldResolve(value, byId);
  if (value == null) return out;
  if (typeof value === 'string') {
    if (!/^https?:\/\//i.test(value)) out.push(normaliseSpace(value));
  } else if (Array.isArray(value)) {
    for (const v of value) ldNames(v, out, byId);
  } else if (typeof value === 'object') {
    const o = value as LdObject;
    const n = o['name'];
    if (typeof n === 'string') out.push(normaliseSpace(n));
    else if (Array.isArray(n)) ldNames(n, out);
    else if (o['givenName'] || o['familyName']) out.push(normaliseSpace(`${o['givenName'] ?? ''} ${o['familyName'] ?? ''}`));
  }
  return out.filter(Boolean);
}

export function ldString(value: unknown): string | null {
  if (typeof value === 'string') return normaliseSpace(value) || null;
  if (Array.isArray(value)) return ldString(value[0]);
  if (value && typeof value === 'object') return ldString((value as LdObject)['name'] ?? (value as LdObject)['@value']);
  return null;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
  // German, French, Spanish, Italian, Portuguese, Dutch (full names and the usual short forms)
  januar: 1, jänner: 1, februar: 2, märz: 3, mär: 3, mai: 5, juni: 6, juli: 7, okt: 10, oktober: 10, dez: 12, dezember: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9,
  octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9,
  octubre: 10, noviembre: 11, diciembre: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  janeiro: 1, fevereiro: 2, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, dezembro: 12,
  januari: 1, februari: 2, maart: 3, augustus: 8,
};
const MONTH_WORD = '([\\p{L}]{3,10})';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validYmd(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/**
 * Normalises a date as publishers write it into ISO form: 'YYYY-MM-DD' or 'YYYY-MM-DDThh:mm[:ss][zone]'. The local
 * date the publisher wrote is kept (no conversion to UTC), so the day is the one the reader saw. Null when unreadable.
 */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = normaliseSpace(raw);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?/i.exec(s);
  if (m) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (!validYmd(y, mo, d)) return null;
    let out = `${y}-${pad(mo)}-${pad(d)}`;
    if (m[4] != null) {
      out += `T${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}`;
      const z = m[7];
      if (z) out += /^(z|utc|gmt)$/i.test(z) ? 'Z' : z.length === 5 ? `${z.slice(0, 3)}:${z.slice(3)}` : z;
    }
    return out;
  }
  m = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?/.exec(s);
  if (m && validYmd(+m[1], +m[2], +m[3])) return `${m[1]}-${m[2]}-${m[3]}`;
  if (/^\d{10,13}$/.test(s)) {
    const ms = s.length === 13 ? +s : +s * 1000;
    const dt = new Date(ms);
    if (!isNaN(dt.getTime()) && dt.getUTCFullYear() >= 1990) return dt.toISOString().replace(/\.\d+Z$/, 'Z');
  }
  // "2019年4月26日"
  m = /(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日/.exec(s);
  if (m && validYmd(+m[1], +m[2], +m[3])) return `${m[1]}-${pad(+m[2])}-${pad(+m[3])}`;
  // "24 October 2024", "24. Oktober 2024", "24 de octubre de 2024", "October 24, 2024", "Oct. 24, 2024"
  m = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH_WORD}\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`, 'iu').exec(s);
  if (m && MONTHS[m[2].toLowerCase()] && validYmd(+m[3], MONTHS[m[2].toLowerCase()], +m[1])) {
    return `${m[3]}-${pad(MONTHS[m[2].toLowerCase()])}-${pad(+m[1])}`;
  }
  m = new RegExp(`(?<![\\p{L}])${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu').exec(s);
  if (m && MONTHS[m[1].toLowerCase()] && validYmd(+m[3], MONTHS[m[1].toLowerCase()], +m[2])) {
    return `${m[3]}-${pad(MONTHS[m[1].toLowerCase()])}-${pad(+m[2])}`;
  }
  // "Mon Aug 03 12:45:00 EDT 2015" (a program's default date format, found in meta tags)
  m = new RegExp(`(?<![\\p{L}])${MONTH_WORD}\\s+(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:[A-Z]{3,5}\\s+)?(\\d{4})\\b`, 'u').exec(s);
  if (m && MONTHS[m[1].toLowerCase()] && validYmd(+m[3], MONTHS[m[1].toLowerCase()], +m[2])) {
    return `${m[3]}-${pad(MONTHS[m[1].toLowerCase()])}-${pad(+m[2])}`;
  }
  // "2019.03.08", "2019. 3. 8." (year first, as in Japan, Korea and China)
  m = /(?<![\d.])(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})(?![\d])/.exec(s);
  if (m && validYmd(+m[1], +m[2], +m[3])) return `${m[1]}-${pad(+m[2])}-${pad(+m[3])}`;
  // "24.10.2024", "4. 2. 2022" (day first, as in most of Europe)
  m = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/.exec(s);
  if (m && validYmd(+m[3], +m[2], +m[1])) return `${m[3]}-${pad(+m[2])}-${pad(+m[1])}`;
  // "12-15-2016", "15/12/2016": month or day first only when the day shows which (over 12); "03/04/2019" stays
  // unread.
  m = /(?<![\d./-])(\d{1,2})([-/])(\d{1,2})\2(\d{4})\b/.exec(s);
  if (m && +m[1] <= 12 && +m[3] > 12 && validYmd(+m[4], +m[1], +m[3])) return `${m[4]}-${pad(+m[1])}-${pad(+m[3])}`;
  if (m && +m[1] > 12 && +m[3] <= 12 && validYmd(+m[4], +m[3], +m[1])) return `${m[4]}-${pad(+m[3])}-${pad(+m[1])}`;
  // "2024/10/24"
  m = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s);
  if (m && validYmd(+m[1], +m[2], +m[3])) return `${m[1]}-${pad(+m[2])}-${pad(+m[3])}`;
  return null;
}

/** Text length with CJK characters counted three times: one of them carries about a word. */
export function effectiveLength(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g);
  return text.length + (cjk ? cjk.length * 2 : 0);
}
