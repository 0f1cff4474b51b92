/**
 * Full-text search over the directory, in every language it holds, widened by meaning with a small
 * multilingual dictionary (./dictionary.ts). Pure: no DOM.
 *
 * The index is inverted: a vocabulary of unique normalized tokens, each with the services that
 * contain it and the most important field it appears in. A query scans the vocabulary once per
 * query word (exact, prefix and one-typo checks per unique token), never the services' texts;
 * scores are then summed in one numeric array per query word. Build the index once per directory.
 *
 * A query word that is a dictionary word (`doctor`, `طبيب`, `лікар`, `医生`...) is also satisfied by
 * the services of that concept's categories and by those containing one of its Italian keywords,
 * so a directory written in Italian answers in every language. The dictionary is folded once, when
 * this module loads; the vocabulary tokens each concept's keywords match are found at build time.
 */
import type { Category, LocalText, Service } from '../data/types.js';
import { CONCEPTS, type Concept } from './dictionary.js';
import { isCjk, normalize, tokenize } from './normalize.js';

/** How much a match counts, by field. Each weight is at least twice the next one. */
const FIELD_WEIGHT = {
  name: 8,
  tags: 4,
  category: 4,
  municipality: 2,
  address: 2,
  description: 1,
} as const;

/**
 * How much a match counts, by kind. The lowest is more than half the highest, so the field
 * decides first (a typo in the name beats an exact word in the tags) and the kind second.
 */
const MATCH_SCORE = { exact: 5, prefix: 4, typo: 3 } as const;

/**
 * How much a match by meaning counts, in place of a field weight: `strong` when the service is in
 * one of the concept's categories or has a keyword in its name, tags or category name; `weak` when
 * a keyword is only in its municipality, address or description. Times the match kind of the query
 * word against the dictionary word, this stays below any direct match in the name (strong exact
 * 20 < name typo 24) and above any direct match only in the description (weak typo 6 > 5).
 */
const CONCEPT_WEIGHT = { strong: 4, weak: 2 } as const;

/** Query words shorter than this match only as whole words, unless they are the last word. */
const MIN_PREFIX_LENGTH = 3;
/** Query words shorter than this must be spelled right. */
const MIN_TYPO_LENGTH = 5;
/** Dictionary keywords shorter than this match only whole directory words. */
const MIN_KEYWORD_PREFIX_LENGTH = 4;

/** Services containing one token: parallel arrays of service position and best field weight. */
interface Postings {
  readonly services: number[];
  readonly weights: number[];
}

/**
 * A prepared index over a directory's services. Treat it as opaque: build it with
 * {@link buildSearchIndex}, query it with {@link searchServices}, rebuild it when the data change.
 */
export interface SearchIndex {
  /** Service ids, by position in the array given to `buildSearchIndex`. */
  readonly ids: readonly string[];
  /** Unique normalized tokens. */
  readonly vocabulary: readonly string[];
  /** Each token's position in `vocabulary`. */
  readonly tokenIds: ReadonlyMap<string, number>;
  /** `postings[i]` lists the services containing `vocabulary[i]`. */
  readonly postings: readonly Postings[];
  /** Category id of each service, by position. */
  readonly serviceCategories: readonly string[];
  /** The directory's category ids: the ones {@link explainQuery} may name. */
  readonly categoryIds: ReadonlySet<string>;
  /** Dictionary concept id -> the vocabulary tokens (by position) its keywords match. */
  readonly conceptTokens: ReadonlyMap<string, readonly number[]>;
}

/** A query word or phrase that matched a dictionary concept with a category of the directory. */
export interface QueryExplanation {
  /** The word (or phrase) as typed, without the punctuation around it. */
  readonly word: string;
  readonly categoryId: string;
}

