// A DatasetReader over the file system, for the command line and tests (Node only: keep it out of store.ts).
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { DatasetReader } from './store.ts';

export function fsReader(dir: string): DatasetReader {
  const root = resolve(dir);
  return {
    async readText(path: string): Promise<string> {
      const full = resolve(join(root, path));
      if (full !== root && !full.startsWith(root + sep)) throw new Error(`path outside the dataset: ${path}`);
      return readFile(full, 'utf8');
    },
  };
}
