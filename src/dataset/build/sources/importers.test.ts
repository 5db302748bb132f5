// Each importer on a small inline sample written to a temporary source tree.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Entity } from '../../schema.ts';
import { wikidataOfficeholders, classifyOffice, folderDates } from './wikidata-officeholders.ts';
import { parseHolders, linkHolder, displayName } from './cia-factbook.ts';
import { legislatorEntity } from './us-congress.ts';
import { otherNames, partyfacts } from './partyfacts.ts';
import { igoEntity } from './supraverden-igos.ts';
import { splitSourceName, wikipediaPerennialSources } from './wikipedia-perennial-sources.ts';
import { ofacSdn, parseRemarks } from './ofac-sdn.ts';
import { euSanctions, outletNames, splitAliases } from './eu-sanctions.ts';
import { captainfact } from './captainfact.ts';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sc-src-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const known = (...es: Entity[]) => new Map(es.map((entity) => [entity.id, { entity }]));
const byId = (res: { entities: Array<{ entity: Entity }> }, id: string) => res.entities.filter((r) => r.entity.id === id).map((r) => r.entity);

describe('wikidata-officeholders', () => {
  const root = tree({
    'wikidata-officeholders-eps/SOURCE.md': '| `serbia-ministers` | `abc123` | 2022-07-28 | x |\n- `world-leaders-2021/wikidata.csv` <- https://github.com/every-politician-scrapers/world-leaders-2021 `data/wikidata.csv`, commit be7039cf5952d8121c4f1e24eea64cc5dd465633 (2022-10-09). x\n',
    'wikidata-officeholders-eps/world-leaders-2021/wikidata.csv': 'countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year\nQ403,Serbia,Q889830,President of Serbia,Q222031,Aleksandar Vučić,2017,\n',
    'wikidata-officeholders-eps/serbia-ministers/holders21.csv':
      'position,person,personID,start,end,gender,DOB,DOD,image,enwiki\nMinister of Defence,Aleksandar Vulin,Q11074974,2017-06-29,2020-10-28,male,1972-10-02,,,Aleksandar Vulin\nMinister of Internal Affairs,Aleksandar Vulin,Q11074974,2020-10-28,,male,1972-10-02,,,Aleksandar Vulin\nPrime Minister,Someone,Q5,2001-01-01,2002-01-01,male,1950-01-01,,,\n',
  });
  const res = wikidataOfficeholders.run(root, new Map());

  it('emits people with dated offices, birth dates and the snapshot date as the as-of date', () => {
    const vulin = byId(res, 'Q11074974');
    expect(vulin).toHaveLength(2);
    expect(vulin[0].born).toEqual({ date: '1972-10-02', cite: { src: 'wikidata-officeholders', url: 'https://www.wikidata.org/wiki/Q11074974', asOf: '2022-07-28' } });
    const open = vulin.flatMap((e) => e.offices!).find((o) => o.title === 'Minister of Internal Affairs')!;
    expect(open).toMatchObject({ start: '2020-10-28', end: null, country: 'RS', role: 'minister' });
    expect(vulin[0].links!.wikipedia).toBe('https://en.wikipedia.org/wiki/Aleksandar_Vulin');
    expect(byId(res, 'Q5')[0].born!.date).toBe('1950'); // year precision written as -01-01
  });

  it('emits heads from world-leaders-2021, and the country keyed by its QID with the head as an office', () => {
    const country = byId(res, 'Q403')[0];
    expect(country).toMatchObject({ type: 'country', countries: ['RS'] });
    expect(country.offices![0]).toMatchObject({ title: 'President of Serbia: Aleksandar Vučić', role: 'head_of_state', start: '2017', end: null, cite: { asOf: '2022-10-09' } });
  });

  it('classifies offices', () => {
    expect(classifyOffice('Prime Minister of Serbia')).toBe('head_of_government');
    expect(classifyOffice('First Deputy Prime Minister')).toBe('deputy_head_of_government');
    expect(classifyOffice('Chancellor of the Exchequer')).toBe('minister');
    expect(classifyOffice('President of the Senate')).not.toBe('head_of_state');
    expect(classifyOffice('President')).toBe('head_of_state');
    expect(folderDates('| `albania-cabinet` | `e8d3` | 2022-08-02 | x |').get('albania-cabinet')).toBe('2022-08-02');
  });
});