/** Indexes name, tags, category name, municipality, address and description, in every language. */
export function buildSearchIndex(
  services: readonly Service[],
  categories: readonly Category[],
): SearchIndex {
  const categoryTokens = new Map(categories.map((c) => [c.id, tokenizeAll(texts(c.name))]));
  const tokenIds = new Map<string, number>();
  const vocabulary: string[] = [];
  const postings: Postings[] = [];
  /** Per token: the last service that got a posting for it, to add each service once. */
  const lastService: number[] = [];

  services.forEach((service, position) => {
    for (const [tokens, weight] of fieldsOf(service, categoryTokens)) {
      for (const token of tokens) {
        let id = tokenIds.get(token);
        if (id === undefined) {
          id = vocabulary.length;
          tokenIds.set(token, id);
          vocabulary.push(token);
          postings.push({ services: [], weights: [] });
        }
        const { services: positions, weights } = postings[id];
        if (lastService[id] !== position) {
          lastService[id] = position;
          positions.push(position);
          weights.push(weight);
        } else if (weights[weights.length - 1] < weight) {
          weights[weights.length - 1] = weight;
        }
      }
    }
  });

  return {
    ids: services.map((s) => s.id),
    vocabulary,
    tokenIds,
    postings,
    serviceCategories: services.map((s) => s.category),
    categoryIds: new Set(categories.map((c) => c.id)),
    conceptTokens: keywordTokens(vocabulary),
  };
}

/**
 * True when the query holds no searchable word (empty, spaces, only punctuation or emoji).
 * `searchServices` then returns an empty Map, and the caller should show every service rather
 * than "no results".
 */
export function isBlankQuery(query: string): boolean {
  return parseQuery(query).length === 0;
}

/**
 * Finds the services matching every word of the query (case- and accent-insensitive).
 *
 * Each query word matches a directory word exactly, as a prefix (the last word always, the others
 * when 3+ characters long) or, when 5+ characters long, with one typo (a letter inserted, deleted,
 * replaced or two neighbours swapped, also within a prefix). Han and kana words match wherever they
 * occur inside a directory word.
 *
 * A query word that matches a dictionary word or phrase (exactly; as a prefix when it is the last
 * word, 3+ characters long and not itself a word of the directory; with one typo when 5+ characters
 * long; Han and kana only whole) is
 * also matched by the services of that concept's categories and by those containing one of its
 * keywords, scored below a direct match in the name and above a direct match only in the
 * description (see `CONCEPT_WEIGHT`).
 *
 * @returns service id -> score (higher is better), only for matching services, iterated from best
 *   to worst (ties in directory order). A score sums, over the query words, the best of
 *   field weight × match kind; name > tags = category > municipality = address > description,
 *   then exact > prefix > typo. **An empty Map for a blank query** (see {@link isBlankQuery}):
 *   the caller shows everything then.
 */
export function searchServices(index: SearchIndex, query: string): Map<string, number> {
  let total: Float64Array | undefined;
  for (const word of distinctWords(readQuery(index, query))) {
    const scores = scoreWord(index, word);
    total = total === undefined ? scores : intersect(total, scores);
    if (!total.some((score) => score > 0)) break;
  }
  if (total === undefined) return new Map();
  const scores = total;
  const matches: number[] = [];
  for (let position = 0; position < scores.length; position++) {
    if (scores[position] > 0) matches.push(position);
  }
  matches.sort((a, b) => scores[b] - scores[a] || a - b);
  return new Map(matches.map((position) => [index.ids[position], scores[position]]));
}

/**
 * Which query words matched the dictionary, with each category of their concept that the index's
 * directory has: `doctor` -> `[{ word: 'doctor', categoryId: 'health' }]`. Words as typed (a phrase
 * such as `permesso di soggiorno` whole), in query order, each pair once. A directory with other
 * category ids gets an empty list (its search still uses the keywords).
 */
export function explainQuery(index: SearchIndex, query: string): QueryExplanation[] {
  const explained: QueryExplanation[] = [];
  const seen = new Set<string>();
  for (const { meanings } of readQuery(index, query)) {
    for (const { concept, typed } of meanings) {
      for (const categoryId of concept.categories) {
        const key = `${normalize(typed)}\u0000${categoryId}`;
        if (!index.categoryIds.has(categoryId) || seen.has(key)) continue;
        seen.add(key);
        explained.push({ word: typed, categoryId });
      }
    }
  }
  return explained;
}

// ----- The dictionary, folded once -----

/** A dictionary entry of two or more words, folded and split, with the concepts it means. */
interface LexiconPhrase {
  readonly tokens: readonly string[];
  readonly concepts: readonly Concept[];
}

