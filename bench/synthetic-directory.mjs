/**
 * A deterministic synthetic directory for benchmarks: `syntheticDirectory(50_000)` returns the
 * raw document (as JSON.parse gives it) with that many services, the same for the same seed.
 * Italian names, descriptions and tags come from the built-in directory's real texts, mixed with
 * generated surnames, streets and towns; English texts for most services, a few in Arabic,
 * Ukrainian, Chinese and French; some opening hours, phones, e-mails, websites, closed services.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticDirectory(count, seed = 20260115) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

  const matera = JSON.parse(readFileSync(join(root, 'data', 'matera.json'), 'utf8'));
  const comuni = JSON.parse(readFileSync(join(root, 'data', 'comuni.json'), 'utf8'));
  const textOf = (value, lang) => (typeof value === 'string' ? (lang === 'it' ? value : undefined) : value?.[lang]);
  const sentences = (lang) =>
    matera.services
      .flatMap((s) => (textOf(s.description, lang) ?? '').split(/(?<=[.;])\s+/))
      .filter((s) => s.length > 20);
  const itSentences = sentences('it');
  const enSentences = sentences('en');
  const realTags = [...new Set(matera.services.flatMap((s) => s.tags ?? []))];

  const syllables = ['ma', 'te', 'ra', 'po', 'li', 'co', 'ro', 'san', 'ta', 'ber', 'nal', 'da', 'fer', 'ran', 'di', 'na',
    'mon', 'tal', 'ba', 'no', 'tur', 'si', 'pi', 'stic', 'ci', 'gra', 'zie', 'lu', 'ca', 'vi', 'to', 'gio', 'van',
    'ni', 'pa', 'sca', 'ri', 'mar', 'co', 'ni', 'a', 'e', 'o', 'gal', 'lo', 'ros', 'sel', 'bel', 'fio', 'ren'];
  const word = (min, max) => {
    let text = '';
    for (let i = between(min, max); i > 0; i--) text += pick(syllables);
    return text;
  };
  const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);
  const surnames = Array.from({ length: 20_000 }, () => capital(word(2, 4)) + pick(['', 'i', 'o', 'a', 'elli', 'ucci']));
  const towns = [
    ...comuni.map((c) => c.name),
    ...Array.from({ length: 3000 }, () => capital(word(2, 4)) + (chance(0.2) ? ` ${pick(['Jonico', 'Scalo', 'Marina', 'Superiore', 'Lucano'])}` : '')),
  ];
  const streets = ['Via', 'Viale', 'Piazza', 'Corso', 'Vico', 'Largo', 'Contrada'];
  const saints = ['San Giuseppe', 'Santa Maria', 'San Francesco', 'Sant’Antonio', 'San Rocco', 'Madonna delle Grazie', 'San Carlo'];
  const kinds = [
    ['Ambulatorio di prossimità', 'Outreach clinic', 'health'],
    ['Ospedale', 'Hospital', 'health'],
    ['Consultorio familiare', 'Family health centre', 'health'],
    ['Guardia medica', 'Out-of-hours doctor', 'health'],
    ['Farmacia', 'Pharmacy', 'health'],
    ['Centro per l’Impiego', 'Job centre', 'work'],
    ['Patronato', 'Welfare advice office', 'work'],
    ['Sportello Immigrati', 'Migrants desk', 'immigration'],
    ['Questura – Ufficio Immigrazione', 'Police immigration office', 'immigration'],
    ['Sportello legale', 'Legal advice desk', 'immigration'],
    ['Casa di accoglienza', 'Shelter', 'housing'],
    ['Dormitorio', 'Night shelter', 'housing'],
    ['CPIA – Scuola di italiano', 'Italian language school', 'education'],
    ['Scuola', 'School', 'education'],
    ['Mensa', 'Soup kitchen', 'social'],
    ['Caritas diocesana', 'Caritas', 'social'],
    ['Servizi sociali del Comune', 'Municipal social services', 'social'],
    ['Centro SAI', 'SAI reception centre', 'reception'],
    ['Centro di accoglienza straordinaria', 'Emergency reception centre', 'reception'],
    ['Associazione', 'Association', 'associations'],
    ['Centro antiviolenza', 'Anti-violence centre', 'emergency'],
  ];
  const extraLanguages = [
    ['ar', 'مستشفى عام مع قسم الطوارئ والعيادات الخارجية، مساعدة في طلب تصريح الإقامة'],
    ['uk', 'Допомога з дозволом на проживання, лікар і консультації для мігрантів'],
    ['zh', '为外国公民提供医疗和居留许可帮助的市医院服务'],
    ['fr', 'Aide pour le permis de séjour, médecin et orientation pour les migrants'],
  ];
  const days = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

  function makeService(i) {
    const [kindIt, kindEn, category] = pick(kinds);
    const town = pick(towns);
    const person = chance(0.3) ? ` “${pick(saints)}”` : chance(0.3) ? ` ${pick(surnames)}` : '';
    const nameIt = `${kindIt}${person} di ${town}`;
    const description = { it: Array.from({ length: between(1, 3) }, () => pick(itSentences)).join(' ') + ` ${pick(surnames)}.` };
    if (chance(0.7)) description.en = Array.from({ length: between(1, 2) }, () => pick(enSentences)).join(' ');
    if (chance(0.08)) {
      const [lang, text] = pick(extraLanguages);
      description[lang] = text;
    }
    const service = {
      id: `s-${i}-${town.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
      name: chance(0.6) ? { it: nameIt, en: `${kindEn}${person}, ${town}` } : nameIt,
      category,
      lat: 40 + random(),
      lon: 16 + random(),
      municipality: town,
      address: `${pick(streets)} ${chance(0.5) ? pick(surnames) : pick(saints)} ${between(1, 250)}, ${between(75010, 75100)} ${town}`,
      description,
      tags: Array.from({ length: between(2, 10) }, () => pick(realTags)),
      phone: chance(0.5) ? [`0835 ${between(100000, 999999)}`] : [],
      email: chance(0.3) ? [`info${i}@example.it`] : [],
      sources: [{ url: `https://example.it/servizi/${i}`, note: `${between(2015, 2025)}` }],
      confidence: pick(['high', 'medium', 'low']),
      coordinatePrecision: pick(['address', 'street', 'town-centre']),
    };
    if (chance(0.3)) service.website = `https://www.example.it/${i}`;
    if (chance(0.3)) service.hours = [{ days: days.slice(0, between(1, 6)), opens: '09:00', closes: '13:00' }];
    if (chance(0.2)) service.hoursNote = { it: 'Su appuntamento il martedì', en: 'By appointment on Tuesdays' };
    if (chance(0.05)) service.status = pick(['temporarily-closed', 'closed']);
    return service;
  }

  return JSON.parse(
    JSON.stringify({
      version: 1,
      updated: '2026-01-15',
      categories: matera.categories,
      services: Array.from({ length: count }, (_, i) => makeService(i)),
    }),
  );
}
