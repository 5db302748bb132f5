// Builds the dataset into build/dataset/ (also called by the command line when the dataset is missing).
import { join } from 'node:path';
import { buildEntities, defaultPaths } from './pipeline.ts';
import { writeDataset } from './output.ts';
import { IMPORTERS_AFTER_CURATED, IMPORTERS_BEFORE_CURATED } from './sources/index.ts';
import type { Manifest } from '../format.ts';
import { buildNameIndex } from '../../match/index.ts';

export async function buildDataset(root: string, opts: { log?: (m: string) => void; outDir?: string; curatedDir?: string } = {}): Promise<{ manifest: Manifest; outDir: string; notes: string[] }> {
  const paths = defaultPaths(root);
  const outDir = opts.outDir ?? paths.outDir;
  const { entities, sources, notes } = buildEntities({
    sourcesDir: paths.sourcesDir,
    curatedDir: opts.curatedDir ?? paths.curatedDir,
    before: IMPORTERS_BEFORE_CURATED,
    after: IMPORTERS_AFTER_CURATED,
    log: opts.log,
  });
  const t0 = Date.now();
  const names = buildNameIndex(entities);
  opts.log?.(`name index: ${Date.now() - t0} ms`);
  const manifest = await writeDataset(outDir, entities, sources, names);
  return { manifest, outDir: join(outDir), notes };
}
