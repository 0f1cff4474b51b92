import { expect } from '@open-wc/testing';
import type { Category, Service } from '../../src/data/types.js';
import {
  buildSearchIndex,
  buildSearchIndexAsync,
  explainQuery,
  isBlankQuery,
  leftOutWords,
  scoreServices,
  searchServices,
} from '../../src/search/search-index.js';
import { makeService } from '../fixtures/services.js';
import matera from '../../data/matera.json';

/** A service with the required fields filled in; `over` sets the ones a test cares about. */
const service = makeService;

// Category ids unlike the built-in directory's (`care`, not `health`): here dictionary concepts act
// only through their Italian keywords, so these cases still test the direct matching. The
// dictionary's own cases, further down, use the built-in directory's categories.
const categories: Category[] = [
  { id: 'legal', name: { it: 'Documenti e permessi', en: 'Documents and permits' }, color: '#06c' },
  { id: 'care', name: { it: 'Salute', en: 'Health' }, color: '#c00' },
  { id: 'work', name: { it: 'Lavoro', en: 'Work' }, color: '#080' },
  { id: 'other', name: { it: 'Altro', en: 'Other' }, color: '#999' },
];

const services: Service[] = [
  service('questura', {
    name: {
      it: 'Questura di Matera – Ufficio Immigrazione',
      en: 'Matera Police Headquarters – Immigration Office',
    },
    category: 'legal',
    municipality: 'Matera',
    address: { it: 'Via Gattini 1' },
    tags: ['permesso di soggiorno', 'residence permit'],
    description: {
      it: 'Rilascio e rinnovo del permesso di soggiorno.',
      en: 'Issue and renewal of residence permits.',
    },
  }),
  service('ospedale', {
    name: { it: 'Ospedale Madonna delle Grazie', en: 'Madonna delle Grazie Hospital', zh: '马泰拉市医院' },
    category: 'care',
    municipality: 'Matera',
    address: { it: 'Via Montescaglioso' },
    tags: ['pronto soccorso', 'emergency'],
    description: {
      it: 'Pronto soccorso aperto <b>24 ore su 24</b>.',
      en: 'Emergency room open 24 hours.',
      ar: 'مستشفى عام مع قسم الطوارئ والعيادات الخارجية',
    },
  }),
  service('cpi', {
    name: { it: 'Centro per l’Impiego di Policoro', en: 'Policoro Job Centre' },
    category: 'work',
    municipality: 'Policoro',
    tags: ['CPI', 'lavoro'],
    description: { it: 'Offerte di lavoro e orientamento.' },
  }),
  service('sportello', {
    name: { it: 'Sportello Immigrati del Comune', en: 'Municipal Desk for Migrants' },
    category: 'legal',
    municipality: 'Matera',
    address: { it: 'Piazza Vittorio Veneto' },
    tags: ['mediazione culturale'],
    description: {
      it: 'Aiuto per gli appuntamenti in questura e per vivere in città.',
      en: 'Help with police appointments and city life.',
    },
  }),
  service('consultorio', {
    name: { it: 'Consultorio familiare' },
    category: 'care',
    municipality: 'Pisticci',
  }),
];

const index = buildSearchIndex(services, categories);

/** Matching ids, best first. */
function search(query: string, on = index): string[] {
  return [...searchServices(on, query).keys()];
}

