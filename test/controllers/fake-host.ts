import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A host for a controller under test: counts update requests, runs the controllers' hooks on demand. */
export class FakeHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);

  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }

  removeController(controller: ReactiveController): void {
    this.controllers.splice(this.controllers.indexOf(controller), 1);
  }

  requestUpdate(): void {
    this.updates++;
  }

  /** As after an update of the host: every controller's `hostUpdated`. */
  updated(): void {
    for (const controller of this.controllers) controller.hostUpdated?.();
  }

  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}
