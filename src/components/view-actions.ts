import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { copyText } from '../share/copy-text.js';
import { printList, type PrintEntry, type PrintHeading } from '../share/print-list.js';
import { icon, ICON_PATHS } from './icons.js';
import { renderQr } from './qr-code.js';

const FEEDBACK_MS = 4000;

/**
 * What can be done with the results as a whole: share a link to this view (the search, filters
 * and comune), show its QR code, print the list (A4, one QR code per service, for outreach
 * workers and noticeboards). Renders into its parent's shadow root.
 * @internal
 */
@localized()
export class ProssimaViewActions extends LitElement {
  /** A link that opens the widget in this view. */
  @property({ attribute: false }) link = '';
  /** What the view shows, in words: the share sheet's title and the QR code's caption. */
  @property({ attribute: false }) heading = '';
  /** Makes the printed list when "print" is pressed (the results, texts in the chosen language). */
  @property({ attribute: false }) printable?: () => { heading: PrintHeading; entries: PrintEntry[] };

  @state() private feedback = '';
  private feedbackTimer?: ReturnType<typeof setTimeout>;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.feedbackTimer);
  }

  private say(text: string): void {
    this.feedback = text;
    clearTimeout(this.feedbackTimer);
    this.feedbackTimer = setTimeout(() => (this.feedback = ''), FEEDBACK_MS);
  }

  private async handleShare(): Promise<void> {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: this.heading, text: `${this.heading}\n${this.link}` });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    const copied = await copyText(this.link, this);
    this.say(
      copied
        ? msg('Collegamento copiato: incollalo in un messaggio.', { desc: 'view-actions: feedback after copying the link to this view' })
        : msg('Non è stato possibile copiare.', { desc: 'service-actions: copying the share text failed' }),
    );
  }

  private handlePrint(): void {
    const made = this.printable?.();
    if (made !== undefined) printList(this, made.heading, made.entries);
  }

  override render() {
    const qrLabel = msg('Codice QR del collegamento a questa ricerca', { desc: 'view-actions: accessible name of the QR code image' });
    return html`<div class="view-actions">
        <button type="button" class="view-action" @click=${() => void this.handleShare()}>
          ${icon(ICON_PATHS.share)}<span>${msg('Condividi', { desc: 'service-actions: share the service' })}</span>
        </button>
        <button type="button" class="view-action" @click=${() => this.querySelector('dialog')?.showModal()}>
          ${icon(ICON_PATHS.qr)}<span>${msg('Codice QR', { desc: 'service-actions: show a QR code of the link' })}</span>
        </button>
        <button type="button" class="view-action" @click=${this.handlePrint}>
          ${icon(ICON_PATHS.print)}<span>${msg('Stampa', { desc: 'view-actions: print the list of results' })}</span>
        </button>
      </div>
      <p class="action-feedback" role="status">${this.feedback}</p>
      <dialog class="qr-dialog" aria-label=${qrLabel}>
        <p class="dialog-title">${this.heading}</p>
        <div class="qr-box">${renderQr(this.link, qrLabel)}</div>
        <p class="qr-hint">${msg('Inquadra il codice con la fotocamera del telefono per aprire questa ricerca.', {
          desc: 'view-actions: how to use the QR code of a search',
        })}</p>
        <p class="qr-link" dir="ltr">${this.link}</p>
        <button type="button" class="dialog-close" @click=${() => this.querySelector('dialog')?.close()}>
          ${icon(ICON_PATHS.close)}<span>${msg('Chiudi', { desc: 'close button of a popup or a dialog' })}</span>
        </button>
      </dialog>`;
  }
}