describe('searchServices', () => {
  describe('matching (ids best first)', () => {
    const cases: [string, string, string[]][] = [
      ['a word in the name and in a description', 'questura', ['questura', 'sportello']],
      ['upper case', 'QUESTURA', ['questura', 'sportello']],
      ['without the accent', 'citta', ['sportello']],
      ['with the accent', 'Città', ['sportello']],
      ['prefix of the last word', 'ques', ['questura', 'sportello']],
      ['one-letter prefix of the last word', 'q', ['questura', 'sportello']],
      ['typo: deletion', 'qestura', ['questura', 'sportello']],
      ['typo: transposition', 'qeustura', ['questura', 'sportello']],
      ['typo: insertion', 'questurra', ['questura', 'sportello']],
      ['typo: substitution', 'quextura', ['questura', 'sportello']],
      ['typo: deletion in another word', 'ospedle', ['ospedale']],
      ['typo while still typing (prefix with a typo)', 'ospedl', ['ospedale']],
      ['short word: exact', 'cpi', ['cpi']],
      ['short word: no typo allowed', 'cpa', []],
      ['four letters: no typo allowed', 'qest', []],
      ['two typos are too many', 'qestira', []],
      ['tag', 'soggiorno', ['questura']],
      ['tag written in upper case in the data', 'cpi', ['cpi']],
      ['category name, Italian', 'salute', ['ospedale', 'consultorio']],
      ['category name, English', 'health', ['ospedale', 'consultorio']],
      ['tag and category beat description', 'lavoro', ['cpi']],
      ['municipality', 'pisticci', ['consultorio']],
      ['name beats municipality, then directory order', 'matera', ['questura', 'ospedale', 'sportello']],
      ['address', 'gattini', ['questura']],
      ['English description', 'issue', ['questura']],
      // Words the dictionary does not know, so only the indexed texts can find them.
      ['Arabic description', 'قسم', ['ospedale']],
      ['Arabic with a folded letter (heh for teh marbuta)', 'الخارجيه', ['ospedale']],
      ['Chinese bigram inside a longer name', '市医', ['ospedale']],
      ['Chinese run inside a longer name', '市医院', ['ospedale']],
      ['single Chinese character', '院', ['ospedale']],
      ['Chinese not present', '学校', []],
      ['every word must match (AND)', 'soggiorno matera', ['questura']],
      ['a typo also finds the plural (category "permessi")', 'permesso', ['questura', 'sportello']],
      // "policoro" matches, but no service with "permesso": it is left out (see below).
      ['AND with no common service: the later word gives way', 'permesso policoro', ['questura', 'sportello']],
      ['non-final words match as prefixes of 3+ letters', 'ques matera', ['questura', 'sportello']],
      // "qu" matches no whole word, so it is left out (see 'words that match nothing' below).
      ['non-final words shorter than 3 must be whole', 'qu matera', ['questura', 'ospedale', 'sportello']],
      ['word order does not matter', 'matera soggiorno', ['questura']],
      ['text inside HTML tags in the data', '24 ore', ['ospedale']],
      ['apostrophe in the query', 'l’impiego', ['cpi']],
      ['trailing punctuation', 'ospedale!!!', ['ospedale']],
      ['emoji next to a word', '🏥 ospedale', ['ospedale']],
      ['repeated word', 'questura '.repeat(5000), ['questura', 'sportello']],
      ['no such word', 'biblioteca', []],
      ['a dictionary word whose keywords this directory lacks', 'farmacia', []],
    ];
    for (const [what, query, expected] of cases) {
      it(`${what}: ${JSON.stringify(query.slice(0, 40))}`, () => {
        expect(search(query)).to.deep.equal(expected);
      });
    }
  });

  describe('sentences: filler and words that match nothing are left out', () => {
    const cases: [string, string, string[], string[]][] = [
      // [what, query, results, left out]
      ['a word that matches nothing', 'questura xyzzy', ['questura', 'sportello'], ['xyzzy']],
      ['English filler', 'where is the questura please', ['questura', 'sportello'], []],
      ['Italian filler, and a verb the directory lacks', 'dove si trova la questura', ['questura', 'sportello'], ['trova']],
      ['French filler', 'je cherche la questura', ['questura', 'sportello'], []],
      ['Ukrainian filler', 'мені потрібна questura', ['questura', 'sportello'], []],
      ['Arabic filler', 'أين questura', ['questura', 'sportello'], []],
      // "di" stays: it is part of the phrase, whose meaning brings the desk for migrants too.
      ['a function word inside a dictionary phrase still counts', 'permesso di soggiorno', ['questura', 'sportello'], []],
      ['two words that each match, with no common service: the later one is left out', 'permesso policoro', ['questura', 'sportello'], ['policoro']],
      ['no word matches: nothing', 'xyzzy plugh', [], ['xyzzy', 'plugh']],
      ['filler and a word that matches nothing: nothing', 'del xyzzy', [], ['xyzzy']],
      ['only filler: searched as typed (a word still being typed: "del" of "delle")', 'del', ['sportello', 'ospedale', 'questura'], []],
      // "hai" (Urdu "is") ends the query but is filler: not the start of "haine" (clothes, French).
      ['filler at the end is not taken for the start of a dictionary word', 'permesso hai', ['questura', 'sportello'], []],
    ];
    for (const [what, query, expected, leftOut] of cases) {
      it(`${what}: ${JSON.stringify(query)}`, () => {
        expect(search(query)).to.deep.equal(expected);
        expect(leftOutWords(index, query)).to.deep.equal(leftOut);
      });
    }

    it('a blank query leaves nothing out, whatever was searched before', () => {
      expect(leftOutWords(index, 'xyzzy')).to.deep.equal(['xyzzy']);
      expect(leftOutWords(index, '  ?! ')).to.deep.equal([]);
      searchServices(index, 'plugh');
      expect(leftOutWords(index, '')).to.deep.equal([]);
    });

    it('at most 24 distinct words are searched', () => {
      const many = Array.from({ length: 30 }, (_, i) => `parola${i}`).join(' ');
      expect(leftOutWords(index, many)).to.have.length(24);
    });
  });

  describe('bad and edge input', () => {
    const blank = ['', ' ', '\t\n  ', '?!…', '—', '🏥🚑', '<>', '&nbsp;'.replace(/[a-z]/g, '')];
    for (const query of blank) {
      it(`blank query ${JSON.stringify(query)} returns an empty Map`, () => {
        const result = searchServices(index, query);
        expect(result).to.be.an.instanceOf(Map);
        expect(result.size).to.equal(0);
        expect(isBlankQuery(query)).to.equal(true);
      });
    }

    for (const query of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>']) {
      it(`query ${JSON.stringify(query)} is searched as plain words, the markup inert`, () => {
        const found = [...searchServices(index, query).keys()];
        const byWord = query.split(/[^a-z0-9]+/).filter(Boolean).map((word) => searchServices(index, word));
        expect(found.every((id) => byWord.some((results) => results.has(id)))).to.equal(true);
        expect(isBlankQuery(query)).to.equal(false);
      });
    }

    const noMatch = [
      'x'.repeat(100_000),
      Array.from({ length: 5000 }, (_, i) => `parola${i}`).join(' '),
    ];
    for (const query of noMatch) {
      it(`query ${JSON.stringify(query.slice(0, 30))}… matches nothing and is not blank`, () => {
        expect(searchServices(index, query).size).to.equal(0);
        expect(isBlankQuery(query)).to.equal(false);
      });
    }

    it('a query with a word is not blank', () => {
      expect(isBlankQuery('  questura ')).to.equal(false);
    });

    it('an empty directory matches nothing', () => {
      expect(search('questura', buildSearchIndex([], []))).to.deep.equal([]);
    });

    it('tolerates missing optional fields and an unknown category', () => {
      const bare = buildSearchIndex([service('bare', { name: { en: 'Library' }, category: 'nope' })], []);
      expect(search('library', bare)).to.deep.equal(['bare']);
      expect(search('other', bare)).to.deep.equal([]);
    });

    it('tolerates texts with no words at all', () => {
      const odd = buildSearchIndex(
        [service('odd', { name: { it: '🏥', en: '' }, tags: ['', '!!!'], description: { it: '<br/>' } })],
        categories,
      );
      expect(search('altro', odd)).to.deep.equal(['odd']);
    });

    it('returns only matching services, each with a positive score', () => {
      const result = searchServices(index, 'matera');
      expect([...result.keys()].sort()).to.deep.equal(['ospedale', 'questura', 'sportello']);
      for (const score of result.values()) expect(score).to.be.greaterThan(0);
    });
  });

  describe('ranking', () => {
    it('exact word beats prefix beats typo, in the same field', () => {
      const ranked = buildSearchIndex(
        [
          service('typo', { name: { it: 'Prota' } }),
          service('description', { name: { it: 'Ufficio' }, description: { it: 'Vicino alla porta' } }),
          service('prefix', { name: { it: 'Portale' } }),
          service('exact', { name: { it: 'Porta' } }),
        ],
        categories,
      );
      const result = searchServices(ranked, 'porta');
      expect([...result.keys()]).to.deep.equal(['exact', 'prefix', 'typo', 'description']);
      const [exact, prefix, typo] = [...result.values()];
      expect(exact).to.be.greaterThan(prefix);
      expect(prefix).to.be.greaterThan(typo);
    });

    it('name beats tags and category, which beat municipality and address, which beat description', () => {
      const ranked = buildSearchIndex(
        [
          service('in-description', { description: { it: 'Servizio a Bernalda' } }),
          service('in-address', { address: { it: 'Corso Bernalda 3' } }),
          service('in-municipality', { municipality: 'Bernalda' }),
          service('in-category', { category: 'local' }),
          service('in-tags', { tags: ['bernalda'] }),
          service('in-name', { name: { it: 'Comune di Bernalda' } }),
        ],
        [{ id: 'local', name: { it: 'Servizi di Bernalda' }, color: '#333' }],
      );
      const result = searchServices(ranked, 'BERNALDA');
      // Equal scores keep directory order.
      expect([...result.keys()]).to.deep.equal([
        'in-name',
        'in-category',
        'in-tags',
        'in-address',
        'in-municipality',
        'in-description',
      ]);
      const score = (id: string) => result.get(id) ?? 0;
      expect(score('in-name')).to.be.greaterThan(score('in-tags'));
      expect(score('in-tags')).to.equal(score('in-category'));
      expect(score('in-category')).to.be.greaterThan(score('in-municipality'));
      expect(score('in-municipality')).to.equal(score('in-address'));
      expect(score('in-address')).to.be.greaterThan(score('in-description'));
    });

    it('the field decides before the kind of match: a typo in the name beats an exact tag', () => {
      const ranked = buildSearchIndex(
        [service('tag', { tags: ['bernalda'] }), service('name', { name: { it: 'Bernadla' } })],
        categories,
      );
      expect(search('bernalda', ranked)).to.deep.equal(['name', 'tag']);
    });

    it('a word found in several fields counts once, with its best field', () => {
      const ranked = buildSearchIndex(
        [
          service('everywhere', { tags: ['porta'], description: { it: 'porta porta porta' } }),
          service('name', { name: { it: 'Porta' } }),
        ],
        categories,
      );
      expect(search('porta', ranked)).to.deep.equal(['name', 'everywhere']);
    });

    it('scores sum over the query words', () => {
      const one = searchServices(index, 'questura').get('questura') ?? 0;
      const two = searchServices(index, 'questura matera').get('questura') ?? 0;
      expect(one).to.be.greaterThan(0);
      expect(two).to.be.greaterThan(one);
    });
  });

  describe('a directory of 10,000 services', () => {
    const groups = ['alfa', 'bravo', 'charlie', 'delta', 'echo'];
    const towns = ['Matera', 'Policoro', 'Pisticci', 'Bernalda', 'Ferrandina', 'Montalbano', 'Tursi'];
    const many = Array.from({ length: 10_000 }, (_, i) =>
      service(`s${i}`, {
        name: { it: `Sportello ${i}`, en: `Desk ${i}` },
        municipality: towns[i % towns.length],
        tags: [groups[i % groups.length]],
        description: { it: `Servizio numero ${i}` },
      }),
    );
    const big = buildSearchIndex(many, categories);
    const idsWhere = (keep: (i: number) => boolean) =>
      many.map((_, i) => i).filter(keep).map((i) => `s${i}`);

    it('finds one service by its number', () => {
      expect(search('sportello 1234', big)).to.deep.equal(['s1234']);
    });

    it('finds one service despite a typo', () => {
      expect(search('sportelo 9999', big)).to.deep.equal(['s9999']);
    });

    it('intersects a tag with a number', () => {
      expect(search('delta 7778', big)).to.deep.equal(['s7778']);
      // No "alfa" service has 7778: the number is left out rather than emptying the list.
      expect(search('alfa 7778', big).sort()).to.deep.equal(search('alfa', big).sort());
      expect(leftOutWords(big, 'alfa 7778')).to.deep.equal(['7778']);
    });

    it('finds a whole group by tag', () => {
      expect(search('echo', big).sort()).to.deep.equal(idsWhere((i) => i % 5 === 4).sort());
    });

    it('matches the last word as a prefix, exact match first', () => {
      const result = search('desk 12', big);
      expect(result[0]).to.equal('s12');
      expect(result.sort()).to.deep.equal(idsWhere((i) => String(i).startsWith('12')).sort());
    });

    it('intersects a municipality with a number prefix', () => {
      expect(search('tursi 7', big).sort()).to.deep.equal(
        idsWhere((i) => i % 7 === 6 && String(i).startsWith('7')).sort(),
      );
    });
  });
});

