// Curated entries: data/curated/*.yaml, a top-level `entities:` list of Entity records. Each record's origin is
// its file and the line its list item starts on, so that a failing record is reported where it is written.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, isSeq, isMap } from 'yaml';
import type { Emitted } from './types.ts';
import type { Entity } from '../schema.ts';

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function parseCuratedFile(text: string, file: string): Emitted[] {
  const doc = parseDocument(text);
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line;
    throw new Error(`${file}${line ? ':' + line : ''}: YAML error: ${e.message.split('\n')[0]}`);
  }
  const list = isMap(doc.contents) ? doc.contents.get('entities', true) : null;
  if (!list) return [];
  if (!isSeq(list)) throw new Error(`${file}: "entities" must be a list`);
  return list.items.map((node, index) => {
    const offset = (node as { range?: [number, number, number] }).range?.[0] ?? 0;
    const entity = (node as { toJSON(): unknown }).toJSON() as Entity;
    return { entity, origin: { file, line: lineAt(text, offset), index } };
  });
}

export function loadCurated(dir: string, relDir = 'data/curated'): Emitted[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .flatMap((f) => parseCuratedFile(readFileSync(join(dir, f), 'utf8'), `${relDir}/${f}`));
}
