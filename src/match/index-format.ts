// How the name index is laid out in names.json, and how the linker reads it without splitting it
// all up front (making the linker ready is then a matter of milliseconds):
// - names: the keys, hashed into BUCKETS buckets; a bucket is "\nkey\tslot" lines; buckets are
//   joined by SEP. A lookup hashes the key and searches its bucket (about 40 keys).
// - per-entity text fields: entities in chunks of CHUNK, "\n"-joined inside a chunk, chunks joined
//   by SEP; a chunk is split the first time one of its entities is needed.
// Long strings rather than arrays, because the dataset writer stores long string fields as parts.

export const SEP = '\u0001';
export const CHUNK = 512;

/** FNV-1a over UTF-16 code units: the bucket of a key. */
export function bucketOf(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

/** Writes keys -> slot texts as bucketed text. Keys and slots must not contain "\n", "\t" or SEP. */
export function writeBuckets(slots: Map<string, string>, buckets: number): string {
  const lists: string[][] = Array.from({ length: buckets }, () => []);
  const keys = [...slots.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  for (const k of keys) lists[bucketOf(k, buckets)].push(`\n${k}\t${slots.get(k)}`);
  return lists.map((l) => l.join('')).join(SEP);
}

export function bucketReader(text: string, buckets: number): (key: string) => string | null {
  const parts = text.split(SEP);
  if (parts.length !== buckets) throw new Error(`name index: ${parts.length} buckets, expected ${buckets}`);
  return (key: string) => {
    const bucket = parts[bucketOf(key, buckets)];
    const at = bucket.indexOf(`\n${key}\t`);
    if (at < 0) return null;
    const from = at + key.length + 2;
    const end = bucket.indexOf('\n', from);
    return bucket.slice(from, end < 0 ? bucket.length : end);
  };
}

/** Per-entity text values as chunked text. */
export function writeChunks(values: string[]): string {
  const chunks: string[] = [];
  for (let k = 0; k < values.length; k += CHUNK) chunks.push(values.slice(k, k + CHUNK).join('\n'));
  return chunks.join(SEP);
}

export function chunkReader(text: string): (n: number) => string {
  let chunks: string[] | null = null;
  const split: Array<string[] | undefined> = [];
  return (n: number) => {
    chunks ??= text.split(SEP);
    const c = Math.floor(n / CHUNK);
    const list = (split[c] ??= (chunks[c] ?? '').split('\n'));
    return list[n % CHUNK] ?? '';
  };
}

/** Every value of a chunked field, in order. */
export function readAllChunks(text: string): string[] {
  return text ? text.split(SEP).flatMap((c) => c.split('\n')) : [];
}