describe('cia-factbook', () => {
  it('parses chief of state and head of government lines', () => {
    const [p] = parseHolders('President Aleksandar VUCIC (since 31 May 2017)');
    expect(p).toMatchObject({ title: 'President', given: ['Aleksandar'], surname: ['VUCIC'], since: '2017-05-31' });
    const [q] = parseHolders('GNU Interim Prime Minister Abd-al-Hamid DUBAYBAH (since 5 February 2021)');
    expect(q.title).toBe('GNU Interim Prime Minister');
    expect(displayName(q)).toBe('Abd-al-Hamid Dubaybah');
    const [tw] = parseHolders('Premier CHO Jung-tai (President of the Executive Yuan) (since 20 May 2024)');
    expect(displayName(tw)).toBe('Cho Jung-tai');
    const nc = parseHolders('President Emmanuel MACRON (since 14 May 2017); represented by High Commissioner Jacques BILLANT (since 3 May 2025)');
    expect(nc.map((h) => h.representative)).toEqual([false, true]);
    expect(parseHolders('co-chiefs of state Captains Regent Matteo ROSSI and Lorenzo BUGLI (for the period 1 October 2025 - 31 March 2026)')).toEqual([]);
    expect(parseHolders('President (vacant)')).toEqual([]);
    expect(displayName(parseHolders('President Denis SASSOU-Nguesso (since 1997)')[0])).toBe('Denis Sassou-Nguesso');
    expect(displayName(parseHolders('Prime Minister John BRICE&Ntilde;O (since 12 November 2020)')[0])).toBe('John Briceño');
    const fo = parseHolders('King FREDERIK X (since 14 January 2024); represented by Chief Administrative Officer Lene Moyell JOHANSEN, chief administrative officer (since 1 May 2022)');
    expect(fo.map(displayName)).toEqual(['Frederik X', 'Lene Moyell Johansen']);
    expect(fo[1].title).toBe('Chief Administrative Officer');
  });

  const key = (id: string, name: string, head = false, headTerms: string[] = []) => ({ id, names: new Set([name]), tokens: new Set(name.split(' ')), head, headTerms: new Set(headTerms) });

  it('links a name to one known person of the country, and refuses when ambiguous', () => {
    const [h] = parseHolders('President Vladimir Vladimirovich PUTIN (since 7 May 2012)');
    expect(linkHolder(h, [key('Q7747', 'vladimir putin', true), key('Q9', 'lyudmila putina')])).toBe('Q7747');
    const [s] = parseHolders('President Serdar BERDIMUHAMEDOW (since 19 March 2022)');
    expect(linkHolder(s, [key('Q1', 'gurbanguly berdimuhamedow', true)])).toBeNull();
    const [k] = parseHolders('Prime Minister Benyamin NETANYAHU (since 29 December 2022)');
    expect(linkHolder(k, [key('Q43723', 'benjamin netanyahu', true)])).toBe('Q43723');
    const [c] = parseHolders('King CHARLES III (since 8 September 2022)');
    expect(linkHolder(c, [key('Q43274', 'charles iii', true)])).toBe('Q43274');
    expect(linkHolder(h, [key('Q1', 'vladimir putin'), key('Q2', 'vladimir putin')])).toBeNull();
    const [t] = parseHolders('President Donald J. TRUMP (since 20 January 2025)');
    expect(linkHolder(t, [key('sc:donald-j-trump', 'donald j trump', true), key('Q22686', 'donald john trump', true)])).toBe('Q22686');
    const [cho] = parseHolders('Premier CHO Jung-tai (President of the Executive Yuan) (since 20 May 2024)');
    expect(linkHolder(cho, [key('Q5116472', 'cho jung tai')])).toBe('Q5116472');
  });

  it('takes the known holder of the same term over a relative whose name holds the first given name', () => {
    const [pm] = parseHolders('Prime Minister Muhammad Shehbaz SHARIF (since 3 March 2024)');
    const son = key('Q5646510', 'muhammad hamza shahbaz sharif');
    const father = key('Q2096387', 'shehbaz sharif', true, ['head_of_government|PK|2024-03-03']);
    expect(linkHolder(pm, [son, father])).toBe('Q5646510'); // what the name alone says
    expect(linkHolder(pm, [son, father], 'head_of_government|PK|2024-03-03')).toBe('Q2096387');
  });
});