describe('search by meaning: dictionary words in any language find Italian-only records', () => {
  const italian = (text: string) => ({ it: text });
  /** The built-in directory's category ids, with Italian names only. */
  const italianCategories: Category[] = matera.categories.map((c) => ({
    id: c.id,
    name: italian(c.name.it),
    color: c.color,
  }));
  // Italian-only records, in an order that no expected ranking below simply follows.
  const records: Service[] = [
    service('scuola', {
      name: italian('Scuola media Pascoli'),
      category: 'education',
      description: italian('Il medico scolastico riceve il martedì, in città.'),
    }),
    service('biblioteca', {
      name: italian('Biblioteca civica'),
      category: 'associations',
      description: { en: 'Books for every doctor in the family.' },
    }),
    service('questura', {
      name: italian('Questura – Ufficio Immigrazione'),
      category: 'immigration',
      tags: ['permesso di soggiorno'],
    }),
    service('mensa', { name: italian('Mensa della Fraternità'), category: 'social', tags: ['pasti gratuiti'] }),
    service('ambulatorio', { name: italian('Ambulatorio di prossimità'), category: 'health', tags: ['STP'] }),
    service('ospedale', { name: italian('Ospedale San Carlo'), category: 'health', tags: ['pronto soccorso'] }),
    service('cpi', { name: italian('Centro per l’Impiego'), category: 'work' }),
    service('studio', { name: italian('Studio Medico Rossi'), category: 'associations' }),
  ];
  const byMeaning = buildSearchIndex(records, italianCategories);
  const find = (query: string) => search(query, byMeaning);

  describe('"doctor" in eight languages finds the Italian-only clinic and hospital, not the others', () => {
    for (const word of ['doctor', 'طبيب', 'лікар', 'ডাক্তার', 'ਡਾਕਟਰ', '医生', 'médecin', 'mjek']) {
      it(word, () => {
        const found = find(word);
        expect(found).to.include.members(['ambulatorio', 'ospedale']);
        expect(found.filter((id) => ['questura', 'mensa', 'cpi'].includes(id))).to.deep.equal([]);
      });
    }
  });

  const cases: [string, string, string[]][] = [
    ['Italian: permesso (category and tag)', 'permesso', ['questura']],
    ['English: permit', 'permit', ['questura']],
    ['Ukrainian: дозвіл', 'дозвіл', ['questura']],
    ['Italian: cibo', 'cibo', ['mensa']],
    ['English: food', 'food', ['mensa']],
    ['Arabic: طعام', 'طعام', ['mensa']],
    ['Arabic with the article: المستشفى', 'المستشفى', ['ambulatorio', 'ospedale']],
    ['Chinese only as a whole word: 医 is not 医生', '医', []],
    ['a dictionary phrase: permesso di soggiorno', 'permesso di soggiorno', ['questura']],
    ['AND across words: a concept and a name word', 'doctor carlo', ['ospedale']],
    // No service has both: "food" names a need, so it is read first and "doctor" is left out
    // rather than emptying the list.
    ['AND across words: two concepts with no service in common', 'doctor food', ['mensa']],
    // biblioteca last: "doctor" in its description, found directly with the same typo.
    [
      'a typo in a dictionary word of 5+ letters (transposition)',
      'dcotor',
      ['ambulatorio', 'ospedale', 'studio', 'scuola', 'biblioteca'],
    ],
    ['a typo in a non-Latin dictionary word', 'лікарр', ['ambulatorio', 'ospedale', 'studio', 'scuola']],
    ['no typo in a dictionary word under 5 letters', 'mjak', []],
    ['the last word as a prefix of a dictionary word', 'pharm', ['ambulatorio', 'ospedale']],
    // "pharm" is not taken for "pharmacy" here: it matches nothing and is left out (carlo: ospedale).
    ['other words are not prefixes of dictionary words', 'pharm carlo', ['ospedale']],
    // "città" is a word of this directory (scuola), so it is not taken for the start of "cittadinanza".
    ['a last word that is a whole directory word is not a prefix', 'città', ['scuola']],
    // (scuola again, last: "cittad" is one typo from its "città")
    ['…while a word still being typed is', 'cittad', ['questura', 'scuola']],
  ];
  for (const [what, query, expected] of cases) {
    it(`${what}: ${JSON.stringify(query)}`, () => {
      expect(find(query)).to.deep.equal(expected);
    });
  }

  describe('ranking', () => {
    it('a direct match in the name outranks a match by meaning, which outranks one only in the description', () => {
      // studio: "Medico" in its name; ambulatorio, ospedale: Health; scuola: "medico" in its description.
      expect(find('medico')).to.deep.equal(['studio', 'ambulatorio', 'ospedale', 'scuola']);
      const scores = searchServices(byMeaning, 'medico');
      expect(scores.get('studio')).to.be.greaterThan(scores.get('ambulatorio')!);
      expect(scores.get('ambulatorio')).to.be.greaterThan(scores.get('scuola')!);
    });

    it('by meaning, a service of the concept’s category comes before one with a keyword in its name, before one with it in its tags', () => {
      // "job": the Work category; its keyword "lavoro". Directory order puts the keyword-only services first.
      const ranked = buildSearchIndex(
        [
          service('tag', { name: { it: 'Sportello Alfa' }, tags: ['lavoro'] }),
          service('name', { name: { it: 'Sportello lavoro Beta' } }),
          service('category', { name: { it: 'Ufficio Gamma' }, category: 'work' }),
        ],
        categories,
      );
      const result = searchServices(ranked, 'job');
      expect([...result.keys()]).to.deep.equal(['category', 'name', 'tag']);
      const [inCategory, inName, inTags] = [...result.values()];
      expect(inCategory).to.be.greaterThan(inName);
      expect(inName).to.be.greaterThan(inTags);
    });

    it('a match by meaning outranks a direct match only in the description', () => {
      // biblioteca has "doctor" in its (English) description: a direct match, but the weakest.
      expect(find('doctor')).to.deep.equal(['ambulatorio', 'ospedale', 'studio', 'scuola', 'biblioteca']);
    });

    it('an exact dictionary word outranks a typo of it', () => {
      const exact = searchServices(byMeaning, 'doctor').get('ambulatorio') ?? 0;
      const typo = searchServices(byMeaning, 'dcotor').get('ambulatorio') ?? 0;
      expect(typo).to.be.greaterThan(0);
      expect(exact).to.be.greaterThan(typo);
    });
  });

  describe('explainQuery', () => {
    const explainCases: [string, string, { word: string; categoryId: string }[]][] = [
      ['one word', 'doctor', [{ word: 'doctor', categoryId: 'health' }]],
      ['as typed, punctuation around it dropped', '  «Médecin»! ', [{ word: 'Médecin', categoryId: 'health' }]],
      ['Arabic', 'طبيب', [{ word: 'طبيب', categoryId: 'health' }]],
      ['Chinese', '医生', [{ word: '医生', categoryId: 'health' }]],
      ['a repeated word once', 'doctor DOCTOR doctor', [{ word: 'doctor', categoryId: 'health' }]],
      [
        'two words, in query order',
        'lavoro medico',
        [
          { word: 'lavoro', categoryId: 'work' },
          { word: 'medico', categoryId: 'health' },
        ],
      ],
      ['a phrase whole', 'permesso di soggiorno', [{ word: 'permesso di soggiorno', categoryId: 'immigration' }]],
      [
        'a phrase wins over its own words ("aiuto" alone is social help)',
        'aiuto legale',
        [{ word: 'aiuto legale', categoryId: 'immigration' }],
      ],
      ['a category with no service in the index is still named', 'asylum', [{ word: 'asylum', categoryId: 'reception' }]],
      ['a word the dictionary does not know', 'questura', []],
      ['a keyword-only concept names no category', 'interpreter', []],
      ['a blank query', '  ?! ', []],
    ];
    for (const [what, query, expected] of explainCases) {
      it(`${what}: ${JSON.stringify(query)}`, () => {
        expect(explainQuery(byMeaning, query)).to.deep.equal(expected);
      });
    }

    it('a directory with other category ids gets keyword matches and no explanations', () => {
      // The first fixture's ids are legal/care/work/other: no `immigration` there.
      expect(search('дозвіл')).to.deep.equal(['questura', 'sportello']);
      expect(explainQuery(index, 'дозвіл')).to.deep.equal([]);
      expect(explainQuery(index, 'lavoro')).to.deep.equal([{ word: 'lavoro', categoryId: 'work' }]);
    });
  });
});

