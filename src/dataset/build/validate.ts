// Record validation: the zod schema plus the rule that every cite names a row of the sources table
// (and a curated web cite names its page). A failing record stops the build with its file and line.
import { Entity } from '../schema.ts';
import type { Source } from '../schema.ts';
import { describeOrigin, type Origin } from './types.ts';

export class RecordError extends Error {
  constructor(
    readonly origin: Origin,
    readonly problems: string[],
  ) {
    super(`${describeOrigin(origin)}: invalid record: ${problems.join('; ')}`);
  }
}

/** Every `cite` in a record with its path, and every fact-bearing object that lacks one. */
export function citeProblems(raw: unknown, sources: Map<string, Source>): string[] {
  const problems: string[] = [];
  const walk = (v: unknown, path: string, mustCite: boolean) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${path}[${i}]`, mustCite && typeof x === 'object'));
      return;
    }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (mustCite && !('cite' in o)) problems.push(`${path}: fact without a source (no cite)`);
    for (const [k, x] of Object.entries(o)) {
      if (k === 'cite') {
        const c = x as { src?: unknown; url?: unknown } | null;
        if (!c || typeof c.src !== 'string') problems.push(`${path}.cite: no source id`);
        else if (!sources.has(c.src)) problems.push(`${path}.cite.src: unknown source "${c.src}"`);
        else if (c.src === 'web' && typeof c.url !== 'string') problems.push(`${path}.cite: a web cite needs the url of the page stating the fact`);
      } else if (FACT_FIELDS.has(k)) walk(x, `${path}.${k}`, true);
      else if (k === 'outlet') walk(x, `${path}.outlet`, false);
    }
  };
  walk(raw, '$', false);
  return problems;
}

/** Fields whose values are facts and must each carry a cite. */
const FACT_FIELDS = new Set(['description', 'born', 'parties', 'offices', 'designations', 'sanctions', 'facts', 'owner', 'parent', 'state', 'reliability']);

export function validateRecord(raw: unknown, origin: Origin, sources: Map<string, Source>): Entity {
  const problems = citeProblems(raw, sources);
  const parsed = Entity.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${'$' + issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${issue.message}`);
  }
  if (problems.length) throw new RecordError(origin, problems);
  return parsed.data!;
}
