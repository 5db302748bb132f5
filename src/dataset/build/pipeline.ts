// The dataset build: importers in order, each record validated where it was read, merged by id, curated entries
// folded in, then the sanctions lists attached on strong evidence only, and the result written.
import { join } from 'node:path';
import type { Entity, Source } from '../schema.ts';
import { loadCurated } from './curated.ts';
import { addRecord, countryHeadsFromCurated, supersedeCountryHeads, type Merged } from './merge.ts';
import { SOURCES } from './sources-table.ts';
import type { Importer } from './types.ts';
import { RecordError, validateRecord } from './validate.ts';
import { describeOrigin } from './types.ts';

export interface BuildInput {
  /** Directory holding the source folders (data/sources). */
  sourcesDir: string;
  /** Directory of curated YAML files (data/curated). */
  curatedDir: string;
  /** Importers run before the curated entries are merged. */
  before: Importer[];
  /** Importers run after (they attach listings to the merged entities, curated ones included). */
  after: Importer[];
  log?: (msg: string) => void;
}

export interface BuildResult {
  entities: Entity[];
  sources: Source[];
  notes: string[];
}

export function buildEntities(input: BuildInput): BuildResult {
  const log = input.log ?? (() => {});
  const sourceMap = new Map(Object.values(SOURCES).map((s) => [s.id, s]));
  const merged = new Map<string, Merged>();
  const notes: string[] = [];
  const used = new Set<string>(['web']);
  // Curated entries are read first so that importers running before they are merged can still link to them
  // (a Factbook head of government who is only in the curated data); they are validated and merged after.
  const curated = loadCurated(input.curatedDir);
  // (One person may have records in several curated files: the view holds their names and offices together.)
  const curatedView = new Map<string, { entity: Entity }>();
  for (const r of curated) {
    const prev = curatedView.get(r.entity.id)?.entity;
    curatedView.set(r.entity.id, { entity: prev ? withNamesAndOffices(prev, r.entity) : r.entity });
  }
  const runImporter = (imp: Importer, withCurated: boolean) => {
    const t0 = Date.now();
    let known: ReadonlyMap<string, { entity: Entity }> = merged;
    if (withCurated) {
      const view = new Map<string, { entity: Entity }>(merged);
      for (const [id, v] of curatedView) {
        const m = view.get(id);
        // Known both ways: the importer sees the extract's record with the curated names and offices added.
        view.set(id, m ? { entity: withNamesAndOffices(m.entity, v.entity) } : v);
      }
      known = view;
    }
    const res = imp.run(input.sourcesDir, known);
    for (const rec of res.entities) {
      validateRecord(rec.entity, rec.origin, sourceMap);
      addRecord(merged, rec, false);
    }
    used.add(imp.id);
    for (const n of res.notes ?? []) notes.push(`${imp.id}: ${n}`);
    log(`${imp.id}: ${res.entities.length} records in ${Date.now() - t0} ms`);
  };
  for (const imp of input.before) runImporter(imp, true);
  for (const rec of curated) {
    validateRecord(rec.entity, rec.origin, sourceMap);
    for (const s of citedSources(rec.entity)) used.add(s);
    addRecord(merged, rec, true);
  }
  log(`curated: ${curated.length} records`);
  for (const imp of input.after) runImporter(imp, false);

  countryHeadsFromCurated(merged);
  // The merged record must still pass: a merge bug must not slip a bad record through.
  const entities: Entity[] = [];
  for (const m of merged.values()) {
    m.entity = supersedeCountryHeads(m.entity);
    try {
      entities.push(validateRecord(m.entity, m.origins[0], sourceMap));
    } catch (e) {
      if (e instanceof RecordError) throw new RecordError(m.origins[0], [`after merging ${m.origins.map(describeOrigin).join(', ')}: ${e.problems.join('; ')}`]);
      throw e;
    }
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sources = [...sourceMap.values()].filter((s) => used.has(s.id));
  return { entities, sources, notes };
}

/** `a` with `b`'s names and offices added: what an importer needs to recognise a person both records describe. */
function withNamesAndOffices(a: Entity, b: Entity): Entity {
  return { ...a, aliases: [...a.aliases, b.name, ...b.aliases], offices: [...(a.offices ?? []), ...(b.offices ?? [])] };
}

function citedSources(e: Entity): string[] {
  const out: string[] = [];
  JSON.stringify(e, (k, v) => {
    if (k === 'cite' && v && typeof v.src === 'string') out.push(v.src);
    return v;
  });
  return out;
}

export const defaultPaths = (root: string) => ({
  sourcesDir: join(root, 'data/sources'),
  curatedDir: join(root, 'data/curated'),
  outDir: join(root, 'build/dataset'),
});
