// Opens build/dataset for the command line, building it first when it is missing (Node only).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dataset } from './store.ts';
import { fsReader } from './fs-reader.ts';
import { MANIFEST_FILE } from './format.ts';

export const PROJECT_ROOT = resolve(join(dirname(fileURLToPath(import.meta.url)), '../..'));
export const DEFAULT_DATASET_DIR = join(PROJECT_ROOT, 'build/dataset');

export async function openBuiltDataset(dir = DEFAULT_DATASET_DIR, log: (m: string) => void = (m) => process.stderr.write(m + '\n')): Promise<Dataset> {
  if (!existsSync(join(dir, MANIFEST_FILE))) {
    if (resolve(dir) !== DEFAULT_DATASET_DIR) throw new Error(`no dataset at ${dir} (no ${MANIFEST_FILE})`);
    log('dataset: build/dataset is missing; building it (npm run dataset)…');
    const { buildDataset } = await import('./build/build.ts');
    await buildDataset(PROJECT_ROOT);
  }
  return Dataset.open(fsReader(dir));
}
