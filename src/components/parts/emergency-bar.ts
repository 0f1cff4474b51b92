import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { EmergencyNumber, LocalText } from '../../data/types.js';
import { pickText } from '../../data/pick-text.js';
import { telHref } from '../../data/links.js';
import { icon } from './icons.js';
import { ICON_PATHS } from '../../view/icon-paths.js';

/**
 * Emergency numbers, always on show above the search and never filtered: 112 (the single
 * European emergency number) in one tap, then those the directory lists behind "other numbers".
 * Template helper for the @localized root.
 */
export function renderEmergencyBar(numbers: readonly EmergencyNumber[], locale: string) {
  const listed = numbers.filter((entry) => entry.phone.replace(/\s/g, '') !== '112' && telHref(entry.phone) !== undefined);
  return html`<div class="emergency" part="emergency">
    <a class="emergency-call" href="tel:112">
      ${icon(ICON_PATHS.emergency)}<span
        ><span class="emergency-word">${msg('Emergenza', { desc: 'emergency-bar: label before the 112 number' })}</span>
        <strong dir="ltr">112</strong></span
      >
    </a>
    ${listed.length === 0
      ? nothing
      : html`<details class="emergency-more">
          <summary>${msg('Altri numeri utili', { desc: 'emergency-bar: opens the other emergency numbers of the directory' })}</summary>
          <ul class="plain">
            ${listed.map((entry) => renderNumber(entry.phone, entry.name, locale))}
          </ul>
        </details>`}
  </div>`;
}

function renderNumber(phone: string, name: LocalText, locale: string) {
  const picked = pickText(name, locale);
  return html`<li>
    <a href=${telHref(phone)!} dir="ltr">${phone}</a>
    ${picked ? html`<span lang=${picked.lang === locale ? nothing : picked.lang}>${picked.text}</span>` : nothing}
  </li>`;
}
