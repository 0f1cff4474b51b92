#!/usr/bin/env node
/**
 * Writes the benchmark's directories (format v1) into bench/out/, deterministically (seeded PRNG):
 *
 *   node bench/generate.mjs [100 10000 50000 ...]
 *
 * - services-100.json: the real Matera directory (data/matera.json) padded with generated
 *   services in the province (the comuni of data/comuni.json) up to 100.
 * - services-N.json (other N): N generated services over southern Italy, around real town centres
 *   (the 31 comuni of data/comuni.json and the larger towns of the South below), a quarter of
 *   them exactly on the town centre (as most of the real directory is), the rest jittered by a
 *   few km. Italian names, descriptions (Italian, English for most), tags in both, categories
 *   and publisher of data/matera.json, phones, some e-mails, websites and opening hours.
 *
 * Also importable: `generateDirectory(n)` returns the document, `directoryFile(n)` its path.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, 'bench', 'out');
/** Bump when the generator changes, so stale files in bench/out/ are rewritten. */
const GENERATOR_VERSION = 3;

export function directoryFile(n) {
  return join(OUT_DIR, `services-${n}.json`);
}

// ----- Seeded randomness -----

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed) {
  const next = mulberry32(seed);
  const r = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (array) => array[Math.floor(next() * array.length)],
    chance: (p) => next() < p,
    /** Standard normal (Box-Muller). */
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    weighted: (items, weights, total) => {
      let x = next() * total;
      for (let i = 0; i < items.length; i++) {
        x -= weights[i];
        if (x < 0) return items[i];
      }
      return items[items.length - 1];
    },
    some: (array, min, max) => {
      const count = Math.min(array.length, r.int(min, max));
      const copy = [...array];
      const chosen = [];
      for (let i = 0; i < count; i++) chosen.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return chosen;
    },
  };
  return r;
}

// ----- Places: [name, province code, lat, lon, weight (≈ population in thousands)] -----

