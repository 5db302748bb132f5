// Mozilla Readability as a second opinion, run only where the detector's own reading is unsure. It works on a
// clone: parse() rewrites the document it is given, and the live page belongs to its reader.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { blockText } from './text.ts';

export { isProbablyReaderable };

export interface ReadabilityResult {
  title: string | null;
  /** The article's plain text, paragraphs separated by blank lines. */
  text: string;
}

/** Readability's parse() on a clone of the document; null when it finds nothing or fails. */
export function readabilityOnClone(doc: Document): ReadabilityResult | null {
  try {
    const clone = doc.cloneNode(true) as Document;
    const r = new Readability<Element>(clone, { serializer: (n) => n as Element }).parse();
    if (!r) return null;
    return { title: r.title ? r.title.replace(/\s+/g, ' ').trim() || null : null, text: r.content ? blockText(r.content) : '' };
  } catch {
    return null;
  }
}
