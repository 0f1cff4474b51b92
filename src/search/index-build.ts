/**
 * Builds the inverted index that ./search-index.ts queries. Pure: no DOM.
 *
 * Texts are split at separators first (./normalize.ts `isSeparator`) and each distinct piece is
 * folded once; postings go into flat typed arrays, one run per token, never one object each.
 * A category's name is indexed once for the category, not once per service. The work is a
 * generator (../data/chunked.ts) so that it can also run in slices.
 */
import { sortInSteps, type Steps } from '../lib/chunked.js';
import type { Category, LocalText, Service } from '../data/types.js';
import { LEXICON, MIN_KEYWORD_PREFIX_LENGTH } from './lexicon.js';
import { prefixRange } from './matching.js';
import { isSeparator, tokenize } from '../lib/normalize.js';
import type { NeedServices } from './search-api.js';

/**
 * {@link isSeparator} for every UTF-16 unit, as a table (1: separator), for tight loops. Built
 * here, with the search piece, not in normalize.ts: 65,536 calls cost a cheap phone ~50 ms, which
 * the entry must not spend before the first list.
 */
export const SEPARATOR_TABLE: Uint8Array = Uint8Array.from({ length: 0x10000 }, (_, code) => (isSeparator(code) ? 1 : 0));

export type { NeedServices } from './search-api.js';

/** How much a match counts, by field. Each weight is at least twice the next one. */
export const FIELD_WEIGHT = {
  name: 8,
  tags: 4,
  category: 4,
  municipality: 2,
  address: 2,
  description: 1,
} as const;

/**
 * The data of a prepared index over a directory's services. Treat it as opaque: build it with
 * `buildSearchIndex` (which adds the behaviour of ./search-api.ts `SearchIndex`), query it with
 * `searchServices`, rebuild it when the data change.
 *
 * Runs of flat arrays: the postings of token `t` are `postingServices`/`postingWeights` from
 * `postingStart[t]` up to `postingStart[t + 1]`, and likewise for the other `…Start` arrays.
 */
export interface IndexData {
  /** Service ids, by position in the array given to `buildSearchIndex`. */
  readonly ids: readonly string[];
  /** Unique normalized tokens, sorted by UTF-16 code units: those with one prefix are one run. */
  readonly vocabulary: readonly string[];
  /** Each token's position in `vocabulary`. */
  readonly tokenIds: ReadonlyMap<string, number>;
  /** Each token's length, and its first two UTF-16 units (`first << 16 | second`). */
  readonly lengths: Uint32Array;
  readonly heads: Uint32Array;
  /** Per token: the services containing it (ascending) and the best field weight there. */
  readonly postingStart: Uint32Array;
  readonly postingServices: Uint32Array;
  readonly postingWeights: Uint8Array;
  /** Per token: the categories (positions in `categoryList`) whose name contains it. */
  readonly categoryTokenStart: Uint32Array;
  readonly categoryTokenCategories: Uint32Array;
  /** The services' distinct category ids, and per category its services (ascending). */
  readonly categoryList: readonly string[];
  readonly categoryStart: Uint32Array;
  readonly categoryServices: Uint32Array;
  /** The directory's category ids: the ones `explainQuery` may name. */
  readonly categoryIds: ReadonlySet<string>;
  /** Dictionary concept id -> the tokens its keywords match. */
  readonly conceptTokens: ReadonlyMap<string, Uint32Array>;
  /**
   * Need id -> the services (ascending positions) that handle it and those that help with it
   * (the directory's `handles` and `needs`); absent when no service names the need.
   */
  readonly needServices: ReadonlyMap<string, NeedServices>;
}

/**
 * Work between two places where the generator may pause: small, so that a slice of the async
 * build ends soon after its time is up (the driver checks the clock at every pause).
 */
