// Finds the live elements that hold an article's body. Reads the document, never changes it.
// The container search follows Readability's paragraph scoring (a paragraph credits its parent and, less, its
// further ancestors); the blocks are then collected inside the winning container, skipping what is not body text.
import { inlineText, normaliseSpace, pageBody } from './text.ts';
import { effectiveLength } from './metadata.ts';

const SKIP_TAGS = new Set([
  'nav', 'aside', 'footer', 'header', 'form', 'button', 'script', 'style', 'noscript', 'iframe', 'svg', 'figure',
  'figcaption', 'select', 'textarea', 'template', 'dialog', 'menu', 'input', 'label', 'h1', 'video', 'audio',
  'canvas', 'object', 'embed', 'picture', 'img', 'link', 'meta', 'head', 'title', 'math', 'source', 'map',
]);
const BLOCK_CHILD_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'ul', 'figcaption', 'tr', 'td', 'tbody',
]);
const NEVER_EXCLUDE = new Set(['html', 'body', 'main', 'article']);

/** Class/id words that mark page furniture rather than article text. */
const NEGATIVE_TOKENS = new Set([
  'comment', 'comments', 'commentlist', 'disqus', 'share', 'sharing', 'sharer', 'shares', 'social', 'socials',
  'related', 'recommended', 'recommendations', 'recirculation', 'newsletter', 'promo', 'promotion', 'promos',
  'sponsored', 'sponsor', 'advert', 'advertisement', 'advertising', 'ad', 'ads', 'adslot', 'adunit', 'dfp',
  'banner', 'breadcrumb', 'breadcrumbs', 'caption', 'captions', 'credit', 'credits', 'byline', 'bylines',
  'tags', 'tag', 'subscribe', 'subscription', 'signup', 'popup', 'modal', 'cookie', 'cookies',
  'consent', 'gdpr', 'footer', 'sidebar', 'widget', 'widgets', 'outbrain', 'taboola', 'trending', 'readmore',
  'toolbar', 'masthead', 'nav', 'navbar', 'navigation', 'menu', 'pagination', 'pager',
  'author', 'authors', 'meta', 'metadata', 'timestamp', 'dateline', 'skip', 'print', 'rail', 'overlay',
  'mostread', 'mostpopular', 'popular', 'teaser', 'teasers', 'embed', 'embedded', 'tooltip', 'sronly',
  'vjs', 'player', 'headline', 'kicker', 'disclaimer', 'copyright', 'rating', 'poll', 'more', 'gallery',
]);
const NEGATIVE_SUBSTRINGS = /comment|disqus|related|newsletter|promo|sponsor|advert|outbrain|taboola|breadcrumb|subscri|signup|cookie|consent|caption|byline|trending|most-?read|most-?popular|recommend|share|social|read-?more|see-?also|also-?read|visually-?hidden|sr-only|screen-?reader/i;
const POSITIVE_ATTR = /article-?body|articlebody|story-?body|storybody|post-?body|post-?content|entry-?content|main-?content|article-?content|article-?text|story-?text|body-?text|rich-?text|text-?block|articletext|post-?text|news-?text/i;

// Readability's class weights (same idea, our own lists).
const WEIGHT_POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|wsw/i;
const WEIGHT_NEGATIVE = /-ad-|(^|\s)hidden(\s|$)|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|teaser|caption|byline|author|nav|menu/i;

const BOILERPLATE_LINE = /^(advertisement|advertisements|anzeige|werbung|реклама|publicité|publicidad|pubblicità|sponsored|read more|read more:?|continue reading|share this( article)?|share|related|related:|see also|listen to (this )?article|скопировать ссылку)$/i;

export interface BodyResult {
  elements: Element[];
  text: string;
  /** Total characters of body text. */
  length: number;
  /** How many of the body blocks are paragraphs of 80+ characters. */
  longParagraphs: number;
  /** The container(s) the blocks were collected from. */
  containers: Element[];
}

export interface BodyOptions {
  /** Selectors for the body container(s), tried before the generic search. */
  bodySelector?: string;
  excludeSelector?: string;
  /** Headline text: a heading in the body equal to it is skipped. */
  title?: string | null;
}

function attrString(el: Element): string {
  // Utility classes with a variant prefix ("print:hidden", "md:flex") describe styling, not content.
  const cls = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => !c.includes(':') && !c.includes('[')).join(' ');
  return `${el.getAttribute('id') ?? ''} ${cls}`;
}