interface Lexicon {
  /** One-word entries: folded word -> the concepts it means. */
  readonly words: ReadonlyMap<string, readonly Concept[]>;
  /** The one-word entries by length, for prefix and typo checks. */
  readonly wordsByLength: LengthBuckets;
  /** Entries of several words, by their first word. */
  readonly phrases: ReadonlyMap<string, readonly LexiconPhrase[]>;
  /** The phrases' first words by length. */
  readonly phraseStartsByLength: LengthBuckets;
  /** Folded keyword -> the ids of the concepts listing it. */
  readonly keywords: ReadonlyMap<string, readonly string[]>;
  readonly longestKeyword: number;
}

/** Words by length (in UTF-16 units, as the typo checks count). */
type LengthBuckets = ReadonlyMap<number, readonly string[]>;

function buildLexicon(concepts: readonly Concept[]): Lexicon {
  const entries = new Map<string, Concept[]>();
  const keywords = new Map<string, string[]>();
  const add = <K, T>(map: Map<K, T[]>, key: K, value: T) => {
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  };
  for (const concept of concepts) {
    for (const word of Object.values(concept.words).flat()) {
      const folded = normalize(word);
      if (folded !== '') add(entries, folded, concept);
    }
    for (const keyword of concept.keywords) {
      const folded = normalize(keyword);
      if (folded !== '' && !folded.includes(' ')) add(keywords, folded, concept.id);
    }
  }
  const words = new Map<string, readonly Concept[]>();
  const phrases = new Map<string, LexiconPhrase[]>();
  for (const [folded, meant] of entries) {
    const tokens = folded.split(' ');
    if (tokens.length === 1) words.set(folded, meant);
    else add(phrases, tokens[0], { tokens, concepts: meant });
  }
  const byLength = (list: Iterable<string>) => {
    const buckets = new Map<number, string[]>();
    for (const word of list) add(buckets, word.length, word);
    return buckets;
  };
  return {
    words,
    wordsByLength: byLength(words.keys()),
    phrases,
    phraseStartsByLength: byLength(phrases.keys()),
    keywords,
    longestKeyword: Math.max(0, ...[...keywords.keys()].map((k) => k.length)),
  };
}

const LEXICON = buildLexicon(CONCEPTS);

/**
 * Concept id -> the vocabulary tokens its keywords match: equal to a keyword or, for keywords of
 * 4+ characters, starting with one. One pass over the vocabulary with a Map lookup per prefix.
 */
function keywordTokens(vocabulary: readonly string[]): Map<string, number[]> {
  const result = new Map<string, number[]>();
  vocabulary.forEach((token, id) => {
    const concepts = new Set<string>();
    const longest = Math.min(token.length, LEXICON.longestKeyword);
    for (let end = Math.min(MIN_KEYWORD_PREFIX_LENGTH, token.length); end <= longest; end++) {
      for (const concept of LEXICON.keywords.get(token.slice(0, end)) ?? []) concepts.add(concept);
    }
    for (const concept of concepts) {
      const ids = result.get(concept) ?? [];
      ids.push(id);
      result.set(concept, ids);
    }
  });
  return result;
}

// ----- Reading a query -----

/** A concept a query word means, how well it matched, and the words that matched, as typed. */
interface Meaning {
  readonly concept: Concept;
  readonly kind: number;
  readonly typed: string;
}

/** One word of a query, as the search sees it. */
interface QueryWord {
  /** As typed, without the punctuation around it (or folded, when one typed word makes several). */
  readonly typed: string;
  /** Folded; a Han/kana run whole. */
  readonly key: string;
  /** What must match the directory directly: the key, or a long Han/kana run's character pairs. */
  readonly terms: readonly string[];
  /** True for a Han/kana word, which matches dictionary words only whole. */
  readonly cjk: boolean;
  readonly isLast: boolean;
  readonly meanings: readonly Meaning[];
}

type ParsedWord = Omit<QueryWord, 'meanings'>;

/** A query word as the dictionary sees it. */
interface DictionaryQuery {
  readonly key: string;
  readonly cjk: boolean;
  /**
   * True when the word may still be being typed, so it may stand for a longer dictionary word: it
   * is the last word and not already a whole word of the directory (`città` is one, and does not
   * stand for `cittadinanza`).
   */
  readonly asPrefix: boolean;
}

