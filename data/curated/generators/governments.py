# Provenance: this script wrote ../governments-*.yaml from the CIA Factbook and Wikidata extracts in ../../shared/data/raw
# (it needs that folder; the build itself only reads the YAML). Matching of CIA names to extract QIDs is deliberately strict.
# Generates data/curated/governments-*.yaml: heads of state and government as of the CIA World Factbook's final
# edition (Jan 2026) for every country with a Wikidata office-holder extract, plus hand-cited 2024-2025 changes
# in Serbia, Russia and Ukraine. A person gets the Wikidata QID of the extract only when the name matches one
# extract person of that country uniquely; otherwise a local sc: id.
import csv, glob, html, json, os, re, sys, unicodedata
RAW = '/work/shared/data/raw'
EPS = f'{RAW}/wikidata-officeholders-eps'
OUT = '/work/main/data/curated'

# QIDs the us-congress-legislators and Wikidata extracts in data/sources give for these names.
KNOWN_QIDS = {'Donald J. Trump': 'Q22686', 'Friedrich Merz': 'Q566257', 'Mark Carney': 'Q192533'}

FOLDERS = {  # extract folder -> (CIA conventional short name, ISO2, English name for titles)
 'albania-cabinet':('Albania','AL','Albania'),'argentina-ministers':('Argentina','AR','Argentina'),'armenia-ministers':('Armenia','AM','Armenia'),
 'australia-cabinet':('Australia','AU','Australia'),'austria-cabinet':('Austria','AT','Austria'),'azerbaijan-cabinet':('Azerbaijan','AZ','Azerbaijan'),
 'belarus-ministers':('Belarus','BY','Belarus'),'belgium-cabinet':('Belgium','BE','Belgium'),'bosnia-herzegovina-ministers':('Bosnia and Herzegovina','BA','Bosnia and Herzegovina'),
 'brazil-ministers':('Brazil','BR','Brazil'),'bulgaria-cabinet':('Bulgaria','BG','Bulgaria'),'canada-cabinet':('Canada','CA','Canada'),'china-ministers':('China','CN','China'),
 'croatia-ministers':('Croatia','HR','Croatia'),'czech-ministers':('Czechia','CZ','Czechia'),'denmark-cabinet':('Denmark','DK','Denmark'),'egypt-ministers':('Egypt','EG','Egypt'),
 'estonia':('Estonia','EE','Estonia'),'finland-cabinet':('Finland','FI','Finland'),'france-cabinet':('France','FR','France'),'georgia-ministers':('Georgia','GE','Georgia'),
 'greece-cabinet':('Greece','GR','Greece'),'hungary-cabinet':('Hungary','HU','Hungary'),'india-ministers':('India','IN','India'),'iran-ministers':('Iran','IR','Iran'),
 'israel-ministers':('Israel','IL','Israel'),'italy-ministers':('Italy','IT','Italy'),'japan-ministers':('Japan','JP','Japan'),'kazakhstan-cabinet':('Kazakhstan','KZ','Kazakhstan'),
 'kosovo-cabinet':('Kosovo','XK','Kosovo'),'latvia-cabinet':('Latvia','LV','Latvia'),'lithuania':('Lithuania','LT','Lithuania'),'mexico-ministers':('Mexico','MX','Mexico'),
 'moldova-ministers':('Moldova','MD','Moldova'),'montenegro-cabinet':('Montenegro','ME','Montenegro'),'netherlands-cabinet':('Netherlands','NL','the Netherlands'),
 'nigeria':('Nigeria','NG','Nigeria'),'north-korea':('North Korea','KP','North Korea'),'north-macedonia-ministers':('North Macedonia','MK','North Macedonia'),
 'norway-cabinet':('Norway','NO','Norway'),'pakistan-ministers':('Pakistan','PK','Pakistan'),'poland-cabinet':('Poland','PL','Poland'),'qatar-ministers':('Qatar','QA','Qatar'),
 'romania-cabinet':('Romania','RO','Romania'),'russia-cabinet':('Russia','RU','Russia'),'saudi-ministers':('Saudi Arabia','SA','Saudi Arabia'),'serbia-ministers':('Serbia','RS','Serbia'),
 'slovakia-cabinet':('Slovakia','SK','Slovakia'),'slovenia-cabinet':('Slovenia','SI','Slovenia'),'south-africa-cabinet':('South Africa','ZA','South Africa'),
 'south-korea-ministers':('South Korea','KR','South Korea'),'spain-ministers':('Spain','ES','Spain'),'sweden-cabinet':('Sweden','SE','Sweden'),'syria':('Syria','SY','Syria'),
 'taiwan':('Taiwan','TW','Taiwan'),'turkey-ministers':('Turkey','TR','Turkey'),'uae-ministers':('United Arab Emirates','AE','the United Arab Emirates'),
 'ukraine-cabinet':('Ukraine','UA','Ukraine'),'united-kingdom-cabinet':('United Kingdom','GB','the United Kingdom'),'us-cabinet':('United States','US','the United States'),
 'venezuela':('Venezuela','VE','Venezuela'),'vietnam':('Vietnam','VN','Vietnam'),
}
EXTRA = {'Germany':('DE','Germany')}  # heads only, from the world-leaders extract (no cabinet extract exists)

