import { expect } from '@open-wc/testing';
import { isCjk, isSeparator, normalize, tokenize } from '../../src/lib/normalize.js';
import { SEPARATOR_TABLE } from '../../src/search/index-build.js';

describe('normalize', () => {
  const cases: [string, string, string][] = [
    ['lower case', 'QUESTURA', 'questura'],
    ['grave accent', 'Città', 'citta'],
    ['cedilla', 'Ça va', 'ca va'],
    ['acute and umlaut', 'Café Müller', 'cafe muller'],
    ['sharp s', 'Straße', 'strasse'],
    ['capital sharp s', 'STRAẞE', 'strasse'],
    ['slashed o', 'Søren', 'soren'],
    ['stroked l and acute', 'Łódź', 'lodz'],
    ['dotted capital I', 'İstanbul', 'istanbul'],
    ['full-width letters', 'ＱＵＥＳＴＵＲＡ', 'questura'],
    ['ligature', 'ﬁume', 'fiume'],
    ['typographic apostrophe', 'dell’ospedale', 'dell ospedale'],
    ['ASCII apostrophe', "l'ufficio", 'l ufficio'],
    ['hyphen', 'e-mail', 'e mail'],
    ['non-breaking hyphen', 'e\u2011mail', 'e mail'],
    ['em dash', 'pre—post', 'pre post'],
    ['soft hyphen', 'Im\u00adpiego', 'impiego'],
    ['collapses and trims spaces', '  a \t\n  b  ', 'a b'],
    ['digits kept', 'Aperto 24/7', 'aperto 24 7'],
    ['empty', '', ''],
    ['only punctuation', '?!…—«»', ''],
    ['HTML markup', '<b>Orari</b> & info', 'b orari b info'],
    ['emoji', '🏥 Ospedale 👩‍⚕️', 'ospedale'],
    ['keycap emoji leaves its digit', '1️⃣', '1'],
    ['Arabic kept', 'مستشفى', 'مستشفي'],
    ['Arabic harakat removed', 'مُسْتَشْفَى', 'مستشفي'],
    ['Arabic alef with hamza folded', 'أحمد إبراهيم آمنة', 'احمد ابراهيم امنه'],
    ['Cyrillic kept, yo folded', 'Больница Ёлка', 'больница елка'],
    ['Greek final sigma', 'ΟΔΟΣ', 'οδοσ'],
    ['Chinese kept', '马泰拉市医院', '马泰拉市医院'],
    ['Korean recomposed', '병원', '병원'],
    ['Bengali vowel signs kept', 'হাসপাতাল', 'হাসপাতাল'],
    ['Gurmukhi vowel signs kept', 'ਹਸਪਤਾਲ', 'ਹਸਪਤਾਲ'],
    ['Japanese dakuten kept', 'びょういん', 'びょういん'],
  ];
  for (const [what, input, expected] of cases) {
    it(`${what}: ${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => {
      expect(normalize(input)).to.equal(expected);
    });
  }

  it('is idempotent', () => {
    for (const [, input] of cases) {
      expect(normalize(normalize(input))).to.equal(normalize(input));
    }
  });
});

describe('tokenize', () => {
  const cases: [string, string, string[]][] = [
    ['words', 'Questura di Matera', ['questura', 'di', 'matera']],
    ['duplicates kept in order', 'via Via VIA', ['via', 'via', 'via']],
    ['apostrophes split words', 'Centro per l’Impiego', ['centro', 'per', 'l', 'impiego']],
    ['empty', '', []],
    ['whitespace', ' \t\n ', []],
    ['only punctuation', '...!?', []],
    ['only emoji', '🏥🚑', []],
    ['HTML', '<script>alert(1)</script>', ['script', 'alert', '1', 'script']],
    ['Arabic', 'مستشفى ماتيرا', ['مستشفي', 'ماتيرا']],
    ['Bengali words stay whole', 'হাসপাতাল সেবা', ['হাসপাতাল', 'সেবা']],
    ['Gurmukhi words stay whole', 'ਹਸਪਤਾਲ ਸੇਵਾ', ['ਹਸਪਤਾਲ', 'ਸੇਵਾ']],
    ['one Han character', '医', ['医']],
    ['two Han characters', '医院', ['医院']],
    [
      'Han run and its bigrams',
      '马泰拉市医院',
      ['马泰拉市医院', '马泰', '泰拉', '拉市', '市医', '医院'],
    ],
    ['Han run split from Latin letters', 'covid19疫苗', ['covid19', '疫苗']],
    ['Han and Latin words', 'Ospedale 医院', ['ospedale', '医院']],
    ['kana run and its bigrams', 'びょういん', ['びょういん', 'びょ', 'ょう', 'うい', 'いん']],
    ['astral Han characters are not split in halves', '𠀀𠀁𠀂', ['𠀀𠀁𠀂', '𠀀𠀁', '𠀁𠀂']],
  ];
  for (const [what, input, expected] of cases) {
    it(`${what}: ${JSON.stringify(input)}`, () => {
      expect(tokenize(input)).to.deep.equal(expected);
    });
  }

  it('handles a very long text', () => {
    const tokens = tokenize('questura '.repeat(20000));
    expect(tokens).to.have.length(20000);
    expect(new Set(tokens)).to.deep.equal(new Set(['questura']));
  });
});

describe('isCjk', () => {
  const cases: [string, boolean][] = [
    ['医院', true],
    ['びょういん', true],
    ['questura', false],
    ['covid19疫苗', false],
    ['병원', false],
    ['', false],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} -> ${expected}`, () => {
      expect(isCjk(input)).to.equal(expected);
    });
  }
});

