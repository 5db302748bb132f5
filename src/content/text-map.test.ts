// @vitest-environment happy-dom
// The body text the linker sees, and the map back to the page's text nodes.
import { describe, expect, it } from 'vitest';
import { buildTextMap, segmentAt } from './text-map.ts';

describe('buildTextMap', () => {
  it('reads article text only, separates blocks, keeps links for context but not for highlighting', () => {
    document.body.innerHTML = `<article>
      <p>Vulin told <a href="https://ria.ru/x">RIA Novosti</a> so.</p>
      <script>var s = "Putin";</script><style>.x{}</style><textarea>Putin</textarea>
      <div contenteditable="true">Putin edits</div><div role="textbox">Putin types</div>
      <svg><text>Putin</text></svg><pre>Putin code</pre><p hidden>Putin hidden</p>
      <p>In <b>Kazan</b>.</p></article>`;
    const map = buildTextMap([document.querySelector('article')!]);
    expect(map.text.replace(/\s+/g, ' ').trim()).toBe('Vulin told RIA Novosti so. In Kazan.');
    expect(map.text).toContain('so.\n\n');
    expect(map.linkHosts).toEqual(['ria.ru']);
    const ria = segmentAt(map.segments, map.text.indexOf('RIA'))!;
    expect(ria.highlightable).toBe(false);
    expect(ria.node.data).toBe('RIA Novosti');
    const kazan = segmentAt(map.segments, map.text.indexOf('Kazan'))!;
    expect(kazan.highlightable).toBe(true);
    expect(map.text.slice(kazan.start, kazan.start + kazan.length)).toBe(kazan.node.data);
  });

  it('maps every offset of every segment back to its node', () => {
    document.body.innerHTML = '<article><p>a<em>b</em>c</p><p>d</p></article>';
    const map = buildTextMap([document.querySelector('article')!]);
    for (const s of map.segments) for (let i = 0; i < s.length; i++) expect(segmentAt(map.segments, s.start + i)).toBe(s);
    expect(segmentAt(map.segments, map.text.indexOf('\n'))).toBeNull();
  });
});