function attrTokens(s: string): string[] {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export class BodyExtractor {
  private excludedCache = new Map<Element, boolean>();
  private siteExcluded: Set<Element>;

  constructor(
    private doc: Document,
    private opts: BodyOptions = {},
  ) {
    this.siteExcluded = new Set();
    if (opts.excludeSelector) {
      try {
        for (const el of Array.from(doc.querySelectorAll(opts.excludeSelector))) this.siteExcluded.add(el);
      } catch {
        /* an invalid selector in the table must not break detection */
      }
    }
  }

  /** Is this element itself (not its ancestors) something other than body text? */
  selfExcluded(el: Element): boolean {
    const cached = this.excludedCache.get(el);
    if (cached !== undefined) return cached;
    const result = this.computeSelfExcluded(el);
    this.excludedCache.set(el, result);
    return result;
  }

  private computeSelfExcluded(el: Element): boolean {
    const tag = el.localName;
    if (SKIP_TAGS.has(tag)) return true;
    if (this.siteExcluded.has(el)) return true;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    const style = el.getAttribute('style');
    if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
    const role = el.getAttribute('role');
    if (role && /^(navigation|complementary|banner|contentinfo|dialog|alert|menu|toolbar|search)$/i.test(role)) return true;
    if (NEVER_EXCLUDE.has(tag) || el.getAttribute('itemprop') === 'articleBody') return false;
    const attrs = attrString(el);
    if (attrs.length <= 1) return false;
    if (POSITIVE_ATTR.test(attrs)) return false;
    let negative = NEGATIVE_SUBSTRINGS.test(attrs);
    if (!negative) for (const t of attrTokens(attrs)) if (NEGATIVE_TOKENS.has(t)) negative = true;
    // Class names are a hint, not a verdict: a wrapper named "modal-enabled" or "two-col-sidebar" that holds the
    // headline or most of the page's paragraph text is the article's frame, not furniture.
    if (negative && (el.querySelector('h1, [itemprop="articleBody"]') || this.paragraphShare(el) >= 0.4 || this.textShare(el) >= 0.5)) {
      return false;
    }
    return negative;
  }

  private bodyTextLength = -1;

  /** Share of the page's visible text (scripts and styles aside) that lies inside `el`. */
  private textShare(el: Element): number {
    const visibleLength = (e: Element) => {
      let n = (e.textContent ?? '').length;
      for (const s of Array.from(e.querySelectorAll('script, style, noscript, template'))) n -= (s.textContent ?? '').length;
      return n;
    };
    if (this.bodyTextLength < 0) {
      const body = pageBody(this.doc);
      this.bodyTextLength = body ? visibleLength(body) : 0;
    }
    return this.bodyTextLength > 0 ? visibleLength(el) / this.bodyTextLength : 0;
  }

  private paragraphLengths: Map<Element, number> | null = null;
  private paragraphTotal = 0;

  /** Share of the document's paragraph text that lies inside `el`. */
  private paragraphShare(el: Element): number {
    if (!this.paragraphLengths) {
      this.paragraphLengths = new Map();
      for (const p of Array.from(this.doc.querySelectorAll('p'))) {
        const n = normaliseSpace(p.textContent ?? '').length;
        this.paragraphLengths.set(p, n);
        this.paragraphTotal += n;
      }
    }
    if (!this.paragraphTotal) return 0;
    let inside = 0;
    for (const p of Array.from(el.querySelectorAll('p'))) inside += this.paragraphLengths.get(p) ?? 0;
    return inside / this.paragraphTotal;
  }

  /** Excluded itself or through an ancestor below `stop`. */
  private excludedUpTo(el: Element, stop: Element | null): boolean {
    for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
      if (this.selfExcluded(e)) return true;
    }
    return false;
  }

  extract(): BodyResult {
    let containers: Element[] = [];
    if (this.opts.bodySelector) {
      try {
        containers = outermost(Array.from(this.doc.querySelectorAll(this.opts.bodySelector)));
      } catch {
        containers = [];
      }
      const r = this.collect(containers);
      if (r.length >= 200) {
        // A site's selector that has gone stale may catch only part of the body: take the generic result when it
        // holds everything the selector found and clearly more.
        const g = this.collect(this.findContainers());
        const gSet = new Set(g.elements);
        if (g.length > r.length * 1.3 && r.elements.every((e) => gSet.has(e))) return g;
        return r;
      }
    }
    const articleBody = Array.from(this.doc.querySelectorAll('[itemprop="articleBody"]'));
    if (articleBody.length) {
      const r = this.collect(outermost(articleBody));
      if (r.length >= 300) return r;
    }
    containers = this.findContainers();
    return this.collect(containers);
  }

  /** Readability-style search for the element whose children hold most of the paragraph text. */
  findContainers(): Element[] {
    const body = pageBody(this.doc);
    if (!body) return [];
    const scores = new Map<Element, number>();
    const init = (el: Element): number => {
      let s = scores.get(el);
      if (s !== undefined) return s;
      s = initialScore(el);
      scores.set(el, s);
      return s;
    };
    const nodes = Array.from(body.querySelectorAll('p, pre, td, div, section, blockquote'));
    const good: Array<[Element, number]> = [];
    for (const el of nodes) {
      const tag = el.localName;
      if (tag !== 'p' && tag !== 'pre') {
        // Divs and cells count as paragraphs only when they hold text and no blocks of their own.
        if (hasBlockChild(el)) continue;
      }
      const text = inlineText(el);
      if (text.length < 25) continue;
      if (this.excludedUpTo(el, null)) continue;
      const ld = linkDensity(el, text.length);
      if (ld > 0.5) continue;
      const commas = (text.match(/[,，、،]/g) ?? []).length;
      const score = 1 + commas + Math.min(Math.floor(text.length / 100), 3);
      good.push([el, text.length]);
      let level = 0;
      for (let a = el.parentElement; a && level < 5; a = a.parentElement, level++) {
        if (a.localName === 'html') break;
        const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
        scores.set(a, init(a) + score / divider);
      }
    }
    if (!scores.size) return [];
    const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
    const final = ranked
      .map(([el, s]) => [el, s * (1 - linkDensity(el))] as [Element, number])
      .sort((a, b) => b[1] - a[1]);
    let top = final[0][0];
    let topScore = final[0][1];
    // Several stories on one page (infinite scroll, "next article"): keep to the one whose <article> holds the
    // page's headline.
    const home = this.headlineArticle();
    if (home && !home.contains(top)) {
      const inside = final.find(([el]) => home.contains(el));
      if (inside && inside[1] >= topScore * 0.2) [top, topScore] = inside;
    }
    // Several close runners-up inside one ancestor: the article is split across siblings; take the ancestor.
    const close = final.slice(1).filter(([, s]) => s >= 0.75 * topScore).map(([el]) => el);
    if (close.length >= 2) {
      const ownArticle = top.closest('article');
      for (let a = top.parentElement; a && a !== body && a.localName !== 'html'; a = a.parentElement) {
        // Never merge two stories: stop at the story's own <article>, and at a block holding two headlines.
        if (ownArticle && a.contains(ownArticle) && a !== ownArticle) break;
        if (a.querySelectorAll('h1').length > 1) break;
        const inside = close.filter((c) => a!.contains(c)).length;
        if (inside >= 2) {
          top = a;
          break;
        }
      }
    }
    while (top.parentElement && top.parentElement !== body && top.parentElement.children.length === 1) {
      top = top.parentElement;
    }
    const parent = top.parentElement;
    if (!parent) return [top];
    // Siblings that carry paragraph text of their own continue the article (bodies split into several blocks);
    // a sibling with a headline of its own or an <article> of its own is another story (infinite scroll).
    const mass = (el: Element) => {
      let n = 0;
      for (const [p, len] of good) if (el === p || el.contains(p)) n += len;
      return n;
    };
    const topMass = mass(top);
    const result: Element[] = [];
    for (const sib of Array.from(parent.children)) {
      if (sib === top) {
        result.push(sib);
        continue;
      }
      if (this.selfExcluded(sib)) continue;
      if (sib.localName === 'article' || sib.querySelector('h1, article')) continue;
      const m = mass(sib);
      if (!m) continue;
      const text = inlineText(sib);
      const ld = linkDensity(sib, text.length);
      if (m >= Math.max(60, topMass * 0.1) && ld < 0.33) {
        result.push(sib);
        continue;
      }
      if (sib.localName === 'p') {
        if ((text.length > 80 && ld < 0.25) || (text.length <= 80 && ld === 0 && /[.!?。]$/.test(text))) result.push(sib);
      }
    }
    // Bodies cut into chunks that share one class ("body__container") but sit in different wrappers.
    const cls = top.getAttribute('class');
    if (cls) {
      const scope = top.parentElement?.closest('article, main, [role="main"]') ?? null;
      if (scope) {
        for (const el of Array.from(scope.getElementsByTagName(top.localName))) {
          if (el === top || el.getAttribute('class') !== cls || result.some((r) => r.contains(el) || el.contains(r))) continue;
          if (el.localName === 'article' || el.querySelector('h1, article')) continue;
          if (this.excludedUpTo(el, scope) || !mass(el)) continue;
          result.push(el);
        }
      }
    }
    return result.length > 1 ? documentOrder(outermost(result)) : result;
  }

  /** The <article> element holding the h1 that matches the page title, if the page has several articles. */
  private headlineArticle(): Element | null {
    const title = this.opts.title ? normaliseSpace(this.opts.title).toLowerCase() : null;
    if (!title) return null;
    const articles = this.doc.querySelectorAll('article');
    if (articles.length < 2) return null;
    for (const h of Array.from(this.doc.querySelectorAll('h1'))) {
      const t = normaliseSpace(h.textContent ?? '').toLowerCase();
      if (t && (t === title || (t.length > 15 && title.includes(t)))) return h.closest('article');
    }
    return null;
  }

  /** The body blocks inside the given containers, in document order. */
  collect(containers: Element[]): BodyResult {
    const elements: Element[] = [];
    const texts: string[] = [];
    const title = this.opts.title ? normaliseSpace(this.opts.title).toLowerCase() : null;
    const emit = (el: Element) => {
      const text = inlineText(el);
      if (!text) return;
      if (BOILERPLATE_LINE.test(text)) return;
      // A block inside a link is a teaser for another page; a short line with a clock time is a timestamp.
      const link = el.closest('a');
      if (link && (link.textContent ?? '').length < 500) return;
      if (text.length < 40 && /\b\d{1,2}:\d{2}\b/.test(text) && text.split(/\s+/).length <= 5) return;
      const tag = el.localName;
      if (/^h[1-6]$/.test(tag) && title && text.toLowerCase() === title) return;
      if (text.length < 300 && linkDensity(el, text.length) > 0.8) return;
      elements.push(el);
      texts.push(text);
    };
    const walk = (el: Element) => {
      for (const child of Array.from(el.children)) {
        if (this.selfExcluded(child)) continue;
        const tag = child.localName;
        if (tag === 'p' || tag === 'pre' || /^h[2-6]$/.test(tag) || tag === 'dt' || tag === 'dd') {
          if (hasBlockChild(child) && tag !== 'pre') walk(child);
          else emit(child);
        } else if (tag === 'ul' || tag === 'ol') {
          const text = normaliseSpace(child.textContent ?? '');
          if (!text || linkDensity(child, text.length) > 0.5) continue;
          walk(child);
        } else if (tag === 'li' || tag === 'blockquote') {
          if (hasBlockChild(child)) walk(child);
          else emit(child);
        } else if (tag === 'br' || tag === 'hr' || tag === 'a' && !child.children.length && false) {
          continue;
        } else if (hasBlockChild(child)) {
          if (directTextLength(child) >= 100) emit(child);
          else walk(child);
        } else if (INLINE_TAGS.has(tag)) {
          // Inline content directly in a container is handled with its container below.
          continue;
        } else {
          emit(child);
        }
      }
    };
    for (const c of containers) {
      if (!hasBlockChild(c) || directTextLength(c) >= 200) emit(c);
      else walk(c);
    }
    const longParagraphs = texts.filter((t) => effectiveLength(t) >= 80).length;
    const text = texts.join('\n\n');
    return { elements, text, length: text.length, longParagraphs, containers };
  }
}

