// Article detection and extraction for the content script and the command line. Reads the document, never
// changes it: metadata first (JSON-LD, OpenGraph, microdata, <time>), the per-site table, then a body search.
import type { ArticleInfo } from '../shared/types.ts';
import { BodyExtractor, type BodyResult } from './body.ts';
import { effectiveLength, ldNames, ldResolve, ldString, normaliseDate, readMetadata, type LdObject, type PageMetadata } from './metadata.ts';
import { siteForHost, SUPPORTED_SITES, type SupportedSite } from './sites.ts';
import { blockText, inlineText, normaliseSpace, pageBody } from './text.ts';
import { isProbablyReaderable, readabilityOnClone } from './readability.ts';

export { SUPPORTED_SITES, siteForHost };
export type { SupportedSite };

export interface ArticleDetection {
  info: ArticleInfo;
  /** The live elements holding the article body, in document order. */
  bodyElements: Element[];
  /** The body's plain text, paragraphs separated by blank lines. */
  bodyText: string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function firstMatch(doc: Document, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

function allMatches(doc: Document, selector: string | undefined): Element[] {
  if (!selector) return [];
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return [];
  }
}

const TITLE_SEPARATORS = /\s+[|\-–—:·•»_]\s+|\s*[|｜：]\s*/;

/** `text` holds `part` as whole words: "spiegel online" holds "spiegel", "tagesspiegel.de" and "Maria Spiegelmann"
 * do not. */
function holdsWords(text: string, part: string): boolean {
  const edge = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c);
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    if (edge(text[at - 1]) && edge(text[at + part.length])) return true;
  }
  return false;
}

/** The host's own name: "example" for news.example.org or www.example.co.uk, not a subdomain such as "news". */
function hostLabel(host: string): string {
  const labels = host.split('.').filter(Boolean);
  if (labels.length > 1) labels.pop();
  if (labels.length > 1 && /^(co|com|org|net|gov|ac|edu|or|ne|go)$/.test(labels[labels.length - 1])) labels.pop();
  return labels[labels.length - 1] ?? '';
}

/** Removes a " | Site Name" style suffix (or prefix) when it names the site. */
export function cleanTitle(title: string, siteNames: string[]): string {
  let t = normaliseSpace(title);
  const names = siteNames.map((n) => n.toLowerCase()).filter(Boolean);
  const parts = t.split(TITLE_SEPARATORS);
  if (parts.length > 1) {
    const last = parts[parts.length - 1].toLowerCase();
    const first = parts[0].toLowerCase();
    // Containment counts only for strings of four characters or more: a two-letter host ("dw", "rp") or a
    // title part like "AI" is found inside too many words.
    const isSite = (p: string) => names.some((n) => p === n || (n.length >= 4 && holdsWords(p, n)) || (p.length >= 4 && holdsWords(n, p)));
    // A part after a pipe is the site's or section's name in practice, whatever it says.
    const piped = /\s*[|｜]\s*[^|｜]*$/.exec(t);
    if (isSite(last)) t = t.slice(0, t.toLowerCase().lastIndexOf(last)).replace(/\s*[|\-–—:·•»_｜：]\s*$/, '').trim();
    else if (isSite(first)) t = t.slice(first.length).replace(/^\s*[|\-–—:·•»_｜：]\s*/, '').trim();
    else if (piped && piped.index >= 15) t = t.slice(0, piped.index).trim();
  }
  return stripSiteName(t, names);
}

/** The site's names as the page gives them, less what is not a site's name: a "site name" that is the page's own
 * title (some pages set application-name to it) would strip the headline from itself. A name with a tagline
 * ("Katzen Forum - Das große Katzenforum", "Breaking News Headlines - 9News") adds its parts, since titles end in
 * either. */
function plausibleSiteNames(raw: Array<string | null | undefined>, doc: Document, md: PageMetadata): string[] {
  const ld = md.ldArticle;
  const titles = new Set(
    [md.meta.get('og:title'), md.meta.get('twitter:title'), doc.querySelector('title')?.textContent, ld ? ldString(ld['headline']) : null]
      .filter((x): x is string => !!x)
      .map((x) => normaliseSpace(decodeEntities(x)).toLowerCase()),
  );
  const out: string[] = [];
  for (const r of raw) {
    if (!r) continue;
    const name = normaliseSpace(decodeEntities(r));
    if (!name || titles.has(name.toLowerCase())) continue;
    out.push(name);
    const parts = name.split(TITLE_SEPARATORS);
    // Five characters at least: a bare "News" part would match inside headlines.
    if (parts.length > 1) for (const part of parts) if (part.length >= 5) out.push(part);
  }
  return [...new Set(out)];
}

const SITE_SEPARATOR = /[|｜ㅣ:：\-–—·•»«_/]/;

/** Removes a site name written at either end of a title with any separator, spaced or not ("Title:Site 開発日誌",
 * "Titleㅣ한국일보"), as long as something of the title remains. */
function stripSiteName(title: string, names: string[]): string {
  let t = title;
  for (const n of names) {
    if (n.length < 3) continue;
    const low = t.toLowerCase();
    if (low.length > n.length + 8 && low.endsWith(n)) {
      const rest = t.slice(0, t.length - n.length).replace(/\s+$/, '');
      if (rest && SITE_SEPARATOR.test(rest[rest.length - 1])) t = rest.slice(0, -1).trim();
    } else if (low.length > n.length + 8 && low.startsWith(n)) {
      const rest = t.slice(n.length).replace(/^\s+/, '');
      if (rest && SITE_SEPARATOR.test(rest[0])) t = rest.slice(1).trim();
    }
  }
  return t;
}

const BY_PREFIX = /^(by|von|par|por|di|door|av|af|от|автор|авторы|автор:|текст|author|authors|written by|posted by|reporting by)(?:\s*:\s*|\s+)/i;

