// Shared shapes of the dataset build.
import type { Entity, Source } from '../schema.ts';

/** Where a record came from, so that a failing record can be reported by file and line (or record index). */
export interface Origin {
  file: string;
  line?: number;
  index?: number;
}

export interface Emitted {
  entity: Entity;
  origin: Origin;
}

export interface ImportResult {
  entities: Emitted[];
  /** Non-fatal notes (skipped rows and why), printed by the build. */
  notes?: string[];
}

export interface Importer {
  id: string;
  source: Source;
  /** `known`: the entities merged so far (earlier importers and, for late importers, the curated entries). */
  run(root: string, known: ReadonlyMap<string, { entity: Entity }>): ImportResult;
}

export function describeOrigin(o: Origin): string {
  if (o.line !== undefined) return `${o.file}:${o.line}`;
  if (o.index !== undefined) return `${o.file} (record ${o.index})`;
  return o.file;
}
