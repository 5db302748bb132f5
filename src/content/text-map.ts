// The article body as one string for the linker, with a map from string offsets back to the page's text nodes.
// Only what a reader reads as article text counts; nothing here changes the page.

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `text`. */
  start: number;
  /** The node's length when mapped: a page that changes the node afterwards is detected by comparing. */
  length: number;
  /** False inside links, buttons and the like: their text gives context but is not highlighted. */
  highlightable: boolean;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
  /** Hosts of links inside the body (cited sources). */
  linkHosts: string[];
}

/** Never read: not article text, or text whose markup a highlight would break. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE', 'KBD',
  'SAMP', 'VAR', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'FIGCAPTION', 'NAV', 'ASIDE',
  'HEADER', 'FOOTER', 'FORM', 'H1', 'LABEL', 'DIALOG', 'SC-MARK', 'SOURCE-CONTEXT-CARD',
]);
/** Read for context, not highlighted: highlighting inside a link would nest interactive elements. */
const NO_HIGHLIGHT = new Set(['A', 'SUMMARY', 'H2', 'H3', 'H4', 'H5', 'H6']);
const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'MAIN', 'TD', 'TH', 'TR', 'TABLE',
  'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'DETAILS', 'SUMMARY', 'HR', 'BR', 'ADDRESS',
]);

function tagOf(el: Element): string {
  // SVG and MathML elements report lower-case local names.
  return el.tagName.toUpperCase();
}

function isSkipped(el: Element): boolean {
  if (SKIP.has(tagOf(el))) return true;
  if (el.namespaceURI && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true;
  if ((el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') !== null) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  return role === 'navigation' || role === 'complementary' || role === 'textbox' || role === 'banner' || role === 'contentinfo';
}

export function buildTextMap(bodyElements: Element[]): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const linkHosts = new Set<string>();
  let length = 0;
  let pendingBreak = false;

  // An explicit stack rather than recursion: a hostile page may nest elements deeper than the call stack allows.
  const stack: Array<{ node: Node; highlightable: boolean; leaving: boolean }> = [];
  const walk = (root: Element): void => {
    stack.push({ node: root, highlightable: true, leaving: false });
    while (stack.length) {
      const { node, highlightable, leaving } = stack.pop()!;
      if (leaving) {
        pendingBreak = true;
        continue;
      }
      if (node.nodeType === 3) {
        const value = (node as Text).data;
        if (!value) continue;
        if (pendingBreak && length > 0) {
          parts.push('\n\n');
          length += 2;
        }
        pendingBreak = false;
        segments.push({ node: node as Text, start: length, length: value.length, highlightable });
        parts.push(value);
        length += value.length;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (isSkipped(el)) continue;
      const tag = tagOf(el);
      if (tag === 'A') {
        const href = el.getAttribute('href');
        if (href && /^https?:/i.test(href)) {
          try {
            linkHosts.add(new URL(href).hostname);
          } catch {
            // A malformed href names no host.
          }
        }
      }
      if (BLOCK.has(tag)) {
        pendingBreak = true;
        stack.push({ node: el, highlightable, leaving: true });
      }
      const inner = highlightable && !NO_HIGHLIGHT.has(tag);
      for (let child = el.lastChild; child; child = child.previousSibling) stack.push({ node: child, highlightable: inner, leaving: false });
    }
  };

  for (const el of bodyElements) {
    pendingBreak = true;
    walk(el);
  }
  return { text: parts.join(''), segments, linkHosts: [...linkHosts] };
}

/** The segment holding offset `at` (binary search; segments are in text order). */
export function segmentAt(segments: TextSegment[], at: number): TextSegment | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.start + s.length) lo = mid + 1;
    else return s;
  }
  return null;
}
