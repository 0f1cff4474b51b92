import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { focused, localeSettled, mount, part, parts, tabUntil, typeSearch, unmountAll } from './helpers.js';
import type { ProssimaMap } from '../src/prossima-map.js';

const SMALL = '/test/fixtures/small.json';

/** Every state a person meets: list, filters, no results, detail, error. */
const STATES: Array<[string, (el: ProssimaMap) => Promise<void>]> = [
  ['the list', async () => {}],
  ['a category filter on', async (el) => {
    parts(el, 'category')[0].click();
    await el.updateComplete;
  }],
  ['no results', async (el) => {
    await typeSearch(el, 'zzzzqqqq');
    expect(parts(el, 'item')).to.have.length(0);
  }],
  ['an open service', async (el) => {
    el.service = 'ospedale-matera';
    await el.updateComplete;
    await (el.shadowRoot!.querySelector('prossima-service-detail') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(part(el, 'detail')).to.not.equal(null);
  }],
  ['a closed service', async (el) => {
    el.service = 'cpi-policoro';
    await el.updateComplete;
    expect(part(el, 'detail')).to.not.equal(null);
  }],
  ['an error', async (el) => {
    const error = oneEvent(el, 'prossima-error');
    el.src = '/test/fixtures/broken.json';
    await error;
    await el.updateComplete;
    expect(part(el, 'error')).to.not.equal(null);
  }],
];

describe('<prossima-map> accessibility', () => {
  afterEach(unmountAll);

  for (const lang of ['it', 'ar']) {
    describe(`in ${lang === 'ar' ? 'a right-to-left' : 'a left-to-right'} language (${lang})`, () => {
      for (const [name, reach] of STATES) {
        it(`has no axe violations with ${name}`, async () => {
          const el = await mount(html`<prossima-map src=${SMALL} lang=${lang} tile-url="none"></prossima-map>`);
          await reach(el);
          await expect(el).to.be.accessible();
        });
      }
    });
  }

  it('is usable at 320px: no sideways scrolling, every control at least 44px', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" service="ospedale-matera" tile-url="none"></prossima-map>`, 320);
    const root = el.shadowRoot!;
    const pane = root.querySelector<HTMLElement>('.list-pane')!;
    expect(pane.scrollWidth).to.be.at.most(pane.clientWidth);
    const small = [...root.querySelectorAll<HTMLElement>('button, select, .search-field, .action, .plain a, .report a')]
      .filter((node) => node.offsetParent !== null)
      .map((node) => ({ node, box: node.getBoundingClientRect() }))
      // "Skip" is out of sight (1 × 1) until it has focus, and 44px high then (prossima-map.room.test.ts).
      .filter(({ box }) => box.width > 1)
      .filter(({ box }) => box.height < 44 - 0.5)
      .map(({ node }) => node.className || node.tagName);
    expect(small).to.deep.equal([]);
  });

  it('by keyboard: a marker opens its service, Escape brings focus back to the marker', async () => {
    const el = await mount(
      html`<prossima-map src=${SMALL} lang="it" center="40.2125,16.6781" zoom="14" tile-url="none"></prossima-map>`,
    );
    const before = document.createElement('button');
    before.textContent = 'before';
    el.parentElement!.prepend(before);
    before.focus();
    const marker = await tabUntil(el, (n) => n.closest('.leaflet-marker-pane') !== null);
    expect(marker.getAttribute('aria-label')).to.contain('Centro per l\'impiego di Policoro');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'detail')!.dataset.id).to.equal('cpi-policoro');
    expect(focused(el)!.classList.contains('detail-title')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'detail')).to.equal(null);
    expect(focused(el)).to.equal(marker);
  });
});

describe('<prossima-map> languages', () => {
  afterEach(unmountAll);

  it('a language switcher in each language’s own name changes the whole widget', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`);
    const select = part(el, 'language') as HTMLSelectElement;
    const names = [...select.options].map((o) => o.textContent);
    expect(names).to.deep.equal([
      'Italiano', 'English', 'Français', 'Español', 'العربية', 'اردو', 'Română', 'Shqip', 'Українська', '简体中文', 'বাংলা', 'ਪੰਜਾਬੀ',
    ]);
    expect([...select.options].find((o) => o.value === 'ar')!.lang).to.equal('ar');
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await localeSettled(el);
    const root = el.shadowRoot!.querySelector('.root')!;
    expect(root.getAttribute('lang')).to.equal('ar');
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(part(el, 'map')!.getAttribute('dir'), 'the map keeps its own layout').to.equal('ltr');
    expect((part(el, 'search') as HTMLInputElement).placeholder).to.not.equal('Cerca: medico, permesso, lavoro…');
  });

  it('a host can hide the switcher', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" hide-language-switcher tile-url="none"></prossima-map>`);
    expect(part(el, 'language')).to.equal(null);
  });

  it('two widgets on one page share one interface language: the latest choice wins for both', async () => {
    const a = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`);
    const b = await mount(html`<prossima-map src=${SMALL} lang="en" tile-url="none"></prossima-map>`);
    await localeSettled(a);
    expect(a.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
    expect(part(a, 'status')!.textContent).to.match(/\d+ services/);
    expect(part(b, 'status')!.textContent).to.match(/\d+ services/);
  });

  for (const [wanted, expected] of [['zh', 'zh-CN'], ['pa-IN', 'pa'], ['fr-CA', 'fr'], ['ar-EG', 'ar'], ['xx', 'it']]) {
    it(`lang="${wanted}" gives the interface in ${expected}`, async () => {
      const el = await mount(html`<div lang="it"><prossima-map src=${SMALL} lang=${wanted} tile-url="none"></prossima-map></div>`);
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal(expected);
    });
  }
});
