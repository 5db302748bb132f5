// `source-context dataset [--stats] [--dataset DIR]`: with --stats, the built dataset's counts by type and by
// source, the facts without a source (must be 0) and each source's as-of date, then a JSON summary as the last
// line. Without --stats: (re)builds build/dataset from data/sources and data/curated.
import { openBuiltDataset, PROJECT_ROOT, DEFAULT_DATASET_DIR } from '../dataset/open-built.ts';

const USAGE = 'usage: source-context dataset [--stats] [--dataset DIR]';

export async function run(args: string[]): Promise<number> {
  let stats = false;
  let dir = DEFAULT_DATASET_DIR;
  for (let k = 0; k < args.length; k++) {
    if (args[k] === '--stats') stats = true;
    else if (args[k] === '--dataset' && args[k + 1]) dir = args[++k];
    else if (args[k] === '-h' || args[k] === '--help') {
      console.log(USAGE);
      return 0;
    } else {
      console.error(`dataset: unknown argument ${args[k]}\n${USAGE}`);
      return 2;
    }
  }
  try {
    if (!stats) {
      const { buildDataset } = await import('../dataset/build/build.ts');
      const { manifest, outDir } = await buildDataset(PROJECT_ROOT, { log: (m) => console.error(m) });
      console.log(`built ${outDir}: ${manifest.counts.entities} entities, version ${manifest.version}`);
      return 0;
    }
    const ds = await openBuiltDataset(dir);
    const m = ds.manifest;
    const pad = (s: string, n: number) => s.padEnd(n);
    console.log(`dataset ${m.version}, built ${m.builtAt}: ${m.counts.entities} entities, ${m.counts.facts} facts, ${m.shards} shards`);
    console.log('\nentities by type:');
    for (const [k, v] of Object.entries(m.counts.byType).sort((a, b) => b[1] - a[1])) console.log(`  ${pad(k, 14)} ${v}`);
    console.log('\nentities with facts from each source, and the date each source holds for:');
    for (const s of m.sources) console.log(`  ${pad(s.id, 28)} ${String(m.counts.bySource[s.id] ?? 0).padStart(7)}  as of ${pad(s.asOf, 11)} ${s.licence}`);
    console.log(`\nfacts without a source: ${m.counts.factsWithoutSource}`);
    const summary = {
      version: m.version,
      entities: m.counts.entities,
      byType: m.counts.byType,
      bySource: m.counts.bySource,
      facts: m.counts.facts,
      factsWithoutSource: m.counts.factsWithoutSource,
      asOf: Object.fromEntries(m.sources.map((s) => [s.id, s.asOf])),
    };
    console.log(JSON.stringify(summary));
    return m.counts.factsWithoutSource === 0 ? 0 : 1;
  } catch (e) {
    console.error(`dataset: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