const SPACES = /\s+/u;
const OUTER_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu;

/**
 * The words of a query, in order. A Han/kana run longer than two characters is one word whose
 * terms are its character pairs (`tokenize` emits the run, then its pairs): they must all match,
 * and so stand for the run wherever it sits in a directory word.
 */
function parseQuery(query: string): ParsedWord[] {
  const words: { typed: string; key: string; terms: string[]; cjk: boolean; isLast: boolean }[] = [];
  for (const chunk of query.split(SPACES)) {
    const tokens = tokenize(chunk);
    const first = words.length;
    for (let i = 0; i < tokens.length; i++) {
      const key = tokens[i];
      const cjk = isCjk(key);
      const pairs = cjk ? Array.from(key).length - 1 : 0;
      const terms = pairs > 1 ? tokens.slice(i + 1, i + 1 + pairs) : [key];
      words.push({ typed: key, key, terms, cjk, isLast: false });
      if (pairs > 1) i += pairs;
    }
    if (words.length === first + 1) {
      words[first].typed = chunk.replace(OUTER_PUNCTUATION, '') || words[first].key;
    }
  }
  if (words.length > 0) words[words.length - 1].isLast = true;
  return words;
}

/** The query's words with their meanings: a dictionary phrase covering a word wins over its word. */
function readQuery(index: SearchIndex, query: string): QueryWord[] {
  const words = parseQuery(query);
  const asked: DictionaryQuery[] = words.map(({ key, cjk, isLast }) => ({
    key,
    cjk,
    asPrefix: isLast && !index.tokenIds.has(key),
  }));
  const byPhrase: Meaning[][] = words.map(() => []);
  const starting = memoize(phrasesStartingWith);
  asked.forEach((word, start) => {
    for (const phrase of starting(word)) {
      const end = start + phrase.tokens.length;
      if (end > words.length) continue;
      let kind: number = MATCH_SCORE.exact;
      for (let i = 0; i < phrase.tokens.length && kind > 0; i++) {
        kind = Math.min(kind, dictionaryMatch(asked[start + i], phrase.tokens[i]));
      }
      if (kind === 0) continue;
      const typed = words.slice(start, end).map((w) => w.typed).join(' ');
      for (let i = start; i < end; i++) {
        for (const concept of phrase.concepts) byPhrase[i].push({ concept, kind, typed });
      }
    }
  });
  const meaningsOf = memoize(wordMeanings);
  return words.map((word, i) => ({
    ...word,
    meanings:
      byPhrase[i].length > 0
        ? byPhrase[i]
        : meaningsOf(asked[i]).map(({ concept, kind }) => ({ concept, kind, typed: word.typed })),
  }));
}

/** Caches a function of a query word for one query (a repeated word is looked up once). */
function memoize<T>(lookup: (word: DictionaryQuery) => T): (word: DictionaryQuery) => T {
  const cache = new Map<string, T>();
  return (word) => {
    const key = `${word.asPrefix ? 1 : 0}${word.key}`;
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = lookup(word)));
    return value;
  };
}

/** The phrases whose first word the query word matches. */
function phrasesStartingWith(word: DictionaryQuery): LexiconPhrase[] {
  const found = [...(LEXICON.phrases.get(word.key) ?? [])];
  for (const bucket of nearBuckets(word, LEXICON.phraseStartsByLength)) {
    for (const first of bucket) {
      if (first === word.key || dictionaryMatch(word, first) === 0) continue;
      found.push(...(LEXICON.phrases.get(first) ?? []));
    }
  }
  return found;
}

/** The concepts of the one-word entries a query word matches best (exact, else prefix, else typo). */
function wordMeanings(word: DictionaryQuery): Omit<Meaning, 'typed'>[] {
  const exact = LEXICON.words.get(word.key) ?? arabicWithoutArticle(word.key);
  if (exact !== undefined) return exact.map((concept) => ({ concept, kind: MATCH_SCORE.exact }));
  let best = 0;
  let meanings: Omit<Meaning, 'typed'>[] = [];
  for (const bucket of nearBuckets(word, LEXICON.wordsByLength)) {
    for (const entry of bucket) {
      const kind = dictionaryMatch(word, entry);
      if (kind === 0 || kind < best) continue;
      if (kind > best) [best, meanings] = [kind, []];
      for (const concept of LEXICON.words.get(entry) ?? []) meanings.push({ concept, kind });
    }
  }
  return meanings;
}