# CIA profiles by conventional short name
cia = {}
for f in glob.glob(f'{RAW}/cia-world-factbook-json/*/*.json'):
    try: d = json.load(open(f))
    except Exception: continue
    n = d.get('Government', {}).get('Country name', {}).get('conventional short form', {}).get('text')
    if n: cia[html.unescape(n)] = d

cia['United Arab Emirates'] = json.load(open(f'{RAW}/cia-world-factbook-json/middle-east/ae.json'))

def slug_url(short):
    s = short.lower()
    s = re.sub(r'\s*\(.*?\)', '', s)
    s = s.replace(', ', '-').replace(' ', '-')
    return f'https://www.cia.gov/the-world-factbook/countries/{s}/'

def fold(s):
    s = html.unescape(s).replace('đ', 'dj').replace('Đ', 'Dj').replace('ı', 'i').replace('ø', 'o').replace('Ø', 'O').replace('æ', 'ae').replace('ß', 'ss').replace('ł', 'l').replace('Ł', 'L')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))

def toks(s):
    return [t for t in re.split(r"[^a-z0-9]+", fold(s).lower()) if t]

# name index per extract folder: QID -> label
def extract_people(folder, country_label):
    people = {}
    for fn in ('holders21.csv', 'current.csv'):
        p = f'{EPS}/{folder}/{fn}'
        if os.path.exists(p):
            for r in csv.DictReader(open(p)):
                if r.get('personID', '').startswith('Q'): people[r['personID']] = r['person']
    p = f'{EPS}/{folder}/bio.csv'
    if os.path.exists(p):
        for r in csv.DictReader(open(p)):
            if r.get('id', '').startswith('Q') and r.get('name'): people.setdefault(r['id'], r['name'])
    for r in csv.DictReader(open(f'{EPS}/world-leaders-2021/wikidata.csv')):
        if r['country'] == country_label or re.search(r'\b' + re.escape(country_label) + r'$', r['country']): people[r['officeholder'].rsplit('/', 1)[-1]] = r['officeholderLabel']
    return people

TITLE_WORDS = set("president vice prime minister premier chancellor king queen emperor emir amir crown prince and acting interim governor-general governor general sultan supreme leader chairman of the state council federal first deputy grand duke head government executive yuan caretaker foreign co-vice represented by affairs commission people's assembly chairperson ministers presidency".split())

