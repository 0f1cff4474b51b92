/**
 * What {@link deriveView} keeps per directory so that a keystroke on 50,000 services costs a few
 * milliseconds: each service's list item and map point per language, the order of the names, the
 * services in scope, and the ranking by position (no sort). Pure; see derive.ts.
 */
import { runSteps, type ChunkOptions, type Steps } from '../lib/chunked.js';
import { normalize } from '../lib/normalize.js';
import { pickText } from '../data/pick-text.js';
import type { Category, Directory } from '../data/types.js';
import { distanceMetres, type LatLon } from '../data/geo.js';
import { isOpenAt } from '../hours/opening-status.js';
import type { MapPoint } from '../map/map-adapter.js';
import type { SearchIndex } from '../search/search-api.js';
import { nameOrderSteps } from './name-order.js';
import { buildCategoryViews, buildListItem, buildMapPoint, type CategoryView, type ListItem } from './view-models.js';
import { offeredCategories } from './scope.js';

/** What {@link prepareSteps} (and `prepareViewAsync`) may also prepare: the scope of these attributes. */
export interface PrepareOptions extends ChunkOptions {
  readonly categoryIds?: readonly string[];
  readonly municipalities?: readonly string[];
}

/** The work of a directory's first derivation in a language (see `prepareViewAsync`). */
export function* prepareSteps(directory: Directory, lang: string, scope: PrepareOptions = {}): Steps<void> {
  const memo = MEMOS.get(directory) ?? (yield* memoSteps(directory));
  const language = memo.languages.get(lang) ?? languageOf(memo, lang, yield* languageSteps(directory, lang));
  yield;
  if (scope.categoryIds !== undefined || scope.municipalities !== undefined) {
    const prepared = yield* scopeSteps(memo, scope.categoryIds ?? [], scope.municipalities ?? []);
    yield;
    inNameOrder(prepared, language);
  }
}

/**
 * What {@link deriveView} keeps about one directory between calls, in a WeakMap keyed by the
 * directory (a directory is never changed once validated; a new one gets a new memo).
 */
interface DirectoryMemo {
  readonly directory: Directory;
  /** True when no two services share an id (the services can then be told apart by position). */
  readonly uniqueIds: boolean;
  /** Per search index: true when it was built from `directory.services` (same positions). */
  readonly aligned: WeakMap<SearchIndex, boolean>;
  /** The most recently used languages' views, oldest first. */
  readonly languages: Map<string, LanguageViews>;
  /** The last scope asked for. */
  scope?: Scope;
  /** Per position, 1 when open, for the last minute asked ("open now"). */
  open?: { readonly minute: number; readonly mask: Uint8Array };
  /** Per position, the distance in metres from the last origin asked ("near me"). */
  distances?: { readonly origin: LatLon; readonly metres: Float64Array };
}

/** Each service's views in one language, by position, and the services in name order. */
interface LanguageViews {
  readonly views: Map<string, CategoryView>;
  readonly items: readonly ListItem[];
  readonly points: readonly MapPoint[];
  /** Positions by name, as `rankResults` orders them (the collator's order, then position). */
  readonly byName: Uint32Array;
}

/** The services this embed offers (its `categories` and `municipality` attributes). */
interface Scope {
  readonly key: string;
  readonly categories: Category[];
  readonly unknown: string[];
  /** The offered services' positions, in directory order. */
  readonly positions: Uint32Array;
  /** Parallel to `positions`: the place of each one's category in `categories`. */
  readonly categoryRanks: Uint32Array;
  readonly offered: ReadonlySet<string>;
  /** The same services in each language's name order (see {@link inNameOrder}). */
  readonly inNameOrder: WeakMap<LanguageViews, ScopeInNameOrder>;
}

/** The services of a scope in one language's name order: what each keystroke walks through. */
interface ScopeInNameOrder {
  readonly positions: Uint32Array;
  /** Parallel to `positions`: the place of each one's category in the scope's `categories`. */
  readonly ranks: Uint32Array;
  /** Parallel to `positions`: working space of {@link rankInScope}, reused from call to call. */
  readonly buckets: Uint32Array;
}

