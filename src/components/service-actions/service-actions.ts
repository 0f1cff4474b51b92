import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { Service } from '../../data/types.js';
import { pickText } from '../../data/pick-text.js';
import { detectPlatform, directionsHref, mailtoHref, splitContact, telHref, websiteHref, whatsappHref } from '../../data/links.js';
import { copyText, shareOrCopy } from '../../share/copy-text.js';
import { placeLine } from '../../share/share-text.js';
import { formatHours } from '../../view/format.js';
import { icon } from '../parts/icons.js';
import { ICON_PATHS } from '../../view/icon-paths.js';
import { DETAIL_ICON_PATHS } from '../../view/detail-icon-paths.js';
import { renderQrDialog } from '../parts/qr-code.js';
import { FeedbackController } from '../../controllers/feedback-controller.js';

/**
 * The open service's actions, big and labelled, one tap each: call, WhatsApp, e-mail,
 * directions in the phone's own maps app, copy the address, share, QR code, and "show this
 * screen" (name, address and hours in large type, in the user's language and in Italian, to show
 * a bus driver or a front desk). Renders into its parent's shadow root.
 * @internal
 */
@localized()
export class ProssimaServiceActions extends LitElement {
  @property({ attribute: false }) service?: Service;
  @property({ attribute: false }) locale = 'it';
  /** A link that opens the widget on this service. */
  @property({ attribute: false }) link = '';
  /** The plain-text message "share" sends (name, address, hours, phone, link). */
  @property({ attribute: false }) shareMessage = '';

  /** True while the QR code dialog is open (the code is drawn only then). */
  @state() private qrShown = false;
  private feedback = new FeedbackController(this);

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private async handleCopyAddress(address: string): Promise<void> {
    const copied = await copyText(address, this);
    this.feedback.say(
      copied
        ? msg('Indirizzo copiato.', { desc: 'service-actions: feedback after copying the address' })
        : msg('Non è stato possibile copiare: tieni premuto sull’indirizzo per copiarlo.', {
            desc: 'service-actions: copying failed; the user can copy by hand',
          }),
    );
  }

  private async handleShare(): Promise<void> {
    const name = pickText(this.service?.name, this.locale)?.text ?? '';
    const outcome = await shareOrCopy(name, this.shareMessage, this);
    if (outcome === 'copied') {
      this.feedback.say(msg('Informazioni copiate: incollale in un messaggio.', { desc: 'service-actions: feedback after copying the share text' }));
    }
    if (outcome === 'failed') this.feedback.say(msg('Non è stato possibile copiare.', { desc: 'service-actions: copying the share text failed' }));
  }

  private async openQr(): Promise<void> {
    this.qrShown = true;
    await this.updateComplete;
    this.openDialog('qr-dialog');
  }

  private openDialog(name: string): void {
    this.querySelector<HTMLDialogElement>(`dialog.${name}`)?.showModal();
  }

  private closeDialog(event: Event): void {
    (event.target as HTMLElement).closest('dialog')?.close();
  }

