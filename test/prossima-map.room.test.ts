// Issue 15, "room to see": what a person sees and reaches at the sizes partner pages give the widget.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { mount, part, unmountAll } from './helpers.js';
import type { ProssimaMap } from '../src/prossima-map.js';

const SMALL = '/test/fixtures/small.json';
const LONG_SERVICE = 'prefettura-matera-sportello-unico-immigrazione';

/** Turns the mouse wheel over the middle of `element`, as a person scrolling. */
async function wheelOver(element: Element, deltaY: number, times: number): Promise<void> {
  const box = element.getBoundingClientRect();
  await executeServerCommand('mouse-wheel', { x: box.left + box.width / 2, y: box.top + box.height / 2, deltaY, times });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

describe('<prossima-map>: scrolling stays where the user is', () => {
  afterEach(unmountAll);

  it('scrolling past the end of an open service moves neither the list under it nor its way back', async () => {
    const el = await mount(html`<prossima-map lang="it" tile-url="none" style="--prossima-height: 420px" service=${LONG_SERVICE}></prossima-map>`, 390);
    const detail = part(el, 'detail')!;
    const pane = el.shadowRoot!.querySelector<HTMLElement>('.list-pane')!;
    const scroller = detail.closest('prossima-service-detail')!;
    expect(scroller.scrollHeight, 'the service is longer than its pane').to.be.greaterThan(scroller.clientHeight + 200);
    const paneTop = pane.scrollTop;
    await wheelOver(scroller, 120, 30);
    expect(scroller.scrollTop, 'the service scrolled to its end').to.be.greaterThan(200);
    expect(pane.scrollTop, 'the list under it did not move').to.equal(paneTop);
    const back = detail.querySelector('.back')!.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    expect(back.top >= box.top - 1 && back.bottom <= box.bottom + 1, 'its "back" button is still in view').to.equal(true);
  });
});

/** The names of the markers and groups on the map, once it has settled. */
async function markerNames(el: ProssimaMap): Promise<string[]> {
  await el.updateComplete;
  await el.shadowRoot!.querySelector<HTMLElement & { whenPointsShown(): Promise<void> }>('prossima-map-view')!.whenPointsShown();
  await new Promise((resolve) => setTimeout(resolve, 400)); // Leaflet's pan
  return [...part(el, 'map')!.querySelectorAll('.leaflet-marker-pane [aria-label]')].map((m) => m.getAttribute('aria-label') ?? '');
}

describe('<prossima-map>: the map follows the place the list is sorted from', () => {
  afterEach(unmountAll);

  it('"choose your comune" moves the map to the comune; clearing it shows every service again', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`, 1000);
    expect((await markerNames(el)).length, 'Matera and Policoro at first').to.be.at.least(2);
    const select = part(el, 'place') as HTMLSelectElement;
    select.value = 'Policoro';
    select.dispatchEvent(new Event('change'));
    expect(await markerNames(el)).to.deep.equal(["Centro per l'impiego di Policoro – Lavoro"]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.find-note button')!.click();
    expect((await markerNames(el)).length, 'every service again').to.be.at.least(2);
  });
});
