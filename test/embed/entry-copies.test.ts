// The entry under more than one URL on one page. A query string on the script's URL (WordPress
// adds `?ver=…` to every script) must not leave the pieces bound to a second copy of the entry:
// the element is the plain copy's, and the service's detail (the extras piece) speaks the
// widget's language. Two copies published in
// two folders each use their own pieces. Each page is an iframe of its own, so that the element
// is defined by the copies under test. Runs the built files (`npm run build`).
import { expect } from '@open-wc/testing';
import { waitFor } from '../fixtures/hosts/host-page.js';

interface Framed {
  readonly frame: HTMLIFrameElement;
  readonly doc: Document;
  readonly errors: string[];
}

/** An iframe holding `body` and the module scripts at `scripts`, in this order. */
async function framePage(body: string, scripts: readonly string[]): Promise<Framed> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 420px; height: 700px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const tags = scripts.map((src) => `<script type="module" src="${src}"></script>`).join('');
  frame.srcdoc = `<!doctype html><html lang="it"><body>${body}${tags}</body></html>`;
  document.body.append(frame);
  await loaded;
  const errors: string[] = [];
  frame.contentWindow!.addEventListener('error', (event) => errors.push(event.message));
  return { frame, doc: frame.contentDocument!, errors };
}

const itemsOf = (el: Element) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="item"]') ?? [])];

async function openFirstService(el: Element): Promise<HTMLElement> {
  await waitFor(() => itemsOf(el).length > 0, 'the list');
  itemsOf(el)[0].querySelector('button')!.click();
  await waitFor(() => el.shadowRoot!.querySelector('[part~="detail"]') !== null, 'the detail', 1200);
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="detail"]')!;
}

describe('dist/prossima-map.js under two URLs', () => {
  it('with a query string (?ver=6.4): the detail, a piece, is in the widget’s language', async () => {
    const { frame, doc, errors } = await framePage(
      '<prossima-map lang="ar" tile-url="none" src="/test/fixtures/small.json"></prossima-map>',
      ['/dist/prossima-map.js?ver=6.4'],
    );
    const el = doc.querySelector('prossima-map')!;
    const detail = await openFirstService(el);
    // The element is the plain copy's: the copy its pieces are bound to (one Lit, one runtime of
    // the UI languages), not a second one beside them.
    const plain = (await (frame.contentWindow as Window & { eval(code: string): unknown }).eval("import('/dist/prossima-map.js')")) as {
      ProssimaMap: CustomElementConstructor;
    };
    expect(frame.contentWindow!.customElements.get('prossima-map') === plain.ProssimaMap, 'the element is defined by the plain copy').to.equal(true);
    const back = detail.querySelector('.back')!.textContent!.trim();
    expect(back, 'the back button, in Arabic').to.not.equal('Torna all’elenco');
    expect(/[\u0600-\u06FF]/.test(back), `"${back}" is Arabic`).to.equal(true);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  it('two copies in two folders: one element, no error, and the detail opens', async () => {
    const { frame, doc, errors } = await framePage(
      '<prossima-map lang="en" tile-url="none" src="/test/fixtures/small.json"></prossima-map>',
      ['/dist/prossima-map.js', '/test-server/replaced/prossima-map.js'],
    );
    const el = doc.querySelector('prossima-map')!;
    const detail = await openFirstService(el);
    expect(detail.querySelector('.back')!.textContent!.trim()).to.equal('Back to the list');
    expect(errors).to.deep.equal([]);
    frame.remove();
  });
});
