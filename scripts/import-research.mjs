#!/usr/bin/env node
// One-off import tool: it seeded the built-in directory `data/matera.json` from the research file
// (`matera-services.json`, 73 services compiled from public web pages; see the research README).
// It is kept for the record and for re-running on a corrected research file. Once the directory
// is edited by hand, edit data/matera.json directly: re-running this script overwrites it.
//
// What it does, per service (directory format version 1, field names of src/data/types.ts):
//   - maps the research categories onto the widget's nine categories (CATEGORY_MAP), with a few
//     reviewed per-service moves (MOVES) where a person looking for help would look elsewhere;
//   - keeps the research facts as they are: no geocoding, no invented phones or hours, no
//     `verified` date (nothing has been re-checked), no per-service `updated`;
//   - turns the hours text into structured `hours` only when it is a plain list of weekdays and
//     exact HH:MM times for one place, dated 2025 or later (see parseHours); the original text is
//     always kept in `hoursNote.it` so its caveats stay visible;
//   - turns each source "URL (note)" into { url, note };
//   - adds a few everyday search words to `tags` (EXTRA_TAGS), never removing any;
//   - checks ids, coordinates (inside the province), municipalities and prints what it found.
//
// Node 20, no dependencies. Run `node scripts/import-research.mjs --help`.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const USAGE = `Usage: node scripts/import-research.mjs <matera-services.json> [options]

Seeds the built-in directory from the research file (one-off tool; see header comment).

Options:
  --out <file>      where to write the directory (default: data/matera.json)
  --date <Y-M-D>    the document's "updated" date (default: today, local time)
  --comuni <file>   list of comuni [{name, lat, lon}] to check municipalities against
  --dry-run         check and report only; write nothing
  --help            show this help

