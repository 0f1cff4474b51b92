import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { focused, mount, part, parts, tabUntil, unmountAll } from './helpers.js';

describe('<prossima-map> by keyboard', () => {
  afterEach(unmountAll);

  it('Tab reaches search, categories and items; Enter opens; Escape closes and returns focus', async () => {
    const el = await mount(html`<prossima-map src="/test/fixtures/small.json" lang="it" tile-url="none"></prossima-map>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.parentElement!.prepend(before);
    before.focus();

    await tabUntil(el, (n) => n === part(el, 'search'));
    await sendKeys({ type: 'questura' });
    await el.updateComplete;
    expect(parts(el, 'item').map((i) => i.dataset.id)).to.deep.equal(['questura-matera']);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(4);

    const chip = await tabUntil(el, (n) => n.matches('[part~="category"]'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(chip.getAttribute('aria-pressed')).to.equal('false');

    const itemButton = await tabUntil(el, (n) => n.closest('[part~="item"]') !== null);
    const id = itemButton.closest<HTMLElement>('[part~="item"]')!.dataset.id;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'detail')!.dataset.id).to.equal(id);
    expect(focused(el)!.classList.contains('detail-title')).to.equal(true);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'detail')).to.equal(null);
    expect(focused(el)).to.equal(itemButton);
  });

  it('the back button closes the detail too', async () => {
    const el = await mount(html`<prossima-map src="/test/fixtures/small.json" service="cpi-policoro" tile-url="none"></prossima-map>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.back')!.click();
    await el.updateComplete;
    expect(part(el, 'detail')).to.equal(null);
  });

  it('on a narrow screen the list comes first, and the map is one switch away', async () => {
    const el = await mount(html`<prossima-map src="/test/fixtures/small.json" lang="it" tile-url="none"></prossima-map>`, 320);
    const mapPane = el.shadowRoot!.querySelector<HTMLElement>('.map-pane')!;
    expect(getComputedStyle(mapPane).display).to.equal('none');
    expect(parts(el, 'item')[0].offsetParent).to.not.equal(null);
    expect(part(el, 'list')!.scrollWidth, 'no sideways scrolling at 320px').to.be.at.most(part(el, 'list')!.clientWidth);
    // With text in the search field, the clear button appears and must still fit.
    const search = part(el, 'search') as HTMLInputElement;
    search.value = 'medico';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const clear = el.shadowRoot!.querySelector('.clear')!.getBoundingClientRect();
    expect(clear.right, 'clear button inside the widget').to.be.at.most(el.getBoundingClientRect().right);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.view-toggle')!;
    expect(toggle.textContent!.trim()).to.equal('Mappa');
    toggle.click();
    await el.updateComplete;
    expect(getComputedStyle(mapPane).display).to.not.equal('none');
    expect(toggle.textContent!.trim(), 'the same button now leads back to the list').to.equal('Elenco');
  });

  it('on a wide screen list and map stand side by side', async () => {
    const el = await mount(html`<prossima-map src="/test/fixtures/small.json" tile-url="none"></prossima-map>`, 1000);
    const mapPane = el.shadowRoot!.querySelector<HTMLElement>('.map-pane')!;
    const listPane = el.shadowRoot!.querySelector<HTMLElement>('.list-pane')!;
    expect(getComputedStyle(mapPane).display).to.not.equal('none');
    expect(listPane.getBoundingClientRect().right).to.be.at.most(mapPane.getBoundingClientRect().left + 1);
  });
});