const SOUTH = [
  ['Napoli', 'NA', 40.8518, 14.2681, 910], ['Palermo', 'PA', 38.1157, 13.3615, 630], ['Bari', 'BA', 41.1171, 16.8719, 315],
  ['Catania', 'CT', 37.5079, 15.083, 300], ['Messina', 'ME', 38.1938, 15.554, 220], ['Reggio Calabria', 'RC', 38.1111, 15.6473, 170],
  ['Taranto', 'TA', 40.4644, 17.247, 190], ['Foggia', 'FG', 41.4622, 15.5446, 147], ['Salerno', 'SA', 40.6824, 14.7681, 128],
  ['Siracusa', 'SR', 37.0755, 15.2866, 117], ['Lecce', 'LE', 40.3515, 18.175, 94], ['Andria', 'BT', 41.2275, 16.2959, 97],
  ['Barletta', 'BT', 41.3197, 16.2827, 92], ['Marsala', 'TP', 37.7986, 12.4375, 80], ['Catanzaro', 'CZ', 38.9098, 16.5877, 85],
  ['Brindisi', 'BR', 40.6327, 17.9418, 83], ['Giugliano in Campania', 'NA', 40.9281, 14.1954, 124], ['Torre del Greco', 'NA', 40.7864, 14.3682, 83],
  ['Pozzuoli', 'NA', 40.8231, 14.1222, 78], ['Casoria', 'NA', 40.9076, 14.2919, 75], ['Caserta', 'CE', 41.0748, 14.3329, 74],
  ['Cosenza', 'CS', 39.2983, 16.2537, 65], ['Potenza', 'PZ', 40.6404, 15.8056, 65], ['Gela', 'CL', 37.0665, 14.2501, 72],
  ['Ragusa', 'RG', 36.9269, 14.7255, 73], ['Altamura', 'BA', 40.8268, 16.5532, 70], ['Lamezia Terme', 'CZ', 38.9655, 16.3099, 70],
  ['Trapani', 'TP', 38.0176, 12.5365, 66], ['Molfetta', 'BA', 41.2004, 16.5981, 58], ['Cerignola', 'FG', 41.2653, 15.8997, 58],
  ['Trani', 'BT', 41.2768, 16.4179, 55], ['Bagheria', 'PA', 38.0794, 13.5124, 54], ['Agrigento', 'AG', 37.3111, 13.5766, 56],
  ['Benevento', 'BN', 41.1298, 14.7826, 58], ['Avellino', 'AV', 40.9146, 14.7906, 54], ['Crotone', 'KR', 39.0808, 17.1271, 63],
  ['Vittoria', 'RG', 36.9537, 14.5323, 64], ['Modica', 'RG', 36.8589, 14.7609, 54], ['Bitonto', 'BA', 41.1083, 16.6905, 54],
  ['Manfredonia', 'FG', 41.6263, 15.9104, 56], ['San Severo', 'FG', 41.6892, 15.3794, 51], ['Corigliano-Rossano', 'CS', 39.5961, 16.5186, 77],
  ['Acireale', 'CT', 37.6124, 15.1657, 51], ['Mazara del Vallo', 'TP', 37.6546, 12.5896, 51], ['Martina Franca', 'TA', 40.7046, 17.337, 48],
  ['Battipaglia', 'SA', 40.6083, 14.9855, 50], ['Eboli', 'SA', 40.6175, 15.0564, 38], ['Castel Volturno', 'CE', 41.0329, 13.9406, 26],
  ['Campobasso', 'CB', 41.5603, 14.6627, 49], ['Isernia', 'IS', 41.5935, 14.2331, 21], ['Caltanissetta', 'CL', 37.4901, 14.0629, 60],
  ['Enna', 'EN', 37.5673, 14.2793, 26], ['Vibo Valentia', 'VV', 38.6759, 16.1004, 33], ['Rosarno', 'RC', 38.4876, 15.9778, 14],
  ['Melfi', 'PZ', 40.9963, 15.6516, 17], ['Lavello', 'PZ', 41.0484, 15.7926, 13], ['Venosa', 'PZ', 40.9617, 15.8174, 11],
  ['Lauria', 'PZ', 40.0472, 15.8362, 12], ['Nardò', 'LE', 40.1797, 18.0331, 31], ['Gallipoli', 'LE', 40.0557, 17.9925, 20],
  ['Ostuni', 'BR', 40.7296, 17.5778, 31], ['Monopoli', 'BA', 40.9513, 17.3009, 48], ['Gravina in Puglia', 'BA', 40.8198, 16.4204, 43],
  ['Castrovillari', 'CS', 39.8177, 16.2013, 21], ['Paola', 'CS', 39.3608, 16.0371, 16], ['Locri', 'RC', 38.2408, 16.2626, 12],
  ['Palmi', 'RC', 38.3595, 15.8515, 18], ['Caltagirone', 'CT', 37.2376, 14.5124, 37], ['Augusta', 'SR', 37.2309, 15.2209, 35],
  ['Sciacca', 'AG', 37.5093, 13.0829, 40], ['Licata', 'AG', 37.1075, 13.9369, 37], ['Pozzallo', 'RG', 36.7298, 14.8464, 19],
  ['Lampedusa e Linosa', 'AG', 35.5077, 12.6037, 6], ['Partinico', 'PA', 38.0465, 13.1174, 31], ['Nocera Inferiore', 'SA', 40.7444, 14.6415, 44],
];

/** Province code -> its capital, for "Questura di …", "ATER …". */
const PROVINCES = {
  MT: 'Matera', NA: 'Napoli', PA: 'Palermo', BA: 'Bari', CT: 'Catania', ME: 'Messina', RC: 'Reggio Calabria', TA: 'Taranto',
  FG: 'Foggia', SA: 'Salerno', SR: 'Siracusa', LE: 'Lecce', BT: 'Barletta-Andria-Trani', TP: 'Trapani', CZ: 'Catanzaro',
  BR: 'Brindisi', CE: 'Caserta', CS: 'Cosenza', PZ: 'Potenza', CL: 'Caltanissetta', RG: 'Ragusa', AG: 'Agrigento',
  BN: 'Benevento', AV: 'Avellino', KR: 'Crotone', CB: 'Campobasso', IS: 'Isernia', EN: 'Enna', VV: 'Vibo Valentia',
};