describe('us-congress', () => {
  it('turns a legislator into a person with offices, party and birth date; open seats end null', () => {
    const e = legislatorEntity(
      {
        id: { wikidata: 'Q22250', wikipedia: 'Maria Cantwell' },
        name: { first: 'Maria', last: 'Cantwell', official_full: 'Maria Cantwell' },
        bio: { birthday: '1958-10-13' },
        terms: [
          { type: 'sen', start: '2001-01-03', end: '2007-01-03', state: 'WA', party: 'Democrat' },
          { type: 'sen', start: '2007-01-03', end: '2031-01-03', state: 'WA', party: 'Democrat' },
        ],
      },
      '2026-06-15',
    )!;
    expect(e.offices).toEqual([{ title: 'United States Senator from WA', role: 'legislator', country: 'US', start: '2001-01-03', end: null, cite: { src: 'us-congress', asOf: '2026-06-15' } }]);
    expect(e.parties).toEqual([{ name: 'Democratic Party', start: '2001-01-03', end: null, cite: { src: 'us-congress', asOf: '2026-06-15' } }]);
    expect(e.born!.date).toBe('1958-10-13');
    expect(legislatorEntity({ id: {}, name: { first: 'A', last: 'B' }, terms: [] }, '2026')).toBeNull();
  });
});

describe('captainfact', () => {
  it('takes Latin names and skips rows shifted by a broken native name', () => {
    const root = tree({
      'captainfact-wikidata-politicians/politicians_born_after_1945_having_a_picture.csv':
        'politician,politicianDescription,image,name_in_native_language,date_of_birth,country,,,\n' +
        'http://www.wikidata.org/entity/Q157,24th President of the French Republic,img,François Hollande,1954-08-12T00:00:00Z,FR,,,\n' +
        'http://www.wikidata.org/entity/Q99,desc,img,ÐÑÑÐ»Ð°Ð½Ð°,x,1973-05-24T00:00:00Z,UA,,\n',
    });
    const res = captainfact.run(root, new Map());
    expect(res.entities.map((r) => r.entity.id)).toEqual(['Q157']);
    expect(res.entities[0].entity).toMatchObject({ name: 'François Hollande', countries: ['FR'], born: { date: '1954-08-12' }, description: { text: '24th President of the French Republic' } });
  });
});