const MEMOS = new WeakMap<Directory, DirectoryMemo>();
/** Languages whose views are kept per directory (a switch back and forth costs nothing). */
const KEPT_LANGUAGES = 2;
/** Services between two pauses of {@link memoSteps} and {@link scopeSteps}. */
const IDS_PER_STEP = 4096;
/** Services between two pauses of {@link languageSteps}. */
const SERVICES_PER_STEP = 128;

export function memoOf(directory: Directory): DirectoryMemo {
  return MEMOS.get(directory) ?? runSteps(memoSteps(directory));
}

/** Makes (and keeps) the memo of `directory`. */
function* memoSteps(directory: Directory): Steps<DirectoryMemo> {
  const ids = new Set<string>();
  const { services } = directory;
  for (let position = 0; position < services.length; position++) {
    ids.add(services[position].id);
    if (position % IDS_PER_STEP === IDS_PER_STEP - 1) yield;
  }
  const memo: DirectoryMemo = { directory, uniqueIds: ids.size === services.length, aligned: new WeakMap(), languages: new Map() };
  MEMOS.set(directory, memo);
  return memo;
}

export function isAligned(memo: DirectoryMemo, index: SearchIndex): boolean {
  let aligned = memo.aligned.get(index);
  if (aligned === undefined) {
    const { services } = memo.directory;
    aligned = index.ids.length === services.length && services.every((s, position) => index.ids[position] === s.id);
    memo.aligned.set(index, aligned);
  }
  return aligned;
}

/** The kept views of `lang`, else `computed` (evaluated only then), kept. */
export function languageOf(memo: DirectoryMemo, lang: string, computed: LanguageViews | (() => LanguageViews)): LanguageViews {
  let language = memo.languages.get(lang);
  memo.languages.delete(lang);
  language ??= typeof computed === 'function' ? computed() : computed;
  memo.languages.set(lang, language);
  for (const oldest of memo.languages.keys()) {
    if (memo.languages.size <= KEPT_LANGUAGES) break;
    memo.languages.delete(oldest);
  }
  return language;
}

/** The views of every service in one language and the order of their names. */
export function* languageSteps(directory: Directory, lang: string): Steps<LanguageViews> {
  const { services } = directory;
  const views = buildCategoryViews(directory.categories, lang);
  const names = new Array<string>(services.length);
  const items = new Array<ListItem>(services.length);
  const points = new Array<MapPoint>(services.length);
  for (let position = 0; position < services.length; position++) {
    const service = services[position];
    const name = pickText(service.name, lang);
    names[position] = name?.text ?? '';
    items[position] = buildListItem(service, views, lang, name);
    points[position] = buildMapPoint(service, views, name);
    if (position % SERVICES_PER_STEP === SERVICES_PER_STEP - 1) yield;
  }
  yield;
  const byName = yield* nameOrderSteps(names, lang);
  return { views, items, points, byName };
}

/** The scope for these attributes: the last one when they have not changed. */
export function scopeOf(memo: DirectoryMemo, categoryIds: readonly string[], municipalities: readonly string[]): Scope {
  const key = scopeKey(categoryIds, municipalities);
  return memo.scope?.key === key ? memo.scope : runSteps(scopeSteps(memo, categoryIds, municipalities));
}

function scopeKey(categoryIds: readonly string[], municipalities: readonly string[]): string {
  return JSON.stringify([categoryIds, municipalities]);
}

