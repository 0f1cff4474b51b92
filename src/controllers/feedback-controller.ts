import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long "copied" and the like stay on screen. */
const FEEDBACK_MS = 4000;

/**
 * A short message after an action ("Address copied"), shown for a few seconds in a live region
 * the host renders (`role="status"`, present from the start so screen readers announce it).
 */
export class FeedbackController implements ReactiveController {
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  say(text: string): void {
    this.text = text;
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.text = '';
      this.host.requestUpdate();
    }, FEEDBACK_MS);
  }
}