def parse_cia(text, country=''):
    """[(title, raw_name, iso_date)] for each 'Title NAME (since D Month YYYY)' in a CIA executive field."""
    text = html.unescape(re.sub(r'<[^>]+>', ' ', text))
    text = re.sub(r'\((?!since )[^)]*\)', ' ', text)
    out = []
    for m in re.finditer(r'([^;()]*?)\s*(?:\([^)]*\)\s*)?\(since (\d{1,2}) (\w+) (\d{4})\)', text):
        pre, dd, mon, yy = m.group(1).strip(' ,'), m.group(2), m.group(3), m.group(4)
        months = ['January','February','March','April','May','June','July','August','September','October','November','December']
        if mon not in months: continue
        date = f'{yy}-{months.index(mon)+1:02d}-{int(dd):02d}'
        words = pre.split()
        i = 0
        while i < len(words) and (words[i].lower().strip(',') in TITLE_WORDS or words[i] in country.split()) and not (words[i].isupper() and len(words[i]) > 1 and words[i].lower() not in ('and',)):
            i += 1
        title, name = ' '.join(words[:i]), ' '.join(words[i:])
        title = re.sub(r'^represented by\s+', '', title)
        if name: out.append((title, name, date))
    return out

ROMAN = re.compile(r'^[IVX]+$')
def pretty(name):
    def fix(tok):
        if ROMAN.match(tok): return tok
        parts = re.split(r'(-)', tok)
        return ''.join(p if p == '-' or not p.isupper() or len(p) == 1 else p.capitalize() for p in parts)
    return ' '.join(fix(t) for t in name.split())

import difflib
ROMAN_T = set('i ii iii iv v vi vii viii x xvi'.split())
def close(a, b): return a == b or (len(a) >= 6 and len(b) >= 6 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.75)
def match_qid(raw, people, country_label=''):
    drop = set(toks(country_label)) | {'of', 'the'} | ROMAN_T
    ct = [t for t in toks(raw) if t not in ROMAN_T]
    upper = [t for w in raw.split() for part in w.split('-') if part.isupper() and len(part) > 1 for t in toks(part) if t not in ROMAN_T]
    hits = []
    for q, label in people.items():
        lt = [t for t in toks(label) if t not in drop]
        if not lt or not ct: continue
        if not upper or not any(close(upper[0], l) for l in lt): continue
        unmatched = [i for i, l in enumerate(lt) if not any(close(l, c) for c in ct)]
        if not unmatched: hits.append(q)
    hits = sorted(set(hits))
    return hits[0] if len(hits) == 1 else None

def slugify(s):
    return re.sub(r'-+', '-', re.sub(r'[^a-z0-9]+', '-', fold(s).lower())).strip('-')

def role_for(field, title):
    t = title.lower()
    if 'deputy' in t: return 'deputy_head_of_government'
    if field == 'head of government': return 'head_of_government'
    if 'vice' in t or 'governor' in t: return 'other'
    return 'head_of_state' if field == 'chief of state' else 'head_of_government'

reference_ids = set(re.findall(r'^  - id: (\S+)', open(f'{OUT}/reference-article.yaml').read(), re.M))

W = lambda url, asOf: {'src': 'web', 'url': url, 'asOf': asOf}
WD = lambda q: {'src': 'wikidata-officeholders', 'url': f'https://www.wikidata.org/wiki/{q}', 'asOf': '2022-07'}

files = {}  # filename -> {id: entity}
def entity(fname, pid, name, cc, qid=None):
    ents = files.setdefault(fname, {})
    if pid not in ents:
        ents[pid] = {'id': pid, 'qid': qid, 'type': 'person', 'name': name, 'aliases': [], 'countries': [cc], 'offices': [], 'facts': [], 'description': None}
    return ents[pid]

def file_for(cc):
    return {'RS': 'governments-serbia.yaml', 'RU': 'governments-russia.yaml', 'UA': 'governments-ukraine.yaml'}.get(cc, 'governments-heads-2026.yaml')

