import type { Category, Directory, Service } from './data/types.js';
import { normalize } from './search/normalize.js';
import {
  explainQuery,
  isBlankQuery,
  searchServices,
  type QueryExplanation,
  type SearchIndex,
} from './search/search-index.js';
import {
  buildCategoryViews,
  buildChips,
  buildListItems,
  buildMapPoints,
  categoryViewOf,
  textIn,
  type CategoryMatch,
  type CategoryView,
  type ViewModel,
} from './components/view-models.js';

/**
 * What the root shows, derived from the directory, the host's attributes and the user's
 * filters. Pure: plain values in, plain values out.
 */

/** The categories this embed offers, in the host's order; unknown ids are reported. */
export function offeredCategories(
  directory: Directory,
  requested: readonly string[],
): { categories: Category[]; unknown: string[] } {
  if (requested.length === 0) return { categories: [...directory.categories], unknown: [] };
  const byId = new Map(directory.categories.map((c) => [c.id, c]));
  const categories: Category[] = [];
  const unknown: string[] = [];
  for (const id of new Set(requested)) {
    const category = byId.get(id);
    if (category === undefined) unknown.push(id);
    else categories.push(category);
  }
  return { categories, unknown };
}

/** Services of the offered categories and, if any are named, of the named comuni. */
export function scopeServices(
  services: readonly Service[],
  categories: readonly Category[],
  municipalities: readonly string[],
): Service[] {
  const categoryIds = new Set(categories.map((c) => c.id));
  const places = new Set(municipalities.map(normalize));
  return services.filter(
    (s) =>
      categoryIds.has(s.category) &&
      (places.size === 0 || (s.municipality !== undefined && places.has(normalize(s.municipality)))),
  );
}

/** How many of `services` match the search, per category (the numbers on the chips). */
export function countByCategory(
  services: readonly Service[],
  scores: ReadonlyMap<string, number> | undefined,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of services) {
    if (scores === undefined || scores.has(s.id)) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
  }
  return counts;
}

/**
 * The results: services matching the search (`scores` undefined when there is no search) and
 * the active categories (none active: all), best score first; without a search, by category
 * order, then by name.
 */
export function rankResults(
  services: readonly Service[],
  categories: readonly Category[],
  scores: ReadonlyMap<string, number> | undefined,
  active: ReadonlySet<string>,
  nameOf: (service: Service) => string,
  collator: Intl.Collator,
): Service[] {
  const order = new Map(categories.map((c, i) => [c.id, i]));
  const shown = services.filter(
    (s) => (scores === undefined || scores.has(s.id)) && (active.size === 0 || active.has(s.category)),
  );
  const byName = (a: Service, b: Service) => collator.compare(nameOf(a), nameOf(b));
  if (scores !== undefined) {
    return shown.sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0) || byName(a, b));
  }
  return shown.sort((a, b) => (order.get(a.category) ?? 0) - (order.get(b.category) ?? 0) || byName(a, b));
}

/**
 * The categories a search reached by meaning ("doctor" -> Health), for the note under the search
 * field: only those this embed offers and that have a matching service, in query order.
 */
export function categoryMatches(
  explained: readonly QueryExplanation[],
  offered: readonly Category[],
  counts: ReadonlyMap<string, number>,
  views: ReadonlyMap<string, CategoryView>,
): CategoryMatch[] {
  const offeredIds = new Set(offered.map((c) => c.id));
  return explained
    .filter(({ categoryId }) => offeredIds.has(categoryId) && (counts.get(categoryId) ?? 0) > 0)
    .map(({ word, categoryId }) => ({ word, category: categoryViewOf(views, categoryId) }));
}

/** The inputs of everything the root shows. */
export interface ViewInputs {
  readonly directory: Directory;
  /** The `categories` attribute's ids (empty: all). */
  readonly categoryIds: readonly string[];
  /** The `municipality` attribute's names (empty: all). */
  readonly municipalities: readonly string[];
  readonly index: SearchIndex;
  readonly searchText: string;
  readonly active: ReadonlySet<string>;
  readonly lang: string;
}

/**
 * The root's view model, the ids of the services this embed offers at all (its categories and
 * comuni, before any search), and the `categories` ids the directory does not have.
 */
export function deriveView(inputs: ViewInputs): {
  model: ViewModel;
  offered: ReadonlySet<string>;
  unknownCategories: string[];
} {
  const { directory, lang, active } = inputs;
  const { categories, unknown } = offeredCategories(directory, inputs.categoryIds);
  const scoped = scopeServices(directory.services, categories, inputs.municipalities);
  const scores = isBlankQuery(inputs.searchText) ? undefined : searchServices(inputs.index, inputs.searchText);
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const results = rankResults(scoped, categories, scores, active, (s) => textIn(s.name, lang), collator);
  const views = buildCategoryViews(directory.categories, lang);
  const counts = countByCategory(scoped, scores);
  const explained = scores === undefined ? [] : explainQuery(inputs.index, inputs.searchText);
  const model: ViewModel = {
    categories: views,
    matches: categoryMatches(explained, categories, counts, views),
    chips: buildChips(categories, views, counts, active),
    items: buildListItems(results, views, lang),
    points: buildMapPoints(results, views, lang),
    total: scoped.length,
  };
  return { model, offered: new Set(scoped.map((s) => s.id)), unknownCategories: unknown };
}
