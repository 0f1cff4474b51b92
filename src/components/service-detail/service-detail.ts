import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleVars } from '../parts/style-vars.js';
import { localized, msg } from '@lit/localize';
import type { LocalText, ReportChange, Service } from '../../data/types.js';
import { pickText } from '../../data/pick-text.js';
import type { Closure } from '../../data/types.js';
import { mailtoHref, splitContact, telHref, websiteHref } from '../../data/links.js';
import { formatHours, languageName } from '../../view/format.js';
import { openingStatus } from '../../hours/opening-status.js';
import { shareText } from '../../share/share-text.js';
import { renderOpeningLine } from '../parts/opening-line.js';
import { factRows, renderBadges, renderNote, renderStatusNotice } from '../parts/service-facts.js';
import { renderProvenance } from '../parts/service-provenance.js';
import { icon } from '../parts/icons.js';
import { iconPath, ICON_PATHS } from '../../view/icon-paths.js';
import { DETAIL_ICON_PATHS } from '../../view/detail-icon-paths.js';
import type { CategoryView } from '../../view/view-models.js';

/**
 * The open service: contacts, directions, hours, languages, description and sources.
 * Renders into its parent's shadow root, so its `detail` part belongs to `<prossima-map>`.
 * @internal Emits `detail-close` (not composed) when the user goes back.
 */
@localized()
export class ProssimaServiceDetail extends LitElement {
  @property({ attribute: false }) service?: Service;
  @property({ attribute: false }) category?: CategoryView;
  /** The UI language; directory texts are picked for it and fall back to Italian. */
  @property({ attribute: false }) locale = 'it';
  /** The publisher's "report a change" route, if any. */
  @property({ attribute: false }) reportChange?: ReportChange;
  /** A link that opens the widget on this service (for share and the QR code). */
  @property({ attribute: false }) link = '';
  /** The present minute, for the "open now" line. */
  @property({ attribute: false }) now = new Date();
  /** The directory's own closures. */
  @property({ attribute: false }) closures?: readonly Closure[];

