import { runSteps, runStepsAsync } from '../lib/chunked.js';
import type { Directory, Service } from '../data/types.js';
import { distanceMetres, type LatLon } from '../data/geo.js';
import { isOpenAt } from '../hours/opening-status.js';
import { isBlankQuery, type SearchIndex } from '../search/search-api.js';
import { needChoices, offeredNeeds, taggedNeeds } from './needs.js';
import { buildCategoryViews, buildChips, buildListItems, buildMapPoints, textIn, type ViewModel } from './view-models.js';
import { categoryMatches, countByCategory, offeredCategories, rankResults, scopeServices } from './scope.js';
import {
  distancesFrom,
  inNameOrder,
  isAligned,
  languageOf,
  languageSteps,
  memoOf,
  nearestFirst,
  openMask,
  pickPositions,
  prepareSteps,
  type PrepareOptions,
  rankInScope,
  scopeOf,
} from './directory-memo.js';

/**
 * What the root shows, derived from the directory, the host's attributes and the user's
 * filters. Pure: plain values in, plain values out.
 *
 * For a big directory `deriveView` keeps, per directory object (in a WeakMap, so it goes with the
 * directory), what does not change from one keystroke to the next. That memo never changes a
 * result; it assumes a directory object is not changed once derived from, as validated ones are not.
 */

/** The inputs of everything the root shows. */
export interface ViewInputs {
  readonly directory: Directory;
  /** The `categories` attribute's ids (empty: all). */
  readonly categoryIds: readonly string[];
  /** The `municipality` attribute's names (empty: all). */
  readonly municipalities: readonly string[];
  /** The search index of `directory.services`; absent while it is being built (the search then waits). */
  readonly index?: SearchIndex;
  readonly searchText: string;
  /** A need chosen in "What do you need?" (an id of data/needs.ts): a search for it, in place of `searchText`. */
  readonly need?: string;
  readonly active: ReadonlySet<string>;
  /** The widget's language: texts, names' order. */
  readonly locale: string;
  /** "Open now": only the services open at this moment (the directory's closures apply). */
  readonly openAt?: Date;
  /** "Near me": results nearest first from this point, with their distances. */
  readonly origin?: LatLon;
}

/** What {@link deriveView} returns. */
export interface DerivedView {
  readonly model: ViewModel;
  /** The ids of the services this embed offers at all (its categories and comuni, before any search). */
  readonly offered: ReadonlySet<string>;
  /** The `categories` ids the directory does not have. */
  readonly unknownCategories: string[];
}

/**
 * The root's view model, the ids of the services this embed offers at all (its categories and
 * comuni, before any search), and the `categories` ids the directory does not have.
 *
 * Fast for big directories when `index` was built from `directory.services` (as the root does):
 * what does not depend on the search (each service's list item and map point, the order of the
 * names, the services in scope) is kept per directory, held weakly, and reused from one keystroke
 * to the next. The first call in a language does that work for the language: call
 * {@link prepareViewAsync} first to do it in slices instead. The values are the same either way.
 */
export function deriveView(inputs: ViewInputs): DerivedView {
  const memo = memoOf(inputs.directory);
  if (!memo.uniqueIds || (inputs.index !== undefined && !isAligned(memo, inputs.index))) return deriveViewDirectly(inputs);
  const { directory, index, active, locale: lang, searchText } = inputs;
  const scope = scopeOf(memo, inputs.categoryIds, inputs.municipalities);
  const language = languageOf(memo, lang, () => runSteps(languageSteps(directory, lang)));
  const need = inputs.need ?? '';
  const scores = index && (need !== '' ? index.scoreNeed(need) : index.scoreServices(searchText));
  const open = inputs.openAt && openMask(memo, inputs.openAt);
  const ranked = rankInScope(scope, inNameOrder(scope, language), scores, active, open);
  const { counts } = ranked;
  const distances = inputs.origin && distancesFrom(memo, inputs.origin);
  const results = distances ? nearestFirst(ranked.results, distances, scores) : ranked.results;
  const searched = scores !== undefined && index !== undefined && need === '';
  const explained = searched ? index.explainQuery(searchText) : [];
  const views = language.views;
  const model: ViewModel = {
    categories: views,
    matches: categoryMatches(explained, scope.categories, counts, views),
    leftOut: searched ? index.leftOutWords(searchText) : [],
    needs: needChoices(index === undefined ? taggedNeeds(directory.services, scope.positions) : offeredNeeds(index, scope.positions), need),
    chips: buildChips(scope.categories, views, counts, active),
    items: pickPositions(language.items, results),
    points: pickPositions(language.points, results),
    distances: distances && Float64Array.from(results, (position) => distances[position]),
    total: scope.positions.length,
  };
  return { model, offered: scope.offered, unknownCategories: [...scope.unknown] };
}