unmatched = []
countries = [(f, *v) for f, v in FOLDERS.items()] + [(None, k, *v) for k, v in EXTRA.items()]
for folder, short, cc, label in countries:
    d = cia.get(short)
    if not d:
        print('no CIA profile for', short, file=sys.stderr); continue
    wl_label = {'Korea, North': 'North Korea', 'Korea, South': 'South Korea', 'Czechia': 'Czech Republic', 'Turkey (Turkiye)': 'Turkey', 'Bosnia and Herzegovina': 'Bosnia and Herzegovina'}.get(short, short)
    people = extract_people(folder, wl_label) if folder else {r['officeholder']: r['officeholderLabel'] for r in csv.DictReader(open(f'{EPS}/world-leaders-2021/wikidata.csv')) if r['country'] == wl_label}
    ex = d.get('Government', {}).get('Executive branch', {})
    cite = {'src': 'cia-factbook', 'url': slug_url(short), 'asOf': '2026-01'}
    seen_person_office = set()
    for field in ('chief of state', 'head of government'):
        for title, raw, date in parse_cia(ex.get(field, {}).get('text', ''), label):
            qid = match_qid(raw, people, label)
            if not qid and date < '2021-01-01':
                up = [t for w in raw.split() for part in w.split('-') if part.isupper() and len(part) > 1 for t in toks(part)]
                cands = {r['officeholder'] for r in csv.DictReader(open(f'{EPS}/world-leaders-2021/wikidata.csv'))
                         if (r['country'] == wl_label or r['country'].endswith(wl_label)) and up and any(difflib.SequenceMatcher(None, up[0], t).ratio() >= 0.7 for t in toks(r['officeholderLabel']))}
                if len(cands) == 1:
                    qid = cands.pop(); people.setdefault(qid, next(r['officeholderLabel'] for r in csv.DictReader(open(f'{EPS}/world-leaders-2021/wikidata.csv')) if r['officeholder'] == qid))
            # People whose QID the extracts give under another country or office (found when the dataset merged them).
            qid = qid or KNOWN_QIDS.get(pretty(raw))
            if not qid: unmatched.append(f'{cc}: {raw}')
            name = people[qid] if qid else pretty(raw)
            pid = qid or f'sc:{slugify(name)}'
            if pid in reference_ids: continue
            role = role_for(field, title)
            base = title if title else ('Head of state' if field == 'chief of state' else 'Head of government')
            otitle = base if ' of ' in base else f'{base} of {label}'
            key = (pid, otitle, date)
            if key in seen_person_office: continue  # same person and post listed as chief of state and head of government
            seen_person_office.add(key)
            e = entity(file_for(cc), pid, name, cc, qid)
            if cc not in e['countries']: e['countries'].append(cc)
            alias = pretty(raw)
            if alias != name and alias not in e['aliases']: e['aliases'].append(alias)
            e['offices'].append({'title': otitle, 'role': role, 'country': cc, 'start': date, 'end': None, 'cite': cite})
            if e['description'] is None and role in ('head_of_state', 'head_of_government'):
                e['description'] = {'text': f'{otitle} since {int(date[8:])} {["January","February","March","April","May","June","July","August","September","October","November","December"][int(date[5:7])-1]} {date[:4]} (as of January 2026).', 'cite': cite}

# ---------------- hand-cited changes, Serbia / Russia / Ukraine
IN = W('https://insightnews.media/new-serbian-government-approved-deputy-prime-minister-is-under-us-sanctions/', '2024-05-02')
SARA = W('https://sarajevotimes.com/assembly-elected-new-government-of-serbia-headed-by-djuro-macut', '2025-04-17')
MACUT = W('https://wikiclassic.com/wiki/Cabinet_of_%C4%90uro_Macut', '2025')
def off(title, role, cc, start, end, cite): return {'title': title, 'role': role, 'country': cc, 'start': start, 'end': end, 'cite': cite}

