// Finding help: open now, emergency numbers, near me, the actions on a service, links that
// open the widget in a given state, and the printed list. Real element, real Leaflet, real
// Chromium; the phone's position is emulated through the DevTools protocol.
import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { itemIds, mount, part, parts, typeSearch, unmountAll } from './helpers.js';
import type { ProssimaMap } from '../src/prossima-map.js';
import { decodeSvg } from './share/decode-svg.js';
import { withClipboard, withNavigator, withoutShareSheet } from './fixtures/browser-stubs.js';
import { text } from './fixtures/in-root.js';
import { writePrintList } from '../src/components/view-actions/print-list.js';

const ALL_WEEK = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }];

/** Three services whose "open now" line does not depend on the day the tests run. */
function directory() {
  return {
    version: 1,
    updated: '2026-11-20',
    emergency: [
      { phone: '1522', name: { it: 'Antiviolenza e stalking', en: 'Anti-violence and stalking' } },
      { phone: 'chiamami', name: 'not a number: dropped' },
    ],
    categories: [
      { id: 'health', name: { it: 'Salute', en: 'Health' }, color: '#1b6e45' },
      { id: 'work', name: { it: 'Lavoro', en: 'Work' }, color: '#8a4b00' },
    ],
    services: [
      {
        id: 'sempre-aperto',
        name: { it: 'Guardia medica', en: 'Out-of-hours doctor' },
        category: 'health',
        lat: 40.666,
        lon: 16.604,
        municipality: 'Matera',
        address: 'Via Montescaglioso 1',
        phone: ['+39 0835 111111 (centralino)'],
        whatsapp: ['320 123 4567'],
        email: ['guardia@example.it'],
        hours: ALL_WEEK,
        openOnHolidays: true,
      },
      { id: 'senza-orari', name: 'Sportello lavoro', category: 'work', lat: 40.209, lon: 16.676, municipality: 'Policoro', phone: ['0835 222222'] },
      { id: 'chiuso', name: 'Centro chiuso', category: 'work', lat: 40.39, lon: 16.559, municipality: 'Pisticci', hours: ALL_WEEK, status: 'temporarily-closed' },
    ],
  };
}

function mountWith(extra = html``, lang = 'it', syncUrl = false): Promise<ProssimaMap> {
  return mount(html`<prossima-map .directory=${directory()} lang=${lang} tile-url="none" ?sync-url=${syncUrl}>${extra}</prossima-map>`);
}

function row(el: ProssimaMap, id: string): HTMLElement {
  return parts(el, 'item').find((item) => item.dataset.id === id)!;
}

function shadow(el: ProssimaMap, selector: string): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(selector)!;
}

async function openService(el: ProssimaMap, id: string): Promise<HTMLElement> {
  row(el, id).querySelector('button')!.click();
  await el.updateComplete;
  await waitUntil(() => part(el, 'detail')?.querySelector('prossima-service-actions .action'), 'the actions are shown');
  return part(el, 'detail')!;
}

afterEach(() => unmountAll());


/** The results' share, QR code and print: they come with the extras piece, once the browser is idle. */
async function viewActions(el: ProssimaMap): Promise<HTMLElement> {
  await waitUntil(() => el.shadowRoot!.querySelector('prossima-view-actions .view-action') !== null, 'the list actions are shown');
  return shadow(el, 'prossima-view-actions');
}

describe('open now', () => {
  it('each row says whether the service is open, closed or has no known hours', async () => {
    const el = await mountWith();
    expect(text(row(el, 'sempre-aperto').querySelector('.opening'))).to.equal('Aperto 24 ore su 24');
    expect(text(row(el, 'senza-orari').querySelector('.opening'))).to.equal('Orari da chiedere al telefono');
    expect(text(row(el, 'chiuso').querySelector('.opening'))).to.equal('Chiuso temporaneamente');
    expect(row(el, 'sempre-aperto').querySelector('.opening-open')).to.exist;
  });

  it('the filter keeps only what is open, counts only that, and "clear" lifts it', async () => {
    const el = await mountWith();
    const toggle = part(el, 'open-now')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(itemIds(el)).to.deep.equal(['sempre-aperto']);
    expect(text(part(el, 'status'))).to.contain('1 servizio trovato su 3');
    shadow(el, '.clear').click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(itemIds(el)).to.have.length(3);
  });

  it('the open service says it too, in the language of the page', async () => {
    const el = await mountWith(html``, 'en');
    const detail = await openService(el, 'sempre-aperto');
    expect(text(detail.querySelector('.opening-now'))).to.equal('Open 24 hours a day');
  });
});

