import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Directory, Rejection } from '../data/types.js';
import type { FetchedDocument, LoadFailure, LoadResult, LoadSuccess } from '../data/load.js';
import { discard, requestDirectory, tooSlow, VERDICT_TIMEOUT_MS } from '../data/request.js';
import { pause } from '../lib/chunked.js';
import type { SearchIndex } from '../search/search-api.js';
import { fallbackIndex } from '../search/fallback-index.js';
import { builtinDirectory, type DirectoryLocation } from '../builtin-directory.js';
import { DirectoryErrorEvent, ReadyEvent } from '../events.js';

/** The directory reader piece (src/directory-reader.ts). */
type Reader = typeof import('../directory-reader.js');

/**
 * Where the directory comes from: the property, else `src`, else the built-in one (in the ES
 * entry a file beside the script, loaded as a `src` is: see builtin-directory.ts).
 */
export interface DirectorySource {
  readonly directory?: unknown;
  readonly src?: string;
}

/** The directory shown, what was rejected of it, and whether it is an old copy. */
export interface LoadedDirectory {
  readonly directory: Directory;
  readonly rejected: readonly Rejection[];
  readonly stale?: LoadSuccess['stale'];
  readonly shrunk?: LoadSuccess['shrunk'];
}

/** What the root does around a load. */
export interface DirectoryHooks {
  /** Work to finish before a valid directory is shown: its views (may pause; stops when `signal` aborts). */
  prepare(directory: Directory, signal: AbortSignal): Promise<void>;
  /** A new directory is about to be shown (`first`: the widget's first one). */
  shown(directory: Directory, first: boolean): void;
  /** Resolves once what was shown is on screen: list and map. */
  whenRendered(): Promise<unknown>;
}

/**
 * The root's directory: loads it, prepares it, indexes it once, and reports the outcome. A load
 * a newer one supersedes is cancelled. `prossima-ready` fires once the directory is rendered;
 * `prossima-error` and one console line per rejected entry follow. A directory fetched (from
 * `src`, or the built-in file beside the script) is saved when valid; when it later fails, the
 * saved copy is shown, marked stale (see offline-copy.ts). A result is applied only when
 * complete, so a directory is never half-shown.
 *
 * Parsing, validating, preparing and indexing work in slices (see lib/chunked.ts): a directory
 * of 50,000 services never blocks the page for long. The search is a piece of its own, loaded
 * once the list is on screen (`prossima-ready`), and the index is built then: a search typed (or
 * given by a link or the `query` attribute) meanwhile waits.
 */
export class DirectoryController implements ReactiveController {
  loaded?: LoadedDirectory;
  failure?: LoadFailure;
  /** True while a directory request is under way. */
  loading = false;
  /** The search index of the directory shown; undefined while the search piece loads and builds it. */
  index?: SearchIndex;
  /** True when the search piece could not be loaded: `index` then matches plain words only. */
  searchUnavailable = false;
  private source: DirectorySource = {};
  private controller?: AbortController;
  /** Stops building the index of a directory no longer shown. */
  private indexing?: AbortController;

  /** `verdictTimeout`: see VERDICT_TIMEOUT_MS (shorter in tests). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hooks: DirectoryHooks,
    private readonly verdictTimeout = VERDICT_TIMEOUT_MS,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.indexing?.abort();
  }

  /** Loads the directory again from the same source (the notice's "retry"). */
  retry(): void {
    void this.load(this.source);
  }