const MONTH_WORDS = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const TRAILING_DATE = new RegExp(`[\\s,|·•-]+(on\\s+)?(${MONTH_WORDS}\\s+\\d{1,2}|\\d{1,2}\\.?\\s+${MONTH_WORDS}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|updated|published|aktualisiert|veröffentlicht|stand:).*$`, 'i');

const BYLINE_LABEL = /^(posted|published|updated|last updated|last|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado|actualizado|pubblicato|see all|show all|more|no author|unknown|anonymous|admin|share|follow)\b(\s+(am|on|le|el|il|at|um|by|von|par|por))?\s*:?$/i;

export function cleanByline(raw: string): string | null {
  let s = normaliseSpace(decodeEntities(raw));
  // "Posted on September 21, 2020 by A. Writer": the name after the date.
  const posted = /^(posted|published|written|veröffentlicht|publié|publicado|pubblicato)\b.*?\s(by|von|par|por|da)\s+(\S.*)$/i.exec(s);
  if (posted) s = posted[3];
  for (let i = 0; i < 2; i++) s = s.replace(BY_PREFIX, '').replace(/^[Bb]y(?=\p{Lu})/u, '');
  s = s.replace(TRAILING_DATE, '').replace(/\s*\(image:.*$/i, '');
  // What follows the name: a place or desk in brackets ("(Bruxelles, bureau européen)"; not brackets that name
  // more writers or hold a link), academic letters (", PhD"), agency codes after slashes (" / TNN /").
  s = s
    .replace(/\s*[(（]([^)）]*)[)）]\s*$/, (m, inner: string) => (/\/|\b(with|avec|mit|and|et|und|con|y|e)\b|&/i.test(inner) ? m : ''))
    .replace(/(,?\s+(PhD|Ph\.D\.|MD|M\.D\.|MPH|MBA|MSc|MS|RD|RDN|LD|CPT|CSCS|DrPH|RN|DO|FACP))+\s*$/, '')
    .replace(/(\s*\/\s*[A-Z]{2,6})+\s*\/?\s*$/, '')
    .trim();
  s = s.replace(/\s*[|•·]\s*.*$/, '');
  // Too long to be a byline: probably a paragraph picked up by a loose selector.
  if (!s || s.length > 120) return null;
  // A label or a control, not a name ("Veröffentlicht am", "See all", "No Author", "/").
  if ((s.match(/\p{L}/gu) ?? []).length < 2 || BYLINE_LABEL.test(s)) return null;
  if (/^((twitter|facebook|linkedin|instagram|whatsapp|e-?mail|print|x)\b[\s,|/]*)+$/i.test(s)) return null;
  if (/^https?:\/\//i.test(s)) return null;
  return s;
}

function joinNames(names: string[]): string | null {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const c = cleanByline(n);
    if (c && /getty|image:|photo:|foto:|©/i.test(c)) continue;
    if (c && !seen.has(c.toLowerCase())) {
      seen.add(c.toLowerCase());
      out.push(c);
    }
  }
  return out.length ? out.join(', ') : null;
}

/** Soft hyphens and zero-width joiners: hyphenation hints inside headlines ("Bundes&shy;tag"), not text. */
const INVISIBLE = /[\u00ad\u200c\u200d\u2060]/g;

const KICKER = /kicker|overline|eyebrow|topline|dachzeile|roofline|spitzmarke|flag|label|category|rubric|small|sr-only|visually-?hidden|screen-?reader/i;

/** Visible headline text of an h1, without a kicker ("Olympics:") or screen-reader extras set in child elements. */
function headlineText(h: Element, dropped: string[] = []): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (/^(script|style|noscript|template|svg|button)$/.test(e.localName)) continue;
        if (KICKER.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) {
          dropped.push(normaliseSpace(e.textContent ?? ''));
          continue;
        }
        parts.push(' ');
        walk(e);
        parts.push(' ');
      }
    }
  };
  // A subtitle set on its own line: a <br> directly in the h1 followed only by one styled element.
  const br = Array.from(h.children).find((c) => c.localName === 'br');
  if (br) {
    const after: Node[] = [];
    for (let c = br.nextSibling; c; c = c.nextSibling) if (c.nodeType !== 3 || (c.nodeValue ?? '').trim()) after.push(c);
    const sub = after.length === 1 && after[0].nodeType === 1 ? (after[0] as Element) : null;
    if (sub && (sub.hasAttribute('style') || sub.hasAttribute('class'))) {
      const before = h.cloneNode(true) as Element;
      const cut = Array.from(before.children).find((c) => c.localName === 'br');
      while (cut?.nextSibling) cut.nextSibling.remove();
      cut?.remove();
      walk(before);
      const first = normaliseSpace(parts.join('').replace(INVISIBLE, ''));
      if (first) return first.replace(/^[-–—|:·•]\s+/, '');
      parts.length = 0;
    }
  }
  walk(h);
  // A separator left between a removed kicker and the headline ("Kicker<span> - </span>Headline").
  return normaliseSpace(parts.join('').replace(INVISIBLE, '')).replace(/^[-–—|:·•]\s+/, '');
}

/** Text of an element as assistive technology reads it: without what is aria-hidden, with what is only visually
 * hidden. */
function accessibleText(el: Element): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (/^(script|style|noscript|template|svg|button)$/.test(e.localName) || e.getAttribute('aria-hidden') === 'true') continue;
        walk(e);
      }
    }
  };
  walk(el);
  return normaliseSpace(parts.join(''));
}

/** Kickers set in their own element inside the h1 that the heading's text does not join to the headline with a
 * separator: a page that writes "Kicker<span class="visually-hidden">: </span>Headline" reads the kicker as part
 * of the headline; one that sets it apart as an overline or label without one does not. */
