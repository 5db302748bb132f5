// Checks the hand-curated knowledge in data/curated/*.yaml: every entity must pass the dataset's
// Entity schema (the build refuses anything else), every fact must carry a usable cite, ids must be
// unique, and the reference article's key facts must be exactly right on its date (2024-10-24).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Entity } from './schema.ts';
import { DIR, folderCountry } from './build/sources/wikidata-officeholders.ts';

const curatedDir = join(dirname(fileURLToPath(import.meta.url)), '../../data/curated');
const files = readdirSync(curatedDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

type Loaded = { file: string; raw: unknown; entity: Entity | null };

const loaded: Loaded[] = files.flatMap((file) => {
  const doc = parse(readFileSync(join(curatedDir, file), 'utf8')) as { entities?: unknown[] } | null;
  const list = doc?.entities ?? [];
  return list.map((raw) => {
    const r = Entity.safeParse(raw);
    return { file, raw, entity: r.success ? r.data : null };
  });
});

const entities = loaded.flatMap((l) => (l.entity ? [l.entity] : []));

/** Every cite object in an entity, with a path saying where it sits. */
function citesOf(e: Entity): { path: string; cite: { src: string; url?: string; asOf: string } }[] {
  const out: { path: string; cite: { src: string; url?: string; asOf: string } }[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'cite') out.push({ path: `${path}.cite`, cite: x as { src: string; url?: string; asOf: string } });
        else walk(x, `${path}.${k}`);
      }
    }
  };
  walk(e, e.id);
  return out;
}

function byId(id: string): Entity {
  const e = entities.find((x) => x.id === id);
  if (!e) throw new Error(`no curated entity ${id}`);
  return e;
}

/** Whether a partial date range [start, end] covers an ISO day (a missing end is open). */
function covers(o: { start: string | null; end: string | null }, day: string): boolean {
  const startOk = o.start === null || o.start.slice(0, day.length) <= day;
  const endOk = o.end === null || o.end >= day.slice(0, o.end.length);
  return startOk && endOk;
}

const ARTICLE_DATE = '2024-10-24';
const KNOWN_SOURCES = new Set(['web', 'cia-factbook', 'wikidata-officeholders', 'ofac-sdn', 'eu-sanctions', 'wikipedia-perennial-sources']);

