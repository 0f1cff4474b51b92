// The first view makes no Intl object before prossima-ready: the first one a page makes loads the
// browser's ICU data (tens of ms on a desktop, about four times that on a cheap phone), which
// the first list row must not wait for (issue 14). Rome's time, the opening line's weekdays and
// dates, the name order, the comuni to choose from and the map's markers all do without; the
// line under the list (the directory's date) comes after ready. Runs the built files
// (`npm run build`), with the built-in directory, on a page that has not loaded them yet.
import { expect } from '@open-wc/testing';
import { createWidget, loadScript, readyOf } from '../fixtures/hosts/host-page.js';

const KINDS = ['Collator', 'DateTimeFormat', 'NumberFormat', 'ListFormat', 'DisplayNames', 'PluralRules', 'RelativeTimeFormat', 'Segmenter'] as const;

describe('the first view and Intl', function () {
  this.timeout(20000);

  it('no Intl object is made from loading the script to prossima-ready, list and map on screen', async () => {
    const made: string[] = [];
    const originals = KINDS.map((kind) => [kind, Intl[kind]] as const);
    for (const [kind, original] of originals) {
      (Intl as Record<string, unknown>)[kind] = new Proxy(original, {
        construct: (target, args) => (made.push(`${kind}(${JSON.stringify(args)})`), new (target as new (...a: unknown[]) => object)(...args)),
      });
    }
    try {
      await loadScript('/dist/prossima-map.js', true);
      const el = createWidget({ lang: 'it', 'tile-url': 'none' }, '1000px');
      const ready = readyOf(el);
      document.body.append(el);
      expect(await ready).to.be.above(50);
      const atReady = [...made];
      expect(el.shadowRoot!.querySelector('prossima-map-view .leaflet-marker-icon'), 'a marker on the map').to.not.equal(null);
      expect(atReady).to.deep.equal([]);
      el.remove();
    } finally {
      for (const [kind, original] of originals) (Intl as Record<string, unknown>)[kind] = original;
    }
  });
});