describe('partyfacts and supraverden', () => {
  it('splits native names given with language labels', () => {
    expect(otherNames('Serbian: Покрет социјалиста / Pokret socijalista')).toEqual(['Покрет социјалиста', 'Pokret socijalista']);
  });
  it("takes the Wikidata table's label as an alias and the best vote share as prominence", () => {
    const root = tree({
      'partyfacts/wikidata.csv': 'country,partyfacts_id,wikidata_id,name,name_short,name_native\nGBR,1567,Q9626,Conservative Party,Con,\nUSA,9,Q1,Whig Party,,\n',
      'partyfacts/partyfacts-core-parties.csv':
        'country,partyfacts_id,technical,name_short,name,name_english,name_other,year_first,year_last,share,share_year,new,wikipedia,description,comment,created,modified\n' +
        'GBR,1567,,Con,Conservatives,Conservatives,,1834,,55.0,1931,,,,,,\n' +
        'USA,9,,W,Whig Party,Whig Party,,1833,1856,50.0,1840,,,,,,\n',
    });
    const res = partyfacts.run(root, new Map());
    const [con] = byId(res, 'Q9626');
    expect(con.name).toBe('Conservatives');
    expect(con.aliases).toContain('Conservative Party');
    expect(con.prominence).toBe(0.55);
    // A party gone before 2000 counts half.
    expect(byId(res, 'Q1')[0].prominence).toBe(0.25);
  });
  it('keeps an IGO under its QID with names in other languages as aliases', () => {
    const e = igoEntity('North Atlantic Treaty Organization', { Wikidata_code: 'Q7184', Name_en: 'North Atlantic Treaty Organization', Abbreviation_en: 'NATO', Name_ru: 'Организация Североатлантического договора', Year_established: 1949 }, '2026-06-24');
    expect(e.id).toBe('Q7184');
    expect(e.aliases).toContain('NATO');
    expect(e.aliases).toContain('Организация Североатлантического договора');
    expect(e.description!.cite.src).toBe('supraverden-igos');
  });
});

describe('wikipedia-perennial-sources', () => {
  it('gives an existing outlet its rating by domain and makes new outlets from the rest', () => {
    expect(splitSourceName('TASS (ITAR-TASS, Telegraph Agency of the Soviet Union)')).toEqual({ name: 'TASS', aliases: ['ITAR-TASS', 'Telegraph Agency of the Soviet Union'] });
    const root = tree({
      'wikipedia-perennial-sources/kynoptic/reliability_ranking.csv': 'source_name,status,domain,total_citations,fa_citations,ga_citations,distinct_articles\nRIA Novosti,nc,ria.ru,3913,4,48,2528\n"TASS (ITAR-TASS)",gu,tass.ru,3000,6,32,1866\n',
      'wikipedia-perennial-sources/kudusch/perennial-sources.csv': 'id,name,status,status_n,wiki_url,urls,urls_n,info\n1,TASS,"[""No consensus""]",1,https://en.wikipedia.org/wiki/TASS,"[""tass.com"", ""tass.ru""]",2,TASS is a news agency.\n',
    });
    const ria: Entity = { id: 'Q821172', type: 'outlet', name: 'RIA Novosti', aliases: [], countries: ['RU'], outlet: { domains: ['ria.ru'] } };
    const res = wikipediaPerennialSources.run(root, known(ria));
    expect(byId(res, 'Q821172')[0].outlet!.reliability!.status).toBe('No consensus');
    const tass = res.entities.find((r) => r.entity.name === 'TASS')!.entity;
    expect(tass.id).toBe('sc:tass');
    expect(tass.outlet!.domains.sort()).toEqual(['tass.com', 'tass.ru']);
    expect(tass.outlet!.reliability).toMatchObject({ status: 'Generally unreliable', cite: { asOf: '2026-06-26' } });
    expect(tass.facts![0]).toMatchObject({ cite: { asOf: '2021-03-17' } });
  });

  it('ignores reference links and lets no section of a site claim the whole host', () => {
    const root = tree({
      'wikipedia-perennial-sources/kynoptic/reliability_ranking.csv': 'source_name,status,domain,total_citations,fa_citations,ga_citations,distinct_articles\nGoogle Maps (Google Street View),nc,google.com,1512133,1,1,1\nFox News,nc,foxnews.com,100,1,1,1\n',
      'wikipedia-perennial-sources/kudusch/perennial-sources.csv':
        'id,name,status,status_n,wiki_url,urls,urls_n,info\n' +
        '1,Google Maps (Google Street View),"[""No consensus""]",1,,"[""google.com/maps""]",1,Maps.\n' +
        '2,Common Sense Media,"[""Generally reliable""]",1,,"[""commonsensemedia.org"", ""www.wikidata.org/wiki/q5153474#p2139""]",2,CSM.\n' +
        '3,Fox News (news),"[""Generally reliable""]",1,,"[""www.foxnews.com/go"", ""www.foxnews.com""]",2,News.\n' +
        '4,Fox News (talk shows),"[""Generally unreliable""]",1,,"[""www.foxnews.com""]",1,Talk.\n',
    });
    const res = wikipediaPerennialSources.run(root, new Map());
    const byName = (n: string) => res.entities.filter((r) => r.entity.name === n).map((r) => r.entity);
    expect(byName('Google Maps')).toEqual([]); // no domain of its own left
    expect(byName('Common Sense Media')[0].outlet!.domains).toEqual(['commonsensemedia.org']);
    const fox = byName('Fox News');
    expect(fox).toHaveLength(1);
    expect(fox[0].outlet!.domains).toEqual(['foxnews.com']);
    expect(fox[0].facts!.map((f) => f.text)).toEqual([
      'Wikipedia\'s perennial-sources entry "Fox News (news)" (March 2021): Generally reliable. News.',
      'Wikipedia\'s perennial-sources entry "Fox News (talk shows)" (March 2021): Generally unreliable. Talk.',
    ]);
  });
});

