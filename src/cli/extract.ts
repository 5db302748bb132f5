// `source-context extract`: runs the content script's article detection on saved pages.
// Input on stdin, one page a line: `<path to .html or .html.gz>\t<url or empty>`.
// Output on stdout, one JSON line per page, in order: {path, isArticle, title, byline, datePublished, bodyText},
// or {path, error} for a page that could not be read; the run goes on.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createInterface } from 'node:readline';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../detect/index.ts';

/** Decodes page bytes using the charset the page declares (BOM, then <meta>), UTF-8 otherwise. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // Bytes that are valid UTF-8 are UTF-8, whatever the page declares: saved pages are often re-encoded to UTF-8
  // with their old <meta charset> left in place. Otherwise the declared charset applies.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    /* not UTF-8 */
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16384));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const label = m ? m[1].toLowerCase() : 'windows-1252';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads a saved page (.html or .html.gz) into a string; throws an Error with a clear message on bad input. */
export function readPageFile(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new Error(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (path.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b)) {
    try {
      bytes = gunzipSync(bytes);
    } catch (e) {
      throw new Error(`broken gzip in ${path}: ${(e as Error).message}`);
    }
  }
  const html = decodeHtml(bytes);
  if (!/<[a-z!]/i.test(html.slice(0, 65536))) throw new Error(`not HTML: ${path}`);
  if (html.slice(0, 4096).includes('\u0000')) throw new Error(`not HTML (binary content): ${path}`);
  return html;
}

/** Parses page HTML into a Document (linkedom: light enough for hundreds of pages in one process). */
export function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  return document as unknown as Document;
}

export interface ExtractLine {
  path: string;
  isArticle?: boolean;
  title?: string | null;
  byline?: string | null;
  datePublished?: string | null;
  bodyText?: string;
  error?: string;
}

export function extractPage(path: string, url: string): ExtractLine {
  try {
    const doc = parseDocument(readPageFile(path));
    if (!doc.documentElement) throw new Error(`no document element in ${path}`);
    const d = detectArticle(doc, url);
    return {
      path,
      isArticle: d.info.isArticle,
      title: d.info.title,
      byline: d.info.byline,
      datePublished: d.info.datePublished,
      bodyText: d.bodyText,
    };
  } catch (e) {
    return { path, error: (e as Error).message };
  }
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(
      'usage: source-context extract < pages.tsv\n' +
        '  reads lines "<path to .html or .html.gz>\\t<url or empty>" on stdin and writes one JSON line per page:\n' +
        '  {"path","isArticle","title","byline","datePublished","bodyText"} or {"path","error"}\n',
    );
    return 0;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let failures = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    const tab = line.indexOf('\t');
    const path = (tab >= 0 ? line.slice(0, tab) : line).trim();
    const url = tab >= 0 ? line.slice(tab + 1).trim() : '';
    const out = extractPage(path, url);
    if (out.error) failures++;
    const ok = process.stdout.write(JSON.stringify(out) + '\n');
    if (!ok) await new Promise((r) => process.stdout.once('drain', r));
  }
  if (failures) process.stderr.write(`extract: ${failures} page(s) could not be read\n`);
  return 0;
}