  async load(source: DirectorySource): Promise<void> {
    this.source = source;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const { signal } = controller;
    const location = locate(source);
    const url = 'url' in location ? location.url : undefined;
    this.setLoading(url !== undefined);
    mark('start');
    // One deadline from the request to the verdict: downloading, reading and checking.
    const deadline = AbortSignal.timeout(this.verdictTimeout);
    const work = AbortSignal.any([signal, deadline]);
    // The request and the reader's piece leave together.
    const request = 'url' in location ? requestDirectory(location.url, work) : undefined;
    // Awaited only once the reader is here: a load cancelled before that (the widget removed as
    // it starts) must not leave the request's rejection unhandled meanwhile.
    request?.catch(() => undefined);
    let reader: Reader | undefined;
    let saving: FetchedDocument | undefined;
    let result: LoadResult;
    try {
      reader = await loadReader();
      if (reader === undefined) {
        void request?.then((answer) => answer.ok && discard(answer.response), () => undefined);
        result = { ok: false, reason: 'unreachable', message: 'could not load the directory reader, a piece of the script (dist/pieces/)' };
      } else if ('url' in location) {
        try {
          [result, saving] = await this.fetchOrCopy(reader, request ?? requestDirectory(location.url, work), location.url, work);
        } catch (error) {
          if (signal.aborted || !deadline.aborted) throw error;
          result = await copyOr(reader, tooSlow(location.url, this.verdictTimeout), location.url, signal);
        }
      } else result = await reader.useDirectoryAsync(location.directory, { signal });
      mark('validated');
      if (result.ok) await this.hooks.prepare(result.directory, signal);
      mark('prepared');
      // The first render in a task of its own, not after the last slice of the work above.
      await pause();
      signal.throwIfAborted();
    } catch {
      discard(saving?.response);
      return; // superseded by a newer load, or the widget left the page
    }
    // Stored in the background (the browser streams the response to disk).
    if (url !== undefined && saving !== undefined) void reader?.saveCopy(url, saving.response, result.ok ? result.directory.services.length : undefined);
    this.loading = false;
    this.apply(result);
    await this.hooks.whenRendered();
    mark('rendered');
    if (signal.aborted) return;
    this.report(result);
    if (result.ok) void this.indexAfterRender(result.directory);
  }

  private apply(result: LoadResult): void {
    if (result.ok) {
      const first = this.loaded === undefined;
      this.indexing?.abort();
      this.indexing = undefined;
      this.loaded = { directory: result.directory, rejected: result.rejected, stale: result.stale, shrunk: result.shrunk };
      this.failure = undefined;
      this.index = undefined;
      this.hooks.shown(result.directory, first);
    } else {
      this.failure = result;
    }
    this.host.requestUpdate();
  }

  /** Loads the search and builds the directory's index in slices, now that its list and map are on screen. */
  private async indexAfterRender(directory: Directory): Promise<void> {
    const indexing = (this.indexing = new AbortController());
    try {
      const { index, unavailable } = await indexOf(directory, indexing.signal);
      if (this.loaded?.directory !== directory) return;
      this.index = index;
      this.searchUnavailable = unavailable;
      mark('searchable');
      this.host.requestUpdate();
    } catch {
      // Superseded by another directory, or the widget left the page.
    }
  }

  /**
   * The directory at `url` (with the document to save when it proves valid); when loading fails
   * or what came is not a valid directory (an HTML page, a cut file), the last good copy saved,
   * marked stale; else the failure.
   */
  private async fetchOrCopy(
    reader: Reader,
    request: ReturnType<typeof requestDirectory>,
    url: string,
    signal: AbortSignal,
  ): Promise<[LoadResult, FetchedDocument?]> {
    const answer = await request;
    const fetched = answer.ok ? await reader.readResponse(answer.response, url, signal) : answer;
    mark('received');
    if (!fetched.ok) return [await copyOr(reader, fetched, url, signal)];
    // What the last good copy held, looked up while the document is read, not after it.
    const copyInfo = reader.copyInfo(url);
    const result = await reader.readFetchedAsync(fetched, url, { signal });
    if (result.ok) {
      // A copy kept by the app's service worker (demo/app/sw.js), served because the network failed.
      const savedAt = fetched.response.headers.get('X-Prossima-Saved-At');
      if (savedAt !== null && /^\d{4}-\d{2}-\d{2}/.test(savedAt)) {
        const failure: LoadFailure = { ok: false, reason: 'unreachable', message: `${url}: the network did not answer, or not with a directory` };
        return [{ ...result, stale: { savedAt, failure } }, fetched];
      }
      // A document that lost more than half the services of the last good copy is shown, with a
      // warning, but does not replace the copy (a cut spreadsheet, a wrong filter at export).
      const copy = await copyInfo;
      const services = result.directory.services.length;
      if (copy?.services !== undefined && services < copy.services / 2) {
        discard(fetched.response);
        return [{ ...result, shrunk: { savedAt: copy.savedAt, services: copy.services } }];
      }
      return [result, fetched];
    }
    discard(fetched.response);
    return [await copyOr(reader, result, url, signal)];
  }

  private setLoading(loading: boolean): void {
    if (this.loading === loading) return;
    this.loading = loading;
    this.host.requestUpdate();
  }

