import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far outside the viewport the widget starts its work, so it is ready when scrolled to. */
const MARGIN = '300px';

/**
 * Tells when the host element first comes near the viewport. Until then the widget does
 * nothing heavy (no directory request, no validation, no map), so a page with the widget far
 * below the fold, in a closed tab or a closed dialog loads as fast as without it.
 */
export class ViewportController implements ReactiveController {
  /** True once the element has been near the viewport; it stays true. */
  near = typeof IntersectionObserver === 'undefined';
  private observer?: IntersectionObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.near = true;
        this.observer?.disconnect();
        this.observer = undefined;
        this.host.requestUpdate();
      },
      { rootMargin: MARGIN },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
