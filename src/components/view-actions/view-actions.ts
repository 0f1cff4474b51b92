import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { shareOrCopy } from '../../share/copy-text.js';
import { printList, type PrintEntry, type PrintHeading } from './print-list.js';
import { icon } from '../parts/icons.js';
import { DETAIL_ICON_PATHS } from '../../view/detail-icon-paths.js';
import { renderQrDialog } from '../parts/qr-code.js';
import { FeedbackController } from '../../controllers/feedback-controller.js';

/**
 * What can be done with the results as a whole: share a link to this view (the search, filters
 * and comune), show its QR code, print the list (A4, one QR code per service, for outreach
 * workers and noticeboards). Beside the count of results; disabled when there are none. Renders
 * into its parent's shadow root.
 * @internal
 */
@localized()
export class ProssimaViewActions extends LitElement {
  /** A link that opens the widget in this view. */
  @property({ attribute: false }) link = '';
  /** What the view shows, in words: the share sheet's title and the QR code's caption. */
  @property({ attribute: false }) heading = '';
  /** True when the view has no results: nothing to share, show or print. */
  @property({ type: Boolean }) empty = false;
  /** Makes the printed list when "print" is pressed (the results, texts in the chosen language). */
  @property({ attribute: false }) printable?: () => { heading: PrintHeading; entries: PrintEntry[] };

  /** True while the QR code dialog is open (the code is drawn only then). */
  @state() private qrShown = false;
  private feedback = new FeedbackController(this);

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private async handleShare(): Promise<void> {
    const outcome = await shareOrCopy(this.heading, `${this.heading}\n${this.link}`, this);
    if (outcome === 'copied') {
      this.feedback.say(msg('Collegamento copiato: incollalo in un messaggio.', { desc: 'view-actions: feedback after copying the link to this view' }));
    }
    if (outcome === 'failed') this.feedback.say(msg('Non è stato possibile copiare.', { desc: 'service-actions: copying the share text failed' }));
  }

  private async openQr(): Promise<void> {
    this.qrShown = true;
    await this.updateComplete;
    this.querySelector<HTMLDialogElement>('dialog.qr-dialog')?.showModal();
  }

  private handlePrint(): void {
    const made = this.printable?.();
    if (made !== undefined) printList(this, made.heading, made.entries);
  }

  /** A button whose label hides in a narrow widget (it stays its accessible name and tooltip). */
  private renderAction(path: string, label: string, run: () => void) {
    return html`<button type="button" class="view-action" title=${label} ?disabled=${this.empty} @click=${run}>
      ${icon(path)}<span class="view-action-label">${label}</span>
    </button>`;
  }

  override render() {
    const qrLabel = msg('Codice QR del collegamento a questa ricerca', { desc: 'view-actions: accessible name of the QR code image' });
    return html`<div class="view-actions">
        ${this.renderAction(DETAIL_ICON_PATHS.share, msg('Condividi', { desc: 'service-actions: share the service' }), () => void this.handleShare())}
        ${this.renderAction(DETAIL_ICON_PATHS.qr, msg('Codice QR', { desc: 'service-actions: show a QR code of the link' }), () => void this.openQr())}
        ${this.renderAction(DETAIL_ICON_PATHS.print, msg('Stampa', { desc: 'view-actions: print the list of results' }), () => this.handlePrint())}
      </div>
      <p class="action-feedback" role="status">${this.feedback.text}</p>
      ${renderQrDialog(this.link, {
        title: this.heading,
        label: qrLabel,
        hint: msg('Inquadra il codice con la fotocamera del telefono per aprire questa ricerca.', {
          desc: 'view-actions: how to use the QR code of a search',
        }),
        close: msg('Chiudi', { desc: 'close button of a popup or a dialog' }),
      },
        this.qrShown,
        () => (this.qrShown = false),
      )}`;
  }
}
