// Human-readable names of sanctions programmes (OpenSanctions' programme metadata, copied with the EU data).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readSourceText } from './io.ts';

export interface Program {
  key: string;
  title: string;
  url?: string;
  aliases: string[];
}

export function loadPrograms(dir: string): Map<string, Program> {
  const byName = new Map<string, Program>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yml'))) {
    const y = parse(readSourceText(join(dir, f))) as { key?: string; title?: string; url?: string; aliases?: unknown[] };
    if (!y?.key || !y.title) continue;
    const p: Program = { key: y.key, title: y.title, url: y.url, aliases: (y.aliases ?? []).map(String) };
    byName.set(p.key.toUpperCase(), p);
    for (const a of p.aliases) if (!byName.has(a.toUpperCase())) byName.set(a.toUpperCase(), p);
  }
  return byName;
}

/** An OFAC programme code ("RUSSIA-EO14024", "SDGT") to its programme, via the US- keys and aliases. */
export function ofacProgram(code: string, programs: Map<string, Program>): Program | null {
  const c = code.toUpperCase();
  const head = c.split('-')[0];
  const eo = /EO(\d{5})/.exec(c)?.[1];
  return programs.get(c) ?? programs.get(`US-${c}`) ?? (eo ? programs.get(`EO ${eo}`) : undefined) ?? programs.get(`US-${head}`) ?? programs.get(head) ?? null;
}