describe('curated files', () => {
  it('exist and hold entities', () => {
    expect(files).toContain('reference-article.yaml');
    expect(loaded.length).toBeGreaterThan(0);
  });

  it('every entity passes the Entity schema', () => {
    const failures = loaded
      .filter((l) => !l.entity)
      .map((l) => {
        const r = Entity.safeParse(l.raw);
        const id = (l.raw as { id?: string })?.id;
        return `${l.file} ${id}: ${r.success ? '' : JSON.stringify(r.error.issues)}`;
      });
    expect(failures).toEqual([]);
  });

  it('every cite names a known source, a date, and (for web) an http(s) URL', () => {
    const bad: string[] = [];
    for (const e of entities) {
      for (const { path, cite } of citesOf(e)) {
        if (!KNOWN_SOURCES.has(cite.src)) bad.push(`${path}: unknown src ${cite.src}`);
        if (!cite.asOf) bad.push(`${path}: no asOf`);
        if (cite.src === 'web' && !/^https?:\/\/[^/]+\.[^/]+/.test(cite.url ?? '')) bad.push(`${path}: web cite without url`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('every description, office, party, designation and sanction has a cite (the schema alone allows none of them without one)', () => {
    for (const e of entities) expect(citesOf(e).length, e.id).toBeGreaterThan(0);
  });

  // One record per id within a file. Across files the same id is one entity told by two topics (a prime minister's
  // term in the heads file, an earlier ministry in the country's file): the build merges them.
  it('has no duplicate ids within a file, and qid matches a QID id', () => {
    const seen = new Set<string>();
    const dups: string[] = [];
    for (const l of loaded) {
      if (!l.entity) continue;
      const key = `${l.file}|${l.entity.id}`;
      if (seen.has(key)) dups.push(`${l.entity.id} twice in ${l.file}`);
      seen.add(key);
      if (l.entity.qid) expect(l.entity.qid, l.entity.id).toBe(l.entity.id);
      if (l.entity.id.startsWith('sc:')) expect(l.entity.qid, l.entity.id).toBeUndefined();
    }
    expect(dups).toEqual([]);
  });

  it('gives one entity spread over several files one name and one type', () => {
    const byId = new Map<string, { name: string; type: string; file: string }>();
    const clashes: string[] = [];
    for (const l of loaded) {
      if (!l.entity) continue;
      const prev = byId.get(l.entity.id);
      if (prev && (prev.type !== l.entity.type || prev.name !== l.entity.name)) clashes.push(`${l.entity.id}: ${prev.name} (${prev.file}) vs ${l.entity.name} (${l.file})`);
      byId.set(l.entity.id, { name: l.entity.name, type: l.entity.type, file: l.file });
    }
    expect(clashes).toEqual([]);
  });

  it('uses ISO 3166-1 alpha-2 codes for countries', () => {
    for (const e of entities) {
      for (const c of e.countries) expect(c, e.id).toMatch(/^[A-Z]{2}$/);
      for (const o of e.offices ?? []) if (o.country) expect(o.country, e.id).toMatch(/^[A-Z]{2}$/);
      if (e.outlet?.state) expect(e.outlet.state.country, e.id).toMatch(/^[A-Z]{2}$/);
    }
  });

  // Compared at the precision both give: a term from 2024-04-09 that ended in "2024-04" is fine.
  it('gives every office a start no later than its end', () => {
    for (const e of entities)
      for (const o of e.offices ?? []) {
        if (!o.start || !o.end) continue;
        const n = Math.min(o.start.length, o.end.length);
        expect(o.start.slice(0, n) <= o.end.slice(0, n), `${e.id} ${o.title}: ${o.start} – ${o.end}`).toBe(true);
      }
  });
});

describe('state-media.yaml', () => {
  const stateMedia = loaded.filter((l) => l.file === 'state-media.yaml').flatMap((l) => (l.entity ? [l.entity] : []));

  it('covers at least 80 outlets in at least 25 states, each with a cited state affiliation', () => {
    expect(stateMedia.length).toBeGreaterThanOrEqual(80);
    for (const e of stateMedia) {
      expect(e.type, e.id).toBe('outlet');
      expect(e.outlet?.state, e.id).toBeDefined();
      expect(e.outlet?.state?.kind, e.id).not.toBe('independent');
      expect(e.countries, e.id).toContain(e.outlet?.state?.country);
    }
    expect(new Set(stateMedia.map((e) => e.outlet?.state?.country)).size).toBeGreaterThanOrEqual(25);
  });

  it('tells public-service broadcasters apart from state-controlled media', () => {
    const kindOf = (id: string) => stateMedia.find((e) => e.id === id)?.outlet?.state?.kind;
    expect(kindOf('Q9531')).toBe('public-service broadcaster'); // BBC
    expect(kindOf('Q22868')).toBe('state-controlled'); // RT
    expect(kindOf('sc:deutsche-welle')).toBe('state-funded international broadcaster');
    const kinds = new Set(stateMedia.map((e) => e.outlet?.state?.kind));
    for (const k of ['state-controlled', 'state-owned', 'state-funded international broadcaster', 'public-service broadcaster']) expect(kinds).toContain(k);
  });

  it('gives domains without scheme or path, and no domain to two outlets', () => {
    const owner = new Map<string, string>();
    for (const e of entities) {
      for (const d of e.outlet?.domains ?? []) {
        expect(d, e.id).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
        expect(owner.get(d) ?? e.id, `${d} claimed twice`).toBe(e.id);
        owner.set(d, e.id);
      }
    }
  });
});

describe('independent-outlets.yaml', () => {
  it("dates Russia's designations of exiled outlets", () => {
    const labels = (id: string) => (byId(id).designations ?? []).map((d) => `${d.label}@${d.date}`);
    expect(labels('sc:meduza')).toEqual(['foreign agent@2021-04-23', 'undesirable organization@2023-01-26']);
    expect(labels('sc:tv-rain')).toContain('undesirable organization@2023-07-25');
    expect(labels('sc:novaya-gazeta-europe')).toEqual(['undesirable organization@2023-06-28']);
    expect(byId('sc:n1').outlet?.state).toBeUndefined();
  });
});

describe('governments-*.yaml', () => {
  const heads = (iso: string, day: string, role: string) =>
    entities.filter((e) => (e.offices ?? []).some((o) => o.country === iso && o.role === role && covers(o, day))).map((e) => e.name);

  it("Serbia's prime minister on the article's date and after the 2025 change", () => {
    expect(heads('RS', ARTICLE_DATE, 'head_of_government')).toEqual(['Miloš Vučević']);
    expect(heads('RS', '2025-06-01', 'head_of_government')).toEqual(['Đuro Macut']);
    expect(heads('RS', ARTICLE_DATE, 'head_of_state')).toEqual(['Aleksandar Vučić']);
  });

  it("Ukraine's and Russia's heads of government and defence ministers change on the cited dates", () => {
    expect(heads('UA', ARTICLE_DATE, 'head_of_government')).toEqual(['Denys Shmyhal']);
    expect(heads('UA', '2025-08-01', 'head_of_government')).toEqual(['Yulia Svyrydenko']);
    const defence = (iso: string, day: string) =>
      entities.filter((e) => (e.offices ?? []).some((o) => o.country === iso && o.title === 'Minister of Defence' && covers(o, day))).map((e) => e.name);
    expect(defence('RU', ARTICLE_DATE)).toEqual(['Andrey Belousov']);
    expect(defence('RU', '2023-01-01')).toEqual(['Sergey Shoygu']);
    expect(defence('RS', ARTICLE_DATE)).toEqual(['Bratislav Gašić']);
  });

  it('has exactly one current head of state for each of 50+ countries as of the Factbook edition', () => {
    const countries = new Set(entities.flatMap((e) => (e.offices ?? []).filter((o) => o.role === 'head_of_state' && covers(o, '2026-01-15')).map((o) => o.country)));
    expect(countries.size).toBeGreaterThanOrEqual(50);
    for (const iso of ['RS', 'RU', 'UA', 'DE', 'FR', 'GB', 'US', 'CN', 'IN']) expect(heads(iso, '2026-01-15', 'head_of_state'), iso).toHaveLength(1);
  });
});

describe('reference article (The Moscow Times, 2024-10-24)', () => {
  it('Vulin was Deputy Prime Minister of Serbia on the article date, from 2024-05-02', () => {
    const vulin = byId('Q11074974');
    expect(vulin.type).toBe('person');
    const dpm = (vulin.offices ?? []).filter((o) => o.role === 'deputy_head_of_government' && o.country === 'RS');
    expect(dpm).toHaveLength(1);
    expect(dpm[0].start).toBe('2024-05-02');
    expect(dpm[0].end).toBe('2025-04-16');
    expect(covers(dpm[0], ARTICLE_DATE)).toBe(true);
    // On the article's date he held no other post: the BIA and ministries were earlier.
    const held = (vulin.offices ?? []).filter((o) => covers(o, ARTICLE_DATE));
    expect(held.map((o) => o.title)).toEqual(['Deputy Prime Minister of Serbia']);
  });

  it('Vulin directed the BIA from December 2022 and was interior and defence minister before', () => {
    const offices = byId('Q11074974').offices ?? [];
    const bia = offices.find((o) => /Security Intelligence Agency/.test(o.title));
    expect(bia?.start).toBe('2022-12-01');
    const interior = offices.find((o) => o.title === 'Minister of Internal Affairs');
    expect(interior?.start).toBe('2020-10-28');
    const defence = offices.find((o) => o.title === 'Minister of Defence');
    expect([defence?.start, defence?.end]).toEqual(['2017-06-29', '2020-10-28']);
  });

  it('Vulin: OFAC sanction under the Western Balkans programme, listed 2023-07-11, attached as curated', () => {
    const s = byId('Q11074974').sanctions ?? [];
    expect(s).toHaveLength(1);
    expect(s[0].authority).toBe('US Treasury (OFAC)');
    expect(s[0].program).toMatch(/Western Balkans/);
    expect(s[0].listed).toBe('2023-07-11');
    expect(s[0].evidence).toBe('curated');
    expect(byId('Q11074974').born?.date).toBe('1972-10-02');
    expect(byId('Q11074974').parties?.[0]?.id).toBe('Q11155601');
  });

  it('Vučić has been President of Serbia since 2017-05-31 and was Prime Minister 2014-2017', () => {
    const vucic = byId('Q222031');
    for (const a of ['Vucic', 'Вучић', 'Vučić']) expect(vucic.aliases).toContain(a);
    const pres = (vucic.offices ?? []).find((o) => o.role === 'head_of_state');
    expect(pres).toMatchObject({ title: 'President of Serbia', country: 'RS', start: '2017-05-31', end: null });
    expect(covers(pres!, ARTICLE_DATE)).toBe(true);
    const pm = (vucic.offices ?? []).find((o) => o.title === 'Prime Minister of Serbia');
    expect(pm?.start?.slice(0, 4)).toBe('2014');
    expect(pm?.end?.slice(0, 4)).toBe('2017');
    expect(covers(pm!, ARTICLE_DATE)).toBe(false);
  });

  it('Putin is President of Russia on the article date and has a Cyrillic alias', () => {
    const putin = byId('Q7747');
    expect(putin.aliases).toContain('Путин');
    const now = (putin.offices ?? []).filter((o) => covers(o, ARTICLE_DATE));
    expect(now.map((o) => [o.title, o.start])).toEqual([['President of Russia', '2012-05-07']]);
  });

  it('RIA Novosti is a Russian state-controlled outlet in Rossiya Segodnya, on ria.ru, under the EU broadcast ban', () => {
    const ria = byId('Q821172');
    expect(ria.type).toBe('outlet');
    expect(ria.outlet?.state).toMatchObject({ country: 'RU', stateName: 'Russia' });
    expect(['state-controlled', 'state-owned']).toContain(ria.outlet?.state?.kind);
    expect(ria.outlet?.parent?.name).toBe('Rossiya Segodnya');
    expect(ria.outlet?.domains).toContain('ria.ru');
    expect(ria.designations?.find((d) => /European Union/.test(d.by))?.date).toBe('2024-05-17');
  });

  it("The Moscow Times: foreign agent 2023-11-17 (Justice Ministry), undesirable 2024-07-10 (Prosecutor General)", () => {
    const mt = byId('Q1202611');
    expect(mt.outlet?.domains).toContain('themoscowtimes.com');
    expect(mt.outlet?.state).toBeUndefined();
    const d = (mt.designations ?? []).map((x) => [x.label, x.date, x.by]);
    expect(d).toEqual([
      ['foreign agent', '2023-11-17', 'Ministry of Justice of Russia'],
      ['undesirable organization', '2024-07-10', "Prosecutor General's Office of Russia"],
    ]);
  });

  it('Bobryshev, BRICS, Kazan, the Kremlin and the countries are present with local ids where no QID was confirmed', () => {
    const bob = byId('sc:anton-bobryshev');
    expect(bob.facts?.some((f) => /16 September 2024/.test(f.text))).toBe(true);
    expect(bob.facts?.some((f) => /annulled/.test(f.text))).toBe(true);
    expect(byId('sc:brics').facts?.some((f) => /22–24 October 2024/.test(f.text))).toBe(true);
    expect(byId('sc:kazan').type).toBe('place');
    expect(byId('Q2060629').aliases).toContain('Kremlin');
    for (const [id, iso] of [['Q403', 'RS'], ['Q159', 'RU'], ['Q212', 'UA']] as const) {
      expect(byId(id)).toMatchObject({ type: 'country', countries: [iso] });
    }
    expect(byId('Q458').facts?.some((f) => /1 March 2012/.test(f.text))).toBe(true);
  });
});

describe("today's governments", () => {
  // Issue #4: for every country with a ministers' extract (2022), the main posts through 2026. A country counts as
  // covered when a curated file dates a minister's or deputy head of government's term there that began in 2022 or
  // later, or confirms one as held in 2025 or later.
  const extractsDir = join(dirname(fileURLToPath(import.meta.url)), '../../data/sources', DIR);
  const countries = readdirSync(extractsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => folderCountry(d.name))
    .filter((c): c is string => c !== null);

  it('covers the main posts of every country with a ministers extract', () => {
    expect(countries.length).toBeGreaterThan(55);
    const covered = new Set<string>();
    for (const e of entities)
      for (const o of e.offices ?? [])
        if (o.country && (o.role === 'minister' || o.role === 'deputy_head_of_government') && ((o.start ?? '') >= '2022' || o.cite.asOf >= '2025')) covered.add(o.country);
    expect(countries.filter((c) => !covered.has(c)).sort()).toEqual([]);
  });

  it('gives each of those countries a file of its own', () => {
    const withFile = new Set(loaded.filter((l) => l.entity && /^governments-(?!heads)/.test(l.file)).flatMap((l) => l.entity!.countries));
    expect(countries.filter((c) => !withFile.has(c)).sort()).toEqual([]);
  });
});
