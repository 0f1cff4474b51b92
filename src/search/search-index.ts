/**
 * Full-text search over the directory, in every language it holds, widened by meaning with a small
 * multilingual dictionary (./dictionary.ts). Pure: no DOM.
 *
 * The index is inverted (./index-build.ts): a sorted vocabulary of unique normalized tokens, each
 * with the services that contain it and the most important field it appears in. A query word
 * finds its tokens in the vocabulary, never in the services' texts: exactly through a Map, as a
 * prefix by binary search (the tokens with a prefix are one run of the sorted vocabulary), with
 * one typo by a scan that a check of the first two letters keeps short. Scores are then summed in
 * one numeric array per query word. Build the index once per directory (for a big one,
 * `buildSearchIndexAsync` builds it in slices).
 *
 * A query word that is a dictionary word (`doctor`, `طبيب`, `лікар`, `医生`...) is also satisfied by
 * the services of that concept's categories and by those containing one of its Italian keywords,
 * so a directory written in Italian answers in every language. The dictionary is folded once, when
 * this module loads; the vocabulary tokens each concept's keywords match are found at build time.
 */
import { pause, runSteps, runStepsAsync, type ChunkOptions } from '../lib/chunked.js';
import type { Category, Service } from '../data/types.js';
import { CONCEPTS, type Concept } from './dictionary.js';
import { FIELD_WEIGHT, indexSteps, type IndexData } from './index-build.js';
import { dictionaryMatch, hanPieces, phrasesStartingWith, wordMeanings, type DictionaryQuery } from './lexicon.js';
import { MATCH_SCORE, MIN_PREFIX_LENGTH, MIN_TYPO_LENGTH, matchesWithOneTypo, mayBeOneEditApart, prefixRange } from './matching.js';
import { bigrams, isCjk, normalize, tokenize } from '../lib/normalize.js';
import { isStopword } from './stopwords.js';
import { NEEDS, NEEDS_OF_CONCEPT } from '../data/needs.js';
import type { QueryExplanation, SearchIndex } from './search-api.js';

export type { ChunkOptions } from '../lib/chunked.js';
export type { QueryExplanation } from './search-api.js';
export { isBlankQuery } from './search-api.js';

/** An index with its data and its behaviour (./search-api.ts): what the build functions return. */
export interface BuiltIndex extends IndexData, SearchIndex {}

/**
 * How much a match by meaning counts, in place of a field weight: `category` when the service is
 * in one of the concept's categories (it does what the word asks), then `name` for a keyword in
 * its name, `strong` for a keyword in its tags or category name, `weak` for a keyword only in
 * its municipality, address or description. Times the match kind of the query word against the
 * dictionary word, this stays below any direct match in the name (category exact 22.5 < name
 * typo 24) and above any direct match only in the description (weak typo 6 > 5).
 */
const CONCEPT_WEIGHT = { category: 4.5, name: 4.25, strong: 4, weak: 2 } as const;

/**
 * How much a need the query names counts (../data/needs.ts: a concept's words name it), times the
 * match kind: the offices that handle it (`handles`) first, then those that help with it
 * (`needs`), both above a service that only shares the concept's category or holds its words
 * (exact 32.5 and 27.5 > category 22.5 and tags 20), below an exact match in the name (40). Spelt
 * with a typo, a need counts less than an exact word in the tags (19.5 < 20).
 */
const NEED_WEIGHT = { handles: 6.5, helps: 5.5 } as const;

/** Indexes name, tags, category name, municipality, address and description, in every language. */
export function buildSearchIndex(services: readonly Service[], categories: readonly Category[]): BuiltIndex {
  return withBehaviour(runSteps(indexSteps(services, categories)));
}

/**
 * The same index as {@link buildSearchIndex}, built in slices of about `yieldEvery` milliseconds
 * (default 5) with a macrotask between them, so that a big directory never blocks input or
 * rendering for long. Rejects with the signal's reason when `signal` aborts.
 */
export async function buildSearchIndexAsync(
  services: readonly Service[],
  categories: readonly Category[],
  options?: ChunkOptions,
): Promise<BuiltIndex> {
  const index = withBehaviour(await runStepsAsync(indexSteps(services, categories), options));
  for (const query of WARM_UP) {
    await pause();
    options?.signal?.throwIfAborted();
    const scores = scoreQuery(index, query);
    if (scores !== undefined) giveBack(index, scores);
    explainQuery(index, query);
  }
  return index;
}

