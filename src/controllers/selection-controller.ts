import type { ReactiveController, ReactiveElement } from 'lit';

/** What this controller asks of `<prossima-service-detail>` and `<prossima-service-list>`. */
type DetailElement = HTMLElement & { focusHeading(): Promise<void> };
type ListElement = HTMLElement & { focusItem(id: string): Promise<boolean> };

/**
 * The service open in the detail, and where keyboard focus goes with it: opened by the user,
 * focus moves to the detail's heading; closed, it goes back where the user came from (the row,
 * the marker), else to the service's row, else to the search field.
 */
export class SelectionController implements ReactiveController {
  /** The id of the open service, or null. */
  selectedId: string | null = null;
  /** Where focus returns when the detail closes. */
  returnTarget: HTMLElement | null = null;
  private focusDetail = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** The user opened a service: focus moves into its detail after the next render. */
  select(id: string): void {
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    this.returnTarget = active instanceof HTMLElement ? active : null;
    this.focusDetail = true;
    this.open(id);
  }

  /** Opens a service without moving focus (an attribute, a link). */
  open(id: string | null): void {
    this.selectedId = id;
    this.host.requestUpdate();
  }

  /** Closes the detail and puts focus back where the user came from. */
  async close(): Promise<void> {
    const id = this.selectedId;
    const target = this.returnTarget;
    this.open(null);
    await this.host.updateComplete;
    if (target?.isConnected && target.offsetParent !== null) {
      target.focus();
      return;
    }
    const root = this.host.renderRoot;
    const list = root.querySelector<ListElement>('prossima-service-list');
    if (id === null || !(await list?.focusItem(id))) root.querySelector<HTMLElement>('[part~="search"]')?.focus();
  }

  hostUpdated(): void {
    if (!this.focusDetail) return;
    const detail = this.host.renderRoot.querySelector<DetailElement>('prossima-service-detail');
    // Not defined yet (its piece is on its way): focus moves at the update that follows its arrival.
    if (detail !== null && typeof detail.focusHeading !== 'function') return;
    this.focusDetail = false;
    void detail?.focusHeading();
  }
}