function setApartKickers(h: Element, kickers: string[]): string[] {
  const text = accessibleText(h).toLowerCase();
  return kickers
    .map((k) => k.toLowerCase())
    .filter((k) => k.length >= 3 && /[\p{L}\p{N}]/u.test(k) && !/[:：|\-–—»]$/.test(k))
    .filter((k) => {
      const at = text.indexOf(k);
      return at >= 0 && !/^\s*[:：|\-–—»]/.test(text.slice(at + k.length));
    });
}

function looseEqual(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || (x.length > 12 && y.includes(x)) || (y.length > 12 && x.includes(y));
}

/** The metadata title is the visible headline, possibly with a kicker in front of it. */
function kickerForm(meta: string, visible: string): boolean {
  const m = meta.toLowerCase();
  const v = visible.toLowerCase();
  return m === v || (m.endsWith(v) && /[:：|\-–—»]\s*$/.test(m.slice(0, m.length - v.length)));
}

/** Chooses between a visible headline and the metadata titles that agree with it. */
function agreedTitle(visible: string, metas: string[], docTitle: string, apart: string[] = []): string {
  const v = visible.toLowerCase();
  const low = metas.map((m) => m.toLowerCase());
  // The metadata joins a kicker the page sets apart from the h1's headline: the headline is the h1's.
  if (apart.some((k) => low.some((m) => m.length > v.length && m.startsWith(k) && kickerForm(m, v)))) return visible;
  // The h1 adds a kicker that neither the metadata nor the <title> has: they agree on the headline without it.
  const t = docTitle.toLowerCase();
  const unkicked = metas.find((m, i) => low[i] === t && v.length > t.length && kickerForm(v, low[i]));
  if (unkicked) return unkicked;
  // A part before a pipe is a section's name ("Opinion | Headline"), not part of the headline.
  if (low.some((m) => m.endsWith(v) && /[|｜]\s*$/.test(m.slice(0, m.length - v.length)))) return visible;
  // A kicker in front ("Kenya: Nairobi from below") is kept, whether the h1 or the metadata carries it, unless
  // another metadata title agrees with the h1 exactly: then two sources name the story the same way.
  if (low.some((m) => v.length > m.length && kickerForm(v, m))) return visible;
  const exact = metas.find((m, i) => low[i] === v);
  if (exact) return exact;
  const kickerMeta = metas.find((m, i) => m.length > v.length && kickerForm(low[i], v));
  if (kickerMeta) return kickerMeta;
  // Metadata that adds something after the headline (a subtitle, a section or site name, "(Published 2016)").
  if (low.some((m) => m.length > v.length && m.startsWith(v))) return visible;
  // An h1 longer than the metadata: its own subtitle after a separator, else glued-on extras (a site name set in
  // another element).
  const shorter = metas.find((m, i) => v.length > m.length && v.startsWith(low[i]));
  if (shorter) return /^\s*[:：|\-–—»]/.test(visible.slice(shorter.length)) ? visible : shorter;
  return metas.find((m) => looseEqual(m, visible)) ?? visible;
}

/** A site logo inside a heading (a logo h1 names the site, not the story). */
const LOGO = '[class~="logo"], [class*="-logo"], [class*="logo-"], [id*="logo"], [class*="brand"]';

