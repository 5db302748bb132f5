import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readabilityOnClone } from './readability.ts';

const para = 'The harbour ferry carried its first passengers across the bay this morning after a winter of repairs to its hull.';

describe('readabilityOnClone', () => {
  it('reads the article from a clone and leaves the live document as it was', () => {
    const html = `<!doctype html><html><head><title>Ferry back in service</title></head><body><nav><a href="/">Home</a></nav>
      <div id="story">${Array.from({ length: 6 }, (_, i) => `<p>${para} (${i})</p>`).join('')}</div>
      <div class="comments"><p>First!</p></div></body></html>`;
    const doc = parseHTML(html).document as unknown as Document;
    const before = doc.documentElement.outerHTML;
    const r = readabilityOnClone(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(r?.title).toBe('Ferry back in service');
    expect(r?.text.split('\n\n')).toHaveLength(6);
    expect(r?.text).toContain(`${para} (5)`);
  });

  it('returns null when there is nothing to read', () => {
    const doc = parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
    expect(readabilityOnClone(doc)).toBeNull();
  });
});