e = entity('governments-serbia.yaml', 'sc:milos-vucevic', 'Miloš Vučević', 'RS'); e['aliases'] += ['Milos Vucevic', 'Miloš Vučević']
e['aliases'] = [a for a in e['aliases'] if a != e['name']]
e['description'] = {'text': 'Serbian politician, leader of the Serbian Progressive Party; Prime Minister of Serbia from May 2024 until the Macut government of 16 April 2025.', 'cite': MACUT}
e['offices'] += [off('Minister of Defence', 'minister', 'RS', '2022-10', '2024-05-02', W('https://pledgetimes.com/the-president-of-serbia-assigns-milos-vucevic-to-form-the-government/', '2024-03-30')),
                 off('Prime Minister of Serbia', 'head_of_government', 'RS', '2024-05-02', '2025-04-16', IN)]
e['facts'] += [{'text': 'Resigned as prime minister in January 2025 amid anti-corruption protests; succeeded by the cabinet of Đuro Macut, formed 16 April 2025.', 'cite': MACUT},
               {'text': 'Bratislav Gašić took over the defence ministry in the government approved on 2 May 2024.', 'cite': IN}]
e = entity('governments-serbia.yaml', 'Q57843', 'Ivica Dačić', 'RS', 'Q57843'); e['aliases'] += ['Ivica Dacic']
e['offices'] += [off('Deputy Prime Minister of Serbia', 'deputy_head_of_government', 'RS', '2024-05-02', None, IN), off('Minister of Internal Affairs', 'minister', 'RS', '2024-05-02', None, IN)]
e['facts'] += [{'text': 'Deputy Prime Minister and Minister of Internal Affairs in the Macut government elected on 16 April 2025.', 'cite': SARA}]
e = entity('governments-serbia.yaml', 'Q16916400', 'Bratislav Gašić', 'RS', 'Q16916400'); e['aliases'] += ['Bratislav Gasic']
e['offices'] += [off('Minister of Defence', 'minister', 'RS', '2024-05-02', None, IN)]
e['facts'] += [{'text': 'Minister of Defence in the Macut government formed on 16 April 2025.', 'cite': W('https://wikipedia.k8s.renker.it/content/wikipedia_de_all_maxi/Kabinett_Macut', '2025-09')}]
e = entity('governments-serbia.yaml', 'sc:marko-djuric', 'Marko Đurić', 'RS'); e['aliases'] += ['Marko Djuric', 'Marko Duric']
e['description'] = {'text': "Serbian diplomat and politician, former ambassador to the United States, Minister of Foreign Affairs from May 2024.", 'cite': W('https://rks.news/the-new-serbian-government-lineup-dacic-as-interior-minister-vulin-as-deputy-prime-minister/?amp=1', '2024-04-29')}
e['offices'] += [off('Minister of Foreign Affairs', 'minister', 'RS', '2024-05-02', None, IN)]
e = entity('governments-serbia.yaml', 'Q16935101', 'Siniša Mali', 'RS', 'Q16935101'); e['aliases'] += ['Sinisa Mali']
e['facts'] += [{'text': 'First Deputy Prime Minister and Minister of Finance in the Macut government elected on 16 April 2025.', 'cite': SARA}]
e = entity('governments-serbia.yaml', 'sc:adrijana-mesarovic', 'Adrijana Mesarović', 'RS'); e['aliases'] += ['Adrijana Mesarovic']
e['facts'] += [{'text': 'Deputy Prime Minister and Minister of Economy in the Macut government elected on 16 April 2025.', 'cite': SARA}]
e = entity('governments-serbia.yaml', 'sc:djuro-macut', 'Đuro Macut', 'RS'); e['name'] = 'Đuro Macut'
e['aliases'] += [a for a in ['Djuro Macut', 'Duro Macut'] if a not in e['aliases']]
e['facts'] += [{'text': 'Endocrinologist and professor at the Belgrade Faculty of Medicine, proposed as prime minister by President Vučić in April 2025.', 'cite': W('https://yop.l-frii.com/le-president-de-ce-pays-propose-un-medecin-pour-diriger-le-futur-gouvernement', '2025-04')}]