/** A heading hidden from view (an SEO or logo h1). */
function isHiddenHeading(h: Element): boolean {
  for (let e: Element | null = h; e && e.localName !== 'body'; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
    // Only the heading's own class: "hidden md:block" on a wrapper shows it on wider screens.
    const cls = e === h ? h.getAttribute('class') ?? '' : '';
    if (/(^|\s)(hidden|visually-?hidden|sr-only|screen-?reader-?text)(\s|$)/i.test(cls) && !/\S:\S/.test(cls)) return true;
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(e.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/** The section names a page declares for itself: article:section, JSON-LD articleSection, section or category
 * meta. */
function sectionNames(md: PageMetadata): string[] {
  const out: string[] = [];
  const ld = md.ldArticle;
  const ldSection = ld?.['articleSection'];
  for (const v of Array.isArray(ldSection) ? ldSection : [ldSection]) if (typeof v === 'string') out.push(v);
  for (const [key, values] of md.metaAll) {
    if (/(^|[:._-])(section|category)$/.test(key)) out.push(...values);
  }
  return [...new Set(out.map((x) => normaliseSpace(x)).filter((x) => x.length >= 2 && x.length <= 30))];
}

/** Removes a section name the page declares from the end of a title, after any separator ("Headline-정치",
 * "Headline | Politics"), when a headline of some length remains. */
function stripSection(title: string, sections: string[]): string {
  const low = title.toLowerCase();
  for (const sec of sections) {
    const s = sec.toLowerCase();
    if (low.length < s.length + 10 || !low.endsWith(s)) continue;
    const rest = title.slice(0, title.length - s.length).replace(/\s+$/, '');
    if (rest && SITE_SEPARATOR.test(rest[rest.length - 1])) return rest.slice(0, -1).trim();
  }
  return title;
}

function readTitle(doc: Document, md: PageMetadata, siteNames: string[]): string | null {
  const ld = md.ldArticle;
  const sections = sectionNames(md);
  const metaCandidates = [
    ld ? ldString(ld['headline']) ?? ldString(ld['name']) : null,
    md.meta.get('og:title'),
    md.meta.get('twitter:title'),
    md.microdataArticle ? textOfProp(md.microdataArticle, 'headline') : null,
  ].filter((x): x is string => !!x).map((c) => stripSection(cleanTitle(decodeEntities(c), siteNames), sections));
  const docTitle = stripSection(cleanTitle(decodeEntities(normaliseSpace(doc.querySelector('title')?.textContent ?? '')), siteNames), sections);
  const names = siteNames.map((n) => n.toLowerCase());
  // The headline as the reader sees it: an h1 outside navigation that is not the site's name or logo.
  const visibleH1s = Array.from(doc.querySelectorAll('h1'))
    .filter((h) => !h.closest('nav, footer, aside, [role="navigation"]') && !isHiddenHeading(h) && !h.querySelector(LOGO))
    // Microdata that marks the h1 as the alternative headline (a short teaser form) says the headline is elsewhere.
    .filter((h) => !/(^|\s)alternativeHeadline(\s|$)/.test(h.getAttribute('itemprop') ?? ''))
    .map((h) => {
      const kickers: string[] = [];
      const text = headlineText(h, kickers);
      return { h, text, kickers };
    })
    .filter(({ text }) => !names.includes(text.toLowerCase()));
  // Short h1s are mostly logos and section names; one that a metadata title repeats exactly is the headline.
  const long = visibleH1s.filter(({ text }) => effectiveLength(text) >= 12);
  const endsTitle = (text: string) => {
    const t = docTitle.toLowerCase();
    const x = text.toLowerCase();
    return t.length > x.length && (t.endsWith(' ' + x) || t.startsWith(x + ' '));
  };
  const h1s = visibleH1s.filter(
    ({ h, text }) =>
      effectiveLength(text) >= 12 ||
      // hAtom's entry-title (WordPress and kin) marks the post's own title, however short.
      /(^|\s)entry-title(\s|$)/.test(h.getAttribute('class') ?? '') ||
      (text && [...metaCandidates, docTitle].some((m) => m.toLowerCase() === text.toLowerCase())) ||
      (text && !long.length && visibleH1s.length === 1 && endsTitle(text)),
  );
  // An h1 that agrees with the metadata beats one that only agrees with <title> (which may be the site's name).
  const withMeta = h1s.find(({ text }) => metaCandidates.some((k) => looseEqual(text, k)));
  // The metadata headline when the visible one agrees with it and the metadata only adds a kicker in front
  // ("Kenya: Nairobi from below"); the visible headline when the metadata adds something after it (a subtitle, a
  // site or section name, "(Published 2016)").
  if (withMeta) return agreedTitle(withMeta.text, metaCandidates, docTitle, setApartKickers(withMeta.h, withMeta.kickers));
  const agreeing = h1s.find(({ text }) => !!docTitle && looseEqual(text, docTitle));
  if (agreeing) {
    // An h1 that is only a part of the <title> may be the site's or blog's name ("Blog Name: Post title"); a
    // metadata title that the <title> holds and the h1 does not is then the story's.
    const metaInTitle = metaCandidates.find((m) => looseEqual(m, docTitle) && !looseEqual(m, agreeing.text));
    if (metaInTitle && agreeing.text.toLowerCase() !== docTitle.toLowerCase()) return metaInTitle;
    return agreeing.text;
  }
  // The visible headline differs from the metadata; when the JSON-LD headline is also the document title, the
  // publisher named the story that way twice.
  const ldHeadline = ld ? ldString(ld['headline']) : null;
  // Unless the page's own microdata marks an h1 as the headline: the visible one is then named twice too.
  const marked = h1s.filter(({ h }) => /(^|\s)headline(\s|$)/.test(h.getAttribute('itemprop') ?? ''));
  if (marked.length === 1) return marked[0].text;
  if (ldHeadline && docTitle && looseEqual(cleanTitle(decodeEntities(ldHeadline), siteNames), docTitle)) {
    return cleanTitle(decodeEntities(ldHeadline), siteNames);
  }
  if (h1s.length === 1) return h1s[0].text;
  const inArticle = h1s.find(({ h }) => h.closest('article, main, [role="main"]'));
  if (inArticle) return inArticle.text;
  if (metaCandidates.length) return metaCandidates[0];
  return docTitle || null;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö',
  Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', oacute: 'ó', iacute: 'í', uacute: 'ú',
  ntilde: 'ñ', ccedil: 'ç', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«',
  raquo: '»', hellip: '…', bdquo: '„', sbquo: '‚', Eacute: 'É', Egrave: 'È', Agrave: 'À', Aacute: 'Á', Oacute: 'Ó',
  Iacute: 'Í', Uacute: 'Ú', Ntilde: 'Ñ', Ccedil: 'Ç', ecirc: 'ê', acirc: 'â', icirc: 'î', ocirc: 'ô', ucirc: 'û',
  euml: 'ë', iuml: 'ï', atilde: 'ã', otilde: 'õ', oslash: 'ø', aring: 'å', aelig: 'æ', Oslash: 'Ø', Aring: 'Å',
  AElig: 'Æ', shy: '', euro: '€', pound: '£', copy: '©', reg: '®', trade: '™', deg: '°', middot: '·', times: '×',
};

/** Character references left in metadata by double escaping ("R&uuml;ckbau"), and hyphenation hints. */
function decodeEntities(s: string): string {
  return s
    .replace(INVISIBLE, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))
    .replace(/&([a-z]+);/gi, (m, name) => NAMED_ENTITIES[name] ?? m);
}

function textOfProp(scope: Element, prop: string): string | null {
  const el = scope.querySelector(`[itemprop~="${prop}"]`);
  if (!el) return null;
  const v = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '';
  return normaliseSpace(v) || null;
}

/** A byline that names the site rather than a writer: the publisher, the site's name or host ("mdr.de",
 * "STERN.de", "n-tv NACHRICHTEN"). */
function namesSite(byline: string, siteNames: string[]): boolean {
  const isSite = (b: string) =>
    /^[\w-]+(\.[\w-]+)+$/.test(b) ||
    siteNames.some((raw) => {
      const n = raw.toLowerCase();
      return b === n || (n.length >= 4 && holdsWords(b, n)) || (b.length >= 4 && holdsWords(n, b));
    });
  // A byline led by the site's name ("Example News, Lakeside") is the site's; one that goes on to a writer
  // ("Maria Keller, Example News") is not.
  const parts = byline.toLowerCase().split(/\s*(?:,|;|&|\band\b|\bund\b)\s*/).filter(Boolean);
  return parts.length > 0 && isSite(parts[0]);
}

/** Led by a person's name as bylines write one: two to five words, the first capitalised (or in a script without
 * case), no digits. Not "red, Agenturen", "03:07 Min." or "Collectif". */
function ledByName(byline: string): boolean {
  const first = byline.split(/\s*(?:,|;|&|\band\b|\bund\b)\s*/)[0] ?? '';
  const words = first.split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.length <= 5 && !/\d/.test(first) && (/^\p{Lu}/u.test(first) || !/^[a-z]/i.test(first));
}

function readByline(doc: Document, md: PageMetadata, site: SupportedSite | null, names: string[], title: string | null, bodyElements: Element[] = []): string | null {
  // The owner a copyright notice names ("Copyright (c) Example Media 2022") is the site's too, not a writer.
  const owner = normaliseSpace((md.meta.get('copyright') ?? '').replace(/copyright|\(c\)|©|\b(19|20)\d{2}\b|all rights reserved\.?/gi, ' '))
    .replace(/^[\s,.-]+|[\s,.-]+$/g, '');
  const siteNames = owner.length >= 3 ? [...names, owner] : names;
  // A writer's name wins over the site's own name, wherever each is found; the site's name is the last resort
  // (some pages name only the newsroom).
  let siteByline: string | null = null;
  const writer = (c: string | null): string | null => {
    if (!c) return null;
    if (!namesSite(c, siteNames)) return c;
    siteByline ??= c;
    return null;
  };
  const found = (): string | null => {
    // The article's JSON-LD, else another object for this page (a forum post); {"@id"} references followed.
    const ld = md.ldArticle ?? md.ldPage;
    if (ld) {
      const persons: string[] = [];
      const orgs: string[] = [];
      for (const key of ['author', 'creator']) {
        const v = ld[key];
        const list = Array.isArray(v) ? v : v == null ? [] : [v];
        for (const ref of list) {
          const a = ldResolve(ref, md.ldById);
          const type = a && typeof a === 'object' ? String((a as LdObject)['@type'] ?? '') : 'Person';
          (/organi[sz]ation|newsmediaorganization|corporation/i.test(type) ? orgs : persons).push(...ldNames(a, [], md.ldById));
        }
        if (persons.length) break;
      }
      const p = writer(joinNames(persons));
      if (p) return p;
      // An organisation as author ("BBC News", "DER SPIEGEL") is the byline such pages show.
      const o = writer(joinNames(orgs));
      if (o) return o;
    }
    if (site?.byline) {
      const els = allMatches(doc, site.byline).filter((e) => !e.closest('aside, nav, footer'));
      const names = writer(joinNames(els.map((e) => normaliseSpace(e.textContent ?? '')).filter((t) => t.length < 80)));
      if (names) return names;
    }
    if (md.microdataArticle) {
      const authors = Array.from(md.microdataArticle.querySelectorAll('[itemprop~="author"]'));
      const names = authors.map((a) => {
        const n = a.querySelector('[itemprop~="name"]');
        return normaliseSpace((n ?? a).getAttribute('content') ?? (n ?? a).textContent ?? '');
      });
      const j = writer(joinNames(names.filter((t) => t.length < 80)));
      if (j) return j;
    }
    for (const key of ['author', 'article:author', 'og:article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author', 'cxenseparse:author']) {
      // Every value: a page may name the site in its first author meta and the writer in a second.
      for (const v of md.metaAll.get(key) ?? []) {
        if (/^https?:\/\//i.test(v) || /facebook\.com/i.test(v)) continue;
        const c = writer(cleanByline(v));
        if (c) return c;
      }
    }
    // The labelled pairs link previews show ("twitter:label1" = "Written by", "twitter:data1" = the name).
    for (let i = 1; i <= 4; i++) {
      if (!/^(written by|author|authors|autor|auteur|autore|by)$/i.test(md.meta.get(`twitter:label${i}`) ?? '')) continue;
      const c = writer(cleanByline(md.meta.get(`twitter:data${i}`) ?? ''));
      if (c) return c;
    }
    const itemAuthors = Array.from(doc.querySelectorAll('[itemprop~="author"]')).filter((e) => !e.closest('aside, footer, nav') && !hasAncestorAttr(e, /comment/i));
    if (itemAuthors.length) {
      const names = itemAuthors.map((a) => {
        const n = a.querySelector('[itemprop~="name"]');
        return normaliseSpace((n ?? a).getAttribute('content') ?? (n ?? a).textContent ?? '');
      });
      const j = writer(joinNames(names.filter((t) => t.length < 80)));
      if (j) return j;
    }
    const relAuthors = Array.from(doc.querySelectorAll('a[rel~="author"]')).filter((e) => !e.closest('aside, footer, nav') && !hasAncestorAttr(e, /comment/i));
    if (relAuthors.length) {
      const j = writer(joinNames(relAuthors.map((a) => normaliseSpace(a.textContent ?? '')).filter((t) => t.length < 80)));
      if (j) return j;
    }
    // One walk over the elements (attribute-substring selectors are slow on large pages), in document order.
    const marked = attrMatches(doc, /byline|author/i, (e) => e.localName === 'a' && /\/(author|autor|authors|autoren)\//i.test(e.getAttribute('href') ?? ''));
    for (const el of marked.slice(0, 60)) {
      // An aside inside the <article> is the article's own margin (author, date); one outside it is a sidebar.
      const aside = el.closest('aside');
      if ((aside && !aside.closest('article')) || el.closest('footer, nav')) continue;
      if (hasAncestorAttr(el, /comment|related|teaser/i)) continue;
      const c = cleanByline(el.textContent ?? '');
      if (!c || c.length > 60 || c.split(/\s+/).length > 8 || /\d{3,}/.test(c)) continue;
      // With only the site's name found so far, a loosely found line must read as a person's name.
      if (siteByline && !ledByName(c)) continue;
      if (writer(c)) return c;
    }
    // A "By ..." line right after the headline, in an element named for nothing.
    const h1 = headlineElement(doc, title);
    const line = writer(bylineAfterHeadline(h1));
    if (line) return line;
    const signed = writer(signatureAtEnd(bodyElements));
    if (signed) return signed;
    return null;
  };
  return found() ?? siteByline;
}

const DATE_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'article.published', 'pubdate',
  'publishdate', 'publish-date', 'publish_date', 'published_time', 'published-date', 'date', 'dc.date',
  'dc.date.issued', 'dc.date.created', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date',
  'article:published', 'og:published_time', 'ptime', 'displaydate', 'dat', 'originalpublicationdate',
  'cxenseparse:recs:publishtime', 'article_date_original', 'creation_date', 'datecreated', 'og:updated_time',
  'article:modified_time',
];

/** The h1 that holds the title found, else the first h1 in an article or main element, else the first. */
function headlineElement(doc: Document, title: string | null): Element | null {
  const h1s = Array.from(doc.querySelectorAll('h1'));
  if (title) {
    const own = h1s.find((h) => looseEqual(normaliseSpace(h.textContent ?? ''), title));
    if (own) return own;
  }
  return h1s.find((h) => h.closest('article, main')) ?? h1s[0] ?? null;
}

function readDate(doc: Document, md: PageMetadata, site: SupportedSite | null, url: string, body: BodyResult, title: string | null): string | null {
  const ld = md.ldArticle;
  if (ld) {
    const d = normaliseDate(ldString(ld['datePublished']) ?? ldString(ld['dateCreated']) ?? ldString(ld['uploadDate']));
    if (d) return d;
  }
  for (const key of DATE_META_KEYS) {
    // A modification time is the last resort among the metadata: a JSON-LD page object's publication date first.
    if (key === 'og:updated_time' && md.ldPageDate) {
      const d = normaliseDate(md.ldPageDate);
      if (d) return d;
    }
    const d = normaliseDate(md.meta.get(key));
    if (d) return d;
  }
  const siteDate = firstMatch(doc, site?.date);
  if (siteDate) {
    const d = normaliseDate(siteDate.getAttribute('datetime') ?? siteDate.getAttribute('data-timestamp') ?? siteDate.getAttribute('content') ?? siteDate.textContent);
    if (d) return d;
  }
  const prop = doc.querySelector('[itemprop~="datePublished"], [itemprop~="dateCreated"]');
  if (prop) {
    const d = normaliseDate(prop.getAttribute('content') ?? prop.getAttribute('datetime') ?? prop.textContent);
    if (d) return d;
  }
  // A <time> near the article: inside or just before the body container, else the first dated one.
  // A <time> without a datetime attribute counts when its text is a date ("Dec 16, 2016 at 1:38 pm").
  const times = Array.from(doc.querySelectorAll('time'))
    .filter((t) => !t.closest('aside, footer, nav') && !hasAncestorAttr(t, /comment|related/i))
    .map((t) => ({ t, d: t.hasAttribute('datetime') ? normaliseDate(t.getAttribute('datetime')) : normaliseDate(t.textContent) }))
    .filter(({ t, d }) => t.hasAttribute('datetime') || t.hasAttribute('pubdate') || d);
  const container = body.containers[0];
  const scope = container?.closest('article') ?? null;
  const near = (scope && times.find(({ t }) => scope.contains(t))) ?? times.find(({ t }) => t.hasAttribute('pubdate')) ?? times[0];
  if (near) {
    const d = near.d ?? normaliseDate(near.t.textContent);
    if (d) return d;
  }
  // A date written near the headline or in an element named for dates ("Published 3 May 2024").
  const dated = attrMatches(doc, /date|time|publish|meta|byline|info/i).slice(0, 60);
  const h1 = headlineElement(doc, title);
  if (h1?.parentElement) dated.push(h1.parentElement);
  for (const el of dated) {
    // An aside inside the <article> is the article's own margin (a column of date, section and reading time).
    const aside = el.closest('aside');
    if ((aside && !aside.closest('article')) || el.closest('footer, nav') || hasAncestorAttr(el, /comment|related|teaser/i)) continue;
    const text = normaliseSpace(el.textContent ?? '');
    if (!text || text.length > 300) continue;
    const d = normaliseDate(text) ?? normaliseDate(findDateIn(text));
    if (d) return d;
  }
  const written = dateAfterHeadline(h1);
  if (written) return written;
  const m = /\/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/.exec(pathOf(url));
  if (m) return normaliseDate(`${m[1]}-${m[2]}-${m[3]}`);
  const m2 = /[/_-](20\d{2})(\d{2})(\d{2})[/_.-]/.exec(pathOf(url));
  if (m2) return normaliseDate(`${m2[1]}-${m2[2]}-${m2[3]}`);
  return null;
}

/** The element after `el` in document order, its own descendants skipped. */
function nextOutside(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.nextElementSibling) return e.nextElementSibling;
  return null;
}

/** The element after `el` in document order, descending into it. */
function nextInside(el: Element): Element | null {
  return el.firstElementChild ?? nextOutside(el);
}

/** A date in the short lines right after the headline ("Written by A. Writer on 1 June 2019", a dateline set in
 * a plain paragraph): the first few elements after the h1, past a standfirst, before the story's text begins. Long
 * paragraphs are not read: a date in the story's text is an event's. */
function dateAfterHeadline(h1: Element | null): string | null {
  if (!h1) return null;
  let seen = 0;
  let text = 0;
  let long = 0;
  let e = nextOutside(h1);
  while (e && seen++ < 30 && text < 600) {
    if (/^(script|style|noscript|template|svg|figure|nav|footer|aside|form|button|select)$/.test(e.localName)) {
      e = nextOutside(e);
      continue;
    }
    const t = normaliseSpace(e.textContent ?? '');
    if (t.length <= 120) {
      const d = t ? normaliseDate(t) ?? normaliseDate(findDateIn(t)) : null;
      if (d) return d;
      text += t.length;
      // Nothing in a short line: its children hold no date either.
      e = nextOutside(e);
      continue;
    }
    // A long paragraph: a standfirst the first time, then the story's text has begun.
    if (e.localName === 'p' || !e.firstElementChild) {
      if (long++) break;
      e = nextOutside(e);
      continue;
    }
    e = nextInside(e);
  }
  return null;
}

/** A line that starts with "By" (or its like in other languages) among the first few short elements after the
 * headline: "By <span>Maria Keller</span>" in a plain div. */
function bylineAfterHeadline(h1: Element | null): string | null {
  if (!h1) return null;
  let seen = 0;
  let e = nextOutside(h1);
  while (e && seen++ < 30) {
    if (/^(script|style|noscript|template|svg|figure|nav|footer|aside|form|button|select)$/.test(e.localName)) {
      e = nextOutside(e);
      continue;
    }
    const t = normaliseSpace(e.textContent ?? '');
    if (t.length > 200 && (e.localName === 'p' || !e.firstElementChild)) break;
    if (t && t.length <= 80 && BY_PREFIX.test(t)) {
      // The first line of it: a byline block may go on to the desk and the date on lines of their own.
      const first = blockText(e).split('\n').find((l) => l.trim()) ?? t;
      const c = cleanByline(first);
      // "By the numbers: ..." is a subheading, not a byline.
      if (c && ledByName(c)) return c;
    }
    e = t.length <= 80 ? nextOutside(e) : nextInside(e);
  }
  return null;
}

/** A writer's name set alone in bold at the end of the story ("<p><strong>Maria Keller</strong></p>"), as some
 * outlets sign their pieces. */
function signatureAtEnd(elements: Element[]): string | null {
  for (const el of elements.slice(-2).reverse()) {
    const t = normaliseSpace(el.textContent ?? '');
    if (!t || t.length > 40 || /[.:!?]$/.test(t)) continue;
    const bold = el.querySelector('strong, b');
    if (!bold || normaliseSpace(bold.textContent ?? '') !== t) continue;
    const c = cleanByline(t);
    // Every word capitalised, as names are; a closing subheading in bold ("Roles and rewards") is not one.
    if (c && ledByName(c) && c.split(/\s+/).length <= 4 && c.split(/\s+/).every((w) => !/^\p{Ll}/u.test(w))) return c;
  }
  return null;
}

/** JSON-LD articleBody as plain text: tags dropped, paragraphs on lines of their own. */
function plainFromLd(value: unknown): string {
  const raw = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join('\n\n') : String(value ?? '');
  return decodeEntities(raw.replace(/<\/(p|div|h[1-6]|li|blockquote)>|<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, ' '))
    .split(/\n+/)
    .map(normaliseSpace)
    .filter(Boolean)
    .join('\n\n');
}

/** Elements of the body whose class or id matches, in document order (one walk, no selector engine). */
function attrMatches(doc: Document, pattern: RegExp, also?: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const root = pageBody(doc);
  if (!root) return out;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const cls = el.getAttribute('class');
    const id = el.getAttribute('id');
    if ((cls && pattern.test(cls)) || (id && pattern.test(id)) || also?.(el)) out.push(el);
  }
  return out;
}

function hasAncestorAttr(el: Element, pattern: RegExp): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const cls = e.getAttribute('class');
    if (cls && pattern.test(cls)) return true;
  }
  return false;
}