const STREETS = [
  'Via Roma', 'Corso Vittorio Emanuele', 'Via Garibaldi', 'Via Giuseppe Mazzini', 'Piazza del Municipio', 'Via XX Settembre',
  'Via Cavour', 'Viale della Repubblica', 'Via Dante Alighieri', 'Corso Umberto I', 'Via Nazionale', 'Via San Francesco',
  'Piazza Vittorio Veneto', 'Via Aldo Moro', 'Via Don Minzoni', 'Via Matteotti', 'Via Gramsci', 'Viale Europa', 'Via del Lavoro',
  'Via Lucana', 'Via degli Ulivi', 'Via Sant’Antonio', 'Largo Plebiscito', 'Via IV Novembre', 'Via Papa Giovanni XXIII',
];
const SAINTS = ['San Carlo', 'Madonna delle Grazie', 'Sant’Anna', 'San Giuseppe', 'San Francesco', 'Santa Maria', 'San Pio', 'Sacro Cuore', 'San Rocco'];
const PEOPLE = ['Tina Anselmi', 'Peppino Impastato', 'Nilde Iotti', 'Don Tonino Bello', 'Rocco Scotellaro', 'Carlo Levi', 'Danilo Dolci', 'Lidia Menapace', 'Pio La Torre', 'Franca Viola'];
const WORDS = ['Il Ponte', 'Mediterraneo', 'Insieme', 'Terra Nuova', 'Orizzonti', 'Arcobaleno', 'Mondo Aperto', 'La Rete', 'Approdi', 'Solidarietà', 'Porte Aperte', 'Il Faro', 'Nuovi Passi', 'Radici', 'Tolbà', 'Il Sicomoro'];
const COMMUNITIES = ['marocchina', 'albanese', 'romena', 'ucraina', 'senegalese', 'nigeriana', 'bengalese', 'pakistana', 'tunisina', 'indiana', 'cinese', 'ivoriana'];
const PATRONATI = ['INCA CGIL', 'ACLI', 'INAS CISL', 'ITAL UIL', 'EPASA-ITACO', 'ENAPA', 'Patronato SIAS'];

/**
 * Per category: name templates ({t} town, {p} province, {s} saint, {n} person, {w} word,
 * {c} community, {a} patronato), Italian and English descriptions, tags (both languages).
 */