  private report(result: LoadResult): void {
    if (!result.ok) {
      console.warn(`prossima-map: ${result.message}`);
      this.host.dispatchEvent(new DirectoryErrorEvent({ message: result.message, rejected: 0, problems: [] }));
      return;
    }
    const { rejected, stale, shrunk } = result;
    if (stale !== undefined) {
      const message = `${stale.failure.message}; showing the copy saved on ${stale.savedAt}`;
      console.warn(`prossima-map: ${message}`);
      this.host.dispatchEvent(new DirectoryErrorEvent({ message, rejected: 0, problems: [] }));
    }
    if (shrunk !== undefined) {
      const message = `the directory has ${result.directory.services.length} services, less than half the ${shrunk.services} of the copy saved on ${shrunk.savedAt}; it is shown, and the copy is kept until a directory without that loss arrives`;
      console.warn(`prossima-map: ${message}`);
      this.host.dispatchEvent(new DirectoryErrorEvent({ message, rejected: 0, problems: [] }));
    }
    if (rejected.length > 0) console.warn(`prossima-map: ${rejectedLine(rejected)}`);
    this.host.dispatchEvent(new ReadyEvent({ count: result.directory.services.length }));
    if (rejected.length > 0) {
      const message = `${rejected.length} entries of the directory were rejected`;
      this.host.dispatchEvent(new DirectoryErrorEvent({ message, rejected: rejected.length, problems: rejected }));
    }
  }
}

/** Rejected entries named in the one console line; the rest are counted. */
const LOGGED_REJECTIONS = 20;

/** One console line for every rejected entry: the first ones with their reasons, then how many more. */
function rejectedLine(rejected: readonly Rejection[]): string {
  const named = rejected
    .slice(0, LOGGED_REJECTIONS)
    .map((r) => `${r.kind === 'service' ? 'services' : 'categories'}[${r.index}]${r.id ? ` "${r.id}"` : ''}: ${r.message}`)
    .join('; ');
  const more = rejected.length - LOGGED_REJECTIONS;
  return `${rejected.length} ${rejected.length === 1 ? 'entry' : 'entries'} skipped: ${named}${more > 0 ? `; and ${more} more` : ''}`;
}

/**
 * The search, a piece of its own (dist/pieces/search-index-….js: the index, the dictionary, the
 * matching). Loaded once the first list is on screen, or sooner when the search field is focused.
 */
export function loadSearchPiece(): Promise<typeof import('../search/search-index.js')> {
  return import('../search/search-index.js');
}

/**
 * The one place a directory's search index is built: by the search piece. When that piece cannot
 * be loaded (offline, or a host that copied only the entry), a plain one (fallback-index.ts),
 * and `unavailable`.
 */
async function indexOf(directory: Directory, signal: AbortSignal): Promise<{ index: SearchIndex; unavailable: boolean }> {
  let search: Awaited<ReturnType<typeof loadSearchPiece>>;
  try {
    search = await loadSearchPiece();
  } catch {
    signal.throwIfAborted();
    return { index: fallbackIndex(directory.services), unavailable: true };
  }
  return { index: await search.buildSearchIndexAsync(directory.services, directory.categories, { signal }), unavailable: false };
}

/**
 * A User Timing mark (`prossima-map:received`, `:validated`, `:prepared`, `:rendered`,
 * `:searchable`), to see
 * where loading spends its time in the browser's performance tools and in `npm run bench`.
 */
function mark(step: string): void {
  try {
    performance.mark(`prossima-map:${step}`);
  } catch {
    // No User Timing: nothing to mark.
  }
}

/** The last good copy of `url`, marked stale because of `failure`; else the failure. */
async function copyOr(reader: Reader, failure: LoadFailure, url: string, signal: AbortSignal): Promise<LoadResult> {
  const copy = await reader.loadCopy(url);
  signal.throwIfAborted();
  const fromCopy = copy && (await reader.parseDirectoryAsync(copy.text, url, { signal }));
  return fromCopy?.ok ? { ...fromCopy, stale: { savedAt: copy!.savedAt, failure } } : failure;
}

/** Where the directory is: the property, else `src`, else the built-in one. */
function locate({ directory, src }: DirectorySource): DirectoryLocation {
  if (directory !== undefined) return { directory };
  if (src) return { url: new URL(src, document.baseURI).href };
  return builtinDirectory;
}

/**
 * The reader piece; undefined when it cannot be loaded (offline, a missing file: the notice says
 * the directory could not be loaded, and "retry" asks again).
 */
async function loadReader(): Promise<Reader | undefined> {
  try {
    return await import('../directory-reader.js');
  } catch {
    return undefined;
  }
}
