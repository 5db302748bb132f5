// What build/dataset is made from, and whether it is older than that: one definition for `npm run build`
// (build.mjs) and for the command line (open-built.ts). Node only.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The data and the code that turns it into the dataset, relative to the project root. */
export const DATASET_INPUTS = ['data', 'src/dataset', 'src/match'];

/** Newest modification time of the files under `dirs`. */
export function newestMtime(dirs: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of dirs) if (existsSync(dir)) walk(dir);
  return newest;
}

/** Whether the dataset whose manifest is `manifest` is missing or older than its inputs under `root`. */
export function datasetIsStale(root: string, manifest: string): boolean {
  return !existsSync(manifest) || newestMtime(DATASET_INPUTS.map((d) => join(root, d))) > statSync(manifest).mtimeMs;
}