const KINDS = {
  immigration: {
    weight: 10,
    names: [
      ['Sportello immigrazione del Comune di {t}', 'Immigration desk, Municipality of {t}'],
      ['Patronato {a} – sede di {t}', null],
      ['Questura di {p} – Ufficio immigrazione, sede di {t}', 'Police headquarters – Immigration office, {t}'],
      ['Sportello informativo per cittadini stranieri – {t}', 'Information desk for foreign citizens – {t}'],
      ['CAF {a} – pratiche per il permesso di soggiorno, {t}', null],
    ],
    it: ['Assistenza per il rinnovo del permesso di soggiorno, il ricongiungimento familiare e la richiesta di cittadinanza.', 'Compilazione dei kit postali, prenotazioni e informazioni sui documenti necessari.', 'Orientamento sulle pratiche di immigrazione e sul decreto flussi, anche con mediatori culturali.'],
    en: ['Help renewing residence permits, with family reunification and citizenship applications.', 'Filling in the postal kits, bookings and information on the documents needed.', 'Guidance on immigration procedures and the quota decree, also with cultural mediators.'],
    tags: ['permesso di soggiorno', 'residence permit', 'cittadinanza', 'citizenship', 'ricongiungimento familiare', 'family reunification', 'kit postale', 'documenti', 'documents', 'patronato', 'decreto flussi'],
  },
  health: {
    weight: 16,
    names: [
      ['Consultorio familiare ASL – {t}', 'Family health centre – {t}'],
      ['Ambulatorio STP/ENI per stranieri – {t}', 'STP/ENI clinic for foreigners – {t}'],
      ['Ospedale civile «{s}» – {t}', '«{s}» public hospital – {t}'],
      ['Presidio ospedaliero di {t}', 'Hospital of {t}'],
      ['Continuità assistenziale (Guardia medica) – {t}', 'Out-of-hours doctor – {t}'],
      ['Poliambulatorio distrettuale di {t}', 'District outpatient clinic – {t}'],
      ['Centro di salute mentale – {t}', 'Mental health centre – {t}'],
      ['Ufficio scelta e revoca del medico – ASL, {t}', 'GP registration office – {t}'],
    ],
    it: ['Visite mediche, vaccinazioni e prescrizioni anche per chi non ha la tessera sanitaria (codice STP).', 'Iscrizione al Servizio sanitario nazionale e scelta del medico di famiglia e del pediatra.', 'Assistenza sanitaria di base, prelievi e visite specialistiche su prenotazione CUP.', 'Reparti di pronto soccorso, ostetricia e pediatria; mediazione linguistica su richiesta.'],
    en: ['Medical visits, vaccinations and prescriptions, also for people without a health card (STP code).', 'Registration with the National Health Service and choice of a family doctor and paediatrician.', 'Primary care, blood tests and specialist visits booked through the CUP.', 'Emergency, maternity and paediatric wards; language mediation on request.'],
    tags: ['medico', 'doctor', 'salute', 'health', 'ospedale', 'hospital', 'tessera sanitaria', 'health card', 'STP', 'vaccini', 'vaccines', 'pediatra', 'ASL'],
  },
  work: {
    weight: 12,
    names: [
      ['Centro per l’impiego di {t}', 'Job centre of {t}'],
      ['Sportello lavoro {w} – {t}', null],
      ['Ispettorato territoriale del lavoro – {p}', 'Labour inspectorate – {p}'],
      ['Sindacato FLAI CGIL – lavoratori agricoli, {t}', 'FLAI CGIL union – farm workers, {t}'],
      ['Agenzia per il lavoro {w} – filiale di {t}', null],
    ],
    it: ['Iscrizione come disoccupati, offerte di lavoro, tirocini e orientamento professionale.', 'Informazioni sui contratti, sulla busta paga e contro il caporalato nei campi.', 'Aiuto per scrivere il curriculum e prepararsi ai colloqui di lavoro.'],
    en: ['Registering as unemployed, job offers, traineeships and career guidance.', 'Information on contracts and pay slips, and against gangmaster exploitation in the fields.', 'Help writing a CV and preparing for job interviews.'],
    tags: ['lavoro', 'work', 'job', 'impiego', 'curriculum', 'CV', 'contratto', 'contract', 'caporalato', 'tirocinio', 'traineeship', 'disoccupazione'],
  },
  housing: {
    weight: 7,
    names: [
      ['Agenzia sociale per la casa – {t}', 'Social housing agency – {t}'],
      ['ATER {p} – sportello alloggi popolari, {t}', 'Public housing office – {t}'],
      ['Dormitorio «{s}» – {t}', '«{s}» night shelter – {t}'],
      ['Sportello emergenza abitativa del Comune di {t}', 'Housing emergency desk – {t}'],
    ],
    it: ['Informazioni sui bandi per le case popolari e sui contributi per l’affitto.', 'Posti letto per la notte, doccia e colazione per persone senza dimora.', 'Mediazione con i proprietari e aiuto per il contratto di affitto.'],
    en: ['Information on public housing calls and rent subsidies.', 'Beds for the night, showers and breakfast for homeless people.', 'Mediation with landlords and help with rental contracts.'],
    tags: ['casa', 'housing', 'alloggio', 'affitto', 'rent', 'dormitorio', 'shelter', 'senza dimora', 'homeless', 'case popolari'],
  },
  education: {
    weight: 9,
    names: [
      ['CPIA {p} – sede di {t}', 'Adult education centre (CPIA) – {t}'],
      ['Scuola di italiano per stranieri «{w}» – {t}', 'Italian school for foreigners «{w}» – {t}'],
      ['Istituto comprensivo «{n}» – {t}', '«{n}» school – {t}'],
      ['Corso di italiano L2 – Associazione {w}, {t}', null],
    ],
    it: ['Corsi gratuiti di lingua italiana dal livello A1 al B1, esame per il permesso di lungo periodo.', 'Licenza media per adulti e corsi serali; iscrizione dei figli a scuola.', 'Lezioni di italiano due sere a settimana con volontari; doposcuola per bambini.'],
    en: ['Free Italian courses from A1 to B1, and the language test for the long-term permit.', 'Lower-secondary diploma for adults and evening classes; enrolling children at school.', 'Italian lessons two evenings a week with volunteers; after-school help for children.'],
    tags: ['scuola', 'school', 'italiano', 'Italian course', 'corso di lingua', 'CPIA', 'A2', 'licenza media', 'doposcuola', 'education'],
  },
  social: {
    weight: 26,
    names: [
      ['Servizi sociali del Comune di {t}', 'Social services, Municipality of {t}'],
      ['Caritas – Centro di ascolto «{s}», {t}', 'Caritas listening centre «{s}» – {t}'],
      ['Centro antiviolenza «{n}» – {t}', '«{n}» anti-violence centre – {t}'],
      ['Mensa dei poveri «{s}» – {t}', '«{s}» soup kitchen – {t}'],
      ['Emporio solidale {w} – {t}', 'Solidarity food shop {w} – {t}'],
      ['Segretariato sociale – Ambito territoriale di {t}', 'Social secretariat – {t} district'],
    ],
    it: ['Ascolto, orientamento ai servizi e aiuti economici per famiglie in difficoltà.', 'Pasti caldi, pacchi alimentari e vestiti; docce su prenotazione.', 'Accoglienza e supporto per donne che subiscono violenza, con casa rifugio e consulenza legale.', 'Assistente sociale, assegno di inclusione e sostegno ai minori.'],
    en: ['Listening, guidance to services and financial help for families in need.', 'Hot meals, food parcels and clothes; showers by appointment.', 'Shelter and support for women facing violence, with a safe house and legal advice.', 'Social worker, inclusion allowance and support for minors.'],
    tags: ['servizi sociali', 'social services', 'aiuto', 'help', 'pacco alimentare', 'food', 'mensa', 'violenza', 'violence', 'assistente sociale', 'vestiti', 'clothes'],
  },
  reception: {
    weight: 8,
    names: [
      ['SAI – progetto di accoglienza di {t}', 'SAI reception project – {t}'],
      ['Centro di accoglienza straordinaria (CAS) «{w}» – {t}', 'Emergency reception centre «{w}» – {t}'],
      ['Comunità per minori stranieri non accompagnati «{w}» – {t}', 'Home for unaccompanied foreign minors «{w}» – {t}'],
      ['Centro di prima accoglienza «{s}» – {t}', '«{s}» first reception centre – {t}'],
    ],
    it: ['Accoglienza per richiedenti asilo e rifugiati, con corsi di italiano e orientamento al lavoro.', 'Accoglienza, tutela legale e percorsi di autonomia per minori soli.', 'Posti per lavoratori stagionali nella raccolta; servizio navetta per i campi.'],
    en: ['Reception for asylum seekers and refugees, with Italian courses and job guidance.', 'Reception, legal protection and paths to independence for unaccompanied minors.', 'Places for seasonal farm workers; shuttle to the fields.'],
    tags: ['accoglienza', 'reception', 'richiedenti asilo', 'asylum seekers', 'rifugiati', 'refugees', 'SAI', 'CAS', 'minori', 'protezione internazionale'],
  },
  associations: {
    weight: 9,
    names: [
      ['Associazione {w} – {t}', null],
      ['ARCI {t}', null],
      ['Comunità {c} di {t}', 'The {c} community of {t}'],
      ['Cooperativa sociale {w} – {t}', null],
      ['Associazione di volontariato «{n}» – {t}', null],
    ],
    it: ['Volontari che accompagnano agli uffici, mediazione culturale e attività per le famiglie.', 'Sportello legale gratuito, feste interculturali e doposcuola.', 'Punto di incontro della comunità, aiuto con i documenti e traduzioni.'],
    en: ['Volunteers who go with people to offices, cultural mediation and activities for families.', 'Free legal desk, intercultural events and after-school help.', 'Community meeting point, help with documents and translations.'],
    tags: ['associazione', 'association', 'volontariato', 'volunteers', 'mediazione culturale', 'cultural mediation', 'comunità', 'community', 'sportello legale', 'legal advice'],
  },
  emergency: {
    weight: 3,
    names: [
      ['Pronto soccorso – Ospedale di {t}', 'Emergency department – {t} hospital'],
      ['Carabinieri – Stazione di {t}', 'Carabinieri station – {t}'],
      ['Polizia di Stato – Commissariato di {t}', 'State Police station – {t}'],
      ['Vigili del fuoco – Distaccamento di {t}', 'Fire brigade – {t}'],
    ],
    it: ['In caso di emergenza chiamare il 112, numero unico gratuito, attivo giorno e notte.', 'Pronto soccorso aperto 24 ore su 24, anche per chi non ha documenti.', 'Denunce, smarrimento di documenti ed emergenze.'],
    en: ['In an emergency call 112, the free single number, day and night.', 'Emergency department open 24 hours, also for people without documents.', 'Reporting crimes, lost documents and emergencies.'],
    tags: ['emergenza', 'emergency', '112', 'pronto soccorso', 'ospedale', 'hospital', 'polizia', 'police', 'carabinieri', 'denuncia'],
  },
};

