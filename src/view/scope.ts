/**
 * What this embed offers (the host's categories and comuni) and how results are ordered, on plain
 * arrays of services: the direct way, which {@link deriveView} follows for small directories and
 * the kept work of directory-memo.ts reproduces by position for big ones. Pure.
 */
import type { Category, Directory, Service } from '../data/types.js';
import { normalize } from '../lib/normalize.js';
import type { QueryExplanation } from '../search/search-api.js';
import { categoryViewOf, type CategoryMatch, type CategoryView } from './view-models.js';

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