The report (categories, moves, structured hours, data problems) goes to stderr.
Exit status: 0 on success, 1 on a blocking problem (bad or duplicate id, unknown category,
unparseable source, missing coordinates), 2 on bad usage.`;

// ---------------------------------------------------------------------------------------------
// Fixed content of the document

const PUBLISHER = {
  name: { it: 'Prefettura di Matera – PROSSIMA', en: 'Prefecture of Matera – PROSSIMA' },
  url: 'http://www.prossima.info',
  phone: '+39 329 2462464',
};

/** In the order a person looking for help thinks. */
const CATEGORIES = [
  { id: 'immigration', name: { it: 'Immigrazione e documenti', en: 'Immigration and documents' }, color: '#1f4e9c', icon: 'document' },
  { id: 'health', name: { it: 'Salute', en: 'Health' }, color: '#1b6e45', icon: 'health' },
  { id: 'work', name: { it: 'Lavoro', en: 'Work' }, color: '#8a4500', icon: 'work' },
  { id: 'housing', name: { it: 'Casa e alloggio', en: 'Housing' }, color: '#6a3d9a', icon: 'home' },
  { id: 'education', name: { it: 'Scuola e corsi di italiano', en: 'School and Italian courses' }, color: '#0b5f6b', icon: 'school' },
  { id: 'social', name: { it: 'Aiuto sociale', en: 'Social help' }, color: '#a3195b', icon: 'social' },
  { id: 'reception', name: { it: 'Accoglienza', en: 'Reception' }, color: '#4a5a1c', icon: 'reception' },
  { id: 'associations', name: { it: 'Associazioni', en: 'Associations' }, color: '#5c4a3d', icon: 'group' },
  { id: 'emergency', name: { it: 'Emergenze e sicurezza', en: 'Emergencies and safety' }, color: '#b3261e', icon: 'emergency' },
];

/** Research category -> widget category. `other` is resolved per service (OTHER_MAP). */
const CATEGORY_MAP = {
  'legal-immigration': 'immigration',
  health: 'health',
  work: 'work',
  housing: 'housing',
  education: 'education',
  social: 'social',
  reception: 'reception',
  associations: 'associations',
  emergency: 'emergency',
};

/** The research's `other` services, one by one. */
const OTHER_MAP = {
  'prossima-webapp-prefettura-matera': 'immigration', // the PROSSIMA web app itself
  'agenzia-entrate-matera': 'immigration', // codice fiscale: one of the first documents needed
};

/** Reviewed moves away from the mapped category, with the reason (printed in the report). */
const MOVES = {
  'associazione-tolba-matera': {
    to: 'education',
    reason:
      'its concrete, documented offer is free Italian courses (the only hours in the research are ' +
      'the course times) plus after-school support for foreign pupils; someone looking for an ' +
      'Italian course opens "School and Italian courses", not "Associations". Its information desk ' +
      'stays findable through its tags.',
  },
};

// ---------------------------------------------------------------------------------------------
// Everyday search words. Per-service lists win over the category's; words a service already has
// (same word, ignoring case and accents, or a whole word of an existing tag) are not added again.

const MAX_EXTRA_TAGS = 6;

const CATEGORY_TAGS = {
  immigration: ['permesso di soggiorno', 'residence permit', 'documenti', 'documents', 'immigrazione', 'immigration'],
  health: ['medico', 'doctor', 'salute', 'health', 'cure', 'care'],
  work: ['lavoro', 'work', 'job', 'trovare lavoro', 'find a job'],
  housing: ['casa', 'house', 'alloggio', 'housing', 'dormire', 'place to sleep'],
  education: ['scuola', 'school', 'italiano', 'Italian', 'lingua', 'language'],
  social: ['aiuto', 'help', 'assistenza', 'support'],
  reception: ['accoglienza', 'reception', 'asilo', 'asylum', 'rifugiati', 'refugees'],
  associations: ['associazione', 'association', 'volontari', 'volunteers', 'aiuto', 'help'],
  emergency: ['polizia', 'police', 'emergenza', 'emergency', 'sicurezza', 'safety'],
};

const VIOLENCE_TAGS = ['violenza', 'violence', 'donne', 'aiuto', 'help', 'safety'];
const TOWN_HALL_TAGS = ['documenti', 'documents', 'certificati', 'certificates', 'aiuto', 'help'];
const JOB_CENTRE_TAGS = ['work', 'job', 'trovare lavoro', 'find a job', 'disoccupato', 'unemployed'];
const OUT_OF_HOURS_TAGS = ['medico', 'doctor', 'notte', 'night', 'urgenza', 'urgent'];
const HOSPITAL_TAGS = ['medico', 'doctor', 'urgenza', 'emergency', 'salute', 'health'];
const FREE_CLINIC_TAGS = ['medico', 'doctor', 'gratis', 'visita', 'salute', 'health'];
const FAMILY_CLINIC_TAGS = ['ginecologo', 'gynaecologist', 'donne', 'women', 'bambini', 'children'];
const FARM_HOUSING_TAGS = ['casa', 'house', 'dormire', 'place to sleep', 'lavoro', 'work'];
const MINORS_TAGS = ['minori', 'ragazzi', 'children', 'asilo', 'asylum', 'accoglienza'];

const EXTRA_TAGS = {
  'questura-matera-ufficio-immigrazione': ['permesso di soggiorno', 'residence permit', 'documenti', 'documents', 'polizia', 'police'],
  'tribunale-matera-sportello-cittadino': ['aiuto legale', 'legal help', 'diritti', 'rights', 'giudice', 'judge'],
  'comune-matera-sportello-stranieri-fami': ['documenti', 'documents', 'immigrazione', 'immigration', 'aiuto', 'help'],
  'prossima-webapp-prefettura-matera': ['mappa', 'map', 'servizi', 'services', 'informazioni', 'information'],
  'agenzia-entrate-matera': ['documenti', 'documents', 'tasse', 'taxes', 'health card'],

  'ospedale-madonna-delle-grazie-matera': HOSPITAL_TAGS,
  'ospedale-giovanni-paolo-ii-policoro': HOSPITAL_TAGS,
  'asm-ambulatorio-pnes-matera': FREE_CLINIC_TAGS,
  'asm-ambulatorio-pnes-tinchi': FREE_CLINIC_TAGS,
  'asm-consultorio-familiare-matera': FAMILY_CLINIC_TAGS,
  'asm-consultorio-familiare-policoro': FAMILY_CLINIC_TAGS,
  'guardia-medica-turistica-matera': ['medico', 'doctor', 'salute', 'health', 'urgenza', 'urgent'],
  'guardia-medica-turistica-policoro': ['medico', 'doctor', 'salute', 'health', 'urgenza', 'urgent'],
  'continuita-assistenziale-san-mauro-forte': OUT_OF_HOURS_TAGS,
  'continuita-assistenziale-accettura': OUT_OF_HOURS_TAGS,
  'ospedale-distrettuale-tricarico': ['medico', 'doctor', 'ospedale', 'hospital', 'salute', 'health'],
  'ospedale-distrettuale-stigliano': ['medico', 'doctor', 'ospedale', 'hospital', 'salute', 'health'],
  'distretto-sanitario-tursi-casa-comunita': ['medico', 'doctor', 'salute', 'ambulatorio', 'clinic'],

  'cpi-matera': JOB_CENTRE_TAGS,
  'cpi-policoro': JOB_CENTRE_TAGS,
  'cpi-valbasento-pisticci-scalo': JOB_CENTRE_TAGS,
  'cpi-ferrandina': JOB_CENTRE_TAGS,
  'cpi-sportello-montalbano-jonico': JOB_CENTRE_TAGS,
  'polo-sociale-integrato-policoro': ['lavoro', 'work', 'job', 'agricoltura', 'agriculture', 'diritti'],
  'ispettorato-territoriale-lavoro-matera': ['lavoro', 'work', 'contratto', 'contract', 'paga', 'wages'],
  'inps-matera': ['lavoro', 'work', 'pensione', 'pension', 'figli', 'children'],
  'cgil-matera-sportello-diritti-solidarieta': ['lavoro', 'work', 'documenti', 'documents', 'contratto', 'contract'],
  'uil-matera-casa-uil': ['lavoro', 'work', 'tasse', 'taxes', 'pensione', 'pension'],
  'ugl-matera-caf-patronato': ['lavoro', 'work', 'documenti', 'documents', 'tasse', 'taxes'],

  'stazione-di-posta-matera': ['casa', 'dormire', 'place to sleep', 'cibo', 'mangiare', 'aiuto'],
  'stazione-di-posta-marconia': ['dormire', 'place to sleep', 'indirizzo', 'address', 'posta', 'mail'],
  'casa-betania-serra-marina-bernalda': FARM_HOUSING_TAGS,
  'centro-accoglienza-stagionali-ferrandina': FARM_HOUSING_TAGS,
  'ater-matera-edilizia-residenziale-pubblica': ['casa', 'house', 'casa popolare', 'affitto', 'rent', 'home'],

  'ufficio-scolastico-ambito-territoriale-matera': ['bambini', 'children', 'figli', 'studenti', 'students', 'iscrizione'],
  'associazione-tolba-matera': ['scuola', 'school', 'lingua', 'language', 'aiuto', 'help'],

  'comune-matera-servizi-sociali': ['aiuto', 'help', 'povertà', 'poverty', 'assistenza', 'support'],
  'comune-policoro-servizi-sociali-ats': ['aiuto', 'help', 'povertà', 'poverty', 'assistente sociale', 'social worker'],
  'comune-matera-casino-padula-segretariato-mediazione': ['aiuto', 'help', 'informazioni', 'information', 'mediatore', 'mediator'],
  'cav-comune-matera-casa-rifugio': ['violenza', 'violence', 'aiuto', 'help', 'sicurezza', 'safety'],
  'rete-antiviolenza-policoro-numero-verde': VIOLENCE_TAGS,
  'sportello-antiviolenza-la-libellula-nova-siri': VIOLENCE_TAGS,
  'sportello-antiviolenza-la-libellula-stigliano': VIOLENCE_TAGS,
  'sportello-antiviolenza-la-libellula-tursi': VIOLENCE_TAGS,
  'sportello-antiviolenza-la-libellula-marconia': VIOLENCE_TAGS,
  'centro-antiviolenza-pil-lab-scanzano': [...VIOLENCE_TAGS.slice(0, 5), 'women'],
  'progetto-faro-iskra-migranti-vulnerabili': ['aiuto', 'help', 'mediatore', 'mediator', 'salute', 'health'],
  'caritas-diocesana-matera-la-tenda': ['cibo', 'food', 'mangiare', 'vestiti', 'aiuto', 'help'],
  'mensa-fraternita-don-giovanni-mele': ['mangiare', 'eat', 'pasto', 'meal', 'aiuto', 'help'],
  'mensa-don-tonino-bello-san-rocco': ['mangiare', 'eat', 'cibo', 'food', 'meal', 'help'],
  'cibus-recupero-eccedenze-matera': ['food', 'mangiare', 'spesa', 'groceries', 'aiuto', 'help'],
  'cri-comitato-matera-sportello-sociale': ['aiuto', 'help', 'informazioni', 'information', 'assistenza', 'support'],
  'comune-rotondella-anagrafe-servizi-sociali': TOWN_HALL_TAGS,
  'comune-valsinni-anagrafe-servizi-sociali': TOWN_HALL_TAGS,
  'comune-colobraro-anagrafe-servizi-sociali': TOWN_HALL_TAGS,
  'comune-gorgoglione-anagrafe-servizi-sociali': TOWN_HALL_TAGS,
  'comune-grassano-anagrafe-servizi-sociali': TOWN_HALL_TAGS,
  'comune-montescaglioso-anagrafe-servizi-sociali': TOWN_HALL_TAGS,
  'comune-pomarico-anagrafe-servizi-sociali': TOWN_HALL_TAGS,

  'sai-msna-irsina-sicomoro': MINORS_TAGS,
  'tolba-msna-salandra': MINORS_TAGS,

  'cooperativa-sociale-il-sicomoro': ['cooperativa', 'aiuto', 'help', 'lavoro', 'work', 'rifugiati'],
};

// ---------------------------------------------------------------------------------------------
// Checks

const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The province of Matera, roughly. */
const BOUNDS = { latMin: 39.9, latMax: 40.95, lonMin: 15.9, lonMax: 16.95 };
const PRECISIONS = new Set(['address', 'street', 'town-centre']);
const CONFIDENCES = new Set(['high', 'medium', 'low']);

// ---------------------------------------------------------------------------------------------
// Opening hours
//
// Structured only for texts of this exact shape (accents and case ignored):
//   <days> <HH:MM-HH:MM>[ e <HH:MM-HH:MM>]...[; <days> <times>]... (<[dal] [day] month year>)
// with a year of 2025 or later. Anything else (historic, seasonal, vague, several places,
// times without minutes, no date) stays as text only.

const MIN_HOURS_YEAR = 2025;

const DAY_WORDS = {
  lunedi: 'mo', lun: 'mo',
  martedi: 'tu', mar: 'tu',
  mercoledi: 'we', mer: 'we',
  giovedi: 'th', gio: 'th',
  venerdi: 'fr', ven: 'fr',
  sabato: 'sa', sab: 'sa',
  domenica: 'su', dom: 'su',
};
const WEEK = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const MONTHS =
  'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre';
const DAY_ALT = Object.keys(DAY_WORDS).sort((a, b) => b.length - a.length).join('|');
const TIME = '(?:[01]?\\d|2[0-3]):[0-5]\\d';
const RANGE = `${TIME}\\s*-\\s*${TIME}`;
const SEGMENT_RE = new RegExp(
  `^((?:${DAY_ALT})(?:\\s*(?:,|-|\\be\\b)\\s*(?:${DAY_ALT}))*)\\s+(${RANGE}(?:\\s*(?:,|\\be\\b)\\s*${RANGE})*)$`,
);
const DATE_NOTE_RE = new RegExp(
  `^\\((?:dal(?:l')?\\s*)?(?:\\d{1,2}\\s+)?(?:${MONTHS})\\s+(\\d{4})\\)$`,
);

function fold(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

function pad(time) {
  const [h, m] = time.split(':');
  return `${h.padStart(2, '0')}:${m}`;
}

/** Returns structured hours, or null when the text is not exact, current and for one place. */
function parseHours(text) {
  if (typeof text !== 'string') return null;
  const folded = fold(text);
  const match = /^(.*?)\s*(\([^()]*\))$/.exec(folded);
  if (!match) return null; // no date: cannot tell the times are current
  const dateMatch = DATE_NOTE_RE.exec(match[2]);
  if (!dateMatch || Number(dateMatch[1]) < MIN_HOURS_YEAR) return null;
  const hours = [];
  for (const segment of match[1].split(';').map((s) => s.trim())) {
    const seg = SEGMENT_RE.exec(segment);
    if (!seg) return null;
    const days = [];
    // "lun-ven" is a range; "lun, mer e ven" a list.
    for (const part of seg[1].split(/\s*(?:,|\be\b)\s*/)) {
      const ends = part.split(/\s*-\s*/).map((w) => DAY_WORDS[w]);
      if (ends.some((d) => !d) || ends.length > 2) return null;
      const from = WEEK.indexOf(ends[0]);
      const to = WEEK.indexOf(ends[ends.length - 1]);
      if (to < from) return null;
      for (const d of WEEK.slice(from, to + 1)) if (!days.includes(d)) days.push(d);
    }
    days.sort((a, b) => WEEK.indexOf(a) - WEEK.indexOf(b));
    for (const range of seg[2].split(/\s*(?:,|\be\b)\s*/)) {
      const [opens, closes] = range.split(/\s*-\s*/).map(pad);
      if (!(opens < closes)) return null;
      hours.push({ days, opens, closes });
    }
  }
  return hours.length ? hours : null;
}

// ---------------------------------------------------------------------------------------------
// Sources: "URL (note)" -> { url, note }; "note" -> { note }

function parseSource(text) {
  const s = String(text).trim();
  const m = /^(https?:\/\/\S+)(?:\s+\((.*)\))?$/s.exec(s);
  if (m) {
    new URL(m[1]); // throws on a malformed URL
    return m[2] ? { url: m[1], note: m[2].trim() } : { url: m[1] };
  }
  if (/https?:\/\//.test(s)) throw new Error(`source with a URL in an unexpected place: ${s}`);
  return { note: s };
}

// ---------------------------------------------------------------------------------------------
// Tags

function tagWords(tag) {
  return fold(tag).split(/[^a-z0-9]+/).filter(Boolean);
}

/** Adds the words the service lacks; returns [tags, added]. */
function addTags(existing, candidates) {
  const tags = [...existing];
  const added = [];
  for (const word of candidates) {
    const w = fold(word);
    const present = tags.some((t) => {
      const ft = fold(t);
      if (ft === w) return true;
      // a one-word candidate already present as a whole word of a longer tag
      return !w.includes(' ') && tagWords(t).includes(w);
    });
    if (!present) {
      tags.push(word);
      added.push(word);
    }
  }
  return [tags, added];
}

// ---------------------------------------------------------------------------------------------

function isEmpty(value) {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Drops empty fields; key order is the insertion order of `fields`. */
function compact(fields) {
  const out = {};
  for (const [key, value] of Object.entries(fields)) if (!isEmpty(value)) out[key] = value;
  return out;
}

function localDate() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function parseArgs(argv) {
  const opts = { out: 'data/matera.json', date: localDate(), comuni: null, dryRun: false, input: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usageError(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a === '--out') opts.out = value();
    else if (a === '--date') opts.date = value();
    else if (a === '--comuni') opts.comuni = value();
    else if (a === '--dry-run') opts.dryRun = true;
    else if (a.startsWith('-')) usageError(`unknown option ${a}`);
    else if (opts.input) usageError('only one research file, please');
    else opts.input = a;
  }
  if (!opts.input) usageError('missing the research file');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) usageError(`--date must be YYYY-MM-DD, not ${opts.date}`);
  return opts;
}

function usageError(message) {
  console.error(`import-research: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const research = JSON.parse(readFileSync(opts.input, 'utf8'));
  if (!Array.isArray(research)) throw new Error('the research file must be a JSON array of services');
  const comuni = opts.comuni
    ? new Set(JSON.parse(readFileSync(opts.comuni, 'utf8')).map((c) => fold(c.name)))
    : null;

  const errors = [];
  const warnings = [];
  const moves = [];
  const structured = [];
  const addedTags = [];
  const seen = new Set();
  const categoryIds = new Set(CATEGORIES.map((c) => c.id));

  const services = research.map((r, index) => {
    const where = `#${index} ${r.id}`;
    if (typeof r.id !== 'string' || !ID_RE.test(r.id)) errors.push(`${where}: id does not match ${ID_RE}`);
    if (seen.has(r.id)) errors.push(`${where}: duplicate id`);
    seen.add(r.id);

    let category = r.category === 'other' ? OTHER_MAP[r.id] : CATEGORY_MAP[r.category];
    if (!category) errors.push(`${where}: no mapping for research category "${r.category}"`);
    const move = MOVES[r.id];
    if (move) {
      moves.push(`${r.id}: ${category} -> ${move.to} (${move.reason})`);
      category = move.to;
    }
    if (category && !categoryIds.has(category)) errors.push(`${where}: unknown category ${category}`);

    if (typeof r.lat !== 'number' || typeof r.lon !== 'number') {
      errors.push(`${where}: lat/lon missing or not numbers`);
    } else if (r.lat < BOUNDS.latMin || r.lat > BOUNDS.latMax || r.lon < BOUNDS.lonMin || r.lon > BOUNDS.lonMax) {
      warnings.push(`${where}: ${r.lat}, ${r.lon} is outside the province's box`);
    }
    if (r.coordinate_precision && !PRECISIONS.has(r.coordinate_precision)) {
      warnings.push(`${where}: unexpected coordinate_precision "${r.coordinate_precision}"`);
    }
    if (r.confidence && !CONFIDENCES.has(r.confidence)) {
      warnings.push(`${where}: unexpected confidence "${r.confidence}"`);
    }
    if (comuni && r.municipality && !comuni.has(fold(r.municipality))) {
      warnings.push(`${where}: municipality "${r.municipality}" is not in the comuni list`);
    }
    for (const p of r.phone ?? []) {
      if (/[^\d\s+]/.test(p)) warnings.push(`${where}: phone carries a comment: "${p}"`);
    }
    for (const e of r.email ?? []) {
      if (!/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(e)) warnings.push(`${where}: e-mail carries a comment: "${e}"`);
    }
    if (r.website && !/^https?:\/\//.test(r.website)) warnings.push(`${where}: website is not http(s): ${r.website}`);

    let sources = [];
    try {
      sources = (r.sources ?? []).map(parseSource);
    } catch (e) {
      errors.push(`${where}: ${e.message}`);
    }

    const hours = parseHours(r.hours);
    if (hours) structured.push(`${r.id}: "${r.hours}" -> ${JSON.stringify(hours)}`);

    const candidates = EXTRA_TAGS[r.id] ?? CATEGORY_TAGS[category] ?? [];
    const [tags, added] = addTags(r.tags ?? [], candidates);
    if (added.length > MAX_EXTRA_TAGS) errors.push(`${where}: ${added.length} tags added (max ${MAX_EXTRA_TAGS})`);
    addedTags.push(`${r.id}: ${added.join(', ') || '(none)'}`);

    return compact({
      id: r.id,
      name: r.name,
      category,
      lat: r.lat,
      lon: r.lon,
      municipality: r.municipality,
      address: r.address,
      description: compact({ it: r.description_it, en: r.description_en }),
      phone: r.phone,
      email: r.email,
      website: r.website,
      hours,
      hoursNote: isEmpty(r.hours) ? null : { it: r.hours },
      languages: r.languages,
      tags,
      sources,
      confidence: r.confidence,
      coordinatePrecision: r.coordinate_precision,
      notes: r.notes,
    });
  });

  for (const s of services) {
    if (s.description && Object.keys(s.description).length === 0) delete s.description;
  }

  // Services sharing one point (expected for town-centre entries, but worth knowing).
  const byPoint = new Map();
  for (const s of services) {
    const key = `${s.lat},${s.lon}`;
    byPoint.set(key, [...(byPoint.get(key) ?? []), s.id]);
  }

  const doc = {
    version: 1,
    updated: opts.date,
    publisher: PUBLISHER,
    categories: CATEGORIES,
    services,
  };

  // ------------------------------------------------------------------ report (stderr)
  const log = (line = '') => console.error(line);
  log(`Read ${research.length} services from ${opts.input}`);
  log('\nServices per category:');
  for (const c of CATEGORIES) log(`  ${c.id.padEnd(13)} ${services.filter((s) => s.category === c.id).length}`);
  log('\nMoves:');
  for (const m of moves) log(`  ${m}`);
  log('\nStructured hours:');
  for (const h of structured) log(`  ${h}`);
  log('\nTags added:');
  for (const t of addedTags) log(`  ${t}`);
  log('\nShared points (3+ services):');
  for (const [point, ids] of byPoint) if (ids.length > 2) log(`  ${point}: ${ids.length} services`);
  log('\nWarnings:');
  for (const w of warnings) log(`  ${w}`);
  if (errors.length) {
    log('\nERRORS (nothing written):');
    for (const e of errors) log(`  ${e}`);
    process.exit(1);
  }

  if (opts.dryRun) {
    log('\nDry run: nothing written.');
    return;
  }
  const out = resolve(opts.out);
  writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`, 'utf8');
  log(`\nWrote ${services.length} services to ${out}`);
}

main();
