// The sources table: one row per source the dataset cites. Every fact's cite.src is one of these ids.
import type { Source } from '../schema.ts';

export const SOURCES: Record<string, Source> = {
  'cia-factbook': {
    id: 'cia-factbook',
    name: 'CIA World Factbook (final edition)',
    url: 'https://github.com/factbook/factbook.json',
    licence: 'Public domain (US Government work); JSON compilation CC0 1.0',
    asOf: '2026-01-21',
    attribution: 'Source: CIA World Factbook',
  },
  'wikidata-officeholders': {
    id: 'wikidata-officeholders',
    name: 'Wikidata office-holder extracts (EveryPolitician scrapers)',
    url: 'https://github.com/every-politician-scrapers',
    licence: 'CC0 1.0 (Wikidata)',
    asOf: '2022-10',
    attribution: 'Wikidata / EveryPolitician scrapers (Tony Bowden)',
  },
  'us-congress': {
    id: 'us-congress',
    name: 'unitedstates/congress-legislators',
    url: 'https://github.com/unitedstates/congress-legislators',
    licence: 'CC0 1.0',
    asOf: '2026-06-15',
  },
  captainfact: {
    id: 'captainfact',
    name: 'CaptainFact dev data: Wikidata politicians born after 1945',
    url: 'https://github.com/CaptainFact/captain-fact-dev-data',
    licence: 'CC0 1.0 (Wikidata)',
    asOf: '2017-08-09',
    attribution: 'Wikidata via CaptainFact',
  },
  partyfacts: {
    id: 'partyfacts',
    name: 'Party Facts',
    url: 'https://partyfacts.herokuapp.com/',
    licence: 'MIT',
    asOf: '2024-03-29',
    attribution: 'Party Facts (Döring & Regel 2019; Bederke, Döring & Regel)',
  },
  'supraverden-igos': {
    id: 'supraverden-igos',
    name: 'SupraVerden list of international organisations',
    url: 'https://github.com/confirmordeny/supraverden',
    licence: 'CC BY-SA 4.0',
    asOf: '2026-06-24',
    attribution: 'SupraVerden © Confirmordeny 2025-2026, CC BY-SA 4.0',
  },
  'ofac-sdn': {
    id: 'ofac-sdn',
    name: 'US Treasury OFAC Specially Designated Nationals list',
    url: 'https://www.treasury.gov/ofac/downloads/sdn.csv',
    licence: 'Public domain (US Government work)',
    asOf: '2024-05-03',
    attribution: 'US Department of the Treasury, Office of Foreign Assets Control',
  },
  'eu-sanctions': {
    id: 'eu-sanctions',
    name: 'EU sanctions from the Official Journal (OpenSanctions transcriptions)',
    url: 'https://github.com/opensanctions/opensanctions/tree/main/datasets/eu/journal_sanctions',
    licence: 'MIT (transcriptions); EU legal text reusable with acknowledgement (Decision 2011/833/EU)',
    asOf: '2026-07-30',
    attribution: 'OpenSanctions (opensanctions/opensanctions, MIT) / Official Journal of the European Union',
  },
  'wikipedia-perennial-sources': {
    id: 'wikipedia-perennial-sources',
    name: 'Wikipedia: Reliable sources/Perennial sources',
    url: 'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources',
    licence: 'CC BY-SA 4.0',
    asOf: '2026-06-26',
    attribution: 'English Wikipedia contributors, Wikipedia:Reliable sources/Perennial sources, CC BY-SA 4.0',
  },
  web: {
    id: 'web',
    name: 'Curated entry (public web page)',
    url: 'https://github.com/source-context/source-context/tree/main/data/curated',
    licence: 'Facts cited to the linked public pages',
    asOf: '2026-11',
  },
};

export function cite(src: keyof typeof SOURCES | string, asOf: string, url?: string) {
  return url ? { src, asOf, url } : { src, asOf };
}
