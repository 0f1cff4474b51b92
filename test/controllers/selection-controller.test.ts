import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SelectionController } from '../../src/controllers/selection-controller.js';

/** A root in miniature: a search field, rows, and a detail when a service is open. */
class SelectionHost extends LitElement {
  readonly selection = new SelectionController(this);

  override render() {
    const id = this.selection.selectedId;
    return html`<input part="search" />
      ${['a', 'b'].map((row) => html`<button class="row" data-id=${row} @click=${() => this.selection.select(row)}>${row}</button>`)}
      ${id === null ? null : html`<prossima-service-detail data-id=${id}></prossima-service-detail>`}`;
  }
}
customElements.define('selection-host', SelectionHost);

describe('SelectionController', () => {
  let el: SelectionHost;
  beforeEach(async () => {
    el = await fixture(html`<selection-host></selection-host>`);
  });

  function row(id: string): HTMLButtonElement {
    return el.shadowRoot!.querySelector<HTMLButtonElement>(`.row[data-id="${id}"]`)!;
  }

  it('opens a service for the user and moves focus into its detail; back to the row on close', async () => {
    const detailFocused: string[] = [];
    // The detail is not defined here: give the element its method as the real one has it.
    Object.defineProperty(HTMLElement.prototype, 'focusHeading', {
      configurable: true,
      value(this: HTMLElement) {
        detailFocused.push(this.dataset.id!);
        return Promise.resolve();
      },
    });
    try {
      row('b').focus();
      row('b').click();
      await el.updateComplete;
      expect(el.selection.selectedId).to.equal('b');
      expect(detailFocused).to.deep.equal(['b']);
      expect(el.selection.returnTarget).to.equal(row('b'));
      await el.selection.close();
      expect(el.selection.selectedId).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(row('b'));
    } finally {
      delete (HTMLElement.prototype as { focusHeading?: unknown }).focusHeading;
    }
  });

  it('opens a service from an attribute or a link without moving focus', async () => {
    el.selection.open('a');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('prossima-service-detail')).to.exist;
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('puts focus on the search field when the way back is gone', async () => {
    el.selection.open('a');
    await el.updateComplete;
    await el.selection.close();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part~="search"]'));
  });
});
