// `npm run dataset [-- --out DIR] [--curated DIR] [--quiet]`: builds build/dataset/ (or DIR) from data/sources/**
// and data/curated/*.yaml (or another folder of curated YAML, to try a draft without touching the project's).
// Exit 1 with the failing record's file and line when a record is invalid or a fact has no source.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from './build.ts';
import { RecordError } from './validate.ts';

const root = resolve(join(dirname(fileURLToPath(import.meta.url)), '../../..'));

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const quiet = args.includes('--quiet');
  const option = (name: string): string | undefined => {
    const k = args.indexOf(name);
    return k >= 0 && args[k + 1] ? resolve(args[k + 1]) : undefined;
  };
  try {
    const t0 = Date.now();
    const { manifest, outDir, notes } = await buildDataset(root, {
      log: quiet ? undefined : (m) => console.error(m),
      outDir: option('--out'),
      curatedDir: option('--curated'),
    });
    if (!quiet) for (const n of notes.slice(0, 40)) console.error(`note: ${n}`);
    console.log(
      `dataset ${manifest.version}: ${manifest.counts.entities} entities (${Object.entries(manifest.counts.byType).map(([k, v]) => `${k} ${v}`).join(', ')}), ` +
        `${manifest.counts.facts} facts, ${manifest.shards} shards -> ${outDir} in ${Date.now() - t0} ms`,
    );
    return 0;
  } catch (e) {
    if (e instanceof RecordError) {
      console.error(`dataset build failed: ${e.message}`);
      return 1;
    }
    console.error(`dataset build failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

process.exitCode = await main();
