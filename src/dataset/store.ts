// Read access to the built dataset for the worker (reader over fetch) and the command line (reader over fs).
// Pure: no browser or Node APIs beyond crypto.subtle, which both provide. Loads the manifest and the name index
// at open, an entity shard on demand (cached), and checks each file against the manifest's sha-256.
import { Entity, type Source } from './schema.ts';
import { DOMAINS_FILE, MANIFEST_FILE, Manifest, NAMES_FILE, NamePartsListing, PARTS_KEY, SEARCH_FILE, SearchList, shardFile, shardOf, sha256Hex } from './format.ts';
import { normalizeHost, registrableDomain } from './hosts.ts';
import * as z from 'zod/mini';

export interface DatasetReader {
  /** Reads a file of the dataset; `path` is relative to the dataset root. */
  readText(path: string): Promise<string>;
}

/** A dataset file that cannot be read, is not what the manifest says, or holds a record failing the schema. */
export class DatasetError extends Error {
  /** The file concerned, relative to the dataset root ('' when not about one file). */
  readonly file: string;
  constructor(file: string, message?: string) {
    super(message === undefined ? file : `dataset file ${file}: ${message}`);
    this.file = message === undefined ? '' : file;
    this.name = 'DatasetError';
  }
}

// The name index is the matcher's (src/match); its exact shape is the matcher's business, so the store only
// checks that the file is what the manifest says it is.
export type { NameIndex } from '../match/index.ts';
import type { NameIndex } from '../match/index.ts';

const DomainIndex = z.record(z.string(), z.string());
const Shard = z.record(z.string(), z.unknown());