describe('room for the list and the map', () => {
  it('on a wide widget the finding buttons stand beside the search field, and the map keeps its height', async () => {
    const el = await mount(html`<prossima-map lang="it" tile-url="none"></prossima-map>`, 1100);
    await waitUntil(() => (part(el, 'map')?.getBoundingClientRect().height ?? 0) > 0, 'the map is laid out');
    const search = part(el, 'search')!.getBoundingClientRect();
    const nearMe = part(el, 'near-me')!.getBoundingClientRect();
    expect(Math.abs(nearMe.top + nearMe.height / 2 - (search.top + search.height / 2)), 'one row').to.be.below(12);
    expect(part(el, 'map')!.getBoundingClientRect().height / el.getBoundingClientRect().height).to.be.at.least(0.45);
  });

  it('on a phone they come under the search, one row that scrolls sideways', async () => {
    const el = await mount(html`<prossima-map lang="it" tile-url="none"></prossima-map>`, 360);
    const search = part(el, 'search')!.getBoundingClientRect();
    const nearMe = part(el, 'near-me')!.getBoundingClientRect();
    expect(nearMe.top, 'below the search').to.be.above(search.bottom);
    expect(el.scrollWidth, 'no sideways scrolling of the widget').to.be.at.most(el.clientWidth + 1);
  });
});

describe('emergency numbers', () => {
  it('112 is one tap; the directory’s numbers follow; unusable ones are dropped; a search never hides them', async () => {
    const el = await mountWith();
    const bar = part(el, 'emergency')!;
    expect(bar.querySelector('a.emergency-call')!.getAttribute('href')).to.equal('tel:112');
    const listed = [...bar.querySelectorAll('.emergency-more li')];
    expect(listed.map((li) => li.querySelector('a')!.getAttribute('href'))).to.deep.equal(['tel:1522']);
    expect(text(listed[0])).to.equal('1522 Antiviolenza e stalking');
    await typeSearch(el, 'nessun servizio si chiama così');
    expect(itemIds(el)).to.deep.equal([]);
    expect(part(el, 'emergency')!.querySelector('a[href="tel:112"]')).to.exist;
  });
});

describe('near me', () => {
  after(() => executeServerCommand('emulate-geolocation', { permission: 'denied', position: null }));

  it('with the position granted: nearest first, each with its distance, and it says so', async () => {
    await executeServerCommand('emulate-geolocation', { permission: 'granted', position: { latitude: 40.2, longitude: 16.68 } });
    const el = await mountWith();
    part(el, 'near-me')!.click();
    await waitUntil(() => part(el, 'near-me')!.getAttribute('aria-pressed') === 'true', 'near me is on');
    await el.updateComplete;
    expect(itemIds(el)).to.deep.equal(['senza-orari', 'chiuso', 'sempre-aperto']);
    expect(text(row(el, 'senza-orari').querySelector('.item-distance'))).to.match(/^1(,\d)? km$/);
    expect(text(row(el, 'sempre-aperto').querySelector('.item-distance'))).to.match(/^5\d km$/);
    expect(text(shadow(el, '.find-note'))).to.contain('Dal più vicino alla tua posizione');
    shadow(el, '.find-note button').click();
    await el.updateComplete;
    expect(itemIds(el)[0]).to.equal('sempre-aperto');
    expect(row(el, 'senza-orari').querySelector('.item-distance')).to.equal(null);
  });

  const problems: [string, Record<string, unknown>, RegExp][] = [
    ['denied', { permission: 'denied', position: { latitude: 40.2, longitude: 16.68 } }, /non ha il permesso di usare la posizione/],
    ['unavailable', { permission: 'granted', position: null }, /non trova la posizione/],
  ];
  for (const [what, emulation, message] of problems) {
    it(`with the position ${what}: a clear message, the comuni offered, the order unchanged`, async () => {
      await executeServerCommand('emulate-geolocation', emulation);
      const el = await mountWith();
      const before = itemIds(el);
      part(el, 'near-me')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.find-problem'), 'a problem is shown');
      const problem = shadow(el, '.find-problem');
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(text(problem)).to.match(message);
      expect(text(problem)).to.contain('Scegli il comune');
      expect(itemIds(el)).to.deep.equal(before);
    });
  }

  it('on a page that is not secure, it says so without asking the browser', async () => {
    const secure = Object.getOwnPropertyDescriptor(window, 'isSecureContext')!;
    Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
    try {
      const el = await mountWith();
      part(el, 'near-me')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.find-problem'), 'a problem is shown');
      expect(text(shadow(el, '.find-problem'))).to.contain('non è sicura');
    } finally {
      Object.defineProperty(window, 'isSecureContext', secure);
    }
    expect(window.isSecureContext).to.equal(true);
  });

  it('"choose your comune" offers the 31 comuni and sorts from the one chosen', async () => {
    const el = await mountWith();
    const select = part(el, 'place') as HTMLSelectElement;
    const names = [...select.options].slice(1).map((option) => option.value);
    expect(names).to.have.length(31);
    expect(names).to.include.members(['Matera', 'Policoro', 'Pisticci', 'Nova Siri']);
    select.value = 'Pisticci';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(itemIds(el)[0]).to.equal('chiuso');
    expect(text(shadow(el, '.find-note'))).to.contain('Dal più vicino a Pisticci');
  });
});

