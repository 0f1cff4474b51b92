import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getLocale, resolveLocale, setLocale } from '../localization.js';

/**
 * A widget's language. The UI language is one per page (`@lit/localize` has one active locale):
 * a widget asks for its own (its `lang`, else the page's, else the browser's, else Italian), the
 * latest request wins, and every widget on the page follows it, directory texts included, so
 * no widget is ever half in one language and half in another.
 */
export class LocaleController implements ReactiveController {
  /** The page's UI language, which is also the widget's content language. */
  locale = getLocale();
  /**
   * A language whose piece could not be loaded (offline, a 404, a host that copied only the
   * entry): the widget stays in the language it had (Italian at first) and says so.
   */
  missing?: string;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('lit-localize-status', this.handleStatus);
  }

  hostDisconnected(): void {
    window.removeEventListener('lit-localize-status', this.handleStatus);
  }

  /** Asks for the language the host's `lang` (or its page, or the browser) calls for. */
  resolve(own: string | undefined): void {
    this.request(resolveLocale(this.host, own));
  }

  /** Asks for a language (the user's choice in the switcher, or a resolved one). */
  request(locale: string): void {
    this.locale = locale;
    // A language that cannot be loaded is reported by lit-localize's status event (handleStatus).
    if (getLocale() !== locale) setLocale(locale).catch(() => undefined);
    this.host.requestUpdate();
  }

  /**
   * Another widget (or this one) changed the page's UI language: follow it. A language that
   * failed to load leaves the one in force (texts and directory alike) and is named as missing.
   */
  private readonly handleStatus = (event: Event): void => {
    const detail = (event as CustomEvent<{ status: string; errorLocale?: string }>).detail;
    if (detail.status === 'ready') this.missing = undefined;
    if (detail.status === 'error') this.missing = detail.errorLocale;
    if (detail.status === 'loading') return;
    this.locale = getLocale();
    this.host.requestUpdate();
  };
}
