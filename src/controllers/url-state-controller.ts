import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readViewState, shareLink, viewLink, type ViewState } from '../share/view-link.js';

/**
 * The widget's state in the page's address (`prossima-*` query parameters, see
 * share/view-link.ts). A shared link is read once, at start: {@link initial} is what it asked
 * for. With `sync-url` the address then follows the view after every update, replaced (not
 * pushed), so Back still leaves the page; without it the widget never touches the address.
 */
export class UrlStateController implements ReactiveController {
  /** What the page's address asked for at start; each part is consumed once (see {@link take}). */
  private asked: ViewState = {};

  constructor(
    host: ReactiveControllerHost,
    private readonly options: {
      /** True when the address should follow the view (`sync-url`). */
      readonly sync: () => boolean;
      /** What the user sees, as a link's state; undefined before a directory is shown. */
      readonly state: () => ViewState | undefined;
      /** The page's own query parameters a shared link keeps (`keep-params`). */
      readonly keep: () => readonly string[];
    },
  ) {
    host.addController(this);
  }

  /** Reads the page's address (once, at start) and returns what it asks for. */
  read(): ViewState {
    this.asked = readViewState(location.search);
    return this.asked;
  }

  /** What the address asked for of `key`, once: a later call returns undefined. */
  take<K extends keyof ViewState>(key: K): ViewState[K] {
    const value = this.asked[key];
    this.asked = { ...this.asked, [key]: undefined };
    return value;
  }

  /** A link to this page showing `state`, to hand out (share, QR code, print): see shareLink. */
  link(state: ViewState): string {
    return shareLink(location.href, state, this.options.keep());
  }

  hostUpdated(): void {
    if (!this.options.sync()) return;
    const state = this.options.state();
    if (state === undefined) return;
    const href = viewLink(location.href, state);
    if (href !== location.href) history.replaceState(history.state, '', href);
  }
}