  override render() {
    const { service } = this;
    if (service === undefined) return nothing;
    const name = pickText(service.name, this.locale)?.text ?? service.id;
    const address = pickText(service.address, this.locale)?.text;
    const tel = service.phone.map((p) => telHref(splitContact(p).value)).find((href) => href !== undefined);
    const whatsapp = service.whatsapp.map((p) => whatsappHref(splitContact(p).value)).find((href) => href !== undefined);
    const mail = service.email.map((e) => mailtoHref(splitContact(e).value)).find((href) => href !== undefined);
    const site = service.website === undefined ? undefined : websiteHref(service.website);
    const platform = detectPlatform(navigator.userAgent, navigator.maxTouchPoints);
    const directions = directionsHref(service, platform, name);
    return html`<div class="actions">
        ${tel ? this.renderLink(tel, ICON_PATHS.phone, msg('Chiama', { desc: 'service-detail: call button' })) : nothing}
        ${whatsapp ? this.renderLink(whatsapp, ICON_PATHS.chat, msg('WhatsApp', { desc: 'service-actions: message the service on WhatsApp' }), true) : nothing}
        ${mail ? this.renderLink(mail, DETAIL_ICON_PATHS.mail, msg('E-mail', { desc: 'service-detail: e-mail addresses' })) : nothing}
        ${this.renderLink(
          directions,
          DETAIL_ICON_PATHS.directions,
          msg('Indicazioni', { desc: 'service-detail: directions button (opens OpenStreetMap)' }),
          platform !== 'android',
        )}
        ${site ? this.renderLink(site, DETAIL_ICON_PATHS.web, msg('Sito web', { desc: 'service-detail: website' }), true) : nothing}
        ${address
          ? this.renderButton(DETAIL_ICON_PATHS.copy, msg('Copia indirizzo', { desc: 'service-actions: copy the address' }), () =>
              void this.handleCopyAddress(address),
            )
          : nothing}
        ${this.renderButton(DETAIL_ICON_PATHS.share, msg('Condividi', { desc: 'service-actions: share the service' }), () => void this.handleShare())}
        ${this.renderButton(DETAIL_ICON_PATHS.qr, msg('Codice QR', { desc: 'service-actions: show a QR code of the link' }), () => void this.openQr())}
        ${this.renderButton(DETAIL_ICON_PATHS.showScreen, msg('Mostra', { desc: 'service-actions: show name, address and hours in large type' }), () =>
          this.openDialog('show-dialog'),
        )}
      </div>
      <p class="action-feedback" role="status">${this.feedback.text}</p>
      ${renderQrDialog(this.link, {
        title: name,
        label: msg('Codice QR del collegamento a questo servizio', { desc: 'service-actions: accessible name of the QR code image' }),
        hint: msg('Inquadra il codice con la fotocamera del telefono per aprire questo servizio.', {
          desc: 'service-actions: how to use the QR code',
        }),
        close: msg('Chiudi', { desc: 'close button of a popup or a dialog' }),
      },
        this.qrShown,
        () => (this.qrShown = false),
      )}
      ${this.renderShowDialog(service)}`;
  }

  private renderLink(href: string, path: string, label: string, external = false) {
    return html`<a class="action" href=${href} target=${external ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing}
      >${icon(path)}<span>${label}</span></a
    >`;
  }

  private renderButton(path: string, label: string, act: () => void) {
    return html`<button type="button" class="action" @click=${act}>${icon(path)}<span>${label}</span></button>`;
  }

  /** Name, address and hours in large type: in the user's language and, beside it, in Italian. */
  private renderShowDialog(service: Service) {
    const languages = this.locale.startsWith('it') ? ['it'] : [this.locale, 'it'];
    return html`<dialog class="show-dialog" aria-label=${msg('Mostra questa schermata', { desc: 'service-actions: accessible name of the large-type card' })}>
      <div class="show-columns">
        ${languages.map((lang) => {
          const name = pickText(service.name, lang);
          const address = pickText(service.address, lang);
          return html`<section class="show-card" lang=${name?.lang ?? lang} dir="auto">
            <p class="show-name">${name?.text ?? service.id}</p>
            ${address || service.municipality
              ? html`<p class="show-line">${icon(ICON_PATHS.pin)}<span
                    >${placeLine(address?.text, service.municipality)}</span
                  ></p>`
              : nothing}
            ${formatHours(service.hours, lang).map((line) => html`<p class="show-line">${icon(ICON_PATHS.clock)}<span>${line}</span></p>`)}
            ${service.phone.slice(0, 1).map((phone) => html`<p class="show-line">${icon(ICON_PATHS.phone)}<span dir="ltr">${splitContact(phone).value}</span></p>`)}
          </section>`;
        })}
      </div>
      ${this.renderClose()}
    </dialog>`;
  }

  private renderClose() {
    return html`<button type="button" class="dialog-close" @click=${this.closeDialog}>
      ${icon(ICON_PATHS.close)}<span>${msg('Chiudi', { desc: 'close button of a popup or a dialog' })}</span>
    </button>`;
  }
}
