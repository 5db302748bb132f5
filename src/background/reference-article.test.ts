// The reference article, end to end without a browser: the demo page's DOM → detection → text map → linking →
// cards from the built dataset, checked field by field for the article's date (2024-10-24).
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Dataset } from '../dataset/store.ts';
import { fsReader } from '../dataset/fs-reader.ts';
import { buildDataset } from '../dataset/build/build.ts';
import { createLinker } from '../match/index.ts';
import { detectArticle } from '../detect/index.ts';
import { buildTextMap } from '../content/text-map.ts';
import { analyze, type Analysis } from './analyze.ts';
import type { Card } from '../shared/types.ts';

const root = new URL('../..', import.meta.url).pathname;
const PAGE_URL = 'http://127.0.0.1:8000/moscow-times-2024-10-24.html';
let analysis: Analysis;
const card = (name: string): Card => {
  const found = analysis.cards.find((c) => c.name === name);
  if (!found) throw new Error(`no card for ${name}; cards: ${analysis.cards.map((c) => c.name).join(', ')}`);
  return found;
};

beforeAll(async () => {
  if (!existsSync(`${root}build/dataset/manifest.json`)) await buildDataset(root);
  const dataset = await Dataset.open(fsReader(`${root}build/dataset`));
  const { document } = parseHTML(readFileSync(`${root}assets/demo/moscow-times-2024-10-24.html`, 'utf8'));
  const detection = detectArticle(document as unknown as Document, PAGE_URL);
  const map = buildTextMap(detection.bodyElements);
  analysis = await analyze(dataset, createLinker(dataset.nameIndex), {
    kind: 'analyze',
    article: detection.info,
    canonicalUrl: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    text: map.text,
    linkHosts: map.linkHosts,
  });
}, 120_000);

describe('the reference article on 2024-10-24', () => {
  it('is detected with its metadata', () => {
    expect(analysis.article).toMatchObject({
      isArticle: true,
      title: "Serbia Doesn't Endorse Russian Emigres' Anti-Kremlin Protests, Says Deputy PM",
      publisher: 'The Moscow Times',
    });
    expect(analysis.article.datePublished?.slice(0, 10)).toBe('2024-10-24');
  });

  it('Aleksandar Vulin: Deputy Prime Minister on the date, earlier posts, party, US sanctions since 11 July 2023', () => {
    const vulin = card('Aleksandar Vulin');
    expect(vulin.type).toBe('person');
    const deputy = vulin.atDate.offices.find((o) => /Deputy Prime Minister/.test(o.title));
    expect(deputy).toMatchObject({ start: '2024-05-02', asOfOnly: false });
    expect(vulin.headline).toMatch(/^Deputy Prime Minister of Serbia/);
    expect(vulin.headline).toMatch(/sanctions since 2023/);
    const titles = vulin.offices.map((o) => o.title).join(' | ');
    for (const post of [/Security Intelligence Agency/, /Internal Affairs|Interior/, /Defen[cs]e/, /Labour/]) expect(titles).toMatch(post);
    expect(vulin.parties.map((p) => p.name)).toContain('Movement of Socialists');
    const ofac = vulin.sanctions.find((s) => /OFAC/.test(s.authority));
    expect(ofac).toMatchObject({ listed: '2023-07-11' });
    expect(ofac!.program).toMatch(/Western Balkans/);
  });

  it('Aleksandar Vučić: President on the date, and a note that the article calls him Prime Minister', () => {
    const vucic = card('Aleksandar Vučić');
    expect(vucic.atDate.offices[0]).toMatchObject({ title: 'President of Serbia', start: '2017-05-31' });
    expect(vucic.offices.some((o) => /Prime Minister/.test(o.title) && o.start?.startsWith('2014') && o.end?.startsWith('2017'))).toBe(true);
    expect(vucic.titleCheck?.saidInText).toBe('Prime Minister');
    expect(vucic.titleCheck?.note).toMatch(/President of Serbia/);
  });

  it('Vladimir Putin: President of Russia on the date', () => {
    expect(card('Vladimir Putin').atDate.offices.map((o) => o.title)).toContain('President of Russia');
  });

  it('RIA Novosti: a cited source, state-run by Russia, with its EU status', () => {
    const ria = card('RIA Novosti');
    expect(analysis.citedIds).toContain(ria.id);
    expect(ria.stateAffiliation?.state).toBe('Russia');
    expect(ria.headline).toMatch(/Russia/);
    expect(ria.designations.some((d) => /EU|European/.test(d.by))).toBe(true);
  });

  it('The Moscow Times, the site being read: foreign agent (2023-11-17) and undesirable (2024-07-10)', () => {
    const site = analysis.siteOutlet!;
    expect(site.name).toBe('The Moscow Times');
    const dates = site.designations.map((d) => d.date);
    expect(dates).toContain('2023-11-17');
    expect(dates).toContain('2024-07-10');
  });

  it('the rest of the article: Bobryshev, BRICS, the EU, the Kremlin, Serbia, Russia, Ukraine, Kazan', () => {
    expect(card('Anton Bobryshev').description).toMatch(/activist/);
    expect(card('BRICS').type).toBe('organization');
    expect(card('European Union').type).toBe('organization');
    expect(card('Kazan').type).toBe('place');
    for (const country of ['Serbia', 'Russia', 'Ukraine']) expect(card(country).type).toBe('country');
    expect(analysis.mentions.some((m) => m.surface === 'Kremlin')).toBe(true);
  });

  it('links no one the article does not name', () => {
    const people = analysis.cards.filter((c) => c.type === 'person').map((c) => c.name).sort();
    expect(people).toEqual(['Aleksandar Vulin', 'Aleksandar Vučić', 'Anton Bobryshev', 'Vladimir Putin']);
  });

  it('cites a source with an address and a date for every fact on every card', () => {
    for (const c of [...analysis.cards, analysis.siteOutlet!]) {
      const refs = [
        ...c.atDate.offices.map((o) => o.source),
        ...c.offices.map((o) => o.source),
        ...c.parties.map((p) => p.source),
        ...c.sanctions.map((s) => s.source),
        ...c.designations.map((d) => d.source),
        ...c.facts.map((f) => f.source),
        ...(c.stateAffiliation ? [c.stateAffiliation.source] : []),
      ];
      for (const ref of refs) {
        expect(ref.url, `${c.name}: ${ref.name}`).toMatch(/^https?:\/\//);
        expect(ref.asOf, `${c.name}: ${ref.name}`).toMatch(/^\d{4}/);
      }
    }
  });
});