/**
 * Queries read and scored once after the build, each in a task of its own, so that the user's
 * first keystrokes find the query code compiled and its loops optimized (the first ones used to
 * take several times as long as the next): a first letter (which matches most of the directory),
 * a word by meaning typed in part and with a typo, a dictionary phrase.
 */
const WARM_UP = ['a', 'ospedle', 'permesso di soggiorno'];

/** The index's data with the functions below as its methods, for callers that know only ./search-api.ts. */
function withBehaviour(data: IndexData): BuiltIndex {
  let lent: Float64Array | undefined;
  const index: BuiltIndex = {
    ...data,
    scoreServices: (query) => {
      // Lent, not copied: the array of the last call goes back to the pool (see search-api.ts).
      if (lent !== undefined) giveBack(index, lent);
      lent = scoreQuery(index, query);
      return lent;
    },
    searchServices: (query) => searchServices(index, query),
    scoreNeed: (needId) => scoreNeed(index, needId),
    leftOutWords: (query) => leftOutWords(index, query),
    explainQuery: (query) => explainQuery(index, query),
  };
  return index;
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
export function searchServices(index: IndexData, query: string): Map<string, number> {
  const scores = scoreQuery(index, query);
  const result = new Map<string, number>();
  if (scores === undefined) return result;
  for (const position of rankPositions(scores)) result.set(index.ids[position], scores[position]);
  giveBack(index, scores);
  return result;
}

/**
 * {@link searchServices} without the Map: each service's score by its position in the array the
 * index was built from (0: no match), or `undefined` for a blank query. For callers that hold the
 * services by position and would only look the ids up again.
 */
export function scoreServices(index: IndexData, query: string): Float64Array | undefined {
  const scores = scoreQuery(index, query);
  if (scores === undefined) return undefined;
  const copy = scores.slice();
  giveBack(index, scores);
  return copy;
}

/** {@link scoreServices} in an array borrowed from the index's pool: give it back once read. */
function scoreQuery(index: IndexData, query: string): Float64Array | undefined {
  const words = distinctWords(readQuery(index, query));
  const leftOut: string[] = [];
  lastLeftOut.set(index, { query, words: leftOut });
  if (words.length === 0) return undefined;
  let total: Float64Array | undefined;
  for (const word of byMeaningFirst(searchedWords(words))) {
    const scores = scoreWord(index, word);
    // A word that matches nothing, or nothing the words before it match, is left out (see
    // `leftOutWords`) rather than emptying the list: "richiesta asilo politico" finds asylum.
    if (!scores.some(isPositive) || (total !== undefined && !overlaps(total, scores))) {
      leftOut.push(word.typed);
      giveBack(index, scores);
      continue;
    }
    if (total === undefined) total = scores;
    else {
      intersect(total, scores);
      giveBack(index, scores);
    }
  }
  return total ?? borrow(index);
}

/**
 * Score arrays (one number per service: 400 KB at 50,000 services) are borrowed from a pool kept
 * per index and given back once read, so that a keystroke allocates none. It used to allocate a
 * few for each word; their memory lies outside the JS heap, and its growth set off full garbage
 * collections of the whole heap, which made some keystrokes take hundreds of milliseconds.
 */
const POOLS = new WeakMap<IndexData, Float64Array[]>();
/** Arrays kept per index: a query of a few words needs about three at once. */
const POOL_SIZE = 4;

/** A zeroed score array, from the pool when it has one. */
function borrow(index: IndexData): Float64Array {
  const scores = POOLS.get(index)?.pop();
  return scores === undefined ? new Float64Array(index.ids.length) : scores.fill(0);
}

function giveBack(index: IndexData, scores: Float64Array): void {
  let pool = POOLS.get(index);
  if (pool === undefined) POOLS.set(index, (pool = []));
  if (pool.length < POOL_SIZE && scores.length === index.ids.length) pool.push(scores);
}

/**
 * The words in the order they are read: those that say most precisely what is needed first, so
 * that the words after them narrow the results rather than replace them. First the words of a
 * dictionary phrase ("permesso di soggiorno"), then the words that name a need, then the other
 * words with a meaning, then the rest; in query order within each group.
 */
function byMeaningFirst(words: readonly QueryWord[]): QueryWord[] {
  const rank = ({ meanings, typed }: QueryWord): number => {
    if (meanings.length === 0) return 3;
    if (meanings.some((meaning) => meaning.typed !== typed)) return 0;
    return meanings.some((meaning) => NEEDS_OF_CONCEPT.has(meaning.concept.id)) ? 1 : 2;
  };
  return words.map((word, i) => ({ word, i, rank: rank(word) })).sort((a, b) => a.rank - b.rank || a.i - b.i).map(({ word }) => word);
}

/** True when some service matched in both. */
function overlaps(scores: Float64Array, more: Float64Array): boolean {
  for (let i = 0; i < scores.length; i++) if (scores[i] > 0 && more[i] > 0) return true;
  return false;
}

/**
 * Each service's score for a need (../data/needs.ts) chosen from the "What do you need?" row, by
 * position (0: no match): what a search scores for a word that names the need exactly, without
 * reading any text. Kept per index and need: the row asks for every need at once.
 */
export function scoreNeed(index: IndexData, needId: string): Float64Array {
  let kept = needScores.get(index);
  if (kept === undefined) needScores.set(index, (kept = new Map()));
  let scores = kept.get(needId);
  if (scores === undefined) {
    scores = new Float64Array(index.ids.length);
    for (const concept of conceptsOfNeed(needId)) addMeaning(index, { concept, kind: MATCH_SCORE.exact, typed: '' }, scores);
    kept.set(needId, scores);
  }
  return scores.slice();
}

const needScores = new WeakMap<IndexData, Map<string, Float64Array>>();

/** The dictionary concepts whose words name the need, or none for an id that is not a need. */
function conceptsOfNeed(needId: string): Concept[] {
  const ids: readonly string[] = NEEDS.find((need) => need.id === needId)?.concepts ?? [];
  return CONCEPTS.filter((concept) => ids.includes(concept.id));
}

/** What the last {@link scoreServices} left out, per index: a keystroke scores, then says so. */
const lastLeftOut = new WeakMap<IndexData, { query: string; words: string[] }>();

/**
 * The words of the query that {@link scoreServices} leaves out because they match nothing in the
 * directory, as typed (function words and filler are not counted: they are never searched when
 * other words are there). For the line "'tonight' not found". Empty for a blank query.
 */
export function leftOutWords(index: IndexData, query: string): string[] {
  const last = lastLeftOut.get(index);
  if (last?.query !== query) {
    const scores = scoreQuery(index, query);
    if (scores !== undefined) giveBack(index, scores);
  }
  return [...(lastLeftOut.get(index)?.words ?? [])];
}

/**
 * Which query words matched the dictionary, with each category of their concept that the index's
 * directory has: `doctor` -> `[{ word: 'doctor', categoryId: 'health' }]`. Words as typed (a phrase
 * such as `permesso di soggiorno` whole), in query order, each pair once. A directory with other
 * category ids gets an empty list (its search still uses the keywords).
 */
export function explainQuery(index: IndexData, query: string): QueryExplanation[] {
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
      // tokenize follows a Han run with its character pairs: the run's words below take them again.
      if (cjk) i += bigrams(key).length;
      // A sentence written without spaces: its dictionary words and filler are words of their own.
      for (const piece of cjk ? hanPieces(key) : [key]) {
        const pairs = cjk ? bigrams(piece) : [];
        words.push({ typed: piece, key: piece, terms: pairs.length > 0 ? pairs : [piece], cjk, isLast: false });
      }
    }
    if (words.length === first + 1) {
      words[first].typed = chunk.replace(OUTER_PUNCTUATION, '') || words[first].key;
    }
  }
  if (words.length > 0) words[words.length - 1].isLast = true;
  return words;
}

