import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleVars } from '../parts/style-vars.js';
import { localized, msg, str } from '@lit/localize';
import type { FactField, LocalText, ReportChange, Service } from '../../data/types.js';
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
import type { CategoryView, HelpContact } from '../../view/view-models.js';

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
  /** Who to ask when the service has no number: the directory's publisher (its help line). */
  @property({ attribute: false }) help?: HelpContact;

  /** True while the texts are shown in Italian instead of an unreviewed translation. */
  @state() private inItalian = false;

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

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('service') || changed.has('locale')) this.inItalian = false;
  }

  override render() {
    const { service, category } = this;
    if (service === undefined || category === undefined) return nothing;
    const lang = this.inItalian ? 'it' : this.locale;
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
      ${this.renderSummary(service, lang)}
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
      ${this.renderDescription(service.description, lang)}
      ${renderProvenance(service, pickText(service.name, this.locale)?.text ?? service.id, this.reportChange, this.locale)}
    </article>`;
  }

  /** A directory text in the user's language, or the fallback marked with its own language. */
  /**
   * A directory text in the user's language, or the fallback in its own `lang`, marked
   * "(in italiano)" (or with its language's name) unless it is a name, which needs no translation.
   */
  private renderText(text: LocalText | undefined, markFallback = true, locale = this.locale) {
    const picked = pickText(text, locale);
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

  /**
   * "What they do for you", in the user's language. A translation not yet reviewed says so, and
   * the Italian (summary and description) is one tap away.
   */
  private renderSummary(service: Service, lang: string) {
    const picked = pickText(service.summary, this.locale);
    const unreviewed = picked !== undefined && !picked.fallback && picked.lang !== 'it' && (service.unreviewed ?? []).some((code) => code.toLowerCase() === picked.lang.toLowerCase());
    const toggle = unreviewed
      ? html`<p class="hint translation-note">
          ${this.inItalian
            ? nothing
            : msg('Traduzione automatica, non ancora rivista.', { desc: 'service-detail: the service\'s texts in this language are a machine translation nobody has reviewed yet' })}
          <button type="button" class="link-button" aria-pressed=${this.inItalian ? 'true' : 'false'} @click=${() => (this.inItalian = !this.inItalian)}>
            ${msg('Leggi in italiano', { desc: 'service-detail: toggle button showing the service\'s summary and description in Italian, the original, instead of an unreviewed translation' })}
          </button>
        </p>`
      : nothing;
    if (service.summary === undefined) return nothing;
    return html`<p class="summary">${this.renderText(service.summary, true, lang)}</p>${toggle}`;
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
    const onTownCentre = service.coordinatePrecision === 'town-centre';
    const approximate = !onTownCentre
      ? nothing
      : service.address === undefined
        ? html`<span class="hint">${service.phone.length > 0
            ? msg('Indirizzo esatto non noto: chiedi al telefono prima di andare. Sulla mappa: il centro del paese.', {
                desc: 'service-detail: no street address is known; the map marker sits on the town centre; ask by phone before going',
              })
            : msg('Indirizzo esatto non noto: chiedi al numero di aiuto qui sotto prima di andare. Sulla mappa: il centro del paese.', {
                desc: 'service-detail: no street address and no phone are known; the map marker sits on the town centre; ask the help line shown below',
              })}</span>`
        : html`<span class="hint">${msg('Sulla mappa: posizione approssimativa (centro del paese).', {
            desc: 'service-detail: the map marker sits on the town centre, not the address',
          })}</span>`;
    const address = service.address ? html`${this.renderText(service.address)}${this.renderAsOf(service, 'address')}` : nothing;
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
    const phones = service.phone.length > 0 ? html`${this.renderContactList(service.phone, telHref)}${this.renderAsOf(service, 'phone')}` : this.renderNoPhone();
    const emails = service.email.length > 0 ? html`${this.renderContactList(service.email, mailtoHref)}${this.renderAsOf(service, 'email')}` : nothing;
    return html`${this.renderFact(ICON_PATHS.phone, msg('Telefono', { desc: 'service-detail: phone numbers' }), phones)}
    ${this.renderFact(DETAIL_ICON_PATHS.mail, msg('E-mail', { desc: 'service-detail: e-mail addresses' }), emails)}
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
        ? html`${service.appointment === 'needed'
            ? msg('Su appuntamento.', { desc: 'service-detail: no opening hours; the service sees people by appointment' })
            : service.phone.length > 0
              ? msg('Orari non disponibili: telefona prima di andare.', { desc: 'service-detail: no opening hours known' })
              : msg('Orari non disponibili.', { desc: 'service-detail: no opening hours known, and no phone number to ask them' })}`
        : html`${lines.length ? html`<p class="opening-now">${renderOpeningLine(status)}</p>` : nothing}${closure?.note
              ? html`<p class="hint">${this.renderText(closure.note)}</p>`
              : nothing}${lines.length ? html`<ul class="plain">${lines.map((l) => html`<li>${l}</li>`)}</ul>` : nothing}${note}${this.renderAsOf(service, 'hours')}`;
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

  private renderDescription(description: LocalText | undefined, lang: string) {
    if (description === undefined) return nothing;
    return html`<p class="description">${this.renderText(description, true, lang)}</p>`;
  }

  /**
   * "(as of 2019)" beside a fact whose source is more than three years old (`factSources`), so the
   * reader knows to check it before relying on it.
   */
  private renderAsOf(service: Service, field: FactField) {
    const date = service.factSources?.[field]?.date;
    const year = date === undefined ? undefined : Number(date.slice(0, 4));
    if (year === undefined || year > this.now.getFullYear() - 3) return nothing;
    return html` <span class="hint as-of">${msg(str`(dato del ${year})`, {
      desc: 'service-detail: beside a phone, address or hours whose source is more than three years old, e.g. (as of 2019)',
    })}</span>`;
  }

  /** No number for the service: the publisher's help line instead, never "call" without a number. */
  private renderNoPhone() {
    const help = this.help;
    const href = help === undefined ? undefined : telHref(splitContact(help.phone).value);
    if (help === undefined || href === undefined) return nothing;
    return html`<span class="hint">${msg('Nessun numero di telefono per questo servizio. Per informazioni chiama:', {
        desc: 'service-detail: the service has no phone number; before the help line of the directory\'s publisher',
      })}</span>
      <a class="help-line" href=${href}
        >${help.name ? html`<span lang=${help.name.lang}>${help.name.text}</span> ` : nothing}<span dir="ltr">${splitContact(help.phone).value}</span></a
      >`;
  }
}
