// Dataset benchmark: how fast the worker's start-up part of the dataset (the name index) is ready, how long an
// entity lookup takes on a cold and a warm shard, the heap it holds, and the size of the built dataset.
// Targets: name index ready within 100 ms, heap within 40 MB.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Dataset } from '../../src/dataset/store.ts';
import { fsReader } from '../../src/dataset/fs-reader.ts';
import { openBuiltDataset, DEFAULT_DATASET_DIR } from '../../src/dataset/open-built.ts';
import { NAMES_FILE, shardFile, shardOf } from '../../src/dataset/format.ts';
import { createLinker } from '../../src/match/index.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

export async function run(): Promise<Record<string, number | string>> {
  await openBuiltDataset(); // builds build/dataset when missing
  const dir = DEFAULT_DATASET_DIR;
  // A collector to call between measurements, so heap figures are live data, not garbage not yet collected.
  let gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }

  // Name index ready: Dataset.open (manifest, name index and its parts, domains, each checked) + createLinker, as
  // the worker does at start (median of 5 runs).
  const indexTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    createLinker((await Dataset.open(fsReader(dir))).nameIndex);
    indexTimes.push(performance.now() - t0);
  }

  // Dataset.open (manifest + name index + domain index, each checked against its sha-256), then the linker.
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t1 = performance.now();
  const ds = await Dataset.open(fsReader(dir));
  const linker = createLinker(ds.nameIndex);
  const openMs = performance.now() - t1;
  gc();
  const heapAfterLoad = process.memoryUsage().heapUsed;

  // Lookups: one id per shard, cold (shard read, checked, parsed) then warm (cached).
  const ids = (await ds.allIds()).filter((_, i) => i % 97 === 0);
  const byShard = new Map<number, string>();
  for (const id of ids) if (!byShard.has(shardOf(id, ds.manifest.shards))) byShard.set(shardOf(id, ds.manifest.shards), id);
  const sample = [...byShard.values()].slice(0, 40);
  const fresh = await Dataset.open(fsReader(dir));
  const cold: number[] = [];
  const warm: number[] = [];
  for (const id of sample) {
    let t = performance.now();
    await fresh.getEntity(id);
    cold.push(performance.now() - t);
    t = performance.now();
    await fresh.getEntity(id);
    warm.push(performance.now() - t);
  }

  const files = filesUnder(dir);
  const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
  const gzBytes = files.reduce((s, f) => s + gzipSync(readFileSync(f), { level: 6 }).length, 0);
  const shardSizes = Array.from({ length: ds.manifest.shards }, (_, n) => statSync(join(dir, shardFile(n))).size);
  void linker;
  return {
    entities: ds.manifest.counts.entities,
    nameIndexReadyMs: round(median(indexTimes)),
    openWithChecksumsMs: round(openMs),
    lookupColdMedianMs: round(median(cold), 2),
    lookupColdMaxMs: round(Math.max(...cold), 2),
    lookupWarmMedianMs: round(median(warm), 3),
    heapOfDatasetAndLinkerMB: round((heapAfterLoad - heapBefore) / 2 ** 20),
    heapTotalUsedMB: round(heapAfterLoad / 2 ** 20),
    datasetBytes: bytes,
    datasetGzipBytes: gzBytes,
    nameIndexBytes: files.filter((f) => f === join(dir, NAMES_FILE) || f.startsWith(join(dir, 'names') + '/')).reduce((sum, f) => sum + statSync(f).size, 0),
    shards: ds.manifest.shards,
    largestShardBytes: Math.max(...shardSizes),
  };
}