const SERVICES_PER_STEP = 8;
const TOKENS_PER_STEP = 2048;
/** (token, service) pairs are kept in blocks of 2^14. */
const BLOCK_BITS = 14;
const BLOCK_MASK = (1 << BLOCK_BITS) - 1;

/** The steps that build the index; run them with `runSteps` or `runStepsAsync`. */
export function* indexSteps(services: readonly Service[], categories: readonly Category[]): Steps<IndexData> {
  const categoryNames = new Map(categories.map((c) => [c.id, c.name]));
  const words = new Vocabulary();
  const postings = new PostingsBuilder(services.length, words);
  const categoryIndex = new Map<string, number>();
  const categoryList: string[] = [];
  /** Per category position: its name's token ids, or undefined when the directory does not name it. */
  const categoryTokens: (Uint32Array | undefined)[] = [];
  const serviceCategory = new Uint32Array(services.length);
  const needs = new NeedsBuilder();

  for (let position = 0; position < services.length; position++) {
    const service = services[position];
    let category = categoryIndex.get(service.category);
    if (category === undefined) {
      category = categoryList.length;
      categoryIndex.set(service.category, category);
      categoryList.push(service.category);
      // As in a service's own texts, a category's words join the vocabulary with its first service.
      const name = categoryNames.get(service.category);
      categoryTokens.push(name === undefined ? undefined : words.idsOfTexts(Object.values(name)));
    }
    serviceCategory[position] = category;
    postings.startService(position);
    postings.addTexts(service.name, FIELD_WEIGHT.name);
    for (const tag of service.tags ?? []) postings.addRepeatedText(tag, FIELD_WEIGHT.tags);
    if (service.municipality) postings.addRepeatedText(service.municipality, FIELD_WEIGHT.municipality);
    postings.addTexts(service.address, FIELD_WEIGHT.address);
    postings.addTexts(service.description, FIELD_WEIGHT.description);
    needs.add(service, position);
    if (position % SERVICES_PER_STEP === SERVICES_PER_STEP - 1) yield;
  }

  const vocabulary = yield* sortInSteps(words.list, undefined, TOKENS_PER_STEP);
  const newId = new Uint32Array(vocabulary.length);
  const lengths = new Uint32Array(vocabulary.length);
  const heads = new Uint32Array(vocabulary.length);
  for (let id = 0; id < vocabulary.length; id++) {
    const token = vocabulary[id];
    newId[words.ids.get(token) ?? 0] = id;
    words.ids.set(token, id);
    lengths[id] = token.length;
    heads[id] = ((token.charCodeAt(0) << 16) | (token.charCodeAt(1) || 0)) >>> 0;
    if (id % TOKENS_PER_STEP === TOKENS_PER_STEP - 1) yield;
  }

  const tokenPostings = yield* postings.finish(newId);
  const byCategory = groupPositions(serviceCategory, categoryList.length);
  const categoryPostings = categoryTokenPostings(categoryTokens, newId);
  yield;
  const conceptTokens = keywordTokens(vocabulary, words.ids);
  yield;
  return {
    ids: yield* compactIds(services),
    vocabulary,
    tokenIds: words.ids,
    lengths,
    heads,
    postingStart: tokenPostings.start,
    postingServices: tokenPostings.services,
    postingWeights: tokenPostings.weights,
    categoryTokenStart: categoryPostings.start,
    categoryTokenCategories: categoryPostings.categories,
    categoryList,
    categoryStart: byCategory.start,
    categoryServices: byCategory.positions,
    categoryIds: new Set(categories.map((c) => c.id)),
    conceptTokens,
    needServices: needs.finish(),
  };
}

/** Collects the positions of the services of each need, in ascending order. */
class NeedsBuilder {
  private readonly byNeed = new Map<string, { handles: number[]; helps: number[] }>();

  add(service: Service, position: number): void {
    for (const need of service.handles ?? []) this.entry(need).handles.push(position);
    for (const need of service.needs ?? []) this.entry(need).helps.push(position);
  }

