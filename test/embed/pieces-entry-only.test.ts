// A host that copied only the entry: nothing beside it, not even the directory reader or the
// built-in directory. The widget is never blank: it says the list could not be loaded, with
// "retry", and keeps its search field. The entry comes from /test-server/entry-only/
// (scripts/test-server.mjs), where every piece is a 404. Runs the built file (`npm run build`).
import { expect } from '@open-wc/testing';
import { createWidget, loadScript, shadowPart, shadowParts, waitFor } from '../fixtures/hosts/host-page.js';

describe('dist/prossima-map.js alone', () => {
  before(() => loadScript('/test-server/entry-only/prossima-map.js', true));

  it('without `src`, says the directory could not be loaded, with "retry"', async () => {
    const el = createWidget({ lang: 'it', 'tile-url': 'none' }, '900px');
    document.body.append(el);
    await waitFor(() => shadowPart(el, 'error')?.querySelector('.retry') != null, 'the notice with retry');
    expect(shadowPart(el, 'error')!.textContent).to.contain('Impossibile caricare l’elenco dei servizi.');
    expect(shadowParts(el, 'item')).to.have.length(0);
    expect(shadowPart(el, 'search') !== null, 'the search field').to.equal(true);
    el.remove();
  });

  it('with `src` too: the directory reader is a piece, so the notice says the list could not be loaded', async () => {
    const el = createWidget({ lang: 'it', 'tile-url': 'none', src: '/test/fixtures/small.json' }, '900px');
    const errors: string[] = [];
    el.addEventListener('prossima-error', (event) => errors.push((event as CustomEvent<{ message: string }>).detail.message));
    document.body.append(el);
    await waitFor(() => shadowPart(el, 'error')?.querySelector('.retry') != null, 'the notice with retry');
    expect(shadowPart(el, 'error')!.textContent).to.contain('Impossibile caricare l’elenco dei servizi.');
    await waitFor(() => errors.length > 0, 'prossima-error');
    expect(errors.join(' ')).to.contain('directory reader');
    el.remove();
  });
});
