import { expect } from '@open-wc/testing';
import { runSteps } from '../../src/lib/chunked.js';
import { nameOrderSteps } from '../../src/view/name-order.js';
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
    ['empty names', ['', 'b', '', 'a'], 'it'],
    ['nothing', [], 'it'],
  ];
  for (const [what, list, lang] of cases) {
    it(`equals a collator sort: ${what}`, () => {
      const collator = new Intl.Collator(lang, { sensitivity: 'base' });
      expect([...runSteps(nameOrderSteps(list, collator))]).to.deep.equal(collatorOrder(list, collator));
    });
  }
});