PR = W('https://www.pravda.com.ua/eng/news/2024/05/14/7455817/', '2024-05-14')
e = entity('governments-russia.yaml', 'Q4082839', 'Andrey Belousov', 'RU', 'Q4082839'); e['aliases'] += ['Andrei Belousov']
e['offices'] += [off('First Deputy Prime Minister of Russia', 'deputy_head_of_government', 'RU', '2020-01-21', '2024-05', PR), off('Minister of Defence', 'minister', 'RU', '2024-05-14', None, PR)]
e = entity('governments-russia.yaml', 'Q32024', 'Sergey Shoygu', 'RU', 'Q32024'); e['aliases'] += ['Sergei Shoigu', 'Sergey Shoigu']
e['offices'] += [off('Minister of Defence', 'minister', 'RU', '2012-11-06', '2024-05', W('https://archyde.com/sergei-shoigu-on-the-way-out-we-know-the-name-of-russias-new-defense-minister', '2024-05-12')),
                 off('Secretary of the Security Council of Russia', 'official', 'RU', '2024-05-12', None, W('https://ecbnnews.com/2024/05/13/putin-appoints-shoigu-as-secretary-of-the-russian-security-council-and-nominates-belousov-as-defense-1945', '2024-05-13'))]
e = entity('governments-russia.yaml', 'Q58217', 'Sergey Lavrov', 'RU', 'Q58217'); e['aliases'] += ['Sergei Lavrov']
e['offices'] += [off('Minister of Foreign Affairs', 'minister', 'RU', '2004-03-09', None, WD('Q58217'))]
e['facts'] += [{'text': 'Kept as Foreign Minister when Putin appointed the new government in May 2024.', 'cite': PR}]
e = entity('governments-russia.yaml', 'Q1344473', 'Vladimir Kolokoltsev', 'RU', 'Q1344473'); e['aliases'] += []
e['offices'] += [off('Minister of Internal Affairs', 'minister', 'RU', '2012-05-21', None, WD('Q1344473'))]
e['facts'] += [{'text': 'Kept as Minister of Internal Affairs in the May 2024 government.', 'cite': W('https://www.thezimbabwemail.com/world-news/putin-proposes-reshuffle-in-russian-government-shoigu-to-head-security-council-belousov-as-defense-minister/', '2024-05-12')}]
e = entity('governments-russia.yaml', 'Q4298520', 'Mikhail Mishustin', 'RU', 'Q4298520'); e['aliases'] += []
e['facts'] += [{'text': 'Reappointed Prime Minister by Putin on 10 May 2024.', 'cite': W('https://dailywrap.uk/putin-reshuffles-top-military-and-security-positions-amid-innovation-push,7026858949998209a', '2024-05-12')}]

e = entity('governments-ukraine.yaml', 'Q61112536', 'Yulia Svyrydenko', 'UA', 'Q61112536'); e['aliases'] += ['Yuliia Svyrydenko']
e['offices'] += [off('First Deputy Prime Minister of Ukraine', 'deputy_head_of_government', 'UA', '2021-11-04', '2025-07-17', W('http://metroobserver.com/?p=104724', '2025-07-17'))]
e['facts'] += [{'text': 'Appointed Prime Minister by the Verkhovna Rada on 17 July 2025 with 262 votes; previously First Deputy Prime Minister and Economy Minister.', 'cite': W('https://www.pravda.com.ua/eng/news/2025/07/17/7522223/', '2025-07-17')}]
e = entity('governments-ukraine.yaml', 'Q66094865', 'Denys Shmyhal', 'UA', 'Q66094865'); e['aliases'] += ['Денис Шмигаль']
e['description'] = {'text': 'Ukrainian politician, Prime Minister of Ukraine 2020–2025, Minister of Defence since 17 July 2025.', 'cite': W('https://www.pravda.com.ua/eng/news/2025/07/17/7522223/', '2025-07-17')}
e['offices'] += [off('Prime Minister of Ukraine', 'head_of_government', 'UA', '2020-03-04', '2025-07-16', W('https://artsakh.news/en/news/331655', '2025-07-17')),
                 off('Minister of Defence', 'minister', 'UA', '2025-07-17', None, W('https://www.pravda.com.ua/eng/news/2025/07/17/7522223/', '2025-07-17'))]