  finish(): Map<string, NeedServices> {
    const done = new Map<string, NeedServices>();
    for (const [need, { handles, helps }] of this.byNeed) {
      done.set(need, { handles: Uint32Array.from(handles), helps: Uint32Array.from(helps) });
    }
    return done;
  }

  private entry(need: string): { handles: number[]; helps: number[] } {
    let entry = this.byNeed.get(need);
    if (entry === undefined) this.byNeed.set(need, (entry = { handles: [], helps: [] }));
    return entry;
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The directory's tokens, numbered as they first appear, and the tokens of each raw piece of text
 * (a run between separators, as written), cached in an open-addressing table that is looked up
 * with the piece's place in its text and a hash computed while scanning: no substring is made
 * for a piece seen before.
 */
class Vocabulary {
  readonly list: string[] = [];
  readonly ids = new Map<string, number>();
  private keys: string[] = new Array<string>(1 << 12);
  private hashes = new Int32Array(1 << 12);
  /** A token id, or `-1 - k` for the `k`th list of `multiple` (a piece of 0 or 2+ tokens). */
  private values = new Int32Array(1 << 12);
  private readonly multiple: (readonly number[])[] = [];
  private size = 0;

  /** The token ids of `text.slice(start, end)`, whose FNV-1a hash is `hash`: see `values`. */
  piece(text: string, start: number, end: number, hash: number): number {
    const mask = this.keys.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined) return this.addPiece(slot, text.slice(start, end), hash);
      if (this.hashes[slot] === hash && key.length === length && text.startsWith(key, start)) return this.values[slot];
    }
  }

  /** The list of token ids behind a negative `piece` value. */
  tokensOf(value: number): readonly number[] {
    return this.multiple[-1 - value];
  }

  /** The distinct token ids of some texts. */
  idsOfTexts(texts: readonly string[]): Uint32Array {
    const ids = new Set<number>();
    for (const text of texts) {
      forEachPiece(text, (start, end, hash) => {
        const value = this.piece(text, start, end, hash);
        if (value >= 0) ids.add(value);
        else for (const id of this.tokensOf(value)) ids.add(id);
      });
    }
    return Uint32Array.from(ids);
  }

  private addPiece(slot: number, piece: string, hash: number): number {
    const found = tokenize(piece).map((token) => this.idOf(token));
    const value = found.length === 1 ? found[0] : -this.multiple.push(found); // -1 - its index
    this.keys[slot] = piece;
    this.hashes[slot] = hash;
    this.values[slot] = value;
    if (++this.size * 2 > this.keys.length) this.grow();
    return value;
  }

  private grow(): void {
    const [keys, hashes, values] = [this.keys, this.hashes, this.values];
    this.keys = new Array<string>(keys.length * 2);
    this.hashes = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let old = 0; old < keys.length; old++) {
      if (keys[old] === undefined) continue;
      let slot = hashes[old] & mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
      this.keys[slot] = keys[old];
      this.hashes[slot] = hashes[old];
      this.values[slot] = values[old];
    }
  }

  private idOf(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(token, id);
      this.list.push(token);
    }
    return id;
  }
}

/**
 * Calls `visit` with the bounds of each run of non-separator characters of `text`, in order, and
 * its FNV-1a hash (over UTF-16 units).
 */
function forEachPiece(text: string, visit: (start: number, end: number, hash: number) => void): void {
  let start = -1;
  let hash = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (SEPARATOR_TABLE[code] === 0) {
      if (start < 0) {
        start = i;
        hash = FNV_OFFSET;
      }
      hash = Math.imul(hash ^ code, FNV_PRIME);
    } else if (start >= 0) {
      visit(start, i, hash);
      start = -1;
    }
  }
  if (start >= 0) visit(start, text.length, hash);
}

/**
 * Collects (token, weight) pairs service by service, a token once per service with its best
 * weight, then lays them out token by token.
 */
