import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { builtinDirectory } from './data/builtin.js';
import { fetchDirectory, parseDirectory, useDirectory, type LoadResult } from './data/load.js';
import { loadCopy, saveCopy } from './offline-copy.js';
import { DirectoryErrorEvent, ReadyEvent } from './events.js';

/** Where the directory comes from: the property, else `src`, else the built-in one. */
export interface DirectorySource {
  readonly directory?: unknown;
  readonly src?: string;
}

/**
 * Loads the root's directory, cancels a load a newer one supersedes, and reports the outcome:
 * `prossima-ready` once the directory is rendered, `prossima-error` and one console line per
 * rejected entry. A directory from `src` is saved when valid; when `src` later fails, the saved
 * copy is shown, marked stale (see offline-copy.ts). The result reaches the root through `apply` only when it is complete, so a
 * directory is never half-applied.
 */
export class DirectoryLoader implements ReactiveController {
  /** True while a `src` request is under way. */
  loading = false;
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly apply: (result: LoadResult) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  async load({ directory, src }: DirectorySource): Promise<void> {
    this.controller?.abort();
    let result: LoadResult;
    if (directory !== undefined) {
      result = useDirectory(directory);
    } else if (src) {
      const controller = (this.controller = new AbortController());
      this.setLoading(true);
      try {
        result = await this.fetchOrCopy(new URL(src, document.baseURI).href, controller.signal);
      } catch {
        return; // superseded by a newer load
      }
      this.setLoading(false);
    } else {
      result = useDirectory(builtinDirectory);
    }
    this.apply(result);
    await this.host.updateComplete;
    this.report(result);
  }

  /**
   * The directory at `url`, saved for later when it is valid; when loading fails, the last good
   * copy saved, marked stale; else the failure.
   */
  private async fetchOrCopy(url: string, signal: AbortSignal): Promise<LoadResult> {
    const result = await fetchDirectory(url, signal);
    if (result.ok) {
      if (result.text !== undefined) void saveCopy(url, result.text);
      return result;
    }
    const copy = await loadCopy(url);
    if (signal.aborted) throw new DOMException('superseded', 'AbortError');
    const fromCopy = copy && parseDirectory(copy.text, url);
    return fromCopy?.ok ? { ...fromCopy, stale: { savedAt: copy!.savedAt, failure: result } } : result;
  }

  private setLoading(loading: boolean): void {
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