describe('buildSearchIndexAsync', () => {
  const queries = ['questura', 'ques', 'qestura', 'matera soggiorno', 'salute', '市医', 'قسم', 'doctor', 'nothing', ''];

  it('answers every query as the index built at once', async () => {
    const built = await buildSearchIndexAsync(services, categories);
    for (const query of queries) {
      expect([...searchServices(built, query)], query).to.deep.equal([...searchServices(index, query)]);
      expect(explainQuery(built, query), query).to.deep.equal(explainQuery(index, query));
    }
  });

  it('a directory of 2,000 services, built in slices as small as they come', async () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      service(`s${i}`, { name: { it: `Sportello ${i} di Matera` }, tags: [i % 2 ? 'lavoro' : 'salute'], category: i % 3 ? 'work' : 'care' }),
    );
    const built = await buildSearchIndexAsync(many, categories, { yieldEvery: 0 });
    const direct = buildSearchIndex(many, categories);
    for (const query of ['sportello 12', 'lavoro', 'salute matera', 'sportelo 1999', 'med']) {
      expect([...searchServices(built, query)], query).to.deep.equal([...searchServices(direct, query)]);
    }
  });

  it('an empty directory', async () => {
    expect(searchServices(await buildSearchIndexAsync([], []), 'questura').size).to.equal(0);
  });

  it('rejects with the reason when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('a newer directory came'));
    let error: unknown;
    await buildSearchIndexAsync(services, categories, { signal: controller.signal }).catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('a newer directory came');
  });
});

