import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapAdapterFactory } from '../map/map-adapter.js';

/** What the map piece gives (src/map-piece.ts). */
export interface MapPiece {
  defineMapView(): void;
  readonly createLeafletMapAdapter: MapAdapterFactory;
}

/** Where the map piece stands: not wanted yet, watching the pane, on its way, defined, failed. */
export type MapPieceState = 'absent' | 'watching' | 'loading' | 'ready' | 'failed';

/**
 * The map piece, loaded once from the script's folder the first time the map pane is on screen:
 * beside the list on a wide widget, when "Mappa" is pressed on a phone. The root starts watching
 * once its first list is shown, so the map's download and compiling never delay that list. The
 * pane is measured by a ResizeObserver, after the browser's own layout (reading its size while
 * rendering would force a layout of the whole widget). A load that fails (offline, a missing
 * file) is `failed`: the root says so in the map's place and in the notice; the list goes on.
 */
export class MapPieceController implements ReactiveController {
  state: MapPieceState = 'absent';
  /** Leaflet's adapter factory, once the piece is loaded. */
  factory?: MapAdapterFactory;
  private observer?: ResizeObserver;
  /** Settles once the map is known to be hidden, or its piece has loaded or failed. */
  private known: Promise<void> = Promise.resolve();
  private settle?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly loadPiece: () => Promise<MapPiece> = () => import('../map-piece.js'),
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.state === 'watching') this.state = 'absent';
    this.markKnown();
  }

  /** Starts watching `pane` (once): its piece loads when it first has a size. */
  watch(pane: Element): void {
    if (this.state !== 'absent') return;
    this.state = 'watching';
    this.known = new Promise((resolve) => (this.settle = resolve));
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      if (box.width === 0 || box.height === 0) {
        this.markKnown(); // hidden: nothing to wait for
        return;
      }
      this.observer?.disconnect();
      this.observer = undefined;
      void this.load();
    });
    this.observer.observe(pane);
  }

  /** Resolves once the map is known to be hidden, or its piece has loaded or failed. */
  whenKnown(): Promise<void> {
    return this.known;
  }

  private async load(): Promise<void> {
    this.state = 'loading';
    if (this.settle === undefined) this.known = new Promise((resolve) => (this.settle = resolve));
    try {
      const piece = await this.loadPiece();
      piece.defineMapView();
      this.factory = piece.createLeafletMapAdapter;
      this.state = 'ready';
    } catch {
      this.state = 'failed';
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.markKnown();
  }

  private markKnown(): void {
    this.settle?.();
    this.settle = undefined;
  }
}
