// Small DOM text helpers shared by the detector and the evaluation (no browser APIs).

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'TD', 'TH', 'UL',
]);
const SKIP_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);

/** The page's <body>. A parser that meets stray markup before it (linkedom on some saved pages) may open an empty
 * <body> and put the page in a second one: then the fullest <body>, else the root element. */
export function pageBody(doc: Document): Element | null {
  const body = doc.body;
  if (body && body.firstElementChild) return body;
  let best: Element | null = null;
  let most = 0;
  for (const b of Array.from(doc.querySelectorAll('body'))) {
    const n = b.childElementCount;
    if (n > most) [best, most] = [b, n];
  }
  return best ?? body ?? doc.documentElement;
}

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function normaliseSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

/** Inline text of an element: whitespace collapsed, `<br>` kept as a line break, scripts and styles skipped. */
export function inlineText(el: Element): string {
  // Fast path: most paragraphs hold neither scripts nor line breaks.
  if (!el.querySelector('script,style,br,noscript,template')) return normaliseSpace(el.textContent ?? '');
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        if (SKIP_TEXT_TAGS.has(tag)) continue;
        if (tag === 'BR') parts.push('\n');
        else walk(c);
      }
    }
  };
  walk(el);
  return parts
    .join('')
    .split('\n')
    .map(normaliseSpace)
    .filter(Boolean)
    .join('\n');
}

/** Text of a subtree with block elements on lines of their own, paragraphs separated by blank lines. */
export function blockText(root: Node): string {
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const t = normaliseSpace(current.join(''));
    if (t) blocks.push(t);
    current = [];
  };
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) current.push(c.nodeValue ?? '');
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (SKIP_TEXT_TAGS.has(tag)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) flush();
        walk(c);
        if (block) flush();
        else current.push('');
      }
    }
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}