describe('acting on a service', () => {
  it('call, WhatsApp, e-mail and directions are links, each big and labelled', async () => {
    const el = await mountWith();
    const detail = await openService(el, 'sempre-aperto');
    const links = Object.fromEntries(
      [...detail.querySelectorAll<HTMLAnchorElement>('a.action')].map((a) => [text(a), a.getAttribute('href')]),
    );
    expect(links).to.deep.include({
      Chiama: 'tel:+390835111111',
      WhatsApp: 'https://wa.me/393201234567',
      'E-mail': 'mailto:guardia@example.it',
      Indicazioni: 'https://www.openstreetmap.org/directions?to=40.66600%2C16.60400',
    });
    for (const action of detail.querySelectorAll<HTMLElement>('.action')) {
      expect(action.getBoundingClientRect().height, text(action)).to.be.at.least(44);
    }
  });

  it('"copy address" puts the address on the clipboard and says so', async () => {
    const copied = await withClipboard(async () => {
      const el = await mountWith();
      const detail = await openService(el, 'sempre-aperto');
      [...detail.querySelectorAll<HTMLButtonElement>('button.action')].find((b) => text(b) === 'Copia indirizzo')!.click();
      await waitUntil(() => text(detail.querySelector('.action-feedback')) !== '', 'feedback');
      expect(text(detail.querySelector('.action-feedback'))).to.equal('Indirizzo copiato.');
    });
    expect(copied).to.deep.equal(['Via Montescaglioso 1']);
  });

  it('"share" sends a plain-text message in the user’s language with a link back to the service', async () => {
    let shared: ShareData | undefined;
    await withNavigator('share', async (data: ShareData) => void (shared = data), async () => {
      const el = await mountWith(html``, 'en');
      const detail = await openService(el, 'sempre-aperto');
      [...detail.querySelectorAll<HTMLButtonElement>('button.action')].find((b) => text(b) === 'Share')!.click();
      await waitUntil(() => shared, 'the share sheet was asked');
      const lines = shared!.text!.split('\n');
      expect(lines.slice(0, 4)).to.deep.equal([
        'Out-of-hours doctor',
        'Address: Via Montescaglioso 1, Matera',
        'Opening hours: Mon–Sun 00:00–24:00',
        'Phone: +39 0835 111111',
      ]);
      const link = new URL(lines[4]);
      expect(link.searchParams.get('prossima-service')).to.equal('sempre-aperto');
      expect(link.searchParams.get('prossima-lang')).to.equal('en');
      expect(link.pathname).to.equal(location.pathname);
    });
  });

  it('"share" without a share sheet copies the message instead, and says so', async () => {
    const copied = await withoutShareSheet(() =>
      withClipboard(async () => {
        const el = await mountWith();
        const detail = await openService(el, 'sempre-aperto');
        [...detail.querySelectorAll<HTMLButtonElement>('button.action')].find((b) => text(b) === 'Condividi')!.click();
        await waitUntil(() => text(detail.querySelector('.action-feedback')) !== '', 'feedback');
        expect(text(detail.querySelector('.action-feedback'))).to.equal('Informazioni copiate: incollale in un messaggio.');
      }),
    );
    expect(copied).to.have.length(1);
    expect(copied[0].split('\n')[0]).to.equal('Guardia medica');
    expect(copied[0]).to.contain('prossima-service=sempre-aperto');
  });

  it('the QR code reads back as the link to the service', async () => {
    const el = await mountWith();
    const detail = await openService(el, 'sempre-aperto');
    [...detail.querySelectorAll<HTMLButtonElement>('button.action')].find((b) => text(b) === 'Codice QR')!.click();
    const dialog = detail.querySelector<HTMLDialogElement>('dialog.qr-dialog')!;
    await waitUntil(() => dialog.open, 'the QR dialog opens');
    expect(dialog.open).to.equal(true);
    const decoded = new URL(await decodeSvg(dialog.querySelector('svg')!));
    expect(decoded.searchParams.get('prossima-service')).to.equal('sempre-aperto');
    expect(decoded.href).to.equal(text(dialog.querySelector('.qr-link')));
    dialog.querySelector<HTMLButtonElement>('.dialog-close')!.click();
    expect(dialog.open).to.equal(false);
  });

  it('"show this screen" puts name, address and hours in large type, in the user’s language and in Italian', async () => {
    const el = await mountWith(html``, 'en');
    const detail = await openService(el, 'sempre-aperto');
    [...detail.querySelectorAll<HTMLButtonElement>('button.action')].find((b) => text(b) === 'Show')!.click();
    const dialog = detail.querySelector<HTMLDialogElement>('dialog.show-dialog')!;
    expect(dialog.open).to.equal(true);
    const cards = [...dialog.querySelectorAll<HTMLElement>('.show-card')];
    expect(cards.map((card) => card.lang)).to.deep.equal(['en', 'it']);
    expect(cards.map((card) => text(card.querySelector('.show-name')))).to.deep.equal(['Out-of-hours doctor', 'Guardia medica']);
    expect(text(cards[1])).to.contain('lun–dom 00:00–24:00');
    expect(parseFloat(getComputedStyle(cards[0].querySelector('.show-name')!).fontSize)).to.be.at.least(28);
    dialog.close();
  });
});