/**
 * The entries a query word could match other than exactly: all of them for a word still being
 * typed (prefixes), else those one letter shorter or longer or as long (typos, from 5 letters).
 */
function nearBuckets(word: DictionaryQuery, byLength: LengthBuckets): (readonly string[])[] {
  if (word.cjk) return [];
  if (word.asPrefix) return [...byLength.values()];
  const length = word.key.length;
  if (length < MIN_TYPO_LENGTH) return [];
  return [byLength.get(length - 1) ?? [], byLength.get(length) ?? [], byLength.get(length + 1) ?? []];
}

/** Arabic nouns are often typed with the article: `المستشفى` finds `مستشفى`. */
function arabicWithoutArticle(key: string): readonly Concept[] | undefined {
  return key.length >= 5 && key.startsWith('ال') ? LEXICON.words.get(key.slice(2)) : undefined;
}

/**
 * How well a query word matches one folded dictionary word; 0 when it does not. Like the index:
 * exact; as a prefix (3+ characters, see `asPrefix`); one typo from 5 characters (also within a
 * prefix when `asPrefix`). Han and kana words only whole.
 */
function dictionaryMatch(word: DictionaryQuery, entry: string): number {
  const { key, asPrefix } = word;
  if (key === entry) return MATCH_SCORE.exact;
  if (word.cjk) return 0;
  if (asPrefix && key.length >= MIN_PREFIX_LENGTH && entry.startsWith(key)) return MATCH_SCORE.prefix;
  if (key.length < MIN_TYPO_LENGTH) return 0;
  const typo = asPrefix ? matchesWithOneTypo(key, entry) : withinOneEdit(key, entry, entry.length);
  return typo ? MATCH_SCORE.typo : 0;
}

/** One entry per key (a repeated word counts once), with the meanings of all its occurrences. */
function distinctWords(words: readonly QueryWord[]): QueryWord[] {
  const byKey = new Map<string, QueryWord>();
  for (const word of words) {
    const seen = byKey.get(word.key);
    const merged = seen && { ...seen, isLast: seen.isLast || word.isLast, meanings: [...seen.meanings, ...word.meanings] };
    byKey.set(word.key, merged ?? word);
  }
  return [...byKey.values()].map((word) => ({ ...word, meanings: bestPerConcept(word.meanings) }));
}

function bestPerConcept(meanings: readonly Meaning[]): Meaning[] {
  const best = new Map<string, Meaning>();
  for (const meaning of meanings) {
    const seen = best.get(meaning.concept.id);
    if (seen === undefined || seen.kind < meaning.kind) best.set(meaning.concept.id, meaning);
  }
  return [...best.values()];
}

// ----- Scoring -----

function tokenizeAll(texts: readonly string[]): string[] {
  return texts.flatMap((text) => tokenize(text));
}

function texts(field: LocalText | undefined): string[] {
  return field === undefined ? [] : Object.values(field);
}

/** The tokens of each searchable field of one service, with the field's weight. */
function fieldsOf(
  service: Service,
  categoryTokens: ReadonlyMap<string, readonly string[]>,
): [readonly string[], number][] {
  return [
    [tokenizeAll(texts(service.name)), FIELD_WEIGHT.name],
    [tokenizeAll(service.tags ?? []), FIELD_WEIGHT.tags],
    [categoryTokens.get(service.category) ?? [], FIELD_WEIGHT.category],
    [tokenizeAll(service.municipality ? [service.municipality] : []), FIELD_WEIGHT.municipality],
    [tokenizeAll(texts(service.address)), FIELD_WEIGHT.address],
    [tokenizeAll(texts(service.description)), FIELD_WEIGHT.description],
  ];
}

/**
 * Best score of one query word for each service, by position (0: no match): its direct matches
 * (every term of it), or its meanings when they score higher.
 */
