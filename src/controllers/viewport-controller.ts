import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far outside the viewport the widget starts its work, so it is ready when scrolled to. */
const MARGIN_PX = 300;

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
    // On screen already (the common case: the widget is in the page's first screen): start at
    // once, not a frame later when the observer first reports. A hidden widget (no box) waits.
    if (nearViewport(this.host.getBoundingClientRect())) {
      this.near = true;
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.near = true;
        this.observer?.disconnect();
        this.observer = undefined;
        this.host.requestUpdate();
      },
      { rootMargin: `${MARGIN_PX}px` },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

/** Whether a box with a size lies within the viewport, or within MARGIN_PX of it. */
function nearViewport(box: DOMRect): boolean {
  if (box.width === 0 && box.height === 0) return false;
  const m = MARGIN_PX;
  return box.bottom >= -m && box.top <= innerHeight + m && box.right >= -m && box.left <= innerWidth + m;
}