/** The first date-like substring of a longer text ("Published: 03.05.2024, 10:12"). */
function findDateIn(text: string): string | null {
  const m = /(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)|(\d{1,2}\.\d{1,2}\.\d{4})|(\d{4}\/\d{1,2}\/\d{1,2})/.exec(text);
  return m ? m[0] : null;
}

function readPublisher(md: PageMetadata): string | null {
  const ld = md.ldArticle;
  return (ld ? ldString(ld['publisher']) : null) ?? md.meta.get('og:site_name') ?? md.meta.get('application-name') ?? null;
}

function readLang(doc: Document, md: PageMetadata): string | null {
  const l = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  if (l) return l.trim() || null;
  const ld = md.ldArticle ? ldString(md.ldArticle['inLanguage']) : null;
  if (ld) return ld;
  const og = md.meta.get('og:locale') ?? md.meta.get('language') ?? md.meta.get('content-language');
  return og ? og.replace('_', '-') : null;
}

/** Paths of home pages and section fronts: no segment that looks like an article slug or id. */
export function looksLikeSectionPath(url: string): boolean {
  const path = pathOf(url);
  if (!path) return false;
  const segments = path.split('/').filter(Boolean);
  const last = segments.length ? segments[segments.length - 1].replace(/\.(s?html?|php|aspx?)$/i, '') : '';
  if (/^(index|default|home|main)$/i.test(last)) segments.pop();
  if (segments.length === 0) return true;
  if (/\d{4,}/.test(path)) return false;
  // An id or slug in the query string ("news_view.html?idx=8576", "?page=news_item&px=Steam-May-2019") names one story.
  let query = '';
  try {
    query = new URL(url).search;
  } catch {
    /* no query */
  }
  if (/=[^&]*\d{3,}|=[^&]*(-[^&-]+){3,}/.test(query)) return false;
  if (segments.some((s) => (s.match(/[-_]/g) ?? []).length >= 3 || s.length > 30)) return false;
  return segments.length <= 2 && segments[segments.length - 1].length <= 24;
}