class PostingsBuilder {
  /** The pairs, in blocks (never copied to grow): pair `p` is at `[p >>> BLOCK_BITS][p & BLOCK_MASK]`. */
  private readonly tokens: Uint32Array[] = [];
  private readonly weights: Uint8Array[] = [];
  private count = 0;
  /** Where each service's pairs begin. */
  private readonly serviceStart: Uint32Array;
  /** Per token: the last service that got a pair for it, and where that pair is. */
  private lastService = new Int32Array(1 << 12).fill(-1);
  private lastPair = new Uint32Array(1 << 12);
  private position = -1;
  /** Texts seen in tags and municipalities, which repeat: their distinct token ids. */
  private readonly repeated = new Map<string, Uint32Array>();

  constructor(
    services: number,
    private readonly words: Vocabulary,
  ) {
    this.serviceStart = new Uint32Array(services + 1);
  }

  startService(position: number): void {
    this.position = position;
    this.serviceStart[position] = this.count;
  }

  addTexts(field: LocalText | undefined, weight: number): void {
    if (field === undefined) return;
    for (const text of Object.values(field)) this.addText(text, weight);
  }

  /** Adds a short text that many services share (a tag, a municipality), folded once. */
  addRepeatedText(text: string, weight: number): void {
    let ids = this.repeated.get(text);
    if (ids === undefined) {
      ids = this.words.idsOfTexts([text]);
      this.repeated.set(text, ids);
    }
    for (let k = 0; k < ids.length; k++) this.add(ids[k], weight);
  }

  addText(text: string, weight: number): void {
    forEachPiece(text, (start, end, hash) => this.addPiece(text, start, end, hash, weight));
  }

  private addPiece(text: string, start: number, end: number, hash: number, weight: number): void {
    const value = this.words.piece(text, start, end, hash);
    if (value >= 0) {
      this.add(value, weight);
      return;
    }
    const ids = this.words.tokensOf(value);
    for (let k = 0; k < ids.length; k++) this.add(ids[k], weight);
  }

  private add(token: number, weight: number): void {
    if (token >= this.lastService.length) this.growTokens(token);
    if (this.lastService[token] === this.position) {
      const pair = this.lastPair[token];
      const weights = this.weights[pair >>> BLOCK_BITS];
      if (weights[pair & BLOCK_MASK] < weight) weights[pair & BLOCK_MASK] = weight;
      return;
    }
    const pair = this.count++;
    if ((pair & BLOCK_MASK) === 0) {
      this.tokens.push(new Uint32Array(BLOCK_MASK + 1));
      this.weights.push(new Uint8Array(BLOCK_MASK + 1));
    }
    this.lastService[token] = this.position;
    this.lastPair[token] = pair;
    this.tokens[pair >>> BLOCK_BITS][pair & BLOCK_MASK] = token;
    this.weights[pair >>> BLOCK_BITS][pair & BLOCK_MASK] = weight;
  }

  private growTokens(token: number): void {
    const size = Math.max(token + 1, this.lastService.length * 2);
    const lastService = new Int32Array(size).fill(-1);
    lastService.set(this.lastService);
    const lastPair = new Uint32Array(size);
    lastPair.set(this.lastPair);
    this.lastService = lastService;
    this.lastPair = lastPair;
  }

