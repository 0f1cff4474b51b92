// The built widget inside the containers host pages put it in: a modal <dialog> opened after the
// widget was created, a tab panel hidden at first, a flex row and a grid cell with no height,
// and a container setting --prossima-height. Run `npm run build` first.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  loadWidget,
  markersInView,
  nextFrame,
  readyOf,
  shadowPart,
  shadowParts,
  waitFor,
  type Widget,
} from '../fixtures/hosts/host-page.js';

const WIDGET = '<prossima-map lang="it" tile-url="none"></prossima-map>';

const roots: HTMLElement[] = [];

/** Puts host markup holding one widget on the page; returns the widget and the markup's root. */
function host(markup: string): { el: Widget; root: HTMLElement } {
  const root = document.createElement('div');
  root.innerHTML = markup;
  document.body.append(root);
  roots.push(root);
  return { el: root.querySelector<Widget>('prossima-map')!, root };
}

/** Width and height of the map part (0 × 0 while it is not rendered or not laid out). */
function mapSize(el: Element): { width: number; height: number } {
  const r = shadowPart(el, 'map')?.getBoundingClientRect();
  return { width: r?.width ?? 0, height: r?.height ?? 0 };
}

/** Marker labels and positions relative to the map part, to compare two maps' views. */
function view(el: Element): string[] {
  const box = shadowPart(el, 'map')!.getBoundingClientRect();
  return markersInView(el)
    .map((m) => {
      const r = m.getBoundingClientRect();
      return `${m.getAttribute('aria-label')} @ ${Math.round(r.left - box.left)},${Math.round(r.top - box.top)}`;
    })
    .sort();
}

function listVisible(el: Element): boolean {
  const list = shadowPart(el, 'list');
  const item = shadowPart(el, 'item');
  if (list === null || item === null) return false;
  const r = item.getBoundingClientRect();
  return list.getBoundingClientRect().width >= 200 && r.width >= 200 && r.height > 0 && item.checkVisibility();
}

