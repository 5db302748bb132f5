// Opens build/dataset for the command line, building it first when it is missing or older than its inputs (Node only).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dataset } from './store.ts';
import { fsReader } from './fs-reader.ts';
import { MANIFEST_FILE } from './format.ts';
import { datasetIsStale } from './inputs.ts';

export const PROJECT_ROOT = resolve(join(dirname(fileURLToPath(import.meta.url)), '../..'));
export const DEFAULT_DATASET_DIR = join(PROJECT_ROOT, 'build/dataset');

export async function openBuiltDataset(dir = DEFAULT_DATASET_DIR, log: (m: string) => void = (m) => process.stderr.write(m + '\n')): Promise<Dataset> {
  const manifest = join(dir, MANIFEST_FILE);
  if (resolve(dir) === DEFAULT_DATASET_DIR) {
    const missing = !existsSync(manifest);
    // An edited curated file must show in `lookup` without a manual rebuild.
    if (datasetIsStale(PROJECT_ROOT, manifest)) {
      log(`dataset: build/dataset is ${missing ? 'missing' : 'older than data/ or its build code'}; building it (npm run dataset)…`);
      const { buildDataset } = await import('./build/build.ts');
      await buildDataset(PROJECT_ROOT);
    }
  } else if (!existsSync(manifest)) throw new Error(`no dataset at ${dir} (no ${MANIFEST_FILE})`);
  return Dataset.open(fsReader(dir));
}
