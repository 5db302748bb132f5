// EU sanctions transcribed from the Official Journal (OpenSanctions, consolidated to mid-2026): asset freezes of
// persons and bodies under every EU framework, and the broadcast ban on Russian state media (Regulation (EU)
// No 833/2014, Annex XV), recorded as a designation of each outlet. Attachment rules as for OFAC.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, readSourceText } from '../io.ts';
import { isoFromName } from '../countries.ts';
import { loadPrograms } from '../programs.ts';
import { decideOrganization, decidePerson, displayPersonName, KnownIndex } from '../sanctions-match.ts';
import { SOURCES } from '../sources-table.ts';
import type { Emitted, ImportResult, Importer } from '../types.ts';
import type { Entity } from '../../schema.ts';
import { normalizeName, parseLooseDate, slug } from '../text.ts';

const SRC = 'eu-sanctions';
const DIR = 'eu-sanctions-opensanctions-oj';
const AUTHORITY = 'European Union';
const BAN_LABEL = 'EU broadcast ban on Russian state-controlled media (Regulation (EU) No 833/2014, Annex XV)';

/** The EUR-Lex consolidated version each framework's CSV was taken from, e.g. 32014R0269 -> 2026-07-17. */
export function consolidationDates(yml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of yml.matchAll(/^\s+(3\d{4}[A-Z]\d{4}):\s*0\d{4}[A-Z]\d{4}-(\d{4})(\d{2})(\d{2})/gm)) out.set(m[1], `${m[2]}-${m[3]}-${m[4]}`);
  return out;
}

export const eurLex = (celex: string) => `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${celex}`;

/** "Sergei AKSENOV (Сергей АКСЁНОВ); Serhiy AKSYONOV" -> each spelling, the bracketed originals too. */
export function splitAliases(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(/\s*;\s*/)) {
    const inner = [...part.matchAll(/\(([^()]+)\)/g)].map((m) => m[1].trim());
    const outer = part.replace(/\([^()]*\)/g, '').trim();
    for (const x of [outer, ...inner]) if (x.length >= 2 && x.length <= 120) out.push(x);
  }
  return out;
}

/** Names an Annex XV entry goes by: "Rossiya RTR / RTR Planeta" -> both; "RT- Russia Today English" also "RT". */
export function outletNames(name: string): string[] {
  const parts = name.split(/\s*\/\s*/).map((x) => x.trim()).filter(Boolean);
  const out = new Set(parts);
  for (const p of parts) {
    const rt = /^RT\s*-\s*(Russia Today)\b/i.exec(p);
    if (rt) {
      out.add('RT');
      out.add('Russia Today');
    }
  }
  return [...out];
}

interface EuRow {
  celex: string;
  recordId: string;
  programKey: string;
  annex: string;
  measure: string;
  startDate: string;
  schema: string;
  name: string;
  alias: string;
  birthDate: string;
  nationality: string;
  country: string;
  position: string;
  reason: string;
}

