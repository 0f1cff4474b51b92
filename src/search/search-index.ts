/**
 * Full-text search over the directory, in every language it holds. Pure: no DOM.
 *
 * The index is inverted: a vocabulary of unique normalized tokens, each with the services that
 * contain it and the most important field it appears in. A query scans the vocabulary once per
 * query word (exact, prefix and one-typo checks per unique token), never the services' texts;
 * scores are then summed in one numeric array per query word. Build the index once per directory.
 */
import type { Category, LocalText, Service } from '../data/types.js';
import { isCjk, tokenize } from './normalize.js';

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

/** Query words shorter than this match only as whole words, unless they are the last word. */
const MIN_PREFIX_LENGTH = 3;
/** Query words shorter than this must be spelled right. */
const MIN_TYPO_LENGTH = 5;

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
  /** `postings[i]` lists the services containing `vocabulary[i]`. */
  readonly postings: readonly Postings[];
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

  return { ids: services.map((s) => s.id), vocabulary, postings };
}

/**
 * True when the query holds no searchable word (empty, spaces, only punctuation or emoji).
 * `searchServices` then returns an empty Map, and the caller should show every service rather
 * than "no results".
 */
export function isBlankQuery(query: string): boolean {
  return queryTerms(query).length === 0;
}

/**
 * Finds the services matching every word of the query (case- and accent-insensitive).
 *
 * Each query word matches a directory word exactly, as a prefix (the last word always, the others
 * when 3+ characters long) or, when 5+ characters long, with one typo (a letter inserted, deleted,
 * replaced or two neighbours swapped, also within a prefix). Han and kana words match wherever they
 * occur inside a directory word.
 *
 * @returns service id -> score (higher is better), only for matching services, iterated from best
 *   to worst (ties in directory order). A score sums, over the query words, the best of
 *   field weight × match kind; name > tags = category > municipality = address > description,
 *   then exact > prefix > typo. **An empty Map for a blank query** (see {@link isBlankQuery}):
 *   the caller shows everything then.
 */
export function searchServices(index: SearchIndex, query: string): Map<string, number> {
  const terms = queryTerms(query);
  const last = terms[terms.length - 1];
  let total: Float64Array | undefined;
  for (const term of new Set(terms)) {
    const scores = scoreTerm(index, term, term === last);
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
 * The words of a query. Long Han/kana runs are left out: `tokenize` also emits their character
 * pairs, which must all match and so stand for the run wherever it sits in a directory word.
 */
function queryTerms(query: string): string[] {
  return tokenize(query).filter((t) => !(isCjk(t) && Array.from(t).length > 2));
}

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
 * Best score of one query word for each service, by position (0: no match), over every vocabulary
 * token the word matches.
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