e = entity('governments-ukraine.yaml', 'Q64842485', 'Rustem Umerov', 'UA', 'Q64842485'); e['aliases'] += []
e['facts'] += [{'text': 'Replaced as Minister of Defence by Denys Shmyhal on 17 July 2025.', 'cite': W('http://metroobserver.com/?p=104724', '2025-07-17')}]

# ---------------- write
def q(s): return json.dumps(s, ensure_ascii=False)
def cite(c): return '{src: %s, url: %s, asOf: %s}' % (c['src'], q(c['url']), q(c['asOf']))
HEAD = {
 'governments-serbia.yaml': '# Serbia: head of state and government (CIA World Factbook, Jan 2026) and the 2024 Vučević and 2025 Macut governments\'\n# main posts, each dated and cited. President Vučić and Deputy PM Vulin are in reference-article.yaml.',
 'governments-russia.yaml': '# Russia: head of government (CIA World Factbook, Jan 2026) and the May 2024 changes (Belousov, Shoigu), each cited.\n# President Putin is in reference-article.yaml.',
 'governments-ukraine.yaml': '# Ukraine: heads of state and government (CIA World Factbook, Jan 2026) and the July 2025 government change, each cited.',
 'governments-heads-2026.yaml': '# Heads of state and government as of the CIA World Factbook\'s final edition (January 2026), with their "since" dates,\n# for every country with a Wikidata office-holder extract (plus Germany). ids are the extracts\' QIDs where the name\n# matches one extract person of that country uniquely, so these records merge with the extracts; otherwise sc: ids.',
}
for fname, ents in files.items():
    lines = [HEAD[fname], 'entities:']
    for e in ents.values():
        e['aliases'] = [a for a in dict.fromkeys(e['aliases']) if a != e['name']]
        lines.append(f"  - id: {e['id']}")
        if e['qid']: lines.append(f"    qid: {e['qid']}")
        lines.append('    type: person')
        lines.append(f"    name: {q(e['name'])}")
        lines.append(f"    aliases: [{', '.join(q(a) for a in e['aliases'])}]")
        if e['description']: lines.append(f"    description: {{text: {q(e['description']['text'])}, cite: {cite(e['description']['cite'])}}}")
        lines.append(f"    countries: [{', '.join(e['countries'])}]")
        if e['qid']: lines.append(f"    links: {{wikidata: {q('https://www.wikidata.org/wiki/' + e['qid'])}}}")
        if e['offices']:
            lines.append('    offices:')
            for o in e['offices']:
                lines.append(f"      - {{title: {q(o['title'])}, role: {o['role']}, country: {o['country']}, start: {q(o['start']) if o['start'] else 'null'}, end: {q(o['end']) if o['end'] else 'null'}, cite: {cite(o['cite'])}}}")
        if e['facts']:
            lines.append('    facts:')
            for f in e['facts']:
                lines.append(f"      - {{text: {q(f['text'])}, cite: {cite(f['cite'])}}}")
    open(f'{OUT}/{fname}', 'w').write('\n'.join(lines) + '\n')
    print(fname, len(ents), 'people', file=sys.stderr)
print('unmatched (sc: ids):', len(unmatched), unmatched, file=sys.stderr)
