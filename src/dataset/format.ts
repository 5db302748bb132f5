// The built dataset's file layout, shared by the build (writer) and the store (reader). Pure: no Node or browser APIs.
import * as z from 'zod/mini';
import { Source } from './schema.ts';

export const FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const NAMES_FILE = 'names.json';
export const DOMAINS_FILE = 'domains.json';
export const SEARCH_FILE = 'search.json';
export const shardFile = (n: number) => `shards/${n}.json`;

/**
 * The name index is a few very long strings. Each string field longer than this many characters is stored in
 * plain-text part files beside `names.json` (which keeps the short fields and the list of parts): a text file needs
 * no JSON unescaping to load, and no file grows past the 5 MB that Mozilla's add-on linter will parse.
 */
export const NAME_PART_CHARS = 1_000_000;
export const PARTS_KEY = '$parts';
export const namePartFile = (field: string, n: number) => `names/${field}.${n}.txt`;

/** Splits `text` into chunks of at most `limit` characters, preferring line ends and never splitting a surrogate pair. */
export function chunkText(text: string, limit = NAME_PART_CHARS): string[] {
  const chunks: string[] = [];
  let at = 0;
  while (text.length - at > limit) {
    let end = text.lastIndexOf('\n', at + limit - 1) + 1;
    if (end <= at) {
      end = at + limit;
      const code = text.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end--;
    }
    chunks.push(text.slice(at, end));
    at = end;
  }
  chunks.push(text.slice(at));
  return chunks;
}

/** The name index as written: short fields inline, long string fields replaced by the list of their part files. */
export function splitNameIndex(index: object): { head: Record<string, unknown>; parts: Record<string, string> } {
  const head: Record<string, unknown> = {};
  const parts: Record<string, string> = {};
  const listing: Record<string, string[]> = {};
  for (const [field, value] of Object.entries(index)) {
    if (typeof value === 'string' && value.length > NAME_PART_CHARS / 4) {
      listing[field] = chunkText(value).map((chunk, n) => {
        const file = namePartFile(field, n);
        parts[file] = chunk;
        return file;
      });
    } else head[field] = value;
  }
  head[PARTS_KEY] = listing;
  return { head, parts };
}

export const NamePartsListing = z.record(z.string(), z.array(z.string()));

/** FNV-1a 32-bit: the shard of an id is derivable from the id alone. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shardOf(id: string, shards: number): number {
  return fnv1a(id) % shards;
}

export const Manifest = z.object({
  format: z.literal(FORMAT_VERSION),
  version: z.string(),
  builtAt: z.string(),
  sources: z.array(Source),
  counts: z.object({
    entities: z.number(),
    byType: z.record(z.string(), z.number()),
    bySource: z.record(z.string(), z.number()),
    facts: z.number(),
    factsWithoutSource: z.number(),
  }),
  shards: z.number().check(z.int(), z.positive()),
  /** sha-256 (hex) of every file of the dataset but the manifest, by path relative to the dataset root. */
  files: z.record(z.string(), z.string().check(z.regex(/^[0-9a-f]{64}$/))),
});
export type Manifest = z.infer<typeof Manifest>;

/** Lazy-loaded search list for the popup: per entity [id, type, name, ...aliases]. */
export const SearchList = z.array(z.array(z.string()));

export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