/** The last query read, per index: a keystroke scores the query, then explains it. */
const lastRead = new WeakMap<IndexData, { query: string; words: QueryWord[] }>();

/** The query's words with their meanings: a dictionary phrase covering a word wins over its word. */
function readQuery(index: IndexData, query: string): QueryWord[] {
  const last = lastRead.get(index);
  if (last?.query === query) return last.words;
  const words = readQueryAfresh(index, query);
  lastRead.set(index, { query, words });
  return words;
}

function readQueryAfresh(index: IndexData, query: string): QueryWord[] {
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

/** Distinct words a query may hold: nobody asks in more, and each costs a pass over the vocabulary. */
const MAX_WORDS = 24;

/**
 * The words a search looks for: without the function words and filler of a question ("where",
 * "I need", "dove", "ho bisogno di": see stopwords.ts) unless they have a meaning (a dictionary
 * phrase) or are all the query has (a word still being typed, "do" of "doctor"); at most
 * {@link MAX_WORDS}.
 */
function searchedWords(words: readonly QueryWord[]): readonly QueryWord[] {
  // A filler word keeps its place only for a meaning it has whole: "hai" (Urdu "is") is not the
  // start of a dictionary word the user is still typing.
  const content = words.filter((word) => !isStopword(word.key) || word.meanings.some((meaning) => meaning.kind === MATCH_SCORE.exact));
  return (content.length > 0 ? content : words).slice(0, MAX_WORDS);
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

/**
 * Best score of one query word for each service, by position (0: no match): its direct matches
 * (every term of it), or its meanings when they score higher.
 */
function scoreWord(index: IndexData, word: QueryWord): Float64Array {
  let scores: Float64Array | undefined;
  for (const term of new Set(word.terms)) {
    const more = scoreTerm(index, term, word.isLast);
    if (scores === undefined) scores = more;
    else {
      intersect(scores, more);
      giveBack(index, more);
    }
  }
  scores ??= borrow(index);
  for (const meaning of word.meanings) addMeaning(index, meaning, scores);
  return scores;
}

/** Raises `scores` to what a concept gives each service: its categories and its keywords' tokens. */
function addMeaning(index: IndexData, { concept, kind }: Meaning, scores: Float64Array): void {
  const strong = CONCEPT_WEIGHT.strong * kind;
  const weak = CONCEPT_WEIGHT.weak * kind;
  const inName = CONCEPT_WEIGHT.name * kind;
  for (const category of new Set(concept.categories)) {
    const position = index.categoryList.indexOf(category);
    if (position >= 0) raiseCategory(index, position, CONCEPT_WEIGHT.category * kind, scores);
  }
  for (const need of NEEDS_OF_CONCEPT.get(concept.id) ?? []) {
    const services = index.needServices.get(need);
    if (services === undefined) continue;
    raisePositions(services.handles, NEED_WEIGHT.handles * kind, scores);
    raisePositions(services.helps, NEED_WEIGHT.helps * kind, scores);
  }
  const { postingStart, postingServices, postingWeights, categoryTokenStart, categoryTokenCategories } = index;
  for (const id of index.conceptTokens.get(concept.id) ?? []) {
    for (let i = postingStart[id]; i < postingStart[id + 1]; i++) {
      const weight = postingWeights[i];
      const score = weight >= FIELD_WEIGHT.name ? inName : weight >= FIELD_WEIGHT.tags ? strong : weak;
      const service = postingServices[i];
      if (scores[service] < score) scores[service] = score;
    }
    // A category name weighs as much as the tags: a keyword there is a strong match.
    for (let i = categoryTokenStart[id]; i < categoryTokenStart[id + 1]; i++) {
      raiseCategory(index, categoryTokenCategories[i], strong, scores);
    }
  }
}

/** Raises the score of the services at `positions` to `score`. */
function raisePositions(positions: Uint32Array, score: number, scores: Float64Array): void {
  for (const position of positions) if (scores[position] < score) scores[position] = score;
}

/** Raises the score of every service of one category (a position in `categoryList`) to `score`. */
function raiseCategory(index: IndexData, category: number, score: number, scores: Float64Array): void {
  const { categoryStart, categoryServices } = index;
  for (let i = categoryStart[category]; i < categoryStart[category + 1]; i++) {
    const service = categoryServices[i];
    if (scores[service] < score) scores[service] = score;
  }
}

/**
 * Best score of one query term for each service, by position (0: no match), over every vocabulary
 * token the term matches: exactly; as a prefix (Han and kana: anywhere inside); with one typo.
 */
function scoreTerm(index: IndexData, term: string, isLast: boolean): Float64Array {
  const scores = borrow(index);
  const { vocabulary } = index;
  const exact = index.tokenIds.get(term) ?? -1;
  if (exact >= 0) raiseToken(index, exact, MATCH_SCORE.exact, scores);
  if (isCjk(term)) {
    for (let id = 0; id < vocabulary.length; id++) {
      if (id !== exact && vocabulary[id].includes(term)) raiseToken(index, id, MATCH_SCORE.prefix, scores);
    }
    return scores;
  }
  let [start, end] = [0, 0];
  if (isLast || term.length >= MIN_PREFIX_LENGTH) {
    [start, end] = prefixRange(vocabulary, term);
    for (let id = start; id < end; id++) {
      if (id !== exact) raiseToken(index, id, MATCH_SCORE.prefix, scores);
    }
  }
  if (term.length >= MIN_TYPO_LENGTH) {
    const { lengths, heads } = index;
    const [a0, a1, shortest] = [term.charCodeAt(0), term.charCodeAt(1), term.length - 1];
    for (let id = 0; id < vocabulary.length; id++) {
      if (id === start) id = end; // the prefix matches are scored already
      if (id >= vocabulary.length) break;
      if (lengths[id] < shortest || id === exact) continue;
      const head = heads[id];
      if (!mayBeOneEditApart(a0, a1, head >>> 16, head & 0xffff)) continue;
      if (matchesWithOneTypo(term, vocabulary[id])) raiseToken(index, id, MATCH_SCORE.typo, scores);
    }
  }
  return scores;
}

/** Raises each service containing token `id` to its field weight times `match`. */
function raiseToken(index: IndexData, id: number, match: number, scores: Float64Array): void {
  const { postingStart, postingServices, postingWeights, categoryTokenStart, categoryTokenCategories } = index;
  for (let i = postingStart[id]; i < postingStart[id + 1]; i++) {
    const score = postingWeights[i] * match;
    const service = postingServices[i];
    if (scores[service] < score) scores[service] = score;
  }
  for (let i = categoryTokenStart[id]; i < categoryTokenStart[id + 1]; i++) {
    raiseCategory(index, categoryTokenCategories[i], FIELD_WEIGHT.category * match, scores);
  }
}

/** Adds `more` to `scores` where both matched; 0 where either did not. Reuses `scores`. */
function intersect(scores: Float64Array, more: Float64Array): Float64Array {
  for (let i = 0; i < scores.length; i++) {
    scores[i] = scores[i] > 0 && more[i] > 0 ? scores[i] + more[i] : 0;
  }
  return scores;
}

function isPositive(score: number): boolean {
  return score > 0;
}

/**
 * Positions with a positive score, best first, ties in position order. No sort: the positions
 * are dealt, in order, into one bucket per distinct score (there are few), read best first.
 */
function rankPositions(scores: Float64Array): Uint32Array {
  /** Per position: 1 + its bucket, or 0 for no match. */
  const bucketOf = new Uint32Array(scores.length);
  const bucketScores: number[] = [];
  const sizes: number[] = [];
  const bucketOfScore = new Map<number, number>();
  let [lastScore, lastBucket, count] = [0, 0, 0];
  for (let position = 0; position < scores.length; position++) {
    const score = scores[position];
    if (!(score > 0)) continue;
    if (score !== lastScore) {
      let bucket = bucketOfScore.get(score);
      if (bucket === undefined) {
        bucket = bucketScores.push(score) - 1;
        sizes.push(0);
        bucketOfScore.set(score, bucket);
      }
      [lastScore, lastBucket] = [score, bucket];
    }
    bucketOf[position] = lastBucket + 1;
    sizes[lastBucket]++;
    count++;
  }
  const next = new Uint32Array(bucketScores.length);
  let offset = 0;
  for (const bucket of bucketScores.map((_, b) => b).sort((a, b) => bucketScores[b] - bucketScores[a])) {
    next[bucket] = offset;
    offset += sizes[bucket];
  }
  const ranked = new Uint32Array(count);
  for (let position = 0; position < scores.length; position++) {
    if (bucketOf[position] > 0) ranked[next[bucketOf[position] - 1]++] = position;
  }
  return ranked;
}
