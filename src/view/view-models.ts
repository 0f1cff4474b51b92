import type { Category, Directory, LocalText, Service } from '../data/types.js';
import type { OpeningFacts } from '../hours/opening-status.js';
import { pickText } from '../data/pick-text.js';
import type { MapPoint } from '../map/map-adapter.js';
import { iconPath } from './icon-paths.js';
import type { NeedChoice } from './needs.js';

/** Plain values the root derives for its view components (already in the user's language). */

export interface ShownText {
  readonly text: string;
  /** The text's own language, set as `lang` when it differs from the UI's. */
  readonly lang: string;
  /** True when the text is not in the user's language (fallback, usually Italian). */
  readonly fallback: boolean;
}

export interface CategoryView {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly icon?: string;
}

/** A category chip as the search bar shows it. */
export interface CategoryChip extends CategoryView {
  readonly count: number;
  readonly pressed: boolean;
}

export interface ListItem {
  readonly id: string;
  readonly name: ShownText;
  readonly category: CategoryView;
  readonly municipality?: string;
  readonly toVerify: boolean;
  /** True when the exact place is not known (the point is the town centre): no distance is shown. */
  readonly approximate: boolean;
  /** What its "open now" line is worked out from (the service itself). */
  readonly opening: OpeningFacts;
}

const DEFAULT_COLOR = '#4a5568';

export function textIn(text: LocalText | undefined, lang: string): string {
  return pickText(text, lang)?.text ?? '';
}

export function buildCategoryViews(categories: readonly Category[], lang: string): Map<string, CategoryView> {
  return new Map(
    categories.map((c) => [c.id, { id: c.id, name: textIn(c.name, lang), color: c.color, icon: c.icon }]),
  );
}

export function categoryViewOf(views: ReadonlyMap<string, CategoryView>, id: string): CategoryView {
  return views.get(id) ?? { id, name: id, color: DEFAULT_COLOR };
}

export function buildChips(
  offered: readonly Category[],
  views: ReadonlyMap<string, CategoryView>,
  counts: ReadonlyMap<string, number>,
  active: ReadonlySet<string>,
): CategoryChip[] {
  return offered.map((c) => ({
    ...categoryViewOf(views, c.id),
    count: counts.get(c.id) ?? 0,
    pressed: active.has(c.id),
  }));
}

export function buildListItems(
  services: readonly Service[],
  views: ReadonlyMap<string, CategoryView>,
  lang: string,
): ListItem[] {
  return services.map((s) => buildListItem(s, views, lang, pickText(s.name, lang)));
}

export function buildMapPoints(
  services: readonly Service[],
  views: ReadonlyMap<string, CategoryView>,
  lang: string,
): MapPoint[] {
  return services.map((s) => buildMapPoint(s, views, pickText(s.name, lang)));
}

/** One service's list item; `name` is `pickText(s.name, lang)`, picked once for item and point. */
export function buildListItem(
  s: Service,
  views: ReadonlyMap<string, CategoryView>,
  lang: string,
  name: ShownText | undefined,
): ListItem {
  return {
    id: s.id,
    name: name ?? { text: s.id, lang, fallback: false },
    category: categoryViewOf(views, s.category),
    municipality: s.municipality,
    toVerify: s.confidence === 'low',
    approximate: s.coordinatePrecision === 'town-centre',
    opening: s,
  };
}

/** One service's map point; `name` is `pickText(s.name, lang)`. */
export function buildMapPoint(s: Service, views: ReadonlyMap<string, CategoryView>, name: ShownText | undefined): MapPoint {
  const category = categoryViewOf(views, s.category);
  return {
    id: s.id,
    lat: s.lat,
    lon: s.lon,
    title: `${name?.text || s.id} – ${category.name}`,
    color: category.color,
    iconPath: iconPath(category.icon),
    ...(s.coordinatePrecision === 'town-centre' && { approximate: true }),
  };
}

/** Who to call when a search finds nothing: the directory's publisher, when it gives a phone. */
export interface HelpContact {
  readonly name?: ShownText;
  readonly phone: string;
}

export function helpContact(directory: Directory | undefined, lang: string): HelpContact | undefined {
  const publisher = directory?.publisher;
  if (publisher?.phone === undefined) return undefined;
  return { name: pickText(publisher.name, lang), phone: publisher.phone };
}

/** A category shown because a search word means it in some language ("doctor" -> Health). */
export interface CategoryMatch {
  readonly word: string;
  readonly category: CategoryView;
}

/** Everything the root's template shows, derived in one place. */
export interface ViewModel {
  readonly categories: ReadonlyMap<string, CategoryView>;
  readonly matches: readonly CategoryMatch[];
  /** Words of the search that match nothing and were left out, as typed. */
  readonly leftOut: readonly string[];
  /** The "What do you need?" row: the needs this embed's services meet, the chosen one pressed. */
  readonly needs: readonly NeedChoice[];
  readonly chips: readonly CategoryChip[];
  readonly items: readonly ListItem[];
  readonly points: readonly MapPoint[];
  /** With "near me": each item's distance in metres from the chosen point, in the items' order. */
  readonly distances?: Float64Array;
  readonly total: number;
}

export function emptyViewModel(): ViewModel {
  return { categories: new Map(), matches: [], leftOut: [], needs: [], chips: [], items: [], points: [], total: 0 };
}
