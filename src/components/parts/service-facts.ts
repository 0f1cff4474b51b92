import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Accessibility, Audience, LocalText, Service } from '../../data/types.js';
import { icon } from './icons.js';
import { ICON_PATHS } from '../../view/icon-paths.js';
import { DETAIL_ICON_PATHS } from '../../view/detail-icon-paths.js';
import { statusLabel } from './opening-line.js';

/**
 * What a person looking for help needs to know before going: status, cost, appointment,
 * documents, who the service is for, access. Each as an icon plus words, in the UI language.
 * Template helpers for the @localized service detail and list.
 */

export type RenderText = (text: LocalText | undefined) => TemplateResult | typeof nothing;

export function audienceLabel(audience: Audience): string {
  switch (audience) {
    case 'everyone':
      return msg('tutti', { desc: 'service-facts: audience' });
    case 'women':
      return msg('donne', { desc: 'service-facts: audience' });
    case 'minors':
      return msg('minori', { desc: 'service-facts: audience' });
    case 'unaccompanied-minors':
      return msg('minori non accompagnati', { desc: 'service-facts: audience' });
    case 'families':
      return msg('famiglie', { desc: 'service-facts: audience' });
    case 'workers':
      return msg('lavoratori', { desc: 'service-facts: audience' });
    case 'students':
      return msg('studenti', { desc: 'service-facts: audience' });
    case 'asylum-seekers':
      return msg('richiedenti asilo', { desc: 'service-facts: audience' });
    case 'refugees':
      return msg('rifugiati e titolari di protezione', { desc: 'service-facts: audience' });
    case 'older-people':
      return msg('anziani', { desc: 'service-facts: audience' });
    case 'victims-of-violence':
      return msg('vittime di violenza o sfruttamento', { desc: 'service-facts: audience' });
  }
}

export function accessibilityLabel(access: Accessibility): string {
  switch (access) {
    case 'step-free':
      return msg('ingresso senza gradini', { desc: 'service-facts: accessibility' });
    case 'lift':
      return msg('ascensore', { desc: 'service-facts: accessibility' });
    case 'accessible-toilet':
      return msg('bagno accessibile', { desc: 'service-facts: accessibility' });
    case 'hearing-loop':
      return msg('anello a induzione per l’udito', { desc: 'service-facts: accessibility' });
    case 'sign-language':
      return msg('lingua dei segni', { desc: 'service-facts: accessibility' });
  }
}

/** A note under a fact, on its own line. */
export function renderNote(text: LocalText | undefined, renderText: RenderText) {
  return text === undefined ? nothing : html`<span class="hint">${renderText(text)}</span>`;
}

/** A closed or temporarily closed service says so first, with its note. */
export function renderStatusNotice(service: Service, renderText: RenderText) {
  if (service.status === undefined || service.status === 'active') return nothing;
  return html`<p class="notice-status">
    ${icon(DETAIL_ICON_PATHS.closed)}
    <span><strong>${statusLabel(service.status)}.</strong> ${renderText(service.statusNote)}</span>
  </p>`;
}

/** Short badges: free of charge, appointment or walk-in. */
export function renderBadges(service: Service) {
  const badges: Array<[string, string]> = [];
  if (service.free === true) badges.push([ICON_PATHS.free, msg('Gratuito', { desc: 'service-facts: no cost' })]);
  if (service.appointment === 'needed') {
    badges.push([DETAIL_ICON_PATHS.calendar, msg('Su appuntamento', { desc: 'service-facts: appointment needed' })]);
  }
  if (service.appointment === 'walk-in') {
    badges.push([DETAIL_ICON_PATHS.calendar, msg('Senza appuntamento', { desc: 'service-facts: no appointment needed' })]);
  }
  if (badges.length === 0) return nothing;
  return html`<ul class="badges">
    ${badges.map(([path, label]) => html`<li>${icon(path)}<span>${label}</span></li>`)}
  </ul>`;
}

/** `[icon, term, value]` rows for the detail's fact list; absent facts are left out. */
export function factRows(service: Service, renderText: RenderText): Array<[string, string, TemplateResult]> {
  const rows: Array<[string, string, TemplateResult]> = [];
  const documents = service.noDocuments
    ? html`${msg('Nessun documento richiesto.', { desc: 'service-facts: no document needed' })}`
    : service.documents
      ? html`${renderText(service.documents)}`
      : undefined;
  if (documents) rows.push([ICON_PATHS.paper, msg('Documenti da portare', { desc: 'service-facts: documents to bring' }), documents]);
  if (service.audience.length > 0 || service.audienceNote) {
    rows.push([
      ICON_PATHS.group,
      msg('Per chi', { desc: 'service-facts: who the service is for' }),
      html`${service.audience.map(audienceLabel).join(', ')}${renderNote(service.audienceNote, renderText)}`,
    ]);
  }
  if (service.accessibility.length > 0 || service.accessibilityNote) {
    rows.push([
      DETAIL_ICON_PATHS.accessible,
      msg('Accessibilità', { desc: 'service-facts: physical and communication access' }),
      html`${service.accessibility.map(accessibilityLabel).join(', ')}${renderNote(service.accessibilityNote, renderText)}`,
    ]);
  }
  return rows;
}