const HOURS = [
  [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '13:00' }],
  [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '12:30' }, { days: ['tu', 'th'], opens: '15:00', closes: '17:30' }],
  [{ days: ['mo', 'we', 'fr'], opens: '10:00', closes: '12:00' }],
  [{ days: ['tu', 'th'], opens: '16:00', closes: '19:00' }],
  [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa'], opens: '08:00', closes: '14:00' }],
  [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '23:59' }],
];
const LANGUAGE_SETS = [['it', 'en'], ['it', 'en', 'fr'], ['it', 'fr', 'ar'], ['it', 'en', 'ar', 'ur'], ['it', 'ro', 'uk'], ['it']];

function slug(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function fill(template, values) {
  return template.replace(/\{(\w)\}/g, (_, key) => values[key]);
}

function readJson(path) {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}

/** The places services are spread over: the province's comuni only, or the whole South. */
function places(provinceOnly) {
  const comuni = readJson('data/comuni.json').map((c) => [c.name, 'MT', c.lat, c.lon, c.name === 'Matera' ? 60 : 8]);
  return provinceOnly ? comuni : [...comuni, ...SOUTH];
}

function makeService(random, index, place, categories) {
  const [town, province, lat0, lon0, weight] = place;
  const category = random.weighted(categories, categories.map((c) => KINDS[c].weight), categories.reduce((t, c) => t + KINDS[c].weight, 0));
  const kind = KINDS[category];
  const values = {
    t: town,
    p: PROVINCES[province] ?? town,
    s: random.pick(SAINTS),
    n: random.pick(PEOPLE),
    w: random.pick(WORDS),
    c: random.pick(COMMUNITIES),
    a: random.pick(PATRONATI),
  };
  const [itName, enName] = random.pick(kind.names);
  const nameIt = fill(itName, values);
  const name = enName && random.chance(0.5) ? { it: nameIt, en: fill(enName, values) } : nameIt;
  const sentences = random.int(1, 2);
  const picks = random.some(kind.it.map((_, i) => i), sentences, sentences);
  const descriptionIt = picks.map((i) => kind.it[i]).join(' ');
  const description = random.chance(0.7) ? { it: descriptionIt, en: picks.map((i) => kind.en[i]).join(' ') } : descriptionIt;
  // A quarter exactly on the town centre (many services share it), the rest a few km around it.
  const onCentre = random.chance(0.25);
  const spread = 0.006 + 0.0006 * Math.sqrt(weight);
  const lat = onCentre ? lat0 : +(lat0 + random.normal() * spread).toFixed(5);
  const lon = onCentre ? lon0 : +(lon0 + random.normal() * spread * 1.3).toFixed(5);
  const street = random.pick(STREETS);
  const service = {
    id: `${slug(nameIt).slice(0, 60).replace(/-$/, '')}-${index}`,
    name,
    category,
    lat,
    lon,
    municipality: town,
    address: `${street} ${random.int(1, 180)}, ${town}`,
    description,
    phone: [`+39 0${random.int(80, 99)}${random.int(1, 9)} ${String(random.int(0, 999999)).padStart(6, '0')}`],
    tags: random.some(kind.tags, 3, 7),
    languages: random.pick(LANGUAGE_SETS),
    updated: `2025-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    confidence: random.pick(['high', 'medium', 'medium', 'low']),
    coordinatePrecision: onCentre ? 'town-centre' : random.pick(['address', 'street']),
  };
  if (random.chance(0.45)) service.hours = random.pick(HOURS);
  if (random.chance(0.35)) service.email = [`info.${slug(town)}@${slug(values.w)}.example.it`];
  if (random.chance(0.3)) service.website = `https://www.${slug(values.w)}.example.it/${slug(town)}`;
  if (random.chance(0.2)) service.free = true;
  if (random.chance(0.2)) service.appointment = random.pick(['needed', 'walk-in']);
  return service;
}

/** The directory with `n` services (see the file's comment). Same `n`, same document. */
export function generateDirectory(n) {
  const matera = readJson('data/matera.json');
  const categories = matera.categories.map((c) => c.id).filter((id) => KINDS[id]);
  const real = n <= 100 ? matera.services.slice(0, n).map(({ notes, ...s }) => s) : [];
  const random = makeRandom(0x5eed + n);
  const spots = places(n <= 100);
  const weights = spots.map((p) => p[4]);
  const total = weights.reduce((a, b) => a + b, 0);
  const services = [...real];
  for (let i = services.length; i < n; i++) services.push(makeService(random, i, random.weighted(spots, weights, total), categories));
  return {
    version: 1,
    updated: '2026-11-26',
    publisher: matera.publisher,
    categories: matera.categories,
    services,
  };
}

/** Writes bench/out/services-N.json unless an up-to-date copy is there; returns its path. */
export function ensureDirectory(n) {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = directoryFile(n);
  const stamp = `${file}.v`;
  const sources = ['data/matera.json', 'data/comuni.json'].map((p) => statSync(join(ROOT, p)).mtimeMs);
  const fresh =
    existsSync(file) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === String(GENERATOR_VERSION) &&
    sources.every((t) => t <= statSync(file).mtimeMs);
  if (!fresh) {
    writeFileSync(file, JSON.stringify(generateDirectory(n)));
    writeFileSync(stamp, String(GENERATOR_VERSION));
  }
  return file;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  for (const n of sizes.length ? sizes : [100, 10_000, 50_000]) {
    const file = ensureDirectory(n);
    console.log(`${file}: ${(statSync(file).size / 1024).toFixed(0)} KB`);
  }
}