describe('dist/prossima-map.js in the containers host pages use', () => {
  before(async () => {
    await setViewport({ width: 1200, height: 1000 });
    await loadWidget();
  });

  afterEach(() => {
    for (const root of roots.splice(0)) root.remove();
  });

  describe('a modal <dialog> opened after the widget was created', () => {
    let dialog: HTMLDialogElement;
    let el: Widget;
    let root: HTMLElement;

    beforeEach(async () => {
      ({ el, root } = host(`<dialog style="width: 900px; max-width: none">${WIDGET}</dialog>`));
      dialog = root.querySelector('dialog')!;
      const ready = readyOf(el);
      await el.updateComplete;
      await nextFrame();
      expect(mapSize(el).width, 'no map size while the dialog is closed').to.equal(0);
      dialog.showModal();
      await ready;
      await waitFor(() => markersInView(el).length > 0, 'markers in the dialog');
    });

    afterEach(() => {
      if (dialog.open) dialog.close();
    });

    it('gives the map a size and shows markers once the dialog opens', () => {
      const { width, height } = mapSize(el);
      expect(width, 'map width').to.be.greaterThan(300);
      expect(height, 'map height').to.be.greaterThan(200);
      expect(markersInView(el).length).to.be.greaterThan(0);
      expect(listVisible(el), 'list visible').to.equal(true);
    });

    it('Escape in an open service closes the service, not the dialog; a second Escape closes the dialog', async () => {
      const item = shadowParts(el, 'item')[0];
      item.querySelector('button')!.click();
      await el.updateComplete;
      await nextFrame();
      expect(shadowPart(el, 'detail')?.dataset.id).to.equal(item.dataset.id);
      expect(el.shadowRoot!.activeElement?.classList.contains('detail-title'), 'focus in the detail').to.equal(true);
      let cancels = 0;
      dialog.addEventListener('cancel', () => cancels++);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await nextFrame();
      expect(shadowPart(el, 'detail'), 'the detail closed').to.equal(null);
      expect({ open: dialog.open, cancels }, 'the dialog after one Escape').to.deep.equal({ open: true, cancels: 0 });
      await sendKeys({ press: 'Escape' });
      expect(dialog.open, 'the dialog after a second Escape').to.equal(false);
    });

    it('Escape in the search field clears the text, not the dialog', async () => {
      const search = shadowPart(el, 'search') as HTMLInputElement;
      search.focus();
      await sendKeys({ type: 'questura' });
      await el.updateComplete;
      expect(search.value).to.equal('questura');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(search.value, 'search cleared').to.equal('');
      expect(dialog.open, 'the dialog after Escape in the search field').to.equal(true);
    });
  });

  describe('a tab panel that is hidden at first', () => {
    it('sizes and fits the map when the panel is shown: the same view as a widget visible from the start', async function () {
      this.timeout(20000);
      // A reference widget visible from the start, then a tab set whose second panel holds the widget.
      const { el: reference, root } = host(`
        <div style="width: 900px">${WIDGET}</div>
        <div role="tablist"><button role="tab" aria-selected="true">Info</button><button role="tab">Mappa</button></div>
        <div role="tabpanel" id="first">Informazioni</div>
        <div role="tabpanel" id="second" style="width: 900px" hidden>${WIDGET}</div>`);
      const later = root.querySelector<Widget>('#second prossima-map')!;
      const referenceReady = readyOf(reference);
      const laterReady = readyOf(later);
      await referenceReady;
      await waitFor(() => markersInView(reference).length > 0, 'markers on the widget visible from the start');
      await later.updateComplete;
      await nextFrame();
      expect(mapSize(later).width, 'no map size while hidden').to.equal(0);

      root.querySelector<HTMLElement>('#first')!.hidden = true;
      root.querySelector<HTMLElement>('#second')!.hidden = false;
      await laterReady;
      await waitFor(() => mapSize(later).width > 0 && markersInView(later).length > 0, 'markers once shown');
      // The fit may animate: give the view time to settle on the reference's.
      const expected = view(reference);
      await waitFor(() => JSON.stringify(view(later)) === JSON.stringify(expected), 'the reference view', 120).catch(() => undefined);
      expect(mapSize(later)).to.deep.equal(mapSize(reference));
      expect(view(later), 'markers and their positions').to.deep.equal(expected);
    });
  });

  describe('layouts with no set height', () => {
    it('in a flex row: a default height over 300px, and a visible list', async () => {
      const { el } = host(`<div style="display: flex; gap: 1rem; width: 1000px"><p>Servizi per cittadini stranieri</p>${WIDGET}</div>`);
      await readyOf(el);
      await el.updateComplete;
      const r = el.getBoundingClientRect();
      expect(r.height, 'height').to.be.greaterThan(300);
      expect(r.width, 'width').to.be.greaterThan(300);
      expect(listVisible(el), 'list visible').to.equal(true);
    });

    it('in a grid cell: a default height over 300px, and a visible list', async () => {
      const { el } = host(
        `<div style="display: grid; grid-template-columns: 200px 1fr; gap: 1rem; width: 1000px"><nav>Menu</nav>${WIDGET}</div>`,
      );
      await readyOf(el);
      await el.updateComplete;
      const r = el.getBoundingClientRect();
      expect(r.height, 'height').to.be.greaterThan(300);
      expect(r.width, 'width').to.be.closeTo(1000 - 200 - 16, 1);
      expect(listVisible(el), 'list visible').to.equal(true);
    });

    it('--prossima-height: 500px on a container sets the height', async () => {
      const { el } = host(`<div style="--prossima-height: 500px; width: 900px">${WIDGET}</div>`);
      await readyOf(el);
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(500);
      expect(listVisible(el), 'list visible').to.equal(true);
      el.style.setProperty('--prossima-height', '400px');
      expect(el.getBoundingClientRect().height, 'on the element itself').to.equal(400);
    });
  });
});
