// @vitest-environment happy-dom
// The highlighter on random documents and random mentions: the text never changes, marks never nest or overlap,
// nothing is marked where it must not be, and unhighlighting gives back the very same text nodes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Mention } from '../shared/types.ts';
import { highlight, MARK_TAG, mentionsForMode, unhighlight } from './highlight.ts';
import { buildTextMap } from './text-map.ts';

const WORDS = ['Aleksandar Vulin', 'Vladimir Putin', 'RIA Novosti', 'Kazan', 'said', 'the', ' ', '. ', ', ', '\n', 'é', '😀', 'Вулин', '', 'BRICS'];
const INLINE = ['span', 'em', 'b', 'a', 'code', 'sup'];
const BLOCK = ['p', 'div', 'blockquote', 'li', 'h2'];
const OPAQUE = ['script', 'style', 'textarea', 'pre', 'button'];

type Tree = string | { tag: string; children: Tree[]; editable?: boolean };

const tree: fc.Arbitrary<Tree[]> = fc.letrec<{ node: Tree; nodes: Tree[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join('')),
    fc.record({ tag: fc.constantFrom(...INLINE, ...BLOCK, ...OPAQUE), children: tie('nodes'), editable: fc.boolean() }),
  ) as fc.Arbitrary<Tree>,
  nodes: fc.array(tie('node'), { maxLength: 5 }) as fc.Arbitrary<Tree[]>,
})).nodes;

function build(doc: Document, parent: Node, nodes: Tree[]): void {
  for (const n of nodes) {
    if (typeof n === 'string') {
      parent.appendChild(doc.createTextNode(n));
      continue;
    }
    const el = doc.createElement(n.tag);
    if (n.editable && n.tag === 'div') el.setAttribute('contenteditable', 'true');
    if (n.tag === 'a') el.setAttribute('href', 'https://example.com/x');
    // Opaque elements hold text only, as their parsers would have it.
    if (OPAQUE.includes(n.tag)) el.textContent = n.children.filter((c): c is string => typeof c === 'string').join('');
    else build(doc, el, n.children);
    parent.appendChild(el);
  }
}

/** Every node of the subtree with its text, so "the same DOM" means the same nodes holding the same text. */
function snapshot(root: Node): Array<[Node, string]> {
  const out: Array<[Node, string]> = [];
  const walk = (n: Node) => {
    out.push([n, n.nodeType === 3 ? (n as Text).data : (n as Element).localName]);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return out;
}

function mention(text: string, start: number, end: number, id: string): Mention {
  return { id, type: 'person', start, end, surface: text.slice(start, end) } as Mention;
}

describe('highlight (property)', () => {
  it('never changes the text, never nests or overlaps marks, and unhighlight restores the same nodes', async () => {
    await fc.assert(
      fc.asyncProperty(tree, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.constantFrom('Q1', 'Q2', 'Q3'), fc.boolean()), { maxLength: 25 }), async (nodes, picks) => {
        document.body.innerHTML = '';
        const article = document.createElement('article');
        build(document, article, nodes);
        document.body.appendChild(article);
        const before = snapshot(article);
        const text = article.textContent;
        const map = buildTextMap([article]);
        const mentions = picks.map(([at, len, id, garble]) => {
          const start = map.text.length ? at % map.text.length : 0;
          const m = mention(map.text, start, Math.min(map.text.length, start + len), id);
          // Some mentions claim a surface the text does not have there: they must be skipped.
          return garble ? { ...m, surface: `${m.surface}x` } : m;
        });
        const { marks } = await highlight(document, map, mentions, (mark, m) => (mark.dataset.scId = m.id), undefined, 0.01);

        expect(article.textContent).toBe(text);
        for (const mark of marks) {
          expect(mark.parentElement?.closest(MARK_TAG)).toBeNull();
          expect(mark.querySelector(MARK_TAG)).toBeNull();
          expect(mark.childNodes.length).toBe(1);
          expect(mark.closest('a, code, script, style, textarea, pre, button, [contenteditable], h2')).toBeNull();
          const claimed = mentions.filter((m) => m.id === mark.dataset.scId).map((m) => m.surface);
          expect(claimed).toContain(mark.textContent);
        }
        expect(article.querySelectorAll(MARK_TAG).length).toBe(marks.length);

        unhighlight(marks);
        expect(article.querySelectorAll(MARK_TAG).length).toBe(0);
        expect(snapshot(article)).toEqual(before);
      }),
      { numRuns: 250 },
    );
  });

  it('marks each mention that fits one highlightable text node, and skips a node the page changed meanwhile', async () => {
    document.body.innerHTML = '<article><p id="a">Deputy PM Aleksandar Vulin met Vladimir Putin.</p><p id="b">Vulin spoke to <a href="#">RIA Novosti</a> in Kazan.</p></article>';
    const article = document.querySelector('article')!;
    const map = buildTextMap([article]);
    const at = (s: string, from = 0) => map.text.indexOf(s, from);
    const mentions = [
      mention(map.text, at('Aleksandar Vulin'), at('Aleksandar Vulin') + 16, 'Q1'),
      mention(map.text, at('Vladimir Putin'), at('Vladimir Putin') + 14, 'Q2'),
      mention(map.text, at('RIA Novosti'), at('RIA Novosti') + 11, 'Q3'),
      mention(map.text, at('Kazan'), at('Kazan') + 5, 'Q4'),
    ];
    document.querySelector('#b')!.lastChild!.textContent = ' in Kazan, Russia.'; // the page edits that node before we mark it
    const { marks, skipped } = await highlight(document, map, mentions, (mark, m) => (mark.dataset.scId = m.id));
    expect(marks.map((m) => m.textContent)).toEqual(['Vladimir Putin', 'Aleksandar Vulin']);
    expect(skipped).toBe(2); // inside a link, and in the changed node
  });

  it('stops between chunks when cancelled', async () => {
    document.body.innerHTML = `<article>${Array.from({ length: 50 }, () => '<p>Vladimir Putin</p>').join('')}</article>`;
    const map = buildTextMap([document.querySelector('article')!]);
    const mentions = map.segments.map((s, i) => mention(map.text, s.start, s.start + 14, `Q${i}`));
    let chunks = 0;
    const { marks } = await highlight(document, map, mentions, () => undefined, () => chunks++, 0, () => chunks >= 3);
    expect(marks.length).toBeLessThan(50);
    expect(marks.length).toBeGreaterThan(0);
  });
});

describe('mentionsForMode', () => {
  const ms = ['Q1', 'Q2', 'Q1', 'Q3', 'Q2'].map((id, i) => ({ id, start: i * 10, end: i * 10 + 3 }) as Mention);
  it('off and popup highlight nothing; first keeps the first of each entity; all keeps every one', () => {
    expect(mentionsForMode(ms, 'off')).toEqual([]);
    expect(mentionsForMode(ms, 'popup')).toEqual([]);
    expect(mentionsForMode(ms, 'first').map((m) => m.start)).toEqual([0, 10, 30]);
    expect(mentionsForMode(ms, 'all')).toEqual(ms);
  });
});