/** Lower case, no diacritics, punctuation as spaces: how search compares names. */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export class Dataset {
  private shardCache = new Map<number, Promise<Map<string, unknown>>>();
  private entityCache = new Map<string, Entity>();
  private searchCache: Promise<string[][]> | null = null;
  private foldedCache: Promise<SearchRow[]> | null = null;
  private sourceMap: Map<string, Source>;

  private constructor(
    private readonly reader: DatasetReader,
    readonly manifest: Manifest,
    readonly nameIndex: NameIndex,
    private readonly domains: Record<string, string>,
  ) {
    this.sourceMap = new Map(manifest.sources.map((s) => [s.id, s]));
  }

  static async open(reader: DatasetReader): Promise<Dataset> {
    const manifestText = await read(reader, MANIFEST_FILE);
    const manifest = parseJson(MANIFEST_FILE, manifestText, Manifest);
    const head = parseJson(NAMES_FILE, await readChecked(reader, manifest, NAMES_FILE), z.record(z.string(), z.unknown()));
    const listing = NamePartsListing.safeParse(head[PARTS_KEY] ?? {});
    if (!listing.success) throw new DatasetError(NAMES_FILE, `unexpected content at ${PARTS_KEY}`);
    delete head[PARTS_KEY];
    // Long fields come from their part files, read in parallel and each checked against the manifest.
    await Promise.all(
      Object.entries(listing.data).map(async ([field, files]) => {
        head[field] = (await Promise.all(files.map((file) => readChecked(reader, manifest, file)))).join('');
      }),
    );
    // Every file's hash was checked; the index's shape is the matcher's to interpret.
    const nameIndex = head as unknown as NameIndex;
    const domains = parseJson(DOMAINS_FILE, await readChecked(reader, manifest, DOMAINS_FILE), DomainIndex);
    return new Dataset(reader, manifest, nameIndex, domains);
  }

  sourcesById(): Map<string, Source> {
    return new Map(this.sourceMap);
  }

  async getEntity(id: string): Promise<Entity | null> {
    const cached = this.entityCache.get(id);
    if (cached) return cached;
    const n = shardOf(id, this.manifest.shards);
    const shard = await this.loadShard(n);
    const raw = shard.get(id);
    if (raw === undefined) return null;
    const parsed = Entity.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DatasetError(shardFile(n), `record ${id} fails the schema at ${issue.path.join('.')}: ${issue.message}`);
    }
    if (parsed.data.id !== id) throw new DatasetError(shardFile(n), `record under key ${id} has id ${parsed.data.id}`);
    this.entityCache.set(id, parsed.data);
    return parsed.data;
  }

  async getEntities(ids: string[]): Promise<Map<string, Entity>> {
    const out = new Map<string, Entity>();
    const found = await Promise.all(ids.map((id) => this.getEntity(id)));
    ids.forEach((id, i) => {
      const e = found[i];
      if (e) out.set(id, e);
    });
    return out;
  }

  /** The outlet whose domain this host is or belongs to: edition.cnn.com -> the cnn.com outlet. */
  outletForHost(host: string): string | null {
    let h = normalizeHost(host);
    if (!h) return null;
    const base = registrableDomain(h);
    // Longest match first: a subdomain listed on its own (e.g. a language edition) wins over its parent.
    while (h) {
      if (this.domains[h]) return this.domains[h];
      if (h === base) break;
      const dot = h.indexOf('.');
      if (dot < 0) break;
      h = h.slice(dot + 1);
    }
    if (base && this.domains[base]) return this.domains[base];
    return null;
  }

  /** Name and alias search, case- and diacritics-insensitive: exact names first, then prefixes, then word matches. */
  async search(query: string, limit = 10): Promise<Entity[]> {
    const q = foldForSearch(query);
    if (!q) return [];
    if (/^q\d+$/.test(q)) {
      const e = await this.getEntity(q.toUpperCase());
      return e ? [e] : [];
    }
    const rows = await this.foldedRows();
    const scored: Array<{ id: string; score: number }> = [];
    for (const row of rows) {
      let best = 0;
      for (let i = 0; i < row.names.length; i++) {
        const n = row.names[i];
        let s = 0;
        if (n === q) s = i === 0 ? 100 : 90;
        else if (n.startsWith(q)) s = i === 0 ? 60 : 50;
        else if (n.includes(' ' + q)) s = i === 0 ? 40 : 30;
        if (s > best) best = s;
      }
      // How well the name matches counts most; among similar matches the better-known entity comes first.
      if (best) scored.push({ id: row.id, score: best + (TYPE_BONUS[row.type] ?? 0) + row.prominence / 5 });
    }
    scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    const ids = scored.slice(0, limit).map((s) => s.id);
    const found = await this.getEntities(ids);
    return ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
  }

  /** Every entity id in the dataset (from the search list, which has one row per entity). */
  async allIds(): Promise<string[]> {
    return (await this.searchList()).map((row) => row[0]);
  }

  /** The search list with every name folded once, on the first search. */
  private foldedRows(): Promise<SearchRow[]> {
    this.foldedCache ??= this.searchList().then((list) =>
      list.map((row) => ({ id: row[0], type: row[1], prominence: Number(row[2]) || 0, names: row.slice(3).map(foldForSearch) })),
    );
    return this.foldedCache;
  }

  private searchList(): Promise<string[][]> {
    this.searchCache ??= readChecked(this.reader, this.manifest, SEARCH_FILE).then((t) => parseJson(SEARCH_FILE, t, SearchList));
    return this.searchCache;
  }

  private loadShard(n: number): Promise<Map<string, unknown>> {
    let p = this.shardCache.get(n);
    if (!p) {
      const file = shardFile(n);
      p = readChecked(this.reader, this.manifest, file).then((t) => new Map(Object.entries(parseJson(file, t, Shard))));
      // A failed load is not cached: the next call retries and reports again.
      p.catch(() => this.shardCache.delete(n));
      this.shardCache.set(n, p);
    }
    return p;
  }
}

interface SearchRow {
  id: string;
  type: string;
  /** 0–100. */
  prominence: number;
  /** Folded name first, then folded aliases. */
  names: string[];
}

const TYPE_BONUS: Record<string, number> = { country: 5, outlet: 4, organization: 3, person: 2, place: 1 };


async function read(reader: DatasetReader, file: string): Promise<string> {
  try {
    return await reader.readText(file);
  } catch (e) {
    throw new DatasetError(file, `cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
}

async function readChecked(reader: DatasetReader, manifest: Manifest, file: string): Promise<string> {
  const text = await read(reader, file);
  const expected = manifest.files[file];
  if (!expected) throw new DatasetError(file, 'is not listed in the manifest');
  const actual = await sha256Hex(text);
  if (actual !== expected) throw new DatasetError(file, `checksum mismatch (the file was changed or corrupted): expected sha-256 ${expected.slice(0, 12)}…, got ${actual.slice(0, 12)}…`);
  return text;
}

function parseJson<T>(file: string, text: string, schema: z.ZodMiniType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new DatasetError(file, `is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new DatasetError(file, `unexpected content at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}