export const euSanctions: Importer = {
  id: SRC,
  source: SOURCES[SRC],
  run(root, known): ImportResult {
    const programs = loadPrograms(join(root, DIR, 'programs'));
    const consolidated = consolidationDates(readFileSync(join(root, DIR, 'eu_journal_sanctions.yml'), 'utf8'));
    const index = new KnownIndex(known);
    // Listings that became entities in this run, for later listings of the same person or body.
    const ownEntities = new Map<string, Entity>();
    const outletByName = new Map<string, string>();
    for (const { entity: e } of known.values()) if (e.type === 'outlet') for (const n of [e.name, ...e.aliases]) outletByName.set(normalizeName(n), e.id);
    const out: Emitted[] = [];
    const counts = { own: 0, strong: 0, possible: 0, outlets: 0, skipped: 0 };
    const seen = new Set<string>();
    const files: Array<[string, boolean]> = [];
    for (const sub of ['consolidated', 'amendments']) {
      for (const f of readdirSync(join(root, DIR, sub)).sort()) if (/\.csv(\.gz)?$/.test(f)) files.push([`${DIR}/${sub}/${f.replace(/\.gz$/, '')}`, sub === 'amendments']);
    }
    for (const [rel, amendment] of files) {
      for (const r of parseCsv(readSourceText(join(root, rel)))) {
        const v = r.values as unknown as EuRow & { amendedCelex?: string; amendmentCelex?: string };
        const celex = amendment ? v.amendedCelex ?? '' : v.celex;
        const actCelex = amendment ? v.amendmentCelex ?? celex : celex;
        const origin = { file: `data/sources/${rel}`, line: r.line };
        const asOf = (amendment ? parseLooseDate(v.startDate) : consolidated.get(celex)) ?? SOURCES[SRC].asOf;
        const cite = { src: SRC, url: eurLex(actCelex), asOf };
        const name = (v.name ?? '').trim();
        if (!name) continue;

        if (celex === '32014R0833' && v.annex === 'XV') {
          const names = outletNames(name);
          const id = names.map((n) => outletByName.get(normalizeName(n))).find(Boolean) ?? `sc:${slug(names[0])}`;
          const designation = { by: AUTHORITY, label: BAN_LABEL, date: parseLooseDate(v.startDate), cite };
          const existing = known.get(id)?.entity;
          // A curated entry that already records this ban (with its own date and page) is not repeated.
          if (existing?.designations?.some((d) => /833\/2014/.test(d.label))) {
            counts.outlets++;
            continue;
          }
          out.push({
            entity: existing
              ? { id, type: existing.type, name: existing.name, aliases: names.filter((n) => n !== existing.name), countries: [], designations: [designation] }
              : { id, type: 'outlet', name: names[0], aliases: names.slice(1), countries: ['RU'], outlet: { domains: [] }, designations: [designation] },
            origin,
          });
          counts.outlets++;
          continue;
        }
        if (!['Person', 'LegalEntity', 'Organization', 'Company'].includes(v.schema) || !/asset freeze/i.test(v.measure ?? '')) {
          counts.skipped++;
          continue;
        }
        const key = `${celex}|${normalizeName(name)}|${v.birthDate}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const person = v.schema === 'Person';
        const display = person ? displayPersonName(name) : name;
        const aliases = [...new Set(splitAliases(v.alias ?? '').map((a) => (person && /^[\p{Script=Latin}\s.'-]+$/u.test(a) ? displayPersonName(a) : a)))].filter((a) => a !== display);
        // "7.10.1952 POB: Leningrad ..." or "1.1.1961; 2.2.1962": the first date given.
        const born = parseLooseDate(/\d{1,2}\.\d{1,2}\.\d{4}|\b\d{4}\b/.exec(v.birthDate ?? '')?.[0]);
        const program = programs.get((v.programKey ?? '').toUpperCase());
        const details = [display, born ? `born ${born}` : '', v.position, v.reason].filter(Boolean).join('; ').slice(0, 240);
        const listing = (evidence: NonNullable<Entity['sanctions']>[number]['evidence']) => ({
          authority: AUTHORITY,
          program: `${program?.title ?? v.programKey} (${v.measure}, CELEX ${celex})`,
          listed: parseLooseDate(v.startDate),
          evidence,
          // The listing's details are kept only where a reader needs them to judge a possible (name-only) match.
          ...(evidence === 'name-only' ? { details } : {}),
          cite,
        });
        const decision = person ? decidePerson(index, [display, ...aliases], born) : decideOrganization(index, [display, ...aliases]);
        if (decision.kind !== 'own') {
          const strong = decision.kind === 'attach';
          for (const id of strong ? [decision.id] : decision.ids) {
            const target = known.get(id)?.entity ?? ownEntities.get(id)!;
            if (target.sanctions?.some((s) => s.evidence === 'curated' && /EU|European/i.test(s.authority))) continue;
            out.push({ entity: { id, type: target.type, name: target.name, aliases: strong ? aliases : [], countries: [], sanctions: [listing(strong ? 'name+birthdate' : 'name-only')] }, origin });
          }
          counts[strong ? 'strong' : 'possible']++;
          continue;
        }
        const nat = isoFromName((v.nationality || v.country || '').split(/[;,]/)[0].trim());
        const e: Entity = {
          id: `sc:eu-${celex.toLowerCase()}-${slug(v.annex || 'x')}-${slug(v.recordId || String(r.line))}${amendment ? `-${actCelex.toLowerCase()}` : ''}`,
          type: person ? 'person' : 'organization',
          name: display,
          aliases,
          countries: nat ? [nat] : [],
          sanctions: [listing('identifier')],
        };
        if (person && born) e.born = { date: born, cite };
        if (v.position?.trim()) e.description = { text: v.position.trim().slice(0, 300), cite };
        index.add(e);
        ownEntities.set(e.id, e);
        out.push({ entity: e, origin });
        counts.own++;
      }
    }
    return {
      entities: out,
      notes: [`${counts.outlets} Annex XV outlets, ${counts.own} listings as their own entities, ${counts.strong} attached on name + birth date, ${counts.possible} possible matches, ${counts.skipped} rows of other measures skipped`],
    };
  },
};
