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
 * workers and noticeboards). Beside the count of results; disabled when there are none. In a
 * narrow widget the three fold into one "share or print" button that opens them as a short menu,
 * so the count, the actions and the list/map switch share one row. Renders into its parent's
 * shadow root.
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
  /** True while the narrow widget's menu of the three actions is open. */
  @state() private menuOpen = false;
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

  /**
   * A button whose label hides beside the count (it stays its accessible name and tooltip). Run
   * from the narrow widget's menu, the menu closes first and focus goes back to its button, so a
   * dialog closed later returns focus to a control that is still shown.
   */
  private renderAction(path: string, label: string, run: () => void) {
    const act = () => {
      if (this.menuOpen) this.closeMenu();
      run();
    };
    return html`<button type="button" class="view-action" title=${label} ?disabled=${this.empty} @click=${act}>
      ${icon(path)}<span class="view-action-label">${label}</span>
    </button>`;
  }

  private closeMenu(): void {
    this.menuOpen = false;
    this.querySelector<HTMLElement>('.view-actions-more')?.focus();
  }

  private handleMenuKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.menuOpen) return;
    event.stopPropagation();
    this.closeMenu();
  }

  /** The menu closes when focus leaves it and its button (Tab away, a tap elsewhere). */
  private handleFocusOut(event: FocusEvent): void {
    const to = event.relatedTarget as Node | null;
    if (this.menuOpen && (to === null || !this.contains(to))) this.menuOpen = false;
  }

  override render() {
    const qrLabel = msg('Codice QR del collegamento a questa ricerca', { desc: 'view-actions: accessible name of the QR code image' });
    const more = msg('Condividi o stampa l’elenco', { desc: 'view-actions: in a narrow widget, the button that opens the menu of share, QR code and print for the list' });
    return html`<div class="view-actions" @keydown=${this.handleMenuKey} @focusout=${this.handleFocusOut}>
        <button
          type="button"
          class="view-action view-actions-more"
          title=${more}
          aria-expanded=${this.menuOpen ? 'true' : 'false'}
          ?disabled=${this.empty}
          @click=${() => (this.menuOpen = !this.menuOpen)}
        >
          ${icon(DETAIL_ICON_PATHS.share)}<span class="view-action-label">${more}</span>
        </button>
        <div class=${this.menuOpen && !this.empty ? 'view-actions-set open' : 'view-actions-set'}>
          ${this.renderAction(DETAIL_ICON_PATHS.share, msg('Condividi', { desc: 'service-actions: share the service' }), () => void this.handleShare())}
          ${this.renderAction(DETAIL_ICON_PATHS.qr, msg('Codice QR', { desc: 'service-actions: show a QR code of the link' }), () => void this.openQr())}
          ${this.renderAction(DETAIL_ICON_PATHS.print, msg('Stampa', { desc: 'view-actions: print the list of results' }), () => this.handlePrint())}
        </div>
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
