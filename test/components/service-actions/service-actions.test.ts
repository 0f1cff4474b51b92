// <prossima-service-actions> on its own: which actions a service gets, the links it may make,
// the QR code and "show this screen" dialogs, share and copy feedback. The same actions seen
// through the whole widget are in test/prossima-map.help.test.ts ("acting on a service").
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { ProssimaServiceActions } from '../../../src/components/service-actions/service-actions.js';
import type { Service } from '../../../src/data/types.js';
import { setLocale } from '../../../src/localization.js';
import { makeService } from '../../fixtures/services.js';
import { byText, expectNode, renderInRoot, text } from '../../fixtures/in-root.js';
import { decodeSvg } from '../../share/decode-svg.js';
import { withCopyFailing, withNavigator } from '../../fixtures/browser-stubs.js';

interface Props {
  service?: Service;
  locale?: string;
  link?: string;
  shareMessage?: string;
}

function mountActions(props: Props = {}) {
  const locale = props.locale ?? 'it';
  return renderInRoot<ProssimaServiceActions>(
    'prossima-service-actions',
    html`<section class="list-pane">
      <prossima-service-actions
        .service=${props.service}
        .locale=${locale}
        .link=${props.link ?? ''}
        .shareMessage=${props.shareMessage ?? ''}
      ></prossima-service-actions>
    </section>`,
    { lang: locale },
  );
}

const LINK = 'https://example.org/servizi?prossima-service=cons';
const CLINIC = makeService('cons', {
  name: { it: 'Consultorio familiare', en: 'Family clinic' },
  municipality: 'Matera',
  address: { it: 'Via Cappuccini 1' },
  lat: 40.6664,
  lon: 16.6043,
  phone: ['chiedere in portineria', '0835 222222 (centralino)'],
  whatsapp: ['320 123 4567'],
  email: ['consultorio@example.it'],
  website: 'https://consultorio.example/',
  hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '13:00' }],
});

const labels = (el: ProssimaServiceActions) => [...el.querySelectorAll<HTMLElement>('.action')].map((action) => text(action));
const links = (el: ProssimaServiceActions) =>
  Object.fromEntries([...el.querySelectorAll<HTMLAnchorElement>('a.action')].map((a) => [text(a), [a.getAttribute('href'), a.target, a.rel]]));
const button = (el: ProssimaServiceActions, label: string) => byText(el.querySelectorAll<HTMLButtonElement>('button.action'), label);
const feedback = (el: ProssimaServiceActions) => text(el.querySelector('.action-feedback'));

