// The built dataset's file layout, shared by the build (writer) and the store (reader). Pure: no Node or browser APIs.
import * as z from 'zod/mini';
import { Source } from './schema.ts';

export const FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const NAMES_FILE = 'names.json';
export const DOMAINS_FILE = 'domains.json';
export const SEARCH_FILE = 'search.json';
export const shardFile = (n: number) => `shards/${n}.json`;

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
