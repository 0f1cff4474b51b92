import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addStyles } from '../lib/add-styles.js';

/** Where the extras piece stands: not asked for, on its way, defined, or failed to load. */
export type ExtrasState = 'absent' | 'loading' | 'ready' | 'failed';

/** What the piece gives: its elements, their styles, and the printed list's builders. */
export type ExtrasPiece = typeof import('../extras.js');

/** How long an idle prefetch may wait for the browser to be idle. */
const IDLE_TIMEOUT_MS = 5000;

/**
 * The extras piece (src/extras.ts: the service's detail, its actions, the results' share, QR code
 * and print), loaded once from the script's folder: the first time a service is opened, or when
 * the browser is idle after the first list is on screen, whichever comes first. Its styles join
 * the host's shadow root and its elements are defined. A load that fails (offline, a missing
 * file) is `failed`, and tried again the next time a service is opened.
 */
export class ExtrasController implements ReactiveController {
  state: ExtrasState = 'absent';
  /** The loaded piece; undefined until then. */
  piece?: ExtrasPiece;
  private loading?: Promise<void>;
  private cancelIdle?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancelIdle?.();
  }

  /** Settles when a load under way is over; undefined when none is. */
  get pending(): Promise<void> | undefined {
    return this.loading;
  }

  /** Loads the piece unless it is loaded or on its way. */
  load(): Promise<void> {
    if (this.state === 'ready') return Promise.resolve();
    if (this.loading !== undefined) return this.loading;
    this.state = 'loading';
    this.loading = import('../extras.js')
      .then(
        (piece) => {
          addStyles(this.host.shadowRoot!, piece.extrasStyles);
          piece.defineExtras();
          this.piece = piece;
          this.state = 'ready';
        },
        () => {
          this.state = 'failed';
        },
      )
      .finally(() => {
        this.loading = undefined;
        this.host.requestUpdate();
      });
    return this.loading;
  }

  /** Loads the piece when the browser is next idle (a service opened before then loads it at once). */
  loadWhenIdle(): void {
    if (this.state !== 'absent' || this.cancelIdle !== undefined) return;
    const run = () => void this.load();
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
      this.cancelIdle = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(run, 0);
      this.cancelIdle = () => clearTimeout(handle);
    }
  }
}