function isHomePath(url: string): boolean {
  const segments = pathOf(url).split('/').filter(Boolean);
  return segments.length === 0 || (segments.length === 1 && /^(index|default|home|main)(\.\w+)?$/i.test(segments[0]));
}

/** Headings that link elsewhere (or sit inside a link): the mark of a list of teasers. */
function linkedHeadings(containers: Element[]): number {
  let n = 0;
  for (const c of containers) {
    for (const h of Array.from(c.querySelectorAll('h2, h3, h4'))) {
      const outer = h.closest('a[href]');
      if (outer) {
        if (!(outer.getAttribute('href') ?? '').startsWith('#')) n++;
        continue;
      }
      const text = normaliseSpace(h.textContent ?? '').length;
      let linked = 0;
      for (const a of Array.from(h.querySelectorAll('a[href]'))) {
        if (!(a.getAttribute('href') ?? '').startsWith('#')) linked += normaliseSpace(a.textContent ?? '').length;
      }
      if (text && linked >= text * 0.6) n++;
    }
  }
  return n;
}

/** Below this many characters of body text the detector asks Readability for a second opinion. */
const READABILITY_BELOW = 500;

/** The signals behind the last decision (for the evaluation's error listing). */
export let lastReasons: string[] = [];

export function detectArticle(doc: Document, url: string): ArticleDetection {
  const md = readMetadata(doc, url);
  const canonical = md.canonical && /^https?:/i.test(md.canonical) ? md.canonical : null;
  const site = siteForHost(hostOf(url)) ?? (canonical ? siteForHost(hostOf(canonical)) : null);
  const publisher = readPublisher(md);
  const host = hostOf(canonical ?? url).replace(/^www\./, '');
  const siteNames = plausibleSiteNames(
    [publisher, md.meta.get('og:site_name'), md.meta.get('application-name'), host, hostLabel(host)],
    doc,
    md,
  );
  const title = readTitle(doc, md, siteNames);
  const body = new BodyExtractor(doc, { bodySelector: site?.body, excludeSelector: site?.exclude, title }).extract();
  // Pages rendered by script hold their text only in JSON-LD until the script runs (a content script sees the
  // rendered page; a saved page may not). Then the metadata's plain text stands in for the body text.
  let bodyText = body.text;
  const ldBody = md.ldArticle ? ldString(md.ldArticle['articleBody']) : null;
  if (ldBody && ldBody.length >= 500 && body.length < ldBody.length * 0.5) {
    bodyText = plainFromLd(md.ldArticle!['articleBody']);
  }
  // The hand-written search found little (under 500 characters): Readability's parse() on a clone, gated by its
  // cheap isProbablyReaderable check, stands in when it finds at least twice as much. Its text alone does not make
  // a page an article: without the publisher's article metadata the decision rests on what the detector found.
  const ownBodyText = bodyText;
  if (effectiveLength(bodyText) < READABILITY_BELOW && isProbablyReaderable(doc)) {
    const r = readabilityOnClone(doc);
    if (r && effectiveLength(r.text) >= 2 * Math.max(200, effectiveLength(bodyText))) bodyText = r.text;
  }
  const pageUrl = canonical ?? url;
  const ogType = (md.meta.get('og:type') ?? '').toLowerCase();
  const ldType = md.ldArticle ? String(md.ldArticle['@type']).toLowerCase() : '';

  let score = 0;
  const reasons: string[] = [];
  const add = (n: number, why: string) => {
    score += n;
    reasons.push(`${n > 0 ? '+' : ''}${n} ${why}`);
  };
  const ogArticle = ogType === 'article' || ogType.endsWith(':article');
  const ldMain = md.ldArticle && !/liveblog/.test(ldType) && !(md.ldListing && md.ldArticleCount > 2);
  const strongMeta = !!ldMain || !!md.microdataArticle || (ogArticle && md.meta.has('article:published_time'));
  // Metadata the publisher wrote for this page.
  if (md.ldArticle && !/liveblog/.test(ldType)) add(ldMain ? 3 : 1, 'JSON-LD article');
  if (md.microdataArticle) add(2, 'microdata article');
  if (ogArticle) add(2, 'og:type article');
  if (/video|gallery|music|product|profile|book|website/.test(ogType) && !md.ldArticle) add(-1, `og:type ${ogType}`);
  if (md.ldNonArticleMain) add(-2, 'JSON-LD video/gallery/product main entity');
  if (md.meta.has('article:published_time')) add(1, 'article:published_time');
  // The body found on the page.
  const bodyLength = effectiveLength(strongMeta ? bodyText : ownBodyText);
  if (bodyLength >= 1500) add(2, 'body >= 1500 chars');
  else if (bodyLength >= 700) add(1, 'body >= 700 chars');
  else if (bodyLength < 300) add(strongMeta ? 0 : -3, 'body < 300 chars');
  else if (!strongMeta) add(-1, 'body under 700 chars without article metadata');
  if (body.longParagraphs >= 5) add(1, '>= 5 long paragraphs');
  else if (body.longParagraphs <= 1 && bodyLength < 1000 && !strongMeta) add(-2, '<= 1 long paragraph');
  // Page shape: home page, section front, listing.
  if (pageUrl && isHomePath(pageUrl)) add(-4, 'home page URL');
  else if (pageUrl && looksLikeSectionPath(pageUrl)) add(-1, 'section-like URL');
  if (pageUrl && /\/(videos?|gallery|galleries|photos?|live-?tv|watch|podcasts?)(\/|$)/i.test(pathOf(pageUrl))) add(-2, 'video/gallery URL');
  const teasers = linkedHeadings(body.containers);
  if (teasers >= 3 && teasers * 4 >= body.elements.length) add(-3, `${teasers} linked headings in the body`);
  const isArticle = score >= 2;

  const info: ArticleInfo = {
    url,
    isArticle,
    title,
    byline: readByline(doc, md, site, siteNames, title, body.elements),
    datePublished: readDate(doc, md, site, url, body, title),
    publisher,
    lang: readLang(doc, md),
  };
  lastReasons = reasons;
  return { info, bodyElements: body.elements, bodyText };
}

export { inlineText };