describe('scoreServices', () => {
  const cases = ['questura', 'matera', 'ques', 'soggiorno matera', 'doctor', 'nothing'];
  for (const query of cases) {
    it(`the scores of searchServices, by position: ${JSON.stringify(query)}`, () => {
      const scores = scoreServices(index, query);
      expect(scores).to.have.length(services.length);
      const byId = new Map<string, number>();
      services.forEach((s, position) => {
        if (scores![position] > 0) byId.set(s.id, scores![position]);
      });
      expect(byId).to.deep.equal(searchServices(index, query));
    });
  }

  it('undefined for a blank query, like isBlankQuery', () => {
    for (const query of ['', '  ', '?!', '🏥']) expect(scoreServices(index, query), query).to.equal(undefined);
  });
});

describe('the index’s methods (search-api.ts), which view/ uses without importing the search', () => {
  const cases = ['questura', 'matera', 'ques', 'soggiorno matera', 'doctor', 'nothing', 'tonight questura'];

  it('answer as the functions do', () => {
    for (const query of cases) {
      expect([...index.searchServices(query)], query).to.deep.equal([...searchServices(index, query)]);
      expect([...index.scoreServices(query)!], query).to.deep.equal([...scoreServices(index, query)!]);
      expect(index.leftOutWords(query), query).to.deep.equal(leftOutWords(index, query));
      expect(index.explainQuery(query), query).to.deep.equal(explainQuery(index, query));
    }
  });

  it('scoreServices lends one array, reused by the next call; the function’s arrays are the caller’s', () => {
    const first = index.scoreServices('questura')!;
    const wanted = [...scoreServices(index, 'questura')!];
    expect([...first]).to.deep.equal(wanted);
    const second = index.scoreServices('lavoro')!;
    // A keystroke allocates no score array: the pool gives the same memory back.
    expect(index.scoreServices('questura') === first || index.scoreServices('questura') === second).to.equal(true);
    const own = scoreServices(index, 'questura')!;
    scoreServices(index, 'lavoro');
    expect([...own]).to.deep.equal(wanted);
  });

  it('isBlankQuery agrees with the search on what holds a word', () => {
    for (const query of ['', '  ', '?!', '🏥', 'a', ' ;a; ', '医生', 'ok?']) {
      expect(isBlankQuery(query), query).to.equal(scoreServices(index, query) === undefined);
    }
  });
});