describe('links to a view', () => {
  const original = location.href;
  afterEach(() => history.replaceState(history.state, '', original));

  it('a shared link opens the widget in its state: search, open now, comune, service and language', async () => {
    history.replaceState(history.state, '', '?prossima-q=guardia&prossima-open=1&prossima-near=policoro&prossima-service=sempre-aperto&prossima-lang=en&other=kept');
    const el = await mountWith(html``, 'it');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
    expect((part(el, 'search') as HTMLInputElement).value).to.equal('guardia');
    expect(part(el, 'open-now')!.getAttribute('aria-pressed')).to.equal('true');
    expect((part(el, 'place') as HTMLSelectElement).value).to.equal('Policoro');
    expect(part(el, 'detail')!.dataset.id).to.equal('sempre-aperto');
    expect(location.search, 'without sync-url the address is left alone').to.contain('other=kept');
  });

  it('a link’s service opens on the first load only: a service the host sets later wins', async () => {
    history.replaceState(history.state, '', '?prossima-service=sempre-aperto');
    const el = await mountWith();
    expect(part(el, 'detail')!.dataset.id).to.equal('sempre-aperto');
    el.service = 'senza-orari';
    await el.updateComplete;
    expect(part(el, 'detail')!.dataset.id).to.equal('senza-orari');
  });

  it('with sync-url the address follows the search and the open service, keeping the host’s own parameters', async () => {
    history.replaceState(history.state, '', '?page=3');
    const el = await mountWith(html``, 'it', true);
    await typeSearch(el, 'lavoro');
    await el.updateComplete;
    let params = new URLSearchParams(location.search);
    expect(params.get('prossima-q')).to.equal('lavoro');
    expect(params.get('page')).to.equal('3');
    row(el, 'senza-orari').querySelector('button')!.click();
    await el.updateComplete;
    params = new URLSearchParams(location.search);
    expect(params.get('prossima-service')).to.equal('senza-orari');
  });

  it('without sync-url the address never changes', async () => {
    const before = location.href;
    const el = await mountWith();
    await typeSearch(el, 'lavoro');
    row(el, 'senza-orari').querySelector('button')!.click();
    await el.updateComplete;
    expect(location.href).to.equal(before);
  });

  it('the view’s QR code reads back as a link to this search', async () => {
    const el = await mountWith();
    await typeSearch(el, 'lavoro');
    const actions = await viewActions(el);
    // Not worked out at each keystroke: the code is drawn when its dialog opens.
    expect(actions.querySelector('.qr-box svg') === null, 'no QR code while the dialog is closed').to.equal(true);
    [...actions.querySelectorAll<HTMLButtonElement>('.view-action')].find((b) => text(b) === 'Codice QR')!.click();
    await waitUntil(() => actions.querySelector<HTMLDialogElement>('dialog.qr-dialog')?.open, 'the QR dialog opens');
    const decoded = new URL(await decodeSvg(actions.querySelector('dialog svg')!));
    expect(decoded.searchParams.get('prossima-q')).to.equal('lavoro');
    expect(decoded.searchParams.get('prossima-service')).to.equal(null);
  });

  it('a shared link carries the page’s path and the widget’s parameters only, and those the host names in keep-params (issue 17)', async () => {
    history.replaceState(history.state, '', '?page=5&private=host-secret-token&utm_source=x#access_token=abc');
    const qrLink = async (el: ProssimaMap) => {
      await typeSearch(el, 'lavoro');
      const actions = await viewActions(el);
      [...actions.querySelectorAll<HTMLButtonElement>('.view-action')].find((b) => text(b) === 'Codice QR')!.click();
      await waitUntil(() => actions.querySelector<HTMLDialogElement>('dialog.qr-dialog')?.open, 'the QR dialog opens');
      return new URL(await decodeSvg(actions.querySelector('dialog svg')!));
    };
    const plain = await qrLink(await mountWith());
    expect(plain.pathname).to.equal(location.pathname);
    expect([...plain.searchParams.keys()].sort()).to.deep.equal(['prossima-lang', 'prossima-q']);
    expect(plain.hash).to.equal('');
    unmountAll();

    const kept = await qrLink(await mount(html`<prossima-map .directory=${directory()} lang="it" tile-url="none" keep-params="page, utm_source"></prossima-map>`));
    expect([...kept.searchParams.keys()].sort()).to.deep.equal(['page', 'prossima-lang', 'prossima-q', 'utm_source']);
    expect(kept.searchParams.get('page')).to.equal('5');
    expect(kept.href).not.to.contain('host-secret-token');
  });
});