/**
 * Does the work of {@link deriveView}'s first call in a language (each service's name, list item
 * and map point; the names' order), in slices of about `yieldEvery` milliseconds with a macrotask
 * between them, so that a big directory never blocks input or rendering for long. Later
 * `deriveView` calls for this directory and language reuse it.
 */
export async function prepareViewAsync(directory: Directory, lang: string, options?: PrepareOptions): Promise<void> {
  await runStepsAsync(prepareSteps(directory, lang, options), options);
}

/** True when {@link deriveView} in `lang` will reuse kept work (see {@link prepareViewAsync}). */
export function isViewPrepared(directory: Directory, lang: string): boolean {
  return memoOf(directory).languages.has(lang);
}

/** {@link deriveView} from the directory's services, with nothing kept between calls. */
function deriveViewDirectly(inputs: ViewInputs): DerivedView {
  const { directory, locale: lang, active } = inputs;
  const { categories, unknown } = offeredCategories(directory, inputs.categoryIds);
  const scoped = scopeServices(directory.services, categories, inputs.municipalities);
  const { index, searchText, openAt, origin } = inputs;
  const closures = directory.closures;
  const candidates = openAt === undefined ? scoped : scoped.filter((s) => isOpenAt(s, openAt, closures));
  const need = inputs.need ?? '';
  const scores = index && directScores(index, searchText, need);
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const ranked = rankResults(candidates, categories, scores, active, (s) => textIn(s.name, lang), collator);
  // As nearestFirst: the more relevant first, then by whole metres; equally far services keep
  // their order (the sort is stable).
  const metresTo = (service: Service) => Math.round(distanceMetres(origin!, service));
  const scoreOf = (service: Service) => scores?.get(service.id) ?? 0;
  const results = origin === undefined ? ranked : ranked.sort((a, b) => scoreOf(b) - scoreOf(a) || metresTo(a) - metresTo(b));
  const views = buildCategoryViews(directory.categories, lang);
  const counts = countByCategory(candidates, scores);
  const searched = scores !== undefined && index !== undefined && need === '';
  const explained = searched ? index.explainQuery(searchText) : [];
  const model: ViewModel = {
    categories: views,
    matches: categoryMatches(explained, categories, counts, views),
    leftOut: searched ? index.leftOutWords(searchText) : [],
    needs: needChoices(index === undefined ? taggedNeeds(scoped) : offeredNeeds(index, positionsOf(index, scoped)), need),
    chips: buildChips(categories, views, counts, active),
    items: buildListItems(results, views, lang),
    points: buildMapPoints(results, views, lang),
    distances: origin && Float64Array.from(results, (service) => distanceMetres(origin, service)),
    total: scoped.length,
  };
  return { model, offered: new Set(scoped.map((s) => s.id)), unknownCategories: unknown };
}

/** The scores `searchServices` gives (id -> score, matches only) for a need or a search; none for a blank one. */
function directScores(index: SearchIndex, searchText: string, need: string): Map<string, number> | undefined {
  if (need === '') return isBlankQuery(searchText) ? undefined : index.searchServices(searchText);
  const scores = index.scoreNeed(need);
  const results = new Map<string, number>();
  scores.forEach((score, position) => {
    if (score > 0) results.set(index.ids[position], score);
  });
  return results;
}

/** The positions in the index of some services (ids repeated in the directory: the first). */
function positionsOf(index: SearchIndex, services: readonly Service[]): Uint32Array {
  const wanted = new Set(services.map((service) => service.id));
  const positions: number[] = [];
  index.ids.forEach((id, position) => {
    if (wanted.delete(id)) positions.push(position);
  });
  return Uint32Array.from(positions);
}
