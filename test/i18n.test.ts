import { expect, html } from '@open-wc/testing';
import { localeLoaders } from '../src/generated/all-locales.js';
import { isRightToLeft, uiLocales } from '../src/localization.js';
import { mount, part, parts, unmountAll } from './helpers.js';

const SMALL = '/test/fixtures/small.json';
/** Each language's module, loaded as the widget loads it (its piece). */
const modules = Object.fromEntries(await Promise.all(Object.entries(localeLoaders).map(async ([locale, load]) => [locale, await load()] as const)));
const reference = Object.keys(modules['en'].templates);

describe('UI languages', () => {
  afterEach(unmountAll);

  it('offers the twelve languages of the people this serves', () => {
    expect([...uiLocales].sort()).to.deep.equal(['ar', 'bn', 'en', 'es', 'fr', 'it', 'pa', 'ro', 'sq', 'uk', 'ur', 'zh-CN']);
  });

  for (const locale of uiLocales.filter((l) => l !== 'it')) {
    it(`${locale}: every message is translated, none empty`, () => {
      const templates = modules[locale].templates as Record<string, unknown>;
      for (const id of reference) {
        const message = templates[id];
        const text = typeof message === 'string' ? message : (message as { strings?: string[] })?.strings?.join('');
        expect(text, `${locale} ${id}`).to.be.a('string').and.match(/\S/);
      }
    });
  }

  for (const locale of uiLocales) {
    it(`${locale}: renders in its language and direction`, async () => {
      const el = await mount(html`<prossima-map src=${SMALL} lang=${locale} service="cpi-policoro" tile-url="none"></prossima-map>`);
      const root = el.shadowRoot!.querySelector('.root')!;
      expect(root.getAttribute('lang')).to.equal(locale);
      expect(root.getAttribute('dir')).to.equal(isRightToLeft(locale) ? 'rtl' : 'ltr');
      expect(getComputedStyle(part(el, 'list')!).direction).to.equal(isRightToLeft(locale) ? 'rtl' : 'ltr');
      expect(part(el, 'status')!.textContent).to.match(/\b4\b/);
      const placeholder = (part(el, 'search') as HTMLInputElement).placeholder;
      if (locale === 'it') expect(placeholder).to.equal('Cerca: medico, permesso, lavoro…');
      else expect(placeholder).to.not.equal('Cerca: medico, permesso, lavoro…');
      // Category names come from the directory in the same language (Italian when missing).
      expect(parts(el, 'category')[0].textContent).to.match(/\S/);
      // Phone numbers and links stay left to right inside right-to-left text.
      for (const link of part(el, 'detail')!.querySelectorAll('.plain a[href^="tel:"], .plain a[href^="mailto:"]')) {
        expect(link.getAttribute('dir')).to.equal('ltr');
      }
    });
  }
});
