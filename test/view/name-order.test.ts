import { expect } from '@open-wc/testing';
import { runSteps } from '../../src/lib/chunked.js';
import { COLLATION_ORDER, nameOrderSteps } from '../../src/view/name-order.js';
import { seededRandom } from '../random.js';

/** The order a plain collator sort gives (ties by position): what nameOrderSteps must equal. */
function collatorOrder(names: readonly string[], collator: Intl.Collator): number[] {
  return Array.from(names, (_, i) => i).sort((a, b) => collator.compare(names[a], names[b]) || a - b);
}

function names(count: number, parts: readonly string[], seed: number): string[] {
  const next = seededRandom(seed);
  const pick = () => parts[Math.floor(next() * parts.length)];
  return Array.from({ length: count }, () => `${pick()}${next() < 0.5 ? ' ' : ''}${pick()}${next() < 0.2 ? ` ${Math.floor(next() * 100)}` : ''}`);
}

const ITALIAN = ['Questura', 'questura', 'Città', 'citta', 'Comune', 'Ufficio', 'ufficio', "dell'Ospedale", 'Òspedale', 'Ámbito', 'A.S.L.', '(Caritas)', 'Zona', 'Éta', 'È', '10', '2', '—', 'Ça', 'Straße', 'Æon', 'İstanbul'];
const MIXED = [...ITALIAN, 'مستشفى', 'شرطة', 'лікарня', 'Лікар', 'поліція', '医院', '警察', '学校', 'হাসপাতাল', 'ਹਸਪਤਾਲ'];
const CHINESE = ['医院', '警察', '学校', '中心', '服务', '办公室', '社会', '工作', '住房', '紧急'];
const PUNCTUATED = ['Caritas', "Caritas –", 'Caritas -', '«San', '«Sant’Anna»', "Sant'Anna", 'Sant‘Anna', '(CAV)', "'Pil.Lab.'", 'Ospedale', 'Òspedale', 'Città', 'Citta', 'Cittadella', 'ASM -', 'ASM (', 'Pro', 'Progetto', 'Sai', 'S.A.I.', '—', '_x', 'a/b', 'a&b', 'x+y', '1', '10', '9', 'e.V.', '…', 'l·l', '$', '~'];
const ALBANIAN = ['Shëndeti', 'Sigurimi', 'Xhamia', 'Xixa', 'Dhoma', 'Dita', 'Llogari', 'Lumi', 'Zyra', 'Zhvillimi', 'Gjykata', 'Gruaja'];

describe("nameOrderSteps: names in the language's order, fast", () => {
  const cases: [string, string[], string][] = [
    ['Italian names with accents, case, punctuation and digits', names(5000, ITALIAN, 1), 'it'],
    ['the same in English', names(3000, ITALIAN, 2), 'en'],
    ['many scripts, in Arabic', names(3000, MIXED, 3), 'ar'],
    ['many scripts, in Ukrainian', names(3000, MIXED, 4), 'uk'],
    ['Chinese names in Chinese (pinyin: far from the keys, sorted by the collator)', names(3000, CHINESE, 5), 'zh-CN'],
    ['Albanian digraphs (dh, gj, ll, sh, xh, zh sort as letters of their own)', names(3000, ALBANIAN, 6), 'sq'],
    ['all equal', Array.from({ length: 500 }, () => 'Ufficio'), 'it'],
    ['punctuation, accents and quotes where names differ, in Italian', names(1500, PUNCTUATED, 7), 'it'],
    ['the same, more names than keys are written in ranks for', names(2500, PUNCTUATED, 11), 'it'],
    ['the same in Spanish (ñ is a letter of its own)', names(1500, [...PUNCTUATED, 'Niño', 'Nino', 'Ñandú', 'Nube'], 8), 'es'],
    ['the same in Romanian (ă, ș, ț are letters of their own)', names(1500, [...PUNCTUATED, 'Școală', 'Scoala', 'Țară', 'Tara', 'Apă', 'Apa'], 9), 'ro'],
    ['the same in Arabic', names(1500, [...PUNCTUATED, 'مستشفى', 'شرطة'], 10), 'ar'],
    ['empty names', ['', 'b', '', 'a'], 'it'],
    ['nothing', [], 'it'],
  ];
  for (const [what, list, lang] of cases) {
    it(`equals a collator sort: ${what}`, () => {
      const collator = new Intl.Collator(lang, { sensitivity: 'base' });
      expect([...runSteps(nameOrderSteps(list, lang))]).to.deep.equal(collatorOrder(list, collator));
    });
  }
});

describe('nameOrderSteps: no collator for names whose keys decide', () => {
  const made: unknown[] = [];
  const { Collator } = Intl;
  beforeEach(() => {
    made.length = 0;
    Intl.Collator = new Proxy(Collator, { construct: (target, args) => (made.push(args), new target(...(args as []))) });
  });
  afterEach(() => {
    Intl.Collator = Collator;
  });

  it('the table of characters is in the order of the browser’s collator, in each language it is used for', () => {
    for (const lang of ['it', 'en', 'fr', 'es', 'ro', 'uk', 'ar', 'ur', 'bn', 'pa', 'zh-CN']) {
      const collator = new Collator(lang, { sensitivity: 'base' });
      const ranks = COLLATION_ORDER.flatMap((same, rank) => [...same].map((char) => [char, rank] as const));
      for (const [a, rankA] of ranks) {
        for (const [b, rankB] of ranks) {
          const expected = Math.sign(rankA - rankB);
          const got = Math.sign(collator.compare(`x${a}x`, `x${b}x`));
          if (got !== expected) expect.fail(`${lang}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}: the collator says ${got}, the table ${expected}`);
        }
      }
    }
  });

  it("names such as the built-in directory's, with accents, quotes and dashes: none made", () => {
    const list = [
      'Questura di Matera - Ufficio Immigrazione',
      "Caritas Diocesana Matera-Irsina - Centro 'La Tenda'",
      'Caritas – Centro di ascolto «San Carlo», Matera',
      'Caritas – Centro di ascolto «Sant’Anna», Tricarico',
      'ASM - Ambulatorio di prossimità PNES (Programma)',
      'ASM - Ambulatorio di prossimità PNES - Ospedale',
      'Continuità assistenziale (guardia medica) - sede',
      'Continuità assistenziale (guardia medica) – Gorgoglione',
      "Centro antiviolenza 'Pil.Lab.'",
      'Centro antiviolenza (CAV) e sportello',
      'Centro antiviolenza «Nilde Iotti»',
      'Pro Loco di Miglionico',
      'Progetto F.A.R.O.',
      'Università degli Studi della Basilicata',
      'Universita popolare',
    ];
    const order = [...runSteps(nameOrderSteps(list, 'it'))];
    expect(made).to.deep.equal([]);
    expect(order).to.deep.equal(collatorOrder(list, new Collator('it', { sensitivity: 'base' })));
  });

  it('names whose keys do not decide (ß, in German): one made, and its order kept', () => {
    const list = ['Straße', 'Strasse', 'Strasbourg'];
    const order = [...runSteps(nameOrderSteps(list, 'de'))];
    expect(made).to.have.length(1);
    expect(order).to.deep.equal(collatorOrder(list, new Collator('de', { sensitivity: 'base' })));
  });
});