  private readonly textRenderer = (text: LocalText | undefined) => this.renderText(text);

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Moves focus to the panel's heading, for keyboard and screen-reader users. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>('.detail-title')?.focus();
  }

  private handleClose(): void {
    this.dispatchEvent(new CustomEvent('detail-close', { bubbles: true }));
  }

  private handleKeydown(event: KeyboardEvent): void {
    // Escape inside a dialog of the actions (QR code, "show this screen") is that dialog's own.
    if (event.key === 'Escape' && !(event.target instanceof Element && event.target.closest('dialog'))) {
      // Handled here: it closes the detail, and must not also close a host's <dialog>.
      event.preventDefault();
      event.stopPropagation();
      this.handleClose();
    }
  }

  override render() {
    const { service, category } = this;
    if (service === undefined || category === undefined) return nothing;
    return html`<article
      part="detail"
      class="detail"
      data-id=${service.id}
      aria-labelledby="prossima-detail-title"
      @keydown=${this.handleKeydown}
    >
      <button type="button" class="back" @click=${this.handleClose}>
        ${icon(DETAIL_ICON_PATHS.back)}<span>${msg('Torna all’elenco', { desc: 'service-detail: back button' })}</span>
      </button>
      <h2 id="prossima-detail-title" class="detail-title" tabindex="-1">${this.renderText(service.name, false)}</h2>
      <p class="detail-category">
        <span class="item-icon" ${styleVars({ '--_prossima-chip-color': category.color })}
          >${icon(iconPath(category.icon))}</span
        >${category.name}${service.municipality ? html` · ${service.municipality}` : nothing}
      </p>
      ${renderStatusNotice(service, this.textRenderer)} ${service.confidence === 'low' ? this.renderToVerify() : nothing}
      ${renderBadges(service)}
      <prossima-service-actions
        .service=${service}
        .locale=${this.locale}
        .link=${this.link}
        .shareMessage=${this.shareMessage(service)}
      ></prossima-service-actions>
      <dl class="facts">
        ${this.renderAddress(service)} ${this.renderContacts(service)} ${this.renderHours(service)}
        ${this.renderLanguages(service)}
        ${factRows(service, this.textRenderer).map(([path, term, value]) => this.renderFact(path, term, value))}
      </dl>
      ${this.renderDescription(service.description)}
      ${renderProvenance(service, pickText(service.name, this.locale)?.text ?? service.id, this.reportChange, this.locale)}
    </article>`;
  }

  /** A directory text in the user's language, or the fallback marked with its own language. */
  /**
   * A directory text in the user's language, or the fallback in its own `lang`, marked
   * "(in italiano)" (or with its language's name) unless it is a name, which needs no translation.
   */
  private renderText(text: LocalText | undefined, markFallback = true) {
    const picked = pickText(text, this.locale);
    if (picked === undefined) return nothing;
    const lang = picked.lang === this.locale ? nothing : picked.lang;
    const marker = picked.lang.startsWith('it')
      ? msg('(in italiano)', { desc: 'service-detail: marks a text shown in Italian because no translation exists' })
      : `(${languageName(picked.lang, this.locale)})`;
    // A text in another language keeps its own direction (Italian inside Arabic, and so on).
    return html`<span lang=${lang} dir=${lang === nothing ? nothing : 'auto'}>${picked.text}</span>${markFallback && picked.fallback
        ? html` <span class="fallback">${marker}</span>`
        : nothing}`;
  }

  private renderToVerify() {
    return html`<p class="notice-verify">
      ${icon(ICON_PATHS.warning)}
      <span
        ><strong>${msg('Da verificare.', { desc: 'service-detail: uncertain facts, title' })}</strong>
        ${msg('Queste informazioni potrebbero non essere più valide: chiedi conferma prima di andare.', {
          desc: 'service-detail: uncertain facts, explanation',
        })}</span
      >
    </p>`;
  }

  /** The plain text "share" sends, in the user's language. */
  private shareMessage(service: Service): string {
    return shareText(
      {
        name: pickText(service.name, this.locale)?.text ?? service.id,
        address: pickText(service.address, this.locale)?.text,
        municipality: service.municipality,
        hours: formatHours(service.hours, this.locale),
        phones: service.phone.map((phone) => splitContact(phone).value),
        link: this.link,
      },
      {
        address: msg('Indirizzo', { desc: 'service-detail: address' }),
        hours: msg('Orari', { desc: 'service-detail: opening hours' }),
        phone: msg('Telefono', { desc: 'service-detail: phone numbers' }),
      },
    );
  }

  private renderFact(path: string, term: string, value: TemplateResult | typeof nothing) {
    if (value === nothing) return nothing;
    return html`<div class="fact">
      <dt>${icon(path)}<span>${term}</span></dt>
      <dd>${value}</dd>
    </div>`;
  }

  private renderAddress(service: Service) {
    const approximate =
      service.coordinatePrecision === 'town-centre'
        ? html`<span class="hint">${msg('Sulla mappa: posizione approssimativa (centro del paese).', {
            desc: 'service-detail: the map marker sits on the town centre, not the address',
          })}</span>`
        : nothing;
    const address = service.address ? this.renderText(service.address) : nothing;
    const value =
      address === nothing && approximate === nothing
        ? nothing
        : html`<span dir="auto">${address}</span>${approximate}`;
    return this.renderFact(ICON_PATHS.pin, msg('Indirizzo', { desc: 'service-detail: address' }), value);
  }

  private renderContacts(service: Service) {
    const site = service.website;
    const siteHref = site === undefined ? undefined : websiteHref(site);
    const website =
      site === undefined
        ? nothing
        : html`${this.renderLink(siteHref, site, true)}`;
    return html`${this.renderFact(
      ICON_PATHS.phone,
      msg('Telefono', { desc: 'service-detail: phone numbers' }),
      this.renderContactList(service.phone, telHref),
    )}
    ${this.renderFact(
      DETAIL_ICON_PATHS.mail,
      msg('E-mail', { desc: 'service-detail: e-mail addresses' }),
      this.renderContactList(service.email, mailtoHref),
    )}
    ${this.renderFact(DETAIL_ICON_PATHS.web, msg('Sito web', { desc: 'service-detail: website' }), website)}`;
  }

  /** Phones or e-mails, each a link when it is safe to make one, with its note beside it. */
  private renderContactList(contacts: readonly string[], toHref: (value: string) => string | undefined) {
    if (contacts.length === 0) return nothing;
    return html`<ul class="plain">
      ${contacts.map((contact) => {
        const { value, note } = splitContact(contact);
        return html`<li>
          ${this.renderLink(toHref(value), value)}${note ? html` <span class="note">(${note})</span>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  /** A link only for an href made by links.ts; otherwise the text alone. Kept left-to-right. */
  private renderLink(href: string | undefined, text: string, external = false) {
    if (href === undefined) return html`<span dir="ltr">${text}</span>`;
    return html`<a
      href=${href}
      dir="ltr"
      target=${external ? '_blank' : nothing}
      rel=${external ? 'noopener noreferrer' : nothing}
      >${text}</a
    >`;
  }

  private renderHours(service: Service) {
    const lines = formatHours(service.hours, this.locale);
    const note = service.hoursNote
      ? html`<p class="hint">${msg('Come riportato:', {
          desc: 'service-detail: introduces opening hours as reported in free text by a source',
        })} ${this.renderText(service.hoursNote)}</p>`
      : nothing;
    const status = openingStatus(service, this.now, this.closures);
    const closure = status.kind === 'closed' && status.today?.kind === 'closure' ? status.today.closure : undefined;
    const value =
      lines.length === 0 && note === nothing
        ? html`${msg('Orari non disponibili: telefona prima di andare.', {
            desc: 'service-detail: no opening hours known',
          })}`
        : html`${lines.length ? html`<p class="opening-now">${renderOpeningLine(status)}</p>` : nothing}${closure?.note
              ? html`<p class="hint">${this.renderText(closure.note)}</p>`
              : nothing}${lines.length ? html`<ul class="plain">${lines.map((l) => html`<li>${l}</li>`)}</ul>` : nothing}${note}`;
    return this.renderFact(ICON_PATHS.clock, msg('Orari', { desc: 'service-detail: opening hours' }), value);
  }

  private renderLanguages(service: Service) {
    if (service.languages.length === 0 && service.languagesNote === undefined) return nothing;
    const names = new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(
      service.languages.map((code) => languageName(code, this.locale)),
    );
    return this.renderFact(
      ICON_PATHS.language,
      msg('Lingue parlate', { desc: 'service-detail: languages spoken at the service' }),
      html`${names}${renderNote(service.languagesNote, this.textRenderer)}`,
    );
  }

  private renderDescription(description: LocalText | undefined) {
    if (description === undefined) return nothing;
    return html`<p class="description">${this.renderText(description)}</p>`;
  }
}
