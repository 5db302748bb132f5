import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chunkText, NAME_PART_CHARS, PARTS_KEY, splitNameIndex } from './format.ts';

describe('name index parts', () => {
  it('chunks rejoin to the original text, each within the limit, never splitting a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 2, max: 50 }), (text, limit) => {
        const chunks = chunkText(text, limit);
        expect(chunks.join('')).toBe(text);
        for (const c of chunks) {
          expect(c.length).toBeLessThanOrEqual(limit);
          expect(/^[\uDC00-\uDFFF]/.test(c)).toBe(false);
        }
      }),
    );
  });

  it('prefers line ends', () => {
    expect(chunkText('aaa\nbbb\nccc', 9)).toEqual(['aaa\nbbb\n', 'ccc']);
  });

  it('keeps short fields inline and lists the parts of long ones', () => {
    const long = 'x\n'.repeat(NAME_PART_CHARS);
    const { head, parts } = splitNameIndex({ version: 1, count: 3, ids: 'a\nb\nc', slots: long });
    expect(head).toMatchObject({ version: 1, count: 3, ids: 'a\nb\nc' });
    const files = (head[PARTS_KEY] as Record<string, string[]>).slots;
    expect(files.length).toBe(2);
    expect(files.map((f) => parts[f]).join('')).toBe(long);
  });
});
