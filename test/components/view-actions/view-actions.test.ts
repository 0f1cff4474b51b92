// <prossima-view-actions> on its own: share, QR code and print for the results as a whole. What
// the link and the printed list hold is the root's (test/prossima-map.help.test.ts).
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { ProssimaViewActions } from '../../../src/components/view-actions/view-actions.js';
import type { PrintEntry, PrintHeading } from '../../../src/components/view-actions/print-list.js';
import { byText, expectNode, renderInRoot, text } from '../../fixtures/in-root.js';
import { withClipboard, withCopyFailing, withNavigator, withoutShareSheet } from '../../fixtures/browser-stubs.js';
import { decodeSvg } from '../../share/decode-svg.js';

type Printable = () => { heading: PrintHeading; entries: PrintEntry[] };

interface Props {
  link?: string;
  heading?: string;
  printable?: Printable;
}

function mountActions(props: Props = {}) {
  return renderInRoot<ProssimaViewActions>(
    'prossima-view-actions',
    html`<section class="list-pane">
      <prossima-view-actions .link=${props.link ?? ''} .heading=${props.heading ?? ''} .printable=${props.printable}></prossima-view-actions>
    </section>`,
  );
}

const LINK = 'https://example.org/servizi?prossima-q=lavoro';
const HEADING = 'Servizi: «lavoro»';
const PRINT: ReturnType<Printable> = {
  heading: { title: 'Servizi: «lavoro»', lines: ['Elenco aggiornato il 20 novembre 2026'], qrLabel: 'Codice QR', lang: 'it', dir: 'ltr' },
  entries: [
    { name: 'Centro per l’impiego', category: 'Lavoro', municipality: 'Policoro', phones: [], hours: [], link: 'https://example.org/?prossima-service=cpi' },
    { name: 'Sportello lavoro', category: 'Lavoro', phones: ['0835 1'], hours: [], link: 'https://example.org/?prossima-service=sl' },
  ],
};

const button = (el: ProssimaViewActions, label: string) => byText(el.querySelectorAll<HTMLButtonElement>('button.view-action'), label);
const feedback = (el: ProssimaViewActions) => text(el.querySelector('.action-feedback'));

describe('<prossima-view-actions>', () => {
  it('is accessible', async () => {
    const { host } = await mountActions({ link: LINK, heading: HEADING, printable: () => PRINT });
    await expect(host).to.be.accessible();
  });

  it('defaults: share, QR code and print, an empty live region, and no QR code drawn', async () => {
    const { el } = await mountActions();
    expect([...el.querySelectorAll('.view-actions-set button.view-action')].map((b) => text(b))).to.deep.equal(['Condividi', 'Codice QR', 'Stampa']);
    expect(text(el.querySelector('.view-actions-more')), 'and, for a narrow widget, one button that opens them').to.equal('Condividi o stampa l’elenco');
    expect(el.querySelector('.action-feedback')!.getAttribute('role')).to.equal('status');
    expect(feedback(el)).to.equal('');
    expectNode(el.querySelector('.qr-box svg'), null, 'a QR code while its dialog is closed');
  });

  it('link and heading: the QR dialog names the view, shows the link in words, and its code reads back as the link', async () => {
    const { el } = await mountActions({ link: LINK, heading: HEADING });
    const dialog = el.querySelector<HTMLDialogElement>('dialog.qr-dialog')!;
    button(el, 'Codice QR').click();
    await waitUntil(() => dialog.open, 'the QR dialog opens');
    expect(text(dialog.querySelector('.dialog-title'))).to.equal(HEADING);
    expect(text(dialog.querySelector('.qr-link'))).to.equal(LINK);
    const svg = dialog.querySelector<SVGSVGElement>('.qr-box svg')!;
    expect(svg.getAttribute('aria-label')).to.equal('Codice QR del collegamento a questa ricerca');
    expect(await decodeSvg(svg)).to.equal(LINK);
  });

  it('printable: made only when "print" is pressed, and printed in a hidden frame of its own', async () => {
    let made = 0;
    const { el } = await mountActions({ link: LINK, heading: HEADING, printable: () => (made++, PRINT) });
    expect(made, 'not at render').to.equal(0);
    button(el, 'Stampa').click();
    expect(made).to.equal(1);
    const frame = el.querySelector<HTMLIFrameElement>('iframe.print-frame')!;
    expect([frame.getAttribute('aria-hidden'), frame.tabIndex]).to.deep.equal(['true', -1]);
    const printed = frame.contentDocument!;
    expect(printed.title).to.equal(HEADING);
    expect([...printed.querySelectorAll('li .name')].map((name) => text(name))).to.deep.equal(['Centro per l’impiego', 'Sportello lavoro']);
    frame.remove();
  });

  it('bad input: without printable, "print" prints nothing and does not throw', async () => {
    const { el } = await mountActions({ link: LINK, heading: HEADING });
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      button(el, 'Stampa').click();
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expectNode(el.querySelector('iframe'), null, 'a print frame');
  });

  it('"share" hands the share sheet the heading and the link, and says nothing more', async () => {
    let shared: ShareData | undefined;
    await withNavigator('share', async (data: ShareData) => void (shared = data), async () => {
      const { el } = await mountActions({ link: LINK, heading: HEADING });
      button(el, 'Condividi').click();
      await waitUntil(() => shared, 'the share sheet was asked');
      expect(shared).to.deep.equal({ title: HEADING, text: `${HEADING}\n${LINK}` });
      await el.updateComplete;
      expect(feedback(el)).to.equal('');
    });
  });

  it('"share" without a share sheet copies the heading and the link, and says so; when copying fails too, it says that', async () => {
    await withoutShareSheet(async () => {
      const written = await withClipboard(async () => {
        const { el } = await mountActions({ link: LINK, heading: HEADING });
        button(el, 'Condividi').click();
        await waitUntil(() => feedback(el) !== '', 'feedback');
        expect(feedback(el)).to.equal('Collegamento copiato: incollalo in un messaggio.');
      });
      expect(written).to.deep.equal([`${HEADING}\n${LINK}`]);

      await withCopyFailing(async () => {
        const { el } = await mountActions({ link: LINK, heading: HEADING });
        button(el, 'Condividi').click();
        await waitUntil(() => feedback(el) !== '', 'feedback');
        expect(feedback(el)).to.equal('Non è stato possibile copiare.');
      });
    });
  });

  it('by keyboard: Space opens the QR code, Escape closes it, drops the code and returns focus to its button', async () => {
    const { el, root } = await mountActions({ link: LINK, heading: HEADING });
    const qr = button(el, 'Codice QR');
    const dialog = el.querySelector<HTMLDialogElement>('dialog.qr-dialog')!;
    qr.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => dialog.open, 'the QR dialog opens');
    expect(dialog.querySelector('.qr-box svg') !== null, 'the QR code is drawn').to.equal(true);
    const closed = oneEvent(dialog, 'close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expectNode(dialog.querySelector('.qr-box svg'), null, 'the QR code once closed');
    expectNode(root.activeElement, qr, 'focus');
  });
});
