import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetIsStale } from './inputs.ts';

const root = mkdtempSync(join(tmpdir(), 'sc-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('datasetIsStale', () => {
  it('says so when the manifest is missing, or older than a file under data/ or the build code', () => {
    const manifest = join(root, 'build/dataset/manifest.json');
    mkdirSync(join(root, 'data/curated'), { recursive: true });
    mkdirSync(join(root, 'build/dataset'), { recursive: true });
    const curated = join(root, 'data/curated/x.yaml');
    writeFileSync(curated, 'entities: []\n');
    expect(datasetIsStale(root, manifest)).toBe(true);
    writeFileSync(manifest, '{}');
    utimesSync(curated, new Date(1_000_000), new Date(1_000_000));
    expect(datasetIsStale(root, manifest)).toBe(false);
    utimesSync(curated, new Date(), new Date(Date.now() + 60_000));
    expect(datasetIsStale(root, manifest)).toBe(true);
  });
});