describe('<prossima-service-actions>', () => {
  afterEach(() => setLocale('it'));

  it('is accessible with every action offered', async () => {
    const { host } = await mountActions({ service: CLINIC, link: LINK });
    await expect(host).to.be.accessible();
  });

  it('defaults: renders nothing without a service', async () => {
    const { el } = await mountActions();
    expect(el.childElementCount).to.equal(0);
  });

  it('service: one labelled action each; links from its first usable number; the web ones open apart', async () => {
    const { el } = await mountActions({ service: CLINIC, link: LINK });
    expect(labels(el)).to.deep.equal(['Chiama', 'WhatsApp', 'E-mail', 'Indicazioni', 'Sito web', 'Copia indirizzo', 'Condividi', 'Codice QR', 'Mostra']);
    expect(links(el)).to.deep.equal({
      Chiama: ['tel:0835222222', '', ''],
      WhatsApp: ['https://wa.me/393201234567', '_blank', 'noopener noreferrer'],
      'E-mail': ['mailto:consultorio@example.it', '', ''],
      Indicazioni: ['https://www.openstreetmap.org/directions?to=40.66640%2C16.60430', '_blank', 'noopener noreferrer'],
      'Sito web': ['https://consultorio.example/', '_blank', 'noopener noreferrer'],
    });
    // The live region is there from the start, so screen readers announce what it says later.
    expect(el.querySelector('.action-feedback')!.getAttribute('role')).to.equal('status');
    expect(feedback(el)).to.equal('');
  });

  it('bad or missing contacts: no link for what it cannot vouch for; directions, share, QR code and "show" remain', async () => {
    const service = makeService('x', {
      phone: ['chiedere in portineria'],
      // A landline without a country code cannot be told apart from a mobile abroad.
      whatsapp: ['0835 222222'],
      email: ['a@b.it?cc=someone@example.org'],
      website: 'javascript:alert(1)',
    });
    const { el } = await mountActions({ service });
    expect(labels(el)).to.deep.equal(['Indicazioni', 'Condividi', 'Codice QR', 'Mostra']);
    el.service = makeService('y');
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Indicazioni', 'Condividi', 'Codice QR', 'Mostra']);
  });

  it('locale: "show this screen" is in Italian alone for Italian, and beside the user’s language otherwise', async () => {
    const { el } = await mountActions({ service: CLINIC });
    button(el, 'Mostra').click();
    const dialog = el.querySelector<HTMLDialogElement>('dialog.show-dialog')!;
    expect(dialog.open).to.equal(true);
    const cards = () => [...dialog.querySelectorAll<HTMLElement>('.show-card')];
    expect(cards().map((card) => card.lang)).to.deep.equal(['it']);
    expect(text(cards()[0])).to.equal('Consultorio familiare Via Cappuccini 1, Matera lun–ven 09:00–13:00 chiedere in portineria');
    el.locale = 'en';
    await el.updateComplete;
    expect(cards().map((card) => card.lang)).to.deep.equal(['en', 'it']);
    expect(text(cards()[0].querySelector('.show-name'))).to.equal('Family clinic');
    dialog.close();
  });

  it('link: the QR code is drawn only while its dialog is open, and reads back as the link', async () => {
    const { el } = await mountActions({ service: CLINIC, link: LINK });
    const dialog = el.querySelector<HTMLDialogElement>('dialog.qr-dialog')!;
    expectNode(dialog.querySelector('.qr-box svg'), null, 'the QR code');
    button(el, 'Codice QR').click();
    await waitUntil(() => dialog.open, 'the QR dialog opens');
    expect(text(dialog.querySelector('.dialog-title'))).to.equal('Consultorio familiare');
    expect(text(dialog.querySelector('.qr-link'))).to.equal(LINK);
    const svg = dialog.querySelector<SVGSVGElement>('.qr-box svg')!;
    expect(svg.getAttribute('aria-label')).to.equal('Codice QR del collegamento a questo servizio');
    expect(await decodeSvg(svg)).to.equal(LINK);
    const closed = oneEvent(dialog, 'close');
    dialog.querySelector<HTMLButtonElement>('.dialog-close')!.click();
    await closed;
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expectNode(dialog.querySelector('.qr-box svg'), null, 'the QR code');
  });

  it('shareMessage: "share" hands the share sheet the name in the user’s language and the message as given', async () => {
    let shared: ShareData | undefined;
    await withNavigator('share', async (data: ShareData) => void (shared = data), async () => {
      const { el } = await mountActions({ service: CLINIC, locale: 'en', shareMessage: 'Family clinic\nhttps://example.org/' });
      button(el, 'Condividi').click();
      await waitUntil(() => shared, 'the share sheet was asked');
      expect(shared).to.deep.equal({ title: 'Family clinic', text: 'Family clinic\nhttps://example.org/' });
      expect(feedback(el), 'nothing to say when the sheet did it').to.equal('');
    });
  });

  it('when copying fails, it says so and how to copy by hand', async () => {
    await withCopyFailing(async () => {
      const { el } = await mountActions({ service: CLINIC });
      button(el, 'Copia indirizzo').click();
      await waitUntil(() => feedback(el) !== '', 'feedback');
      expect(feedback(el)).to.equal('Non è stato possibile copiare: tieni premuto sull’indirizzo per copiarlo.');
      expectNode(el.querySelector('textarea'), null, 'the helper field of the old way');
    });
  });

  it('by keyboard: Enter opens the QR code, Escape closes it, drops the code and returns focus to its button', async () => {
    const { el, root } = await mountActions({ service: CLINIC, link: LINK });
    const qr = button(el, 'Codice QR');
    const dialog = el.querySelector<HTMLDialogElement>('dialog.qr-dialog')!;
    qr.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open, 'the QR dialog opens');
    expect(dialog.querySelector('.qr-box svg')).to.not.equal(null);
    const closed = oneEvent(dialog, 'close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expectNode(dialog.querySelector('.qr-box svg'), null, 'the QR code');
    expectNode(root.activeElement, qr, 'focus');
  });
});
