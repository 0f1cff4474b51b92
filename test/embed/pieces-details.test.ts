// The built-in directory's detail fields (summaries in 12 languages, sources, the source of each
// fact) are files of their own beside the script (dist/prossima-details/, written by
// scripts/rollup-directory.mjs), so a first view does not pay for them: the detail asks for the
// shared fields and its language's summaries when it opens. These tests run the built files.
import { expect } from '@open-wc/testing';
import { createWidget, loadScript, readyOf, shadowPart, waitFor } from '../fixtures/hosts/host-page.js';

const SERVICE = 'questura-matera-ufficio-immigrazione';

/** The paths under dist/prossima-details/ fetched since `since` (performance.now()). */
const detailsFetched = (since: number) =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= since && new URL(entry.name).pathname.startsWith('/dist/prossima-details/'))
    .map((entry) => new URL(entry.name).pathname.replace('/dist/prossima-details/', ''))
    .sort();

describe('dist/prossima-map.js: the built-in directory\'s details', () => {
  before(() => loadScript('/dist/prossima-map.js', true));

  it('the first view\'s file has no summaries or sources; they come when a service opens, in its language and Italian', async () => {
    const builtin = await (await fetch('/dist/prossima-directory.json')).json();
    const first = builtin.services.find((s: { id: string }) => s.id === SERVICE);
    expect(['summary', 'sources', 'factSources', 'unreviewed'].filter((key) => key in first), 'detail fields in the first file').to.deep.equal([]);
    // The summaries as the build wrote them from data/matera.json (the dev server serves that file as a module).
    const expected = {
      en: (await (await fetch('/dist/prossima-details/en.json')).json()).summary[SERVICE],
      it: (await (await fetch('/dist/prossima-details/it.json')).json()).summary[SERVICE],
    };
    expect(expected.en.length > 20 && expected.it.length > 20, 'a summary in each language').to.equal(true);

    const el = createWidget({ lang: 'en', 'tile-url': 'none' }, '400px');
    const ready = readyOf(el);
    const since = performance.now() + 1;
    document.body.append(el);
    expect(await ready).to.equal(builtin.services.length);
    expect(detailsFetched(since), 'no details before a service opens').to.deep.equal([]);

    el.setAttribute('service', SERVICE);
    await waitFor(() => shadowPart(el, 'detail')?.querySelector('.summary')?.textContent?.includes(expected.en) === true, 'the English summary', 600);
    expect(detailsFetched(since)).to.deep.equal(['common.json', 'en.json', 'it.json']);
    const detail = shadowPart(el, 'detail')!;
    expect(detail.querySelector('.translation-note')!.textContent).to.contain('Machine translation, not yet reviewed.');
    expect(detail.querySelector('.as-of')!.textContent, 'the year of the 2009 charter, from common.json').to.contain('2009');
    // The root re-renders now and then (the clock, the pieces): the choice must survive it.
    (el as unknown as { requestUpdate(): void }).requestUpdate();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    detail.querySelector<HTMLButtonElement>('.translation-note button')!.click();
    (el as unknown as { requestUpdate(): void }).requestUpdate();
    await waitFor(() => shadowPart(el, 'detail')!.querySelector('.summary')!.textContent!.includes(expected.it), 'the Italian summary');
    el.remove();
  });
});