  /** The postings by token (renumbered by `newId`), services ascending in each run. */
  *finish(newId: Uint32Array): Steps<{ start: Uint32Array; services: Uint32Array; weights: Uint8Array }> {
    const services = this.serviceStart.length - 1;
    this.serviceStart[services] = this.count;
    const start = new Uint32Array(newId.length + 1);
    for (let block = 0; block < this.tokens.length; block++) {
      const tokens = this.tokens[block];
      const end = Math.min(tokens.length, this.count - block * tokens.length);
      for (let i = 0; i < end; i++) start[newId[tokens[i]] + 1]++;
      yield;
    }
    for (let token = 0; token < newId.length; token++) start[token + 1] += start[token];
    yield;
    const next = start.slice(0, newId.length);
    const positions = new Uint32Array(this.count);
    const weights = new Uint8Array(this.count);
    for (let position = 0; position < services; position++) {
      for (let pair = this.serviceStart[position]; pair < this.serviceStart[position + 1]; pair++) {
        const slot = next[newId[this.tokens[pair >>> BLOCK_BITS][pair & BLOCK_MASK]]]++;
        positions[slot] = position;
        weights[slot] = this.weights[pair >>> BLOCK_BITS][pair & BLOCK_MASK];
      }
      if (position % SERVICES_PER_STEP === SERVICES_PER_STEP - 1) yield;
    }
    return { start, services: positions, weights };
  }
}

/**
 * The services' ids, copied. A search answers with a Map keyed by them: filling it reads each
 * id, and ids copied one after another sit together in memory, where those of a parsed document
 * lie scattered among the rest of it (a Map of 50,000 results fills about twice as fast).
 */
function* compactIds(services: readonly Service[]): Steps<string[]> {
  const ids = new Array<string>(services.length);
  for (let position = 0; position < services.length; position++) {
    const { id } = services[position];
    ids[position] = typeof id === 'string' ? ` ${id}`.slice(1) : id;
    if (position % TOKENS_PER_STEP === TOKENS_PER_STEP - 1) yield;
  }
  return ids;
}

/** Positions grouped by their group (0…groups-1), ascending in each group. */
function groupPositions(groupOf: Uint32Array, groups: number): { start: Uint32Array; positions: Uint32Array } {
  const start = new Uint32Array(groups + 1);
  for (let i = 0; i < groupOf.length; i++) start[groupOf[i] + 1]++;
  for (let g = 0; g < groups; g++) start[g + 1] += start[g];
  const next = start.slice(0, groups);
  const positions = new Uint32Array(groupOf.length);
  for (let i = 0; i < groupOf.length; i++) positions[next[groupOf[i]]++] = i;
  return { start, positions };
}

/** Per token (renumbered by `newId`), the categories whose name contains it. */
function categoryTokenPostings(
  categoryTokens: readonly (Uint32Array | undefined)[],
  newId: Uint32Array,
): { start: Uint32Array; categories: Uint32Array } {
  const tokenOf: number[] = [];
  const categoryOf: number[] = [];
  categoryTokens.forEach((ids, category) => {
    for (const id of ids ?? []) {
      tokenOf.push(newId[id]);
      categoryOf.push(category);
    }
  });
  const grouped = groupPositions(Uint32Array.from(tokenOf), newId.length);
  return { start: grouped.start, categories: grouped.positions.map((pair) => categoryOf[pair]) };
}

/**
 * Concept id -> the tokens its keywords match: equal to a keyword or, for keywords of 4+
 * characters, starting with one (a run of the sorted vocabulary).
 */
function keywordTokens(vocabulary: readonly string[], tokenIds: ReadonlyMap<string, number>): Map<string, Uint32Array> {
  const found = new Map<string, Set<number>>();
  for (const [keyword, concepts] of LEXICON.keywords) {
    let [start, end] = [0, 0];
    if (keyword.length >= MIN_KEYWORD_PREFIX_LENGTH) [start, end] = prefixRange(vocabulary, keyword);
    else {
      const id = tokenIds.get(keyword);
      if (id !== undefined) [start, end] = [id, id + 1];
    }
    if (start === end) continue;
    for (const concept of concepts) {
      const ids = found.get(concept) ?? new Set<number>();
      for (let id = start; id < end; id++) ids.add(id);
      found.set(concept, ids);
    }
  }
  return new Map([...found].map(([concept, ids]) => [concept, Uint32Array.from(ids).sort()]));
}
