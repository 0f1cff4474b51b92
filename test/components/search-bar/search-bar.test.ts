// <prossima-search-bar> on its own: what it shows for the values it is given, and the events it
// sends up. Searching and filtering are the root's (test/prossima-map.test.ts).
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { ProssimaSearchBar } from '../../../src/components/search-bar/search-bar.js';
import type { CategoryChip } from '../../../src/view/view-models.js';
import { ICON_PATHS } from '../../../src/view/icon-paths.js';
import { setLocale } from '../../../src/localization.js';
import { expectNode, renderInRoot, text } from '../../fixtures/in-root.js';
import { chips } from '../../fixtures/view-models.js';

interface Props {
  value?: string;
  chips?: readonly CategoryChip[];
  clearable?: boolean;
}

function mountBar(props: Props = {}) {
  return renderInRoot<ProssimaSearchBar>(
    'prossima-search-bar',
    html`<div class="finder">
      <prossima-search-bar .value=${props.value ?? ''} .chips=${props.chips ?? []} ?clearable=${props.clearable ?? false}></prossima-search-bar>
    </div>`,
  );
}

const input = (el: ProssimaSearchBar) => el.querySelector<HTMLInputElement>('[part~="search"]')!;
const chipButtons = (el: ProssimaSearchBar) => [...el.querySelectorAll<HTMLButtonElement>('[part~="category"]')];
const clearButton = (el: ProssimaSearchBar) => el.querySelector<HTMLButtonElement>('button.clear');

describe('<prossima-search-bar>', () => {
  afterEach(() => setLocale('it'));

  it('is accessible with text, chips (one pressed) and the clear button', async () => {
    const { host } = await mountBar({ value: 'medico', chips: chips({ health: 3, work: 1 }, ['work']), clearable: true });
    await expect(host).to.be.accessible();
  });

  it('defaults: an empty, labelled search field in a search landmark, no clear button, an empty named group of categories', async () => {
    const { el } = await mountBar();
    const field = input(el);
    expect(field.value).to.equal('');
    expect(field.type).to.equal('search');
    expect(field.placeholder).to.equal('Cerca: medico, permesso, lavoro…');
    expect(text(field.closest('label'))).to.equal('Cerca un servizio');
    expect(field.closest('[role="search"]')).to.not.equal(null);
    expectNode(clearButton(el), null, 'the clear button');
    const group = el.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Categorie');
    expect(group.children).to.have.length(0);
  });

  it('value: shown in the field, and replaced when the root sets another', async () => {
    const { el } = await mountBar({ value: 'permesso' });
    expect(input(el).value).to.equal('permesso');
    el.value = 'lavoro';
    await el.updateComplete;
    expect(input(el).value).to.equal('lavoro');
  });

  it('chips: one toggle button per category, in order, named with its count, its state exposed', async () => {
    const { el } = await mountBar({ chips: chips({ health: 3, work: 0 }, ['health']) });
    const buttons = chipButtons(el);
    expect(buttons.map((b) => b.dataset.category)).to.deep.equal(['health', 'work']);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false']);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Salute: 3', 'Lavoro: 0']);
    expect(buttons.map((b) => text(b))).to.deep.equal(['Salute 3', 'Lavoro 0']);
    expect(buttons[0].querySelector('.chip-count')!.getAttribute('aria-hidden')).to.equal('true');
    expect(buttons[0].style.getPropertyValue('--_prossima-chip-color')).to.equal('#1b6e45');

    el.chips = chips({ health: 1, work: 2 }, ['work']);
    await el.updateComplete;
    expect(chipButtons(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
    expect(chipButtons(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Salute: 1', 'Lavoro: 2']);
  });

  it('clearable: shows the "clear" button only while there is something to clear', async () => {
    const { el } = await mountBar({ value: 'x', clearable: true });
    expect(text(clearButton(el))).to.equal('Azzera');
    el.clearable = false;
    await el.updateComplete;
    expectNode(clearButton(el), null, 'the clear button');
  });

  it('bad input: a name with markup is shown as text; an unknown icon gets the generic one', async () => {
    const odd: CategoryChip = { id: 'odd', name: '<img src=x onerror=alert(1)>', color: '#123456', icon: 'toString', count: 2, pressed: false };
    const { el } = await mountBar({ chips: [odd] });
    const [button] = chipButtons(el);
    expectNode(button.querySelector('img'), null, 'an image from the name');
    expect(text(button.querySelector('.chip-name'))).to.equal('<img src=x onerror=alert(1)>');
    expect(button.querySelector('.chip-icon path')!.getAttribute('d')).to.equal(ICON_PATHS.info);
  });

  it('typing sends search-input with the text (bubbling, not composed)', async () => {
    const { el } = await mountBar();
    input(el).focus();
    const event = oneEvent(el, 'search-input') as Promise<CustomEvent<{ value: string }>>;
    await sendKeys({ type: 'm' });
    const { detail, bubbles, composed } = await event;
    expect({ detail, bubbles, composed }).to.deep.equal({ detail: { value: 'm' }, bubbles: true, composed: false });
  });

  it('a chip sends category-toggle with its id, and leaves its state to the root', async () => {
    const { el } = await mountBar({ chips: chips({ health: 3, work: 1 }) });
    const event = oneEvent(el, 'category-toggle') as Promise<CustomEvent<{ id: string }>>;
    chipButtons(el)[1].click();
    const { detail, bubbles, composed } = await event;
    expect({ detail, bubbles, composed }).to.deep.equal({ detail: { id: 'work' }, bubbles: true, composed: false });
    await el.updateComplete;
    expect(chipButtons(el)[1].getAttribute('aria-pressed')).to.equal('false');
  });

  it('"clear" sends filters-clear and puts focus back in the search field', async () => {
    const { el, root } = await mountBar({ value: 'medico', chips: chips({}, ['health']), clearable: true });
    const button = clearButton(el)!;
    button.focus();
    const event = oneEvent(el, 'filters-clear');
    button.click();
    const { bubbles, composed } = await event;
    expect({ bubbles, composed }).to.deep.equal({ bubbles: true, composed: false });
    expectNode(root.activeElement, input(el), 'focus');
  });

  it('Escape with text asks for an empty search and goes no further (a host dialog stays open); with none it passes through', async () => {
    const { el } = await mountBar({ value: 'medico' });
    const field = input(el);
    const reachedHost: KeyboardEvent[] = [];
    el.addEventListener('keydown', (e) => reachedHost.push(e));
    let prevented: boolean | undefined;
    field.addEventListener('keydown', (e) => (prevented = e.defaultPrevented));
    field.focus();
    const event = oneEvent(el, 'search-input') as Promise<CustomEvent<{ value: string }>>;
    await sendKeys({ press: 'Escape' });
    expect((await event).detail).to.deep.equal({ value: '' });
    expect(prevented).to.equal(true);
    expect(reachedHost).to.have.length(0);

    el.value = '';
    await el.updateComplete;
    let searched = false;
    el.addEventListener('search-input', () => (searched = true));
    await sendKeys({ press: 'Escape' });
    expect(prevented).to.equal(false);
    expect(reachedHost.map((e) => e.key)).to.deep.equal(['Escape']);
    expect(searched).to.equal(false);
  });

  it('follows a language switch: label and placeholder in the new language', async () => {
    const { el } = await mountBar({ chips: chips({ health: 3 }) });
    await setLocale('en');
    await el.updateComplete;
    expect(input(el).placeholder).to.equal('Search: doctor, permit, work…');
    expect(text(input(el).closest('label'))).to.equal('Search for a service');
  });
});