describe('isSeparator', () => {
  const cases: [string, boolean][] = [
    [' ', true],
    ['.', true],
    ["'", true],
    ['-', true],
    ['<', true],
    ['\u00a0', true], // no-break space
    ['’', true],
    ['«', true],
    ['–', true],
    ['…', true],
    ['a', false],
    ['Z', false],
    ['0', false],
    ['è', false],
    ['\u00ad', false], // soft hyphen: removed inside a word, which it does not split
    ['\u200d', false], // zero-width joiner: likewise
    ['\u0301', false], // a combining accent belongs to its letter
    ['医', false],
    ['ß', false],
  ];
  for (const [char, expected] of cases) {
    it(`${JSON.stringify(char)} -> ${expected}`, () => {
      expect(isSeparator(char.charCodeAt(0))).to.equal(expected);
      expect(SEPARATOR_TABLE[char.charCodeAt(0)]).to.equal(expected ? 1 : 0);
    });
  }

  it('every separator is a word break to normalize', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (isSeparator(code)) expect(normalize(`a${String.fromCharCode(code)}b`), `U+${code.toString(16)}`).to.equal('a b');
    }
  });

  // The index builder folds each piece between separators once; that must give the same tokens
  // as tokenizing the whole text, whatever stands next to a separator.
  it('tokenizing the pieces between separators gives the tokens of the whole text', () => {
    const alphabet = [
      ...'aZè0 .,;’«»–—…\u00a0-<=>',
      'Σ', 'ΟΔΟΣ', 'İ', 'ß', 'ẞ', 'ﬁ', 'Ｑ', '\u0301', '\u0338', '\u0903', '\u00ad', '\u200d', '\ufe0f', '\u20e3',
      '医', '院', 'び', 'ـ', 'أ', 'ى', 'ة', '\u064e', '🏥', '𠀀', 'ਹ', 'ি', '\u2017',
    ];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const pieces: string[] = [];
      let piece = '';
      for (const unit of text) {
        if (unit.length === 1 && isSeparator(unit.charCodeAt(0))) {
          pieces.push(piece);
          piece = '';
        } else {
          piece += unit;
        }
      }
      pieces.push(piece);
      expect(pieces.flatMap((p) => tokenize(p)), JSON.stringify(text)).to.deep.equal(tokenize(text));
    }
  });
});
