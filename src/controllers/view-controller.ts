import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Directory } from '../data/types.js';
import type { LatLon } from '../data/geo.js';
import { BIG_DIRECTORY } from '../lib/chunked.js';
import { isBlankQuery, type SearchIndex } from '../search/search-api.js';
import { deriveView, isViewPrepared, prepareViewAsync } from '../view/derive.js';
import { emptyViewModel, type ViewModel } from '../view/view-models.js';

/** How long typing must pause before the number of results is announced. */
const TYPING_PAUSE_MS = 700;

/** What the results are derived from besides the user's own choices. */
export interface ViewSources {
  readonly directory: Directory;
  /** Absent while a big directory's index is being built. */
  readonly index?: SearchIndex;
  /** The `categories` attribute's ids (empty: all). */
  readonly categoryIds: readonly string[];
  /** The `municipality` attribute's names (empty: all). */
  readonly municipalities: readonly string[];
  readonly locale: string;
  /** "Near me" or a chosen comune. */
  readonly origin?: LatLon;
  readonly now: Date;
}

/** Everything a derivation depends on, compared by identity to know when to derive again. */
interface DerivedFrom extends Omit<ViewSources, 'now'> {
  readonly query: string;
  readonly need: string;
  readonly active: ReadonlySet<string>;
  /** The minute "open now" filtered for; undefined when the filter is off. */
  readonly minute?: number;
}

/**
 * What the user asks to see (the search text, the active categories, "open now") and the view
 * model derived from it: the results, the chips, the list items and the map points. The model is
 * derived again only when one of its inputs changed (see {@link update}), in one place.
 */
export class ViewController implements ReactiveController {
  query = '';
  /** The need chosen in "What do you need?" (an id of data/needs.ts), or ''. It stands for a search. */
  need = '';
  active: ReadonlySet<string> = new Set();
  openNow = false;
  /** True until the user pauses typing: the status region waits to announce the count. */
  typing = false;
  model: ViewModel = emptyViewModel();
  /** The ids of the services this embed offers at all (its categories and comuni, before any search). */
  offered: ReadonlySet<string> = new Set();
  private derivedFrom?: DerivedFrom;
  /** The language whose views are being prepared for a big directory, in slices. */
  private preparing?: string;
  private typingTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Reports a problem of the host's attributes (unknown category ids). */
    private readonly warn: (message: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.typingTimer);
  }

  /** The user typed: the count is announced once typing pauses. */
  type(text: string): void {
    this.search(text);
    this.typing = true;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => {
      this.typing = false;
      this.host.requestUpdate();
    }, TYPING_PAUSE_MS);
  }

  /** Searches for `text`; a need chosen before gives way to it (unless the text is empty). */
  search(text: string): void {
    this.query = text;
    if (text.trim() !== '') this.need = '';
    this.host.requestUpdate();
  }

  /** Shows the services of a need as a search for it would (the search text is cleared); '' for none. */
  chooseNeed(id: string): void {
    this.need = id;
    this.query = '';
    this.host.requestUpdate();
  }

  filter(categoryIds: Iterable<string>): void {
    this.active = new Set(categoryIds);
    this.host.requestUpdate();
  }

  toggleCategory(id: string): void {
    const next = new Set(this.active);
    if (!next.delete(id)) next.add(id);
    this.filter(next);
  }

  setOpenNow(on: boolean): void {
    this.openNow = on;
    this.host.requestUpdate();
  }

  /** Clears the search, the need, the categories and "open now". */
  clear(): void {
    this.query = '';
    this.need = '';
    this.active = new Set();
    this.setOpenNow(false);
  }

  /** True when anything narrows the results (the search bar then offers to clear it). */
  get narrowed(): boolean {
    return this.query !== '' || this.need !== '' || this.active.size > 0 || this.openNow;
  }

  /** True when the search holds no word (empty, spaces, punctuation). */
  get blank(): boolean {
    return isBlankQuery(this.query);
  }

  /** False for a service this embed does not offer at all (true until the first derivation). */
  offers(id: string): boolean {
    return this.derivedFrom === undefined || this.offered.has(id);
  }

  /** True while a search (or a chosen need) waits for the index of a big directory. */
  searchWaits(index: SearchIndex | undefined): boolean {
    return index === undefined && (this.need !== '' || !isBlankQuery(this.query));
  }

  /**
   * Derives the model again when an input changed since the last time (call it in `willUpdate`).
   * False when nothing was derived: nothing changed, or a big directory's language is not ready.
   */
  update(sources: ViewSources): boolean {
    const { now, ...rest } = sources;
    const from: DerivedFrom = {
      ...rest,
      query: this.query,
      need: this.need,
      active: this.active,
      minute: this.openNow ? Math.floor(now.getTime() / 60_000) : undefined,
    };
    if (this.derivedFrom !== undefined && sameInputs(this.derivedFrom, from)) return false;
    if (!this.isPrepared(sources.directory, sources.locale)) return false;
    const { model, offered, unknownCategories } = deriveView({
      directory: sources.directory,
      categoryIds: sources.categoryIds,
      municipalities: sources.municipalities,
      index: sources.index,
      searchText: this.query,
      need: this.need,
      active: this.active,
      locale: sources.locale,
      openAt: this.openNow ? now : undefined,
      origin: sources.origin,
    });
    this.derivedFrom = from;
    if (unknownCategories.length > 0) this.warn(`categories: unknown ids ${unknownCategories.join(', ')} ignored`);
    this.model = model;
    this.offered = offered;
    return true;
  }

  /**
   * True when the views of a big directory in `locale` are ready; else prepares them in slices
   * and updates the host again (the list stays in the previous language meanwhile).
   */
  private isPrepared(directory: Directory, locale: string): boolean {
    if (directory.services.length < BIG_DIRECTORY || isViewPrepared(directory, locale)) return true;
    if (this.preparing === locale) return false;
    this.preparing = locale;
    void prepareViewAsync(directory, locale).then(() => {
      this.preparing = undefined;
      this.host.requestUpdate();
    });
    return false;
  }
}

function sameInputs(a: DerivedFrom, b: DerivedFrom): boolean {
  return (Object.keys(b) as (keyof DerivedFrom)[]).every((key) => Object.is(a[key], b[key]));
}