/** Works out (and keeps) the scope of these attributes, pausing every few thousand services. */
function* scopeSteps(memo: DirectoryMemo, categoryIds: readonly string[], municipalities: readonly string[]): Steps<Scope> {
  const { services } = memo.directory;
  const { categories, unknown } = offeredCategories(memo.directory, categoryIds);
  const rankOf = new Map(categories.map((c, i) => [c.id, i]));
  const places = new Set(municipalities.map(normalize));
  /** Municipality as written -> whether it is one of `places` (comuni repeat: folded once each). */
  const inPlaces = new Map<string, boolean>();
  const positions: number[] = [];
  const categoryRanks: number[] = [];
  const offered = new Set<string>();
  for (let position = 0; position < services.length; position++) {
    if (position % IDS_PER_STEP === IDS_PER_STEP - 1) yield;
    const { id, category, municipality } = services[position];
    const rank = rankOf.get(category);
    if (rank === undefined) continue;
    if (places.size > 0) {
      if (municipality === undefined) continue;
      let inside = inPlaces.get(municipality);
      if (inside === undefined) inPlaces.set(municipality, (inside = places.has(normalize(municipality))));
      if (!inside) continue;
    }
    positions.push(position);
    categoryRanks.push(rank);
    offered.add(id);
  }
  memo.scope = {
    key: scopeKey(categoryIds, municipalities),
    categories,
    unknown,
    positions: Uint32Array.from(positions),
    categoryRanks: Uint32Array.from(categoryRanks),
    offered,
    inNameOrder: new WeakMap(),
  };
  return memo.scope;
}

/** The services of `scope` in the name order of `language` (worked out once per pair, then kept). */
export function inNameOrder(scope: Scope, language: LanguageViews): ScopeInNameOrder {
  let ordered = scope.inNameOrder.get(language);
  if (ordered === undefined) {
    /** Per position: 1 + its category's rank when in scope, else 0. */
    const rankOf = new Uint32Array(language.byName.length);
    for (let i = 0; i < scope.positions.length; i++) rankOf[scope.positions[i]] = scope.categoryRanks[i] + 1;
    const positions = new Uint32Array(scope.positions.length);
    const ranks = new Uint32Array(scope.positions.length);
    let k = 0;
    for (const position of language.byName) {
      if (rankOf[position] === 0) continue;
      positions[k] = position;
      ranks[k++] = rankOf[position] - 1;
    }
    ordered = { positions, ranks, buckets: new Uint32Array(k) };
    scope.inNameOrder.set(language, ordered);
  }
  return ordered;
}

/**
 * `rankResults` and `countByCategory` by position, in two passes and no sort. The results: the
 * services in scope that match the search (`scores` undefined: no search) and are in an active
 * category (none active: all), best score first; without a search, by category order; then by
 * name. The services are visited in name order and dealt into one bucket per score (or
 * category), then the buckets are read best first. The counts: per category id, the services in
 * scope that match the search, active or not.
 */
export function rankInScope(
  scope: Scope,
  ordered: ScopeInNameOrder,
  scores: Float64Array | undefined,
  active: ReadonlySet<string>,
  open?: Uint8Array,
): { results: Uint32Array; counts: Map<string, number> } {
  const { positions, ranks, buckets } = ordered;
  const isActive = scope.categories.map((c) => active.size === 0 || active.has(c.id));
  const perRank = new Uint32Array(scope.categories.length);
  const bucketScores: number[] = [];
  const scoreBucket = new Map<number, number>();
  /** Services shown per bucket. */
  const sizes: number[] = scores === undefined ? scope.categories.map(() => 0) : [];
  let shown = 0;
  // Neighbours often share a score: the last one's bucket saves most Map lookups.
  let lastScore = NaN;
  let lastBucket = 0;
  for (let i = 0; i < positions.length; i++) {
    // buckets[i]: 1 + the bucket of the i-th service when shown, else 0.
    buckets[i] = 0;
    if (open !== undefined && open[positions[i]] === 0) continue;
    const rank = ranks[i];
    if (scores === undefined) {
      perRank[rank]++;
      if (!isActive[rank]) continue;
      buckets[i] = rank + 1;
      sizes[rank]++;
    } else {
      const score = scores[positions[i]];
      if (!(score > 0)) continue;
      perRank[rank]++;
      if (!isActive[rank]) continue;
      if (score !== lastScore) {
        let bucket = scoreBucket.get(score);
        if (bucket === undefined) {
          bucket = bucketScores.push(score) - 1;
          scoreBucket.set(score, bucket);
          sizes.push(0);
        }
        lastScore = score;
        lastBucket = bucket;
      }
      buckets[i] = lastBucket + 1;
      sizes[lastBucket]++;
    }
    shown++;
  }
  // Buckets best first: by score, high to low; or by category, in the offered order.
  const order = Array.from({ length: sizes.length }, (_, bucket) => bucket);
  if (scores !== undefined) order.sort((a, b) => bucketScores[b] - bucketScores[a]);
  const start = new Uint32Array(sizes.length);
  let offset = 0;
  for (const bucket of order) {
    start[bucket] = offset;
    offset += sizes[bucket];
  }
  const results = new Uint32Array(shown);
  for (let i = 0; i < positions.length; i++) {
    const bucket = buckets[i];
    if (bucket > 0) results[start[bucket - 1]++] = positions[i];
  }
  const counts = new Map<string, number>();
  scope.categories.forEach((category, rank) => {
    if (perRank[rank] > 0) counts.set(category.id, perRank[rank]);
  });
  return { results, counts };
}