const PROGRAMS = {
  'eu-sanctions-opensanctions-oj/programs/US-BALKANS.yml': 'key: US-BALKANS\ntitle: Balkans-Related Sanctions\naliases:\n  - EO 14033\n  - BALKANS\n',
  'eu-sanctions-opensanctions-oj/programs/EU-UKR.yml': 'key: EU-UKR\ntitle: EU sanctions related to Ukraine\n',
};

describe('ofac-sdn', () => {
  const root = tree({
    ...PROGRAMS,
    'ofac-sdn/sdn.csv':
      '43736,"VULIN, Aleksandar","individual","BALKANS-EO14033",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 02 Oct 1972; POB Novi Sad, Serbia; nationality Serbia."\n' +
      '50001,"JOVANOVIC, Petar","individual","BALKANS-EO14033",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 01 Jan 1980; a.k.a. \'JOVANOVIC, Pera\'."\n' +
      '50002,"MARKOVIC, Ivan","individual","BALKANS-EO14033",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1975."\n' +
      '50003,"EXAMPLE TRADING LLC",-0- ,"BALKANS-EO14033",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n' +
      '50004,"SHIP ONE",vessel,"IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n',
  });
  const people = known(
    { id: 'Q11074974', type: 'person', name: 'Aleksandar Vulin', aliases: [], countries: ['RS'], born: { date: '1972-10-02', cite: { src: 'web', url: 'https://x.org', asOf: '2024' } } },
    { id: 'Q2', type: 'person', name: 'Petar Jovanović', aliases: [], countries: ['RS'], born: { date: '1961-03-03', cite: { src: 'captainfact', asOf: '2017' } } },
    { id: 'Q3', type: 'person', name: 'Ivan Marković', aliases: [], countries: ['RS'] },
  );
  const res = ofacSdn.run(root, people);

  it('attaches a listing on name + birth date, with the listing aliases', () => {
    const [v] = byId(res, 'Q11074974');
    expect(v.sanctions![0]).toMatchObject({ authority: 'US Treasury (OFAC)', program: 'Balkans-Related Sanctions (BALKANS-EO14033)', evidence: 'name+birthdate', cite: { src: 'ofac-sdn', asOf: '2024-05-03' } });
  });
  it('keeps a same-name person with another birth date apart: the listing becomes its own entity', () => {
    expect(byId(res, 'Q2')).toEqual([]);
    const own = byId(res, 'sc:ofac-50001')[0];
    expect(own).toMatchObject({ type: 'person', name: 'Petar Jovanovic', born: { date: '1980-01-01' }, aliases: ['Pera Jovanovic'] });
    expect(own.sanctions![0].evidence).toBe('identifier');
  });
  it('records a name match without a usable birth date as name-only', () => {
    expect(byId(res, 'Q3')[0].sanctions![0].evidence).toBe('name-only');
    expect(byId(res, 'Q3')[0].aliases).toEqual([]);
  });
  it('makes unmatched bodies entities of their own and leaves vessels out', () => {
    expect(byId(res, 'sc:ofac-50003')[0].type).toBe('organization');
    expect(byId(res, 'sc:ofac-50004')).toEqual([]);
    expect(parseRemarks('DOB circa 1960; nationality Russia; a.k.a. \'X\'').dob).toBe('1960');
  });
});

