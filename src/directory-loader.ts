import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { builtinDirectory } from './data/builtin.js';
import type { Directory } from './data/types.js';
import { fetchDirectory, parseDirectoryAsync, readFetchedAsync, useDirectoryAsync, type FetchedDocument, type LoadResult } from './data/load.js';
import { loadCopy, saveCopy } from './offline-copy.js';
import { DirectoryErrorEvent, ReadyEvent } from './events.js';
import { pause } from './data/chunked.js';

/** Where the directory comes from: the property, else `src`, else the built-in one. */
export interface DirectorySource {
  readonly directory?: unknown;
  readonly src?: string;
}

/** What the root does with a load. */
export interface LoaderHooks {
  /** Work to finish before a valid directory is shown (may pause; stops when `signal` aborts). */
  prepareDirectory(directory: Directory, signal: AbortSignal): Promise<void>;
  /** Shows the result: from now on the root renders it. */
  applyLoad(result: LoadResult): void;
  /** Resolves once what `applyLoad` gave is on screen, list and map. */
  whenRendered(): Promise<unknown>;
}

/**
 * Loads the root's directory, cancels a load a newer one supersedes, and reports the outcome:
 * `prossima-ready` once the directory is rendered, `prossima-error` and one console line per
 * rejected entry. A directory from `src` is saved when valid; when `src` later fails, the saved
 * copy is shown, marked stale (see offline-copy.ts). The result reaches the root through
 * `applyLoad` only when it is complete, so a directory is never half-applied.
 *
 * Parsing, validating and preparing work in slices (see data/chunked.ts): a directory of 50,000
 * services never blocks the page for long.
 */
export class DirectoryLoader implements ReactiveController {
  /** True while a `src` request is under way. */
  loading = false;
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hooks: LoaderHooks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  async load({ directory, src }: DirectorySource): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const { signal } = controller;
    const url = directory === undefined && src ? new URL(src, document.baseURI).href : undefined;
    this.setLoading(url !== undefined);
    mark('start');
    let saving: FetchedDocument | undefined;
    let result: LoadResult;
    try {
      if (url !== undefined) [result, saving] = await this.fetchOrCopy(url, signal);
      else result = await useDirectoryAsync(directory !== undefined ? directory : builtinDirectory, { signal });
      mark('validated');
      if (result.ok) await this.hooks.prepareDirectory(result.directory, signal);
      mark('prepared');
      // The first render in a task of its own, not after the last slice of the work above.
      await pause();
      signal.throwIfAborted();
    } catch {
      void saving?.response.body?.cancel();
      return; // superseded by a newer load, or the widget left the page
    }
    // Stored in the background (the browser streams the response to disk).
    if (url !== undefined && saving !== undefined) void saveCopy(url, saving.response);
    this.setLoading(false);
    this.hooks.applyLoad(result);
    await this.hooks.whenRendered();
    mark('rendered');
    if (!signal.aborted) this.report(result);
  }

  /**
   * The directory at `url` (with the document to save when it proves valid); when loading fails,
   * the last good copy saved, marked stale; else the failure.
   */
  private async fetchOrCopy(url: string, signal: AbortSignal): Promise<[LoadResult, FetchedDocument?]> {
    const fetched = await fetchDirectory(url, signal);
    mark('received');
    if (fetched.ok) {
      const result = await readFetchedAsync(fetched, url, { signal });
      if (!result.ok) void fetched.response.body?.cancel();
      return result.ok ? [result, fetched] : [result];
    }
    const copy = await loadCopy(url);
    signal.throwIfAborted();
    const fromCopy = copy && (await parseDirectoryAsync(copy.text, url, { signal }));
    return [fromCopy?.ok ? { ...fromCopy, stale: { savedAt: copy!.savedAt, failure: fetched } } : fetched];
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
    const { rejected, stale } = result;
    if (stale !== undefined) {
      const message = `${stale.failure.message}; showing the copy saved on ${stale.savedAt}`;
      console.warn(`prossima-map: ${message}`);
      this.host.dispatchEvent(new DirectoryErrorEvent({ message, rejected: 0, problems: [] }));
    }
    for (const r of rejected) {
      console.warn(`prossima-map: ${r.kind}s[${r.index}]${r.id ? ` "${r.id}"` : ''} skipped: ${r.message}`);
    }
    this.host.dispatchEvent(new ReadyEvent({ count: result.directory.services.length }));
    if (rejected.length > 0) {
      const message = `${rejected.length} entries of the directory were rejected`;
      this.host.dispatchEvent(new DirectoryErrorEvent({ message, rejected: rejected.length, problems: rejected }));
    }
  }
}

/**
 * A User Timing mark (`prossima-map:received`, `:validated`, `:prepared`, `:rendered`), to see
 * where loading spends its time in the browser's performance tools and in `npm run bench`.
 */
function mark(step: string): void {
  try {
    performance.mark(`prossima-map:${step}`);
  } catch {
    // No User Timing: nothing to mark.
  }
}