/** Which services are open at `at`, by position; kept for the minute (statuses change by the minute). */
export function openMask(memo: DirectoryMemo, at: Date): Uint8Array {
  const minute = Math.floor(at.getTime() / 60_000);
  if (memo.open?.minute === minute) return memo.open.mask;
  const { services, closures } = memo.directory;
  const mask = new Uint8Array(services.length);
  for (let position = 0; position < services.length; position++) mask[position] = isOpenAt(services[position], at, closures) ? 1 : 0;
  memo.open = { minute, mask };
  return mask;
}

/** Each service's distance from `origin`, by position; kept for the last origin. */
export function distancesFrom(memo: DirectoryMemo, origin: LatLon): Float64Array {
  const kept = memo.distances;
  if (kept !== undefined && kept.origin.lat === origin.lat && kept.origin.lon === origin.lon) return kept.metres;
  const { services } = memo.directory;
  const metres = new Float64Array(services.length);
  for (let position = 0; position < services.length; position++) metres[position] = distanceMetres(origin, services[position]);
  memo.distances = { origin: { lat: origin.lat, lon: origin.lon }, metres };
  return metres;
}

/**
 * Places in the results a packed sort key can tell apart (see {@link nearestFirst}): 2^26 places
 * times the 2×10^7 m of half the Earth's circumference stays below 2^53, where doubles are exact.
 */
const PACKED_PLACES = 2 ** 26;

/**
 * The results nearest first; equally far ones (to the metre) keep their order. With the search's
 * `scores` (results best first, as {@link rankInScope} gives them), distance orders each run of
 * equally relevant results only: the office that handles a need stays before a nearer one that
 * only shares its category. Each key packs
 * the distance in whole metres and the result's place into one number (exact below 2^53), so
 * a typed array's own numeric sort does it: 50,000 results in a few ms, where a sort with a
 * comparator took about 150.
 */
export function nearestFirst(results: Uint32Array, metres: Float64Array, scores?: Float64Array): Uint32Array {
  if (scores === undefined) return nearestFirstInRun(results, metres);
  const sorted = new Uint32Array(results.length);
  for (let start = 0; start < results.length; ) {
    const score = scores[results[start]];
    let end = start + 1;
    while (end < results.length && scores[results[end]] === score) end++;
    sorted.set(nearestFirstInRun(results.subarray(start, end), metres), start);
    start = end;
  }
  return sorted;
}

function nearestFirstInRun(results: Uint32Array, metres: Float64Array): Uint32Array {
  const keys = new Float64Array(results.length);
  for (let i = 0; i < results.length; i++) keys[i] = Math.round(metres[results[i]]) * PACKED_PLACES + i;
  keys.sort();
  const sorted = new Uint32Array(results.length);
  for (let i = 0; i < keys.length; i++) sorted[i] = results[keys[i] % PACKED_PLACES];
  return sorted;
}

export function pickPositions<T>(list: readonly T[], positions: Uint32Array): T[] {
  const picked = new Array<T>(positions.length);
  for (let i = 0; i < positions.length; i++) picked[i] = list[positions[i]];
  return picked;
}