function scoreWord(index: SearchIndex, word: QueryWord): Float64Array {
  let scores: Float64Array | undefined;
  for (const term of new Set(word.terms)) {
    const more = scoreTerm(index, term, word.isLast);
    scores = scores === undefined ? more : intersect(scores, more);
  }
  scores ??= new Float64Array(index.ids.length);
  for (const meaning of word.meanings) addMeaning(index, meaning, scores);
  return scores;
}

/** Raises `scores` to what a concept gives each service: its categories and its keywords' tokens. */
function addMeaning(index: SearchIndex, { concept, kind }: Meaning, scores: Float64Array): void {
  const strong = CONCEPT_WEIGHT.strong * kind;
  const weak = CONCEPT_WEIGHT.weak * kind;
  if (concept.categories.length > 0) {
    const categories = new Set(concept.categories);
    index.serviceCategories.forEach((category, position) => {
      if (categories.has(category) && scores[position] < strong) scores[position] = strong;
    });
  }
  for (const id of index.conceptTokens.get(concept.id) ?? []) {
    const { services, weights } = index.postings[id];
    for (let i = 0; i < services.length; i++) {
      const score = weights[i] >= FIELD_WEIGHT.tags ? strong : weak;
      if (scores[services[i]] < score) scores[services[i]] = score;
    }
  }
}

/**
 * Best score of one query term for each service, by position (0: no match), over every vocabulary
 * token the term matches.
 */
function scoreTerm(index: SearchIndex, term: string, isLast: boolean): Float64Array {
  const scores = new Float64Array(index.ids.length);
  index.vocabulary.forEach((token, id) => {
    const match = matchScore(term, token, isLast);
    if (match === 0) return;
    const { services, weights } = index.postings[id];
    for (let i = 0; i < services.length; i++) {
      scores[services[i]] = Math.max(scores[services[i]], weights[i] * match);
    }
  });
  return scores;
}

/** How well a query word matches one vocabulary token; 0 when it does not. */
function matchScore(term: string, token: string, isLast: boolean): number {
  if (token === term) return MATCH_SCORE.exact;
  if (isCjk(term)) return token.includes(term) ? MATCH_SCORE.prefix : 0;
  if ((isLast || term.length >= MIN_PREFIX_LENGTH) && token.startsWith(term)) {
    return MATCH_SCORE.prefix;
  }
  if (term.length >= MIN_TYPO_LENGTH && matchesWithOneTypo(term, token)) return MATCH_SCORE.typo;
  return 0;
}

/** True when `term` is one edit away from `token` or from one of its prefixes. */
function matchesWithOneTypo(term: string, token: string): boolean {
  // Length pre-filter: one edit changes the length by at most one.
  for (let end = term.length - 1; end <= term.length + 1; end++) {
    if (end <= token.length && withinOneEdit(term, token, end)) return true;
  }
  return false;
}

/**
 * True when `a` and `b.slice(0, bEnd)` differ by at most one insertion, deletion, substitution or
 * transposition of adjacent characters (optimal string alignment distance <= 1), in linear time.
 */
function withinOneEdit(a: string, b: string, bEnd: number): boolean {
  if (Math.abs(a.length - bEnd) > 1) return false;
  let i = 0;
  while (i < a.length && i < bEnd && a[i] === b[i]) i++;
  if (a.length > bEnd) return sameFrom(a, i + 1, b, i, bEnd); // a letter inserted in `a`
  if (a.length < bEnd) return sameFrom(a, i, b, i + 1, bEnd); // a letter deleted from `a`
  if (i === a.length) return true;
  const swapped =
    i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2, bEnd);
  return swapped || sameFrom(a, i + 1, b, i + 1, bEnd);
}

/** True when `a` from `ai` equals `b` from `bi` up to `bEnd`. */
function sameFrom(a: string, ai: number, b: string, bi: number, bEnd: number): boolean {
  if (a.length - ai !== bEnd - bi) return false;
  for (; ai < a.length; ai++, bi++) if (a[ai] !== b[bi]) return false;
  return true;
}

/** Adds `more` to `scores` where both matched; 0 where either did not. */
function intersect(scores: Float64Array, more: Float64Array): Float64Array {
  return scores.map((score, position) => (score > 0 && more[position] > 0 ? score + more[position] : 0));
}
