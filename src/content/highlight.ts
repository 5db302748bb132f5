// Wraps linked names in <sc-mark> elements. The page's text stays the same character for character, and the
// marks add colour only (no padding, border or font change), so nothing moves.
import type { HighlightMode, Mention } from '../shared/types.ts';
import { segmentAt, type TextMap, type TextSegment } from './text-map.ts';

export const MARK_TAG = 'sc-mark';

/** Which mentions a mode highlights: the first of each entity, every one, or none. */
export function mentionsForMode(mentions: Mention[], mode: HighlightMode): Mention[] {
  if (mode === 'off' || mode === 'popup') return [];
  if (mode === 'all') return mentions;
  const seen = new Set<string>();
  return mentions.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
}

/**
 * The mark's whole look, each property !important so a page's own rules (`* { padding: 1em }`, `* { all: unset }`)
 * cannot give it a box or move the text. Not `all: unset`: Chrome writes that out as every CSS property, some 10 KB
 * of style attribute per mark.
 */
const MARK_STYLE: Array<[string, string]> = [
  ['display', 'inline'],
  ['position', 'static'],
  ['float', 'none'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', 'none'],
  ['outline', 'none'],
  ['width', 'auto'],
  ['height', 'auto'],
  ['vertical-align', 'baseline'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['opacity', '1'],
  ['visibility', 'inherit'],
  ['color', 'inherit'],
  ['font', 'inherit'],
  ['line-height', 'inherit'],
  ['letter-spacing', 'inherit'],
  ['word-spacing', 'inherit'],
  ['text-transform', 'inherit'],
  ['white-space', 'inherit'],
  ['background-color', 'rgba(255, 196, 0, 0.28)'],
  ['background-image', 'none'],
  ['box-shadow', 'inset 0 -2px 0 rgba(196, 140, 0, 0.75)'],
  ['border-radius', '2px'],
  ['cursor', 'help'],
  ['transition', 'none'],
  ['animation', 'none'],
];
const FOCUS_STYLE: Array<[string, string]> = [['outline', '2px solid #3b4a6b'], ['outline-offset', '1px']];

export function styleMark(mark: HTMLElement, focused = false): void {
  for (const [prop, value] of MARK_STYLE) mark.style.setProperty(prop, value, 'important');
  if (focused) for (const [prop, value] of FOCUS_STYLE) mark.style.setProperty(prop, value, 'important');
}

/** Yields to the page between chunks, until after the next frame where there is one, so the browser lays out what
 *  one chunk changed before the next chunk runs: neither script nor layout makes a long task on a long article. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    // Hidden tabs get no frames: the timeout keeps the work going there.
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, 50);
  });

/** Marks per chunk: each one re-lays out its line, so a chunk's layout cost stays small too. */
const MARKS_PER_CHUNK = 60;

export interface HighlightResult {
  marks: HTMLElement[];
  skipped: number;
}

/**
 * Wraps each mention that lies inside one highlightable text node which still holds the text it held when mapped.
 * Mentions are processed from the end of each node so earlier offsets in the same node stay valid.
 */
export async function highlight(
  doc: Document,
  map: TextMap,
  mentions: Mention[],
  decorate: (mark: HTMLElement, mention: Mention) => void,
  afterChunk: () => void = () => undefined,
  sliceMs = 6,
  cancelled: () => boolean = () => false,
): Promise<HighlightResult> {
  const byNode = new Map<Text, { segment: TextSegment; list: Array<{ mention: Mention; from: number; to: number }> }>();
  let skipped = 0;
  for (const mention of mentions) {
    const segment = segmentAt(map.segments, mention.start);
    if (!segment || !segment.highlightable || mention.end > segment.start + segment.length) {
      skipped++;
      continue;
    }
    const entry = byNode.get(segment.node) ?? { segment, list: [] };
    entry.list.push({ mention, from: mention.start - segment.start, to: mention.end - segment.start });
    byNode.set(segment.node, entry);
  }

  const marks: HTMLElement[] = [];
  let sliceStart = performance.now();
  let chunkMarks = 0;
  let stop = false;
  // The budget is checked after every mark, not every node: one long paragraph with many names is split too.
  const yieldIfDue = async (): Promise<void> => {
    if (performance.now() - sliceStart <= sliceMs && chunkMarks < MARKS_PER_CHUNK) return;
    afterChunk();
    await nextTask();
    if (cancelled()) stop = true;
    sliceStart = performance.now();
    chunkMarks = 0;
  };
  for (const [node, { segment, list }] of byNode) {
    if (stop) break;
    if (!node.parentNode || node.data.length !== segment.length) {
      skipped += list.length; // the page changed this text since it was read
      continue;
    }
    list.sort((a, b) => b.from - a.from || b.to - a.to);
    // Marks never overlap or nest: a mention reaching into one already wrapped is left out.
    let limit = node.data.length;
    for (let k = 0; k < list.length; k++) {
      const { mention, from, to } = list[k];
      // After a pause the page may have moved or rewritten the node: the rest of its mentions are checked again.
      if (!node.parentNode || to <= from || to > limit || node.data.length !== limit || node.data.slice(from, to) !== mention.surface) {
        skipped++;
        continue;
      }
      const middle = node.splitText(from);
      splitOff.add(middle);
      splitOff.add(middle.splitText(to - from));
      const mark = doc.createElement(MARK_TAG);
      styleMark(mark);
      middle.parentNode!.replaceChild(mark, middle);
      mark.appendChild(middle);
      decorate(mark, mention);
      marks.push(mark);
      chunkMarks++;
      limit = from;
      await yieldIfDue();
      if (stop) {
        skipped += list.length - k - 1;
        break;
      }
    }
  }
  afterChunk();
  return { marks, skipped };
}

/** Text nodes this module split off a page's text node: unhighlighting joins them back into it. */
const splitOff = new WeakSet<Text>();

/**
 * Puts the page back as it was: each mark's text returns to where the mark stood and is joined back into the text
 * node it was split from, so the page's own text nodes are the same objects holding the same text as before.
 */
export function unhighlight(marks: Iterable<HTMLElement>): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    const before = mark.previousSibling;
    const after = mark.nextSibling;
    const inner = mark.childNodes.length === 1 ? mark.firstChild : null;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    let joined: Node | null = inner;
    if (joined && isText(joined) && splitOff.has(joined) && before && isText(before)) {
      before.appendData(joined.data);
      parent.removeChild(joined);
      joined = before;
    }
    if (joined && isText(joined) && after && isText(after) && splitOff.has(after)) {
      joined.appendData(after.data);
      parent.removeChild(after);
    }
  }
}

function isText(node: Node): node is Text {
  return node.nodeType === 3;
}
