/**
 * What the rest of the widget knows of the search: the shape of an index and whether a query is
 * blank. The search itself (./search-index.ts: the index, the dictionary, the matching) is a
 * piece of its own, loaded once the first list is on screen; this module is all of it the entry
 * holds. Pure: no DOM.
 */
import { tokenize } from '../lib/normalize.js';

/** A query word or phrase that matched a dictionary concept with a category of the directory. */
export interface QueryExplanation {
  /** The word (or phrase) as typed, without the punctuation around it. */
  readonly word: string;
  readonly categoryId: string;
}

/** The services of one need, by position: the offices for it, and those that help with it. */
export interface NeedServices {
  readonly handles: Uint32Array;
  readonly helps: Uint32Array;
}

/**
 * A directory's search index with its behaviour: what view/ uses, without importing the search.
 * Built by the search piece (`buildSearchIndexAsync` of ./search-index.ts), or, when that piece
 * cannot be loaded, by ./fallback-index.ts (plain matching, no meaning). Positions are those of
 * the services array it was built from.
 */
export interface SearchIndex {
  /** Service ids, by position. */
  readonly ids: readonly string[];
  /** Need id -> the services that handle it and those that help with it (the directory's `handles`, `needs`). */
  readonly needServices: ReadonlyMap<string, NeedServices>;
  /**
   * Each service's score by position (0: no match), or `undefined` for a blank query. The array
   * is lent: read it before the next call, which reuses it (a keystroke then allocates none).
   */
  scoreServices(query: string): Float64Array | undefined;
  /** Service id -> score, matches only, best first; empty for a blank query. */
  searchServices(query: string): Map<string, number>;
  /** Each service's score for a need of "What do you need?", by position (0: no match). */
  scoreNeed(needId: string): Float64Array;
  /** The words of the query left out because they match nothing, as typed. */
  leftOutWords(query: string): string[];
  /** The query words that matched the dictionary, with their concepts' categories. */
  explainQuery(query: string): QueryExplanation[];
}

const SPACES = /\s+/u;

/**
 * True when the query holds no searchable word (empty, spaces, only punctuation or emoji). A
 * search then returns nothing, and the caller should show every service rather than "no results".
 */
export function isBlankQuery(query: string): boolean {
  return query.split(SPACES).every((chunk) => tokenize(chunk).length === 0);
}
