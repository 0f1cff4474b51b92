import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The present minute, for "open now": the host updates when the minute changes (the timer is
 * set for the next minute's start, not every second), and not at all while it is disconnected.
 */
export class ClockController implements ReactiveController {
  now = new Date();
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.tick();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    this.now = new Date();
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), 60_000 - (this.now.getTime() % 60_000) + 50);
  }
}
