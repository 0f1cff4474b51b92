import { expect } from '@open-wc/testing';
import type { Category } from '../../src/data/types.js';
import { CONCEPTS, DICTIONARY_LANGUAGES, type DictionaryLanguage } from '../../src/search/dictionary.js';
import { isCjk, normalize, tokenize } from '../../src/lib/normalize.js';
import { buildSearchIndex, explainQuery } from '../../src/search/search-index.js';
import { hanPieces } from '../../src/search/lexicon.js';
import matera from '../../data/matera.json';

const CATEGORY_IDS = new Set(matera.categories.map((c) => c.id));

/** The script each language's words are written in (Latin ones may hold digits, apostrophes, hyphens). */
const SCRIPT: Record<DictionaryLanguage, RegExp> = {
  it: /^[\p{Script=Latin}0-9 '’-]+$/u,
  en: /^[\p{Script=Latin}0-9 '’-]+$/u,
  fr: /^[\p{Script=Latin}0-9 '’-]+$/u,
  es: /^[\p{Script=Latin}0-9 '’-]+$/u,
  ro: /^[\p{Script=Latin}0-9 '’-]+$/u,
  sq: /^[\p{Script=Latin}0-9 '’-]+$/u,
  ar: /^[\p{Script=Arabic} ]+$/u,
  ur: /^[\p{Script=Arabic} ]+$/u,
  uk: /^[\p{Script=Cyrillic} 'ʼ’-]+$/u,
  zh: /^\p{Script=Han}+$/u,
  bn: /^[\p{Script=Bengali} ]+$/u,
  pa: /^[\p{Script=Gurmukhi} ]+$/u,
};

/** Concepts found in several categories, which therefore name none (documented in dictionary.ts). */
const KEYWORD_ONLY = ['interpreter', 'children', 'residence-registration'];

describe('dictionary', () => {
  it('has 25 to 50 concepts with unique ids', () => {
    expect(CONCEPTS.length).to.be.within(25, 50);
    expect(new Set(CONCEPTS.map((c) => c.id)).size).to.equal(CONCEPTS.length);
  });

  it('knows the 12 UI languages', () => {
    expect([...DICTIONARY_LANGUAGES].sort()).to.deep.equal(
      ['ar', 'bn', 'en', 'es', 'fr', 'it', 'pa', 'ro', 'sq', 'uk', 'ur', 'zh'],
    );
  });

  it('names no category except for the keyword-only concepts', () => {
    expect(CONCEPTS.filter((c) => c.categories.length === 0).map((c) => c.id)).to.deep.equal(KEYWORD_ONLY);
  });

  for (const concept of CONCEPTS) {
    describe(concept.id, () => {
      it('has categories of the built-in directory, each once', () => {
        for (const id of concept.categories) expect(CATEGORY_IDS.has(id), id).to.equal(true);
        expect(new Set(concept.categories).size).to.equal(concept.categories.length);
      });

      it('has Italian keywords of one word each, already lower case', () => {
        expect(concept.keywords).to.not.be.empty;
        for (const keyword of concept.keywords) {
          expect(tokenize(keyword), keyword).to.have.length(1);
          expect(keyword, keyword).to.equal(keyword.toLowerCase());
        }
      });

      it('has words in all 12 languages, in their scripts, that survive normalization', () => {
        expect(Object.keys(concept.words).sort()).to.deep.equal([...DICTIONARY_LANGUAGES].sort());
        for (const language of DICTIONARY_LANGUAGES) {
          const words = concept.words[language];
          expect(words, language).to.not.be.empty;
          for (const word of words) {
            expect(word, `${language}: ${word}`).to.match(SCRIPT[language]);
            expect(word, `${language}: ${word}`).to.equal(word.trim());
            expect(normalize(word), `${language}: ${word}`).to.not.equal('');
          }
          const folded = words.map(normalize);
          expect(new Set(folded).size, `${language}: a word repeated after folding`).to.equal(folded.length);
        }
      });

      it('has Chinese words that are whole Han words (matched only whole)', () => {
        for (const word of concept.words.zh) expect(isCjk(normalize(word)), word).to.equal(true);
      });
    });
  }

  it('writes the transliterations in plain Latin letters', () => {
    for (const concept of CONCEPTS) {
      for (const word of concept.latin ?? []) expect(word, concept.id).to.match(/^[a-z ]+$/);
    }
  });

  it('never gives the same folded word to concepts with different categories', () => {
    const meanings = new Map<string, Set<string>>();
    for (const concept of CONCEPTS) {
      const categories = [...concept.categories].sort().join(',') || `(keywords of ${concept.id})`;
      for (const word of [...Object.values(concept.words).flat(), ...(concept.latin ?? [])]) {
        const folded = normalize(word);
        meanings.set(folded, (meanings.get(folded) ?? new Set()).add(categories));
      }
    }
    const ambiguous = [...meanings].filter(([, categories]) => categories.size > 1).map(([word]) => word);
    expect(ambiguous).to.deep.equal([]);
  });

  it('folds words the way queries are folded (accents, case, apostrophes)', () => {
    const folded = (language: DictionaryLanguage, id: string) =>
      CONCEPTS.find((c) => c.id === id)!.words[language].map(normalize);
    expect(folded('fr', 'doctor')).to.include('medecin');
    expect(folded('it', 'passport-id')).to.include('carta d identita');
    expect(folded('ar', 'pharmacy')).to.include('ادويه');
    expect(folded('ro', 'citizenship')).to.include('cetatenie');
    expect(folded('sq', 'doctor')).to.include('klinike');
  });

  it('has no word that a municipality of the built-in directory would be taken for', () => {
    const categories: Category[] = matera.categories.map((c) => ({
      id: c.id,
      name: { it: c.name.it },
      color: c.color,
    }));
    const index = buildSearchIndex([], categories);
    const towns = new Set(matera.services.flatMap((s) => (s.municipality ? [s.municipality] : [])));
    expect(towns.size).to.be.greaterThan(10);
    for (const town of towns) expect(explainQuery(index, town), town).to.deep.equal([]);
  });
});

describe('hanPieces: a Chinese run cut at the dictionary’s words and filler', () => {
  const cases: [string, string[]][] = [
    ['我要看医生', ['我要', '看医生']],
    ['今晚哪里可以睡觉', ['今晚', '哪里', '可以', '睡觉']],
    ['医生', ['医生']], // a dictionary word stays whole
    ['马泰拉市', ['马泰拉市']], // no known word inside: whole
    ['市医院', ['市', '医院']], // unknown characters before a word stay together
    ['医', ['医']],
  ];
  for (const [run, pieces] of cases) {
    it(`${run} -> ${pieces.join(' | ')}`, () => {
      expect(hanPieces(run)).to.deep.equal(pieces);
    });
  }
});