describe('eu-sanctions', () => {
  const header = 'celex,recordId,programKey,annex,measure,startDate,reason,schema,name,alias,weakAlias,previousName,country,nationality,jurisdiction,birthDate,birthPlace,position';
  const root = tree({
    ...PROGRAMS,
    'eu-sanctions-opensanctions-oj/eu_journal_sanctions.yml': 'consolidation:\n    32014R0269: 02014R0269-20260717\n    32014R0833: 02014R0833-20260717\n',
    'eu-sanctions-opensanctions-oj/amendments/.keep': '',
    'eu-sanctions-opensanctions-oj/consolidated/32014R0269.csv':
      `${header}\n32014R0269,1,EU-UKR,I.PERSONS,Asset freeze,25.2.2022,reason,Person,Vladimir Vladimirovich PUTIN,Владимир Владимирович ПУТИН,,,,,,7.10.1952 POB: Leningrad,,President\n` +
      `32014R0269,2,EU-UKR,I.ENTITIES,Asset freeze,16.12.2022,reason,LegalEntity,ANO TV-Novosti,АНО ‘ТВ-новости’,,,,,,,,\n`,
    'eu-sanctions-opensanctions-oj/consolidated/32014R0833.csv': `${header}\n32014R0833,1,EU-RUS,XV,Services ban,,,LegalEntity,RIA Novosti,,,,,,,,,\n32014R0833,2,EU-RUS,XV,Services ban,,,LegalEntity,Rossiya RTR / RTR Planeta,,,,,,,,,\n`,
  });
  const res = euSanctions.run(
    root,
    known(
      { id: 'Q7747', type: 'person', name: 'Vladimir Putin', aliases: [], countries: ['RU'], born: { date: '1952-10-07', cite: { src: 'wikidata-officeholders', asOf: '2022' } } },
      { id: 'Q821172', type: 'outlet', name: 'RIA Novosti', aliases: [], countries: ['RU'], outlet: { domains: ['ria.ru'] } },
    ),
  );
  it('attaches on name + birth date with the listing date and the consolidated version as as-of', () => {
    const [p] = byId(res, 'Q7747');
    expect(p.sanctions![0]).toMatchObject({ authority: 'European Union', listed: '2022-02-25', evidence: 'name+birthdate', cite: { src: 'eu-sanctions', asOf: '2026-07-17' } });
    expect(p.aliases).toContain('Владимир Владимирович ПУТИН');
  });
  it('records the Annex XV broadcast ban as a designation of the outlet, making an outlet when none is known', () => {
    expect(byId(res, 'Q821172')[0].designations![0].label).toMatch(/833\/2014, Annex XV/);
    const rtr = byId(res, 'sc:rossiya-rtr')[0];
    expect(rtr).toMatchObject({ type: 'outlet', name: 'Rossiya RTR', aliases: ['RTR Planeta'], countries: ['RU'] });
  });
  it('makes an unmatched listed body its own organisation', () => {
    const tv = res.entities.find((r) => r.entity.name === 'ANO TV-Novosti')!.entity;
    expect(tv).toMatchObject({ type: 'organization', sanctions: [{ evidence: 'identifier', listed: '2022-12-16' }] });
    expect(splitAliases('Sergei AKSENOV (Сергей АКСЁНОВ); Serhiy AKSYONOV')).toEqual(['Sergei AKSENOV', 'Сергей АКСЁНОВ', 'Serhiy AKSYONOV']);
    expect(outletNames('RT- Russia Today English')).toEqual(['RT- Russia Today English', 'RT', 'Russia Today']);
  });
});