describe('the printed list', () => {
  it('is an A4 page with the data date and one QR code per service, in the chosen language', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const doc = frame.contentDocument!;
      writePrintList(
        doc,
        { title: 'Services', lines: ['List updated on 20 November 2026'], qrLabel: 'QR', lang: 'en', dir: 'ltr' },
        [
          { name: 'A', category: 'Health', address: 'Via 1', municipality: 'Matera', phones: ['0835 1'], hours: ['Mon 09:00–13:00'], link: 'https://example.org/?prossima-service=a' },
          { name: 'B', category: 'Work', phones: [], hours: [], link: 'https://example.org/?prossima-service=b' },
        ],
      );
      expect(doc.documentElement.lang).to.equal('en');
      expect(text(doc.querySelector('.meta'))).to.equal('List updated on 20 November 2026');
      expect(doc.querySelectorAll('li')).to.have.length(2);
      const rules = [...doc.adoptedStyleSheets[0].cssRules].map((rule) => rule.cssText).join('\n');
      expect(rules).to.match(/@page \{ size: a4/i);
      expect(await decodeSvg(doc.querySelectorAll('li')[1].querySelector('svg')!)).to.equal('https://example.org/?prossima-service=b');
    } finally {
      frame.remove();
    }
  });

  it('"print" prints the results in a frame of its own, never the host page', async () => {
    const el = await mountWith();
    await typeSearch(el, 'lavoro');
    const actions = await viewActions(el);
    [...actions.querySelectorAll<HTMLButtonElement>('.view-action')].find((b) => text(b) === 'Stampa')!.click();
    const frame = el.shadowRoot!.querySelector<HTMLIFrameElement>('iframe.print-frame')!;
    const printed = frame.contentDocument!;
    expect([...printed.querySelectorAll('li .name')].map(text)).to.deep.equal(itemIds(el).map((id) => text(row(el, id).querySelector('.item-name'))));
    expect(text(printed.querySelector('.meta'))).to.contain('Elenco aggiornato il 20 novembre 2026');
    expect(printed.querySelectorAll('li svg')).to.have.length(itemIds(el).length);
  });
});