const INLINE_TAGS = new Set(['a', 'span', 'b', 'strong', 'i', 'em', 'u', 'small', 'sup', 'sub', 'font', 'abbr', 'cite', 'q', 'mark', 'time', 'code']);

function initialScore(el: Element): number {
  let s = 0;
  switch (el.localName) {
    case 'div': case 'article': case 'main': case 'section': s = 5; break;
    case 'pre': case 'td': case 'blockquote': s = 3; break;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': s = -3; break;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': s = -5; break;
  }
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  for (const a of [cls, id]) {
    if (!a) continue;
    if (WEIGHT_NEGATIVE.test(a)) s -= 25;
    if (WEIGHT_POSITIVE.test(a)) s += 25;
  }
  if (el.getAttribute('itemprop') === 'articleBody') s += 25;
  return s;
}

export function hasBlockChild(el: Element): boolean {
  for (const c of Array.from(el.children)) if (BLOCK_CHILD_TAGS.has(c.localName)) return true;
  return false;
}

function directTextLength(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += normaliseSpace(c.nodeValue ?? '').length;
    else if (c.nodeType === 1 && INLINE_TAGS.has((c as Element).localName)) n += normaliseSpace(c.textContent ?? '').length;
  }
  return n;
}

export function linkDensity(el: Element, textLength?: number): number {
  const total = textLength ?? normaliseSpace(el.textContent ?? '').length;
  if (!total) return 0;
  let links = 0;
  const own = el.localName === 'a' ? [el] : [];
  for (const a of [...own, ...Array.from(el.querySelectorAll('a'))]) {
    const href = a.getAttribute('href') ?? '';
    const coefficient = href.startsWith('#') ? 0.3 : 1;
    links += normaliseSpace(a.textContent ?? '').length * coefficient;
  }
  return links / total;
}

function documentOrder(els: Element[]): Element[] {
  // DOCUMENT_POSITION_FOLLOWING = 4
  return [...els].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** Drops elements that lie inside another element of the list. */
export function outermost(els: Element[]): Element[] {
  return els.filter((el) => !els.some((o) => o !== el && o.contains(el)));
}
