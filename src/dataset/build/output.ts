// Writes the built dataset: manifest (with a sha-256 per file), name index, domain index, search list, shards.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, Source } from '../schema.ts';
import { DOMAINS_FILE, FORMAT_VERSION, MANIFEST_FILE, NAMES_FILE, SEARCH_FILE, shardFile, shardOf, sha256Hex, splitNameIndex, type Manifest } from '../format.ts';
import { normalizeHost } from '../hosts.ts';
import { prominenceOf } from '../../match/build-index.ts';

export interface Counts {
  entities: number;
  byType: Record<string, number>;
  bySource: Record<string, number>;
  facts: number;
  factsWithoutSource: number;
}

/** Counts fact-bearing objects (anything with a cite, or that should have one) per source. */
export function countFacts(entities: Entity[]): Counts {
  const byType: Record<string, number> = {};
  const bySource: Record<string, number> = {};
  let facts = 0;
  let factsWithoutSource = 0;
  const factLists = (e: Entity) => [
    e.description ? [e.description] : [],
    e.born ? [e.born] : [],
    e.parties ?? [],
    e.offices ?? [],
    e.designations ?? [],
    e.sanctions ?? [],
    e.facts ?? [],
    [e.outlet?.owner, e.outlet?.parent, e.outlet?.state, e.outlet?.reliability].filter((x) => x !== undefined),
  ];
  for (const e of entities) {
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    const srcs = new Set<string>();
    for (const list of factLists(e)) {
      for (const f of list as Array<{ cite?: { src?: string } }>) {
        facts++;
        if (!f.cite?.src) factsWithoutSource++;
        else srcs.add(f.cite.src);
      }
    }
    for (const s of srcs) bySource[s] = (bySource[s] ?? 0) + 1;
  }
  return { entities: entities.length, byType, bySource, facts, factsWithoutSource };
}

export function domainIndex(entities: Entity[]): Record<string, string> {
  const out: Record<string, string> = {};
  // Higher prominence first, so a shared domain goes to the main outlet.
  const outlets = entities.filter((e) => e.outlet?.domains.length).sort((a, b) => (b.prominence ?? 0) - (a.prominence ?? 0));
  for (const e of outlets) {
    for (const d of e.outlet!.domains) {
      const h = normalizeHost(d);
      if (h && !(h in out)) out[h] = e.id;
    }
  }
  return out;
}

/** Per entity: id, type, prominence (0–100, the matcher's estimate, to rank equally good matches), name, aliases. */
export function searchList(entities: Entity[]): string[][] {
  return entities.map((e) => [e.id, e.type, String(Math.round(prominenceOf(e) * 100)), e.name, ...e.aliases.slice(0, 8)]);
}

export async function writeDataset(
  outDir: string,
  entities: Entity[],
  sources: Source[],
  names: object,
  opts: { shardTarget?: number; builtAt?: string } = {},
): Promise<Manifest> {
  // Written beside the target and swapped in at the end, so a reader never sees a half-written dataset.
  const finalDir = outDir;
  outDir = `${finalDir}.tmp-${process.pid}`;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'shards'), { recursive: true });
  const files: Record<string, string> = {};
  const put = async (rel: string, text: string) => {
    writeFileSync(join(outDir, rel), text);
    files[rel] = await sha256Hex(text);
  };
  const shards = Math.max(1, Math.ceil(entities.length / (opts.shardTarget ?? 250)));
  const buckets: Array<Record<string, Entity>> = Array.from({ length: shards }, () => ({}));
  for (const e of entities) buckets[shardOf(e.id, shards)][e.id] = e;
  for (let i = 0; i < shards; i++) await put(shardFile(i), JSON.stringify(buckets[i]));
  const { head, parts } = splitNameIndex(names);
  mkdirSync(join(outDir, 'names'), { recursive: true });
  for (const [file, text] of Object.entries(parts)) await put(file, text);
  await put(NAMES_FILE, JSON.stringify(head));
  await put(DOMAINS_FILE, JSON.stringify(domainIndex(entities)));
  await put(SEARCH_FILE, JSON.stringify(searchList(entities)));
  const counts = countFacts(entities);
  const version = (await sha256Hex(Object.keys(files).sort().map((k) => `${k}:${files[k]}`).join('\n'))).slice(0, 12);
  const manifest: Manifest = {
    format: FORMAT_VERSION,
    version,
    builtAt: opts.builtAt ?? new Date().toISOString(),
    sources,
    counts,
    shards,
    files,
  };
  writeFileSync(join(outDir, MANIFEST_FILE), JSON.stringify(manifest, null, 1));
  const old = `${finalDir}.old-${process.pid}`;
  // Another build may swap its own result in at the same moment: move whatever is there aside and retry.
  for (let attempt = 1; ; attempt++) {
    rmSync(old, { recursive: true, force: true });
    try {
      renameSync(finalDir, old);
    } catch {
      // no previous build
    }
    try {
      renameSync(outDir, finalDir);
      break;
    } catch (e) {
      if (attempt >= 5) throw e;
    }
  }
  rmSync(old, { recursive: true, force: true });
  return manifest;
}
